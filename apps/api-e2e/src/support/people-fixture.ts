/**
 * A buurt N with two streets S1 and S2 in the second organisation, built through the API, for specs that turn
 * on which worker may see which resident (the contact log, help requests and offers):
 * - W1 works in S1 only, W2 in S2 only, W3 in the whole buurt (and so in both streets);
 * - residents P1 and P2 live in S1, P3 in S2.
 * Each spec passes its own tag, so the places, accounts and residents of one spec never meet another's.
 */
import { login, ok } from './client';
import { OTHER_TENANT } from './state';

export interface FixtureWorker {
  token: string;
  displayName: string;
}

export interface PeopleFixture {
  /** the administrator of the second organisation (manages places and users, reads no personal data) */
  adminToken: string;
  buurtId: string;
  s1: string;
  s2: string;
  /** worker of street S1 only */
  w1: FixtureWorker;
  /** worker of street S2 only */
  w2: FixtureWorker;
  /** worker of the whole buurt N */
  w3: FixtureWorker;
  /** residents of S1 */
  p1: string;
  p2: string;
  /** resident of S2 */
  p3: string;
}

const CREATE_PLACE = `mutation($input: CreatePlaceInput!) { createPlace(input: $input) { id } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;
const PASSWORD = 'fixture-password';

export async function createPlace(
  adminToken: string,
  name: string,
  level: string,
  parentId: string | null,
): Promise<string> {
  return (await ok<{ createPlace: { id: string } }>(CREATE_PLACE, { input: { name, level, parentId } }, adminToken))
    .createPlace.id;
}

export async function createResident(token: string, displayName: string, homePlaceId: string): Promise<string> {
  return (await ok<{ createPerson: { id: string } }>(CREATE_PERSON, { input: { displayName, homePlaceId } }, token))
    .createPerson.id;
}

async function createFixtureWorker(
  adminToken: string,
  email: string,
  displayName: string,
  placeIds: string[],
): Promise<FixtureWorker> {
  await ok(CREATE_USER, { input: { email, displayName, role: 'WORKER', password: PASSWORD, placeIds } }, adminToken);
  return { token: await login(email, PASSWORD), displayName };
}

export async function buildPeopleFixture(tag: string): Promise<PeopleFixture> {
  const adminToken = await login(OTHER_TENANT.adminEmail, OTHER_TENANT.adminPassword);
  const municipalityId = await createPlace(adminToken, `Gemeente ${tag}`, 'MUNICIPALITY', null);
  const buurtId = await createPlace(adminToken, `Buurt ${tag}`, 'NEIGHBOURHOOD', municipalityId);
  // streets, accounts and residents in parallel: most of the time goes into hashing and checking passwords
  const [s1, s2] = await Promise.all([
    createPlace(adminToken, `Eerste straat ${tag}`, 'STREET', buurtId),
    createPlace(adminToken, `Tweede straat ${tag}`, 'STREET', buurtId),
  ]);
  const [w1, w2, w3] = await Promise.all([
    createFixtureWorker(adminToken, `w1-${tag}@elders.test`, `Wilma Een ${tag}`, [s1]),
    createFixtureWorker(adminToken, `w2-${tag}@elders.test`, `Wouter Twee ${tag}`, [s2]),
    createFixtureWorker(adminToken, `w3-${tag}@elders.test`, `Willem Buurt ${tag}`, [buurtId]),
  ]);
  const [p1, p2, p3] = await Promise.all([
    createResident(w3.token, `Piet Een ${tag}`, s1),
    createResident(w3.token, `Paula Twee ${tag}`, s1),
    createResident(w3.token, `Pim Drie ${tag}`, s2),
  ]);
  return { adminToken, buurtId, s1, s2, w1, w2, w3, p1, p2, p3 };
}

/** Today as YYYY-MM-DD in UTC, as the API counts it. */
export function isoToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/** `date` (YYYY-MM-DD) moved by `days`, in UTC. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}

/**
 * Every node of a paginated list, following `endCursor` until `hasNextPage` is false, with the totalCount each
 * page reported. Stops with an error after `maxPages`, so a cursor that never advances cannot hang a test.
 */
export async function allPages<T>(
  fetchPage: (after: string | null) => Promise<Page<T>>,
  maxPages = 100,
): Promise<{ nodes: T[]; totalCounts: number[]; pages: number }> {
  const nodes: T[] = [];
  const totalCounts: number[] = [];
  let after: string | null = null;
  for (let pages = 1; pages <= maxPages; pages++) {
    const page: Page<T> = await fetchPage(after);
    nodes.push(...page.edges.map((e) => e.node));
    totalCounts.push(page.totalCount);
    if (!page.pageInfo.hasNextPage) return { nodes, totalCounts, pages };
    after = page.pageInfo.endCursor;
  }
  throw new Error(`allPages: still a next page after ${maxPages} pages`);
}
