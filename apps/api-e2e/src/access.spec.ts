/**
 * Who sees what (DESIGN.md), proven over HTTP on the demo neighbourhood: a worker of the whole buurt,
 * a worker of one street, the roles without access to personal data, and another organisation.
 */
import { codeOf, gql, login, ok } from './support/client';
import { DEMO, OTHER_TENANT } from './support/state';

interface PersonRow {
  id: string;
  displayName: string;
  homePlace: { id: string; name: string };
}

const PEOPLE = `query($first: Int, $after: String) { people(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id displayName homePlace { id name } } } } }`;

async function allPeople(token: string): Promise<{ total: number; people: PersonRow[] }> {
  const people: PersonRow[] = [];
  let after: string | null = null;
  let total = 0;
  for (;;) {
    const data: {
      people: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: PersonRow }[];
      };
    } = await ok(PEOPLE, { first: 200, after }, token);
    total = data.people.totalCount;
    people.push(...data.people.edges.map((e) => e.node));
    if (!data.people.pageInfo.hasNextPage) break;
    after = data.people.pageInfo.endCursor;
  }
  return { total, people };
}

describe('who sees what', () => {
  let worker: string;
  let streetWorker: string;
  let buurtPeople: PersonRow[];
  let streetPeople: PersonRow[];
  let outsider: PersonRow;

  beforeAll(async () => {
    worker = await login(DEMO.worker, DEMO.password);
    streetWorker = await login(DEMO.streetWorker, DEMO.password);
    buurtPeople = (await allPeople(worker)).people;
    streetPeople = (await allPeople(streetWorker)).people;
    const streetIds = new Set(streetPeople.map((p) => p.homePlace.id));
    const found = buurtPeople.find((p) => !streetIds.has(p.homePlace.id));
    if (!found) throw new Error('the demo buurt should have residents outside the street worker’s street');
    outsider = found;
  });

  it('lets the buurt worker see the whole demo neighbourhood (about 300 residents)', () => {
    expect(buurtPeople.length).toBeGreaterThanOrEqual(250);
    expect(buurtPeople.length).toBeLessThanOrEqual(350);
    expect(new Set(buurtPeople.map((p) => p.homePlace.id)).size).toBeGreaterThanOrEqual(5);
  });

  it('shows the street worker only the residents of their one street', () => {
    expect(streetPeople.length).toBeGreaterThan(0);
    expect(streetPeople.length).toBeLessThan(buurtPeople.length);
    expect(new Set(streetPeople.map((p) => p.homePlace.id)).size).toBe(1);
  });

  it('answers NOT_FOUND when the street worker asks for a resident of another street by id', async () => {
    const res = await gql(`query($id: ID!) { person(id: $id) { displayName } }`, { id: outsider.id }, streetWorker);
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(JSON.stringify(res)).not.toContain(outsider.displayName);
  });

  it('refuses the street worker changing, tying or erasing that resident, and changes nothing', async () => {
    const update = await gql(
      `mutation($id: ID!) { updatePerson(id: $id, input: { displayName: "Gehackt" }) { id } }`,
      { id: outsider.id },
      streetWorker,
    );
    expect(codeOf(update)).toBe('NOT_FOUND');
    const tie = await gql(
      `mutation($a: ID!, $b: ID!) { createTie(input: { personAId: $a, personBId: $b, kind: NEIGHBOUR, strength: 2, since: "2026-01-01" }) { id } }`,
      { a: streetPeople[0].id, b: outsider.id },
      streetWorker,
    );
    expect(codeOf(tie)).toBe('NOT_FOUND');
    const erase = await gql(`mutation($id: ID!) { deletePerson(id: $id) }`, { id: outsider.id }, streetWorker);
    expect(codeOf(erase)).toBe('NOT_FOUND');
    const watch = await gql(
      `mutation($id: ID!) { setWatchList(id: $id, onWatchList: true) { id } }`,
      { id: outsider.id },
      streetWorker,
    );
    expect(codeOf(watch)).toBe('NOT_FOUND');
    const still = await ok<{ person: { displayName: string } }>(
      `query($id: ID!) { person(id: $id) { displayName } }`,
      { id: outsider.id },
      worker,
    );
    expect(still.person.displayName).toBe(outsider.displayName);
  });

  it('keeps the street worker out of the other streets in lists filtered by place', async () => {
    const res = await gql(
      `query($placeId: ID) { people(placeId: $placeId) { totalCount } }`,
      { placeId: outsider.homePlace.id },
      streetWorker,
    );
    expect(codeOf(res)).toBe('NOT_FOUND');
  });

  it.each([
    ['CORPORATION', DEMO.corporation],
    ['ANALYST', DEMO.analyst],
    ['ADMIN', DEMO.admin],
  ])('gives %s FORBIDDEN on personal data', async (_role, email) => {
    const token = await login(email, DEMO.password);
    expect(codeOf(await gql(`{ people { totalCount } }`, {}, token))).toBe('FORBIDDEN');
    expect(codeOf(await gql(`query($id: ID!) { person(id: $id) { id } }`, { id: outsider.id }, token))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await gql(`{ ties { totalCount } }`, {}, token))).toBe('FORBIDDEN');
  });

  it('lets only the administrator manage users', async () => {
    const input = {
      email: 'nieuw@demo.weefsel.nl',
      displayName: 'Nieuw',
      role: 'WORKER',
      password: 'long-enough',
      placeIds: [],
    };
    const res = await gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input }, worker);
    expect(codeOf(res)).toBe('FORBIDDEN');
    const admin = await login(DEMO.admin, DEMO.password);
    const users = await ok<{ users: { email: string }[] }>(`{ users { email } }`, {}, admin);
    expect(users.users.map((u) => u.email)).toEqual(expect.arrayContaining([DEMO.worker, DEMO.streetWorker]));
  });

  it('writes every read of a resident to the audit log, which only the administrator reads', async () => {
    const workerId = (await ok<{ me: { id: string } }>(`{ me { id } }`, {}, worker)).me.id;
    await ok(`query($id: ID!) { person(id: $id) { displayName } }`, { id: outsider.id }, worker);
    const admin = await login(DEMO.admin, DEMO.password);
    const log = await ok<{
      auditLog: { edges: { node: { userId: string; action: string; entity: string; entityId: string | null } }[] };
    }>(
      `query($id: ID) { auditLog(entityId: $id, first: 50) { edges { node { userId action entity entityId } } } }`,
      { id: outsider.id },
      admin,
    );
    const entries = log.auditLog.edges.map((e) => e.node);
    // the single read, and the list reads in beforeAll that showed this person
    expect(entries).toContainEqual({ userId: workerId, action: 'READ', entity: 'person', entityId: outsider.id });
    expect(entries.some((e) => e.entityId === null && e.action === 'READ')).toBe(true);
    expect(codeOf(await gql(`{ auditLog { totalCount } }`, {}, worker))).toBe('FORBIDDEN');
  });

  it('shows each user their own organisation and lets only its administrator rename it', async () => {
    const otherAdmin = await login(OTHER_TENANT.adminEmail, OTHER_TENANT.adminPassword);
    const own = await ok<{ organisation: { id: string; name: string } }>(`{ organisation { id name } }`, {}, worker);
    const other = await ok<{ organisation: { id: string; name: string } }>(
      `{ organisation { id name } }`,
      {},
      otherAdmin,
    );
    expect(other.organisation.name).toBe(OTHER_TENANT.name);
    expect(own.organisation.id).not.toBe(other.organisation.id);
    const rename = `mutation($name: String!) { updateOrganisation(name: $name) { name } }`;
    expect(codeOf(await gql(rename, { name: 'Overgenomen' }, worker))).toBe('FORBIDDEN');
    expect(codeOf(await gql(rename, { name: '   ' }, otherAdmin))).toBe('BAD_USER_INPUT');
    const renamed = await ok<{ updateOrganisation: { name: string } }>(
      rename,
      { name: `${OTHER_TENANT.name} ` },
      otherAdmin,
    );
    expect(renamed.updateOrganisation.name).toBe(OTHER_TENANT.name);
    expect(
      (await ok<{ organisation: { name: string } }>(`{ organisation { name } }`, {}, worker)).organisation.name,
    ).toBe(own.organisation.name);
  });

  it('never shows one organisation’s rows to another', async () => {
    const otherAdmin = await login(OTHER_TENANT.adminEmail, OTHER_TENANT.adminPassword);
    const place = await gql(`query($id: ID!) { place(id: $id) { name } }`, { id: outsider.homePlace.id }, otherAdmin);
    expect(codeOf(place)).toBe('NOT_FOUND');
    const places = await ok<{ places: { edges: { node: { name: string } }[] } }>(
      `{ places(first: 200) { edges { node { name } } } }`,
      {},
      otherAdmin,
    );
    expect(places.places.edges.map((e) => e.node.name)).not.toContain(outsider.homePlace.name);
    const users = await ok<{ users: { email: string }[] }>(`{ users { email } }`, {}, otherAdmin);
    expect(users.users.map((u) => u.email)).not.toContain(DEMO.worker);
    const move = await gql(
      `mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { id } }`,
      { id: (await ok<{ me: { id: string } }>(`{ me { id } }`, {}, worker)).me.id },
      otherAdmin,
    );
    expect(codeOf(move)).toBe('NOT_FOUND');
  });
});
