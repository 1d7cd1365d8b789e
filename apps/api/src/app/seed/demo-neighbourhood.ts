/**
 * The demo neighbourhood: De Lindenhof, a Dutch buurt of ~300 residents in eight streets, with its ties,
 * collectives, initiatives, help platform, users and a year of contact log. Pure and deterministic: the same
 * seed and `today` give a deep-equal result, nothing reads the clock or a database. The seed command feeds
 * `bundle` through the import, so the demo exercises the import path.
 *
 * Built in phases, each in its own file, all drawing from one seeded random source in a fixed order:
 * places → people (and the plan: isolated, at risk, connectors) → ties → collectives → initiatives (and the ties
 * they made) → bridges → help → ended ties → contact log. `landmarks` says what the analytics should find.
 */
import { isIsoDate, UserRole } from '@weefsel/domain';
import type { ImportBundle } from '../import-export/import-rows';
import { buildContactMoments, DemoContactMoment } from './demo-activity';
import { buildCollectives } from './demo-collectives';
import { buildHelp, DemoHelpOffer, DemoHelpRequest } from './demo-help';
import { buildInitiatives } from './demo-initiatives';
import { buildPopulation } from './demo-people';
import { buildPlaces, BUURT_ID, MUNICIPALITY_ID, STREET_WORKER_STREET_ID } from './demo-places';
import { TieBuilder } from './demo-tie-builder';
import { buildEndedTies, markUnconfirmedStrongTies } from './demo-tie-history';
import { addFallbackTie, buildBaseTies, buildBridges, TieContext } from './demo-ties';
import { DEFAULT_SEED, SeededRandom } from './seeded-random';

export { DEFAULT_SEED } from './seeded-random';

/** The default "today" of the demo: every date lies on or before it. */
export const DEMO_TODAY = '2026-11-01';

export const DEMO_WORKER_EMAIL = 'werker@demo.weefsel.nl';
export const DEMO_STREET_WORKER_EMAIL = 'straat@demo.weefsel.nl';

export interface DemoUser {
  email: string;
  displayName: string;
  role: UserRole;
  placeExternalIds: string[];
}

export interface DemoLandmarks {
  /** weak ties (strength ≤ 2) that, as of today, are the only link between two clusters: graph bridges */
  bridgeTieExternalIds: string[];
  /** connectors and key figures: many ties across the streets of their cluster */
  connectorExternalIds: string[];
  /** residents without any tie valid today */
  isolatedExternalIds: string[];
  demoBuurtExternalId: string;
  streetWorkerStreetExternalId: string;
}

export interface DemoNeighbourhood {
  organisation: { name: string };
  bundle: ImportBundle;
  contactMoments: DemoContactMoment[];
  helpRequests: DemoHelpRequest[];
  helpOffers: DemoHelpOffer[];
  users: DemoUser[];
  /** for docs and tests: what the analytics should find */
  landmarks: DemoLandmarks;
}

export interface DemoOptions {
  seed?: number;
  /** YYYY-MM-DD; default DEMO_TODAY */
  today?: string;
}

export function generateDemoNeighbourhood(options: DemoOptions = {}): DemoNeighbourhood {
  const seed = options.seed ?? DEFAULT_SEED;
  const today = options.today ?? DEMO_TODAY;
  if (!isIsoDate(today)) throw new Error(`seed/demo-neighbourhood: today must be a date (YYYY-MM-DD), got ${today}`);
  const rng = SeededRandom.fromSeed(seed);

  const places = buildPlaces(rng);
  const population = buildPopulation(rng, places.streets, today);
  const ties = new TieBuilder(rng, today);
  const ctx: TieContext = { rng, today, population, ties };
  buildBaseTies(ctx);
  const collectives = buildCollectives(rng, population, today);
  const initiatives = buildInitiatives(ctx, collectives.idOf);
  const bridges = [...buildBridges(ctx), ...(initiatives.bridge ? [initiatives.bridge] : [])];
  if (bridges.length !== 3) throw new Error(`seed/demo-neighbourhood: expected 3 bridges, made ${bridges.length}`);
  const help = buildHelp(ctx, initiatives);
  buildEndedTies(ctx);
  // whoever the phases left without a tie, and was not meant to be isolated, gets a weak one in their street
  for (const person of population.people) {
    if (!person.isolated && ties.degree(person) === 0) addFallbackTie(ctx, person);
  }
  markUnconfirmedStrongTies(ctx);

  const contactMoments = buildContactMoments(
    rng,
    population,
    help,
    [
      { email: DEMO_WORKER_EMAIL, streetExternalId: null, count: rng.int(150, 185) },
      { email: DEMO_STREET_WORKER_EMAIL, streetExternalId: STREET_WORKER_STREET_ID, count: rng.int(35, 55) },
    ],
    today,
  );

  return {
    organisation: { name: 'Stichting Welzijn Lindenveen (demo)' },
    bundle: {
      places: places.rows,
      people: population.people.map((p) => p.row),
      collectives: collectives.rows,
      memberships: collectives.memberships,
      initiatives: initiatives.rows,
      participations: initiatives.participations,
      ties: ties.rows,
    },
    contactMoments,
    helpRequests: help.requests,
    helpOffers: help.offers,
    users: [
      {
        email: 'admin@demo.weefsel.nl',
        displayName: 'Marieke Aalbers',
        role: UserRole.ADMIN,
        placeExternalIds: [MUNICIPALITY_ID],
      },
      { email: DEMO_WORKER_EMAIL, displayName: 'Samira Bouchta', role: UserRole.WORKER, placeExternalIds: [BUURT_ID] },
      {
        email: DEMO_STREET_WORKER_EMAIL,
        displayName: 'Joost Verbeek',
        role: UserRole.WORKER,
        placeExternalIds: [STREET_WORKER_STREET_ID],
      },
      {
        email: 'corporatie@demo.weefsel.nl',
        displayName: 'Wendy Vink',
        role: UserRole.CORPORATION,
        placeExternalIds: [BUURT_ID],
      },
      {
        email: 'analist@demo.weefsel.nl',
        displayName: 'Pieter Zwart',
        role: UserRole.ANALYST,
        placeExternalIds: [BUURT_ID],
      },
    ],
    landmarks: {
      bridgeTieExternalIds: bridges.map((t) => t.externalId),
      connectorExternalIds: population.connectors.map((p) => p.id),
      isolatedExternalIds: population.people.filter((p) => ties.degree(p) === 0).map((p) => p.id),
      demoBuurtExternalId: BUURT_ID,
      streetWorkerStreetExternalId: STREET_WORKER_STREET_ID,
    },
  };
}
