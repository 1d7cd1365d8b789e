/**
 * A year of the contact log (lesson 5): short, frequent, mostly in the street. werker@ works in the whole buurt,
 * straat@ only in their own street. Moments are spread evenly over the twelve months before today (stratified
 * dates, shifted off Sundays), and the signals follow the plan: loneliness concerns about isolated residents,
 * ideas from initiators, help requests and offers from the people who made them.
 */
import { ContactChannel, ContactSignal, PersonRole } from '@weefsel/domain';
import { addDays, weekday } from './demo-dates';
import type { DemoHelp } from './demo-help';
import type { DemoPerson, DemoPopulation } from './demo-people';
import {
  CONNECTOR_CARE,
  EVERYDAY,
  HELP_OFFER_TALK,
  HELP_REQUEST_TALK,
  IDEAS,
  LONELINESS,
  OPENERS,
} from './demo-phrases';
import { SeededRandom } from './seeded-random';

export interface DemoContactMoment {
  workerEmail: string;
  personExternalIds: string[];
  placeExternalId: string;
  channel: ContactChannel;
  occurredOn: string;
  summary: string;
  signals: ContactSignal[];
}

type Topic = 'EVERYDAY' | 'CONNECTOR' | 'LONELINESS' | 'IDEA' | 'HELP_REQUEST' | 'HELP_OFFER';

const TOPIC_WEIGHTS: readonly (readonly [Topic, number])[] = [
  ['EVERYDAY', 42],
  ['CONNECTOR', 16],
  ['LONELINESS', 14],
  ['IDEA', 9],
  ['HELP_REQUEST', 6],
  ['HELP_OFFER', 13],
];

const CONTENT: Readonly<Record<Topic, readonly string[]>> = {
  EVERYDAY,
  CONNECTOR: CONNECTOR_CARE,
  LONELINESS,
  IDEA: IDEAS,
  HELP_REQUEST: HELP_REQUEST_TALK,
  HELP_OFFER: HELP_OFFER_TALK,
};

const SIGNAL: Readonly<Record<Topic, ContactSignal | null>> = {
  EVERYDAY: null,
  CONNECTOR: null,
  LONELINESS: ContactSignal.LONELINESS_CONCERN,
  IDEA: ContactSignal.IDEA,
  HELP_REQUEST: ContactSignal.HELP_REQUEST,
  HELP_OFFER: ContactSignal.HELP_OFFER,
};

export interface WorkerPlan {
  email: string;
  /** the street this worker is limited to, or null for the whole buurt */
  streetExternalId: string | null;
  count: number;
}

export function buildContactMoments(
  rng: SeededRandom,
  population: DemoPopulation,
  help: DemoHelp,
  workers: readonly WorkerPlan[],
  today: string,
): DemoContactMoment[] {
  const moments: DemoContactMoment[] = [];
  const askers = new Set(help.requests.map((r) => r.personExternalId));
  const helpers = new Set(help.offers.map((o) => o.personExternalId));
  const initiators = new Set(
    population.people.filter((p) => p.row.roles.some((r) => r.role === PersonRole.INITIATOR)).map((p) => p.id),
  );

  for (const worker of workers) {
    const inArea = population.people.filter(
      (p) => worker.streetExternalId === null || p.street.externalId === worker.streetExternalId,
    );
    const poolFor: Record<Topic, DemoPerson[]> = {
      EVERYDAY: inArea,
      CONNECTOR: inArea.filter((p) => p.connector || p.row.roles.some((r) => r.role === PersonRole.VOLUNTEER)),
      LONELINESS: inArea.filter((p) => p.maxTiesToday <= 1),
      IDEA: inArea.filter((p) => initiators.has(p.id) || p.connector),
      HELP_REQUEST: inArea.filter((p) => askers.has(p.id)),
      HELP_OFFER: inArea.filter((p) => helpers.has(p.id)),
    };
    for (let i = 0; i < worker.count; i++) {
      // stratified over [today − 358, today − 1]: every stretch of the year gets its share
      const offset = Math.floor(((i + rng.next()) * 358) / worker.count);
      let occurredOn = addDays(today, -358 + offset);
      if (weekday(occurredOn) === 0) occurredOn = addDays(occurredOn, -2);
      if (weekday(occurredOn) === 6 && rng.chance(0.7)) occurredOn = addDays(occurredOn, -1);

      let topic = rng.weighted(TOPIC_WEIGHTS);
      if (poolFor[topic].length === 0) topic = 'EVERYDAY';
      const first =
        topic === 'LONELINESS'
          ? rng.weightedSample(poolFor.LONELINESS, 1, (p) => (p.isolated ? 3 : 1) * (p.row.onWatchList ? 2 : 1))[0]
          : rng.pick(poolFor[topic]);
      const people = [first];
      // now and then a few neighbours of the same street together
      if (topic === 'EVERYDAY' || topic === 'IDEA') {
        const extra = rng.weighted([
          [0, 70],
          [1, 20],
          [2, 10],
        ] as const);
        const street = population.people.filter((p) => p.street === first.street && p !== first);
        people.push(...rng.weightedSample(street, extra));
      }

      const channel =
        topic === 'LONELINESS'
          ? rng.weighted([
              [ContactChannel.HOME_VISIT, 40],
              [ContactChannel.STREET, 40],
              [ContactChannel.PHONE, 20],
            ] as const)
          : rng.weighted([
              // about two in three moments happen in the street (lesson 5)
              [ContactChannel.STREET, worker.streetExternalId === null ? 68 : 85],
              [ContactChannel.PHONE, 9],
              [ContactChannel.HOME_VISIT, 7],
              [ContactChannel.MEETING, worker.streetExternalId === null ? 9 : 0],
              [ContactChannel.APP_GROUP, 5],
              [ContactChannel.ONLINE, 2],
            ] as const);

      const signals = new Set<ContactSignal>();
      const signal = SIGNAL[topic];
      if (signal) signals.add(signal);
      if (topic === 'LONELINESS' && askers.has(first.id) && rng.chance(0.5)) signals.add(ContactSignal.HELP_REQUEST);

      moments.push({
        workerEmail: worker.email,
        personExternalIds: people.map((p) => p.id),
        placeExternalId: first.street.externalId,
        channel,
        occurredOn,
        summary: `${rng.pick(OPENERS[channel])} ${rng.pick(CONTENT[topic])}`,
        signals: [...signals],
      });
    }
  }
  // oldest first; the sort is stable, so equal dates keep their (deterministic) order
  return moments.sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0));
}
