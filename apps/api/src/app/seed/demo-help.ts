/**
 * Help requests and offers on Lindenhof Helpt (lesson 3): helpers outnumber requests about ten to one, because
 * asking is hard (vraagverlegenheid), and a need for contact is as real as a lamp to be changed. Requests are
 * split between PRACTICAL and SOCIAL_CONTACT; some are matched with an offer of the same need, and a match between
 * people who may have a tie becomes a HELPS tie (SENSITIVE: a help relation stays out of analyst exports).
 */
import {
  HelpOfferStatus,
  HelpRequestStatus,
  NeedKind,
  ParticipationRole,
  TieKind,
  TieSource,
  TieVisibility,
} from '@weefsel/domain';
import { addDays, dateBetween, laterOf } from './demo-dates';
import type { DemoInitiatives } from './demo-initiatives';
import type { DemoPerson } from './demo-people';
import { OFFER_DESCRIPTIONS, REQUEST_DESCRIPTIONS } from './demo-phrases';
import { functionsFor, TieContext } from './demo-ties';

export interface DemoHelpRequest {
  externalId: string;
  personExternalId: string;
  need: NeedKind;
  description: string;
  status: HelpRequestStatus;
  requestedOn: string;
  matchedOfferExternalId: string | null;
}

export interface DemoHelpOffer {
  externalId: string;
  personExternalId: string;
  need: NeedKind;
  description: string;
  status: HelpOfferStatus;
  offeredOn: string;
}

export interface DemoHelp {
  requests: DemoHelpRequest[];
  offers: DemoHelpOffer[];
}

const OFFER_NEEDS: readonly (readonly [NeedKind, number])[] = [
  [NeedKind.PRACTICAL, 34],
  [NeedKind.SOCIAL_CONTACT, 22],
  [NeedKind.GROCERIES, 12],
  [NeedKind.TRANSPORT, 10],
  [NeedKind.INFORMATION, 10],
  [NeedKind.EMOTIONAL_SUPPORT, 8],
  [NeedKind.OTHER, 4],
];

export function buildHelp(ctx: TieContext, initiatives: DemoInitiatives): DemoHelp {
  const { rng, today, population, ties } = ctx;
  const start = laterOf(initiatives.startOf.HELPT, addDays(today, -720));
  const people = population.people;
  const born = (p: DemoPerson) => p.row.birthYear ?? 1970;

  // requests: few, from older and lonelier residents; half practical, half a wish for contact
  const requestCount = rng.int(8, 11);
  const askers = rng.weightedSample(
    people,
    requestCount,
    (p) => (p.maxTiesToday <= 1 ? 4 : 1) * (born(p) < 1955 ? 3 : 1) * (p.connector ? 0 : 1),
  );
  const needs = rng.shuffle(askers.map((_, i) => (i % 2 === 0 ? NeedKind.SOCIAL_CONTACT : NeedKind.PRACTICAL)));
  const requests: DemoHelpRequest[] = askers.map((p, i) => ({
    externalId: `req-${String(i + 1).padStart(3, '0')}`,
    personExternalId: p.id,
    need: needs[i],
    description: rng.pick(REQUEST_DESCRIPTIONS[needs[i]] ?? []),
    status: HelpRequestStatus.OPEN,
    requestedOn: dateBetween(rng, laterOf(start, p.movedInOn), addDays(today, -3)),
    matchedOfferExternalId: null,
  }));

  // offers: about ten per request, one or two per helper, each helper a need at most once
  const offerCount = requestCount * 9 + rng.int(0, 8);
  const asking = new Set(askers.map((p) => p.id));
  const helpers = rng.weightedSample(
    people.filter((p) => !asking.has(p.id) && born(p) <= 2003),
    Math.ceil(offerCount / 1.4),
    (p) => (p.connector ? 4 : 1) * (p.isolated ? 0.2 : 1) * (p.row.assets.length > 0 ? 2 : 1),
  );
  const offers: DemoHelpOffer[] = [];
  for (let i = 0; offers.length < offerCount && i < offerCount * 3; i++) {
    const p = helpers[i % helpers.length];
    const need = rng.weighted(OFFER_NEEDS);
    if (offers.some((o) => o.personExternalId === p.id && o.need === need)) continue;
    offers.push({
      externalId: `offer-${String(offers.length + 1).padStart(3, '0')}`,
      personExternalId: p.id,
      need,
      description: rng.pick(OFFER_DESCRIPTIONS[need]),
      status: rng.weighted([
        [HelpOfferStatus.AVAILABLE, 76],
        [HelpOfferStatus.PAUSED, 14],
        [HelpOfferStatus.WITHDRAWN, 10],
      ] as const),
      offeredOn: dateBetween(rng, laterOf(start, p.movedInOn), addDays(today, -2)),
    });
  }

  // matching: a little under half of the requests, with an available offer of the same need (same cluster first)
  const matchTarget = Math.round((requestCount * rng.int(35, 50)) / 100);
  let matched = 0;
  for (const request of rng.shuffle(requests)) {
    const asker = population.byId.get(request.personExternalId) as DemoPerson;
    if (matched < matchTarget) {
      const candidates = offers.filter(
        (o) => o.need === request.need && o.status === HelpOfferStatus.AVAILABLE && o.personExternalId !== asker.id,
      );
      const sameCluster = candidates.filter((o) => population.byId.get(o.personExternalId)?.cluster === asker.cluster);
      const offer = rng.weightedSample(sameCluster.length > 0 ? sameCluster : candidates, 1, (o) =>
        o.offeredOn <= request.requestedOn ? 3 : 1,
      )[0];
      if (offer) {
        offer.status = HelpOfferStatus.MATCHED;
        request.status = HelpRequestStatus.MATCHED;
        request.matchedOfferExternalId = offer.externalId;
        matched++;
        const helper = population.byId.get(offer.personExternalId) as DemoPerson;
        const since = dateBetween(rng, addDays(laterOf(request.requestedOn, offer.offeredOn), 3), addDays(today, -1));
        ties.add({
          a: helper,
          b: asker,
          kind: TieKind.HELPS,
          functions: functionsFor(rng, TieKind.HELPS),
          strength: rng.int(2, 3),
          since: since > today ? today : since,
          source: TieSource.OBSERVED_BY_WORKER,
          originInitiativeExternalId: initiatives.idOf.HELPT,
          visibility: TieVisibility.SENSITIVE,
        });
        continue;
      }
    }
    request.status = rng.weighted([
      [HelpRequestStatus.OPEN, 70],
      [HelpRequestStatus.CLOSED, 15],
      [HelpRequestStatus.WITHDRAWN, 15],
    ] as const);
  }

  // everyone on the platform takes part in Lindenhof Helpt: helpers as volunteers, askers as recipients
  for (const p of helpers) {
    const dates = offers.filter((o) => o.personExternalId === p.id).map((o) => o.offeredOn);
    if (dates.length > 0) initiatives.participate('HELPT', p, ParticipationRole.VOLUNTEER, dates.sort()[0]);
  }
  for (const request of requests) {
    const asker = population.byId.get(request.personExternalId) as DemoPerson;
    initiatives.participate('HELPT', asker, ParticipationRole.RECIPIENT, request.requestedOn);
  }
  return { requests, offers };
}
