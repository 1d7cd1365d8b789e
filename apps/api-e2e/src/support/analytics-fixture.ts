/**
 * Small neighbourhoods for the analytics spec, built through the API in the second organisation, so every
 * figure can be worked out by hand: a gemeente with one buurt, its streets (each with the residents asked for),
 * a worker of the whole buurt and, when asked, a corporation account for it. Each call passes its own tag, so
 * the places, accounts and residents of one test group never meet another's.
 */
import { login, ok } from './client';
import { createPlace, createResident } from './people-fixture';
import { OTHER_TENANT } from './state';

export interface AnalyticsFixture {
  adminToken: string;
  workerToken: string;
  /** signed in as a CORPORATION user of the buurt, when `corporation` was asked for */
  corporationToken: string | null;
  buurtId: string;
  /** street ids, in the order of `streets` */
  streetIds: string[];
  /** resident ids per street, in the order of `streets` and of each street's names */
  residents: string[][];
}

export interface AnalyticsFixtureOptions {
  /** street name → the display names of its residents */
  streets: { name: string; residents: string[] }[];
  corporation?: boolean;
}

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const CREATE_TIE = `mutation($input: CreateTieInput!) { createTie(input: $input) { id } }`;
const END_TIE = `mutation($id: ID!, $until: LocalDate) { endTie(id: $id, until: $until) { id until } }`;
const PASSWORD = 'fixture-password';

async function createUser(adminToken: string, email: string, role: string, placeIds: string[]): Promise<string> {
  await ok(CREATE_USER, { input: { email, displayName: email, role, password: PASSWORD, placeIds } }, adminToken);
  return login(email, PASSWORD);
}

export async function buildAnalyticsFixture(tag: string, options: AnalyticsFixtureOptions): Promise<AnalyticsFixture> {
  const adminToken = await login(OTHER_TENANT.adminEmail, OTHER_TENANT.adminPassword);
  const municipalityId = await createPlace(adminToken, `Gemeente ${tag}`, 'MUNICIPALITY', null);
  const buurtId = await createPlace(adminToken, `Buurt ${tag}`, 'NEIGHBOURHOOD', municipalityId);
  const streetIds: string[] = [];
  // one after another, so the streets are created (and listed) in the order given
  for (const street of options.streets) streetIds.push(await createPlace(adminToken, street.name, 'STREET', buurtId));
  const [workerToken, corporationToken] = await Promise.all([
    createUser(adminToken, `analytics-werker-${tag}@elders.test`, 'WORKER', [buurtId]),
    options.corporation
      ? createUser(adminToken, `analytics-corporatie-${tag}@elders.test`, 'CORPORATION', [buurtId])
      : Promise.resolve(null),
  ]);
  const residents: string[][] = [];
  for (const [i, street] of options.streets.entries()) {
    residents.push(await Promise.all(street.residents.map((name) => createResident(workerToken, name, streetIds[i]))));
  }
  return { adminToken, workerToken, corporationToken, buurtId, streetIds, residents };
}

export interface TieSpec {
  a: string;
  b: string;
  strength: number;
  since: string;
  kind?: string;
}

export async function createTie(token: string, tie: TieSpec): Promise<string> {
  const input = {
    personAId: tie.a,
    personBId: tie.b,
    kind: tie.kind ?? 'NEIGHBOUR',
    strength: tie.strength,
    since: tie.since,
  };
  return (await ok<{ createTie: { id: string } }>(CREATE_TIE, { input }, token)).createTie.id;
}

/** Ends a tie on `until`: it counts up to the day before (`since <= asOf < until`). */
export async function endTie(token: string, id: string, until: string): Promise<void> {
  const data = await ok<{ endTie: { until: string } }>(END_TIE, { id, until }, token);
  if (data.endTie.until !== until) throw new Error(`endTie: asked for ${until}, got ${data.endTie.until}`);
}

/** `count` consecutive days from `first` (YYYY-MM-DD, UTC). */
export function consecutiveDays(first: string, count: number): string[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}
