/**
 * Residents and their ties: create, read, update, end (history kept), erase; lists filtered by place and
 * paginated; the ego network as of a date; and bad input that never leaves a half-written record.
 */
import { LIMITS } from '@weefsel/domain';
import { codeOf, gql, ok } from './support/client';
import { buildFixture, createPerson, Fixture } from './support/fixture';

const CREATE_TIE = `mutation($input: CreateTieInput!) { createTie(input: $input) { id personAId personBId strength until } }`;

describe('people and ties', () => {
  let f: Fixture;
  let anna: string;
  let bram: string;
  let cees: string;
  let dirk: string;

  beforeAll(async () => {
    f = await buildFixture('ties');
    anna = await createPerson(f.workerToken, 'Anna de Vries', f.streetAId);
    bram = await createPerson(f.workerToken, 'Bram Jansen', f.streetAId);
    cees = await createPerson(f.workerToken, 'Cees Bakker', f.streetBId);
    dirk = await createPerson(f.workerToken, 'Dirk Smit', f.streetBId);
  });

  it('gives a new resident a stable pseudonym and keeps assets, roles and consent', async () => {
    const data = await ok<{ createPerson: Record<string, unknown> }>(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) {
        pseudonym birthYear onWatchList roles { role since until } assets { kind label } consent { basis recordedOn } } }`,
      {
        input: {
          displayName: 'Esra Yılmaz',
          homePlaceId: f.streetAId,
          birthYear: 1948,
          onWatchList: true,
          roles: [{ role: 'CONNECTOR', since: '2023-05-01' }],
          assets: [{ kind: 'SKILL', label: 'fietsen repareren' }],
          consent: { basis: 'CONSENT', recordedOn: '2026-01-10' },
        },
      },
      f.workerToken,
    );
    expect(data.createPerson['pseudonym']).toMatch(/^P-[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(data.createPerson).toMatchObject({
      birthYear: 1948,
      onWatchList: true,
      roles: [{ role: 'CONNECTOR', since: '2023-05-01', until: null }],
      assets: [{ kind: 'SKILL', label: 'fietsen repareren' }],
      consent: { basis: 'CONSENT', recordedOn: '2026-01-10' },
    });
  });

  it('puts residents in a street only', async () => {
    const res = await gql(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      { input: { displayName: 'Zwever', homePlaceId: f.buurtId } },
      f.workerToken,
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });

  it('refuses too long a name, a bad enum and a date that does not exist', async () => {
    const long = await gql(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      { input: { displayName: 'x'.repeat(LIMITS.nameMax + 1), homePlaceId: f.streetAId } },
      f.workerToken,
    );
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
    const badDate = await gql(
      CREATE_TIE,
      { input: { personAId: anna, personBId: bram, kind: 'NEIGHBOUR', strength: 2, since: '2025-02-30' } },
      f.workerToken,
    );
    expect(codeOf(badDate)).toBe('BAD_USER_INPUT');
    expect(badDate.errors?.[0].message).toMatch(/YYYY-MM-DD/);
    const badKind = await gql(
      CREATE_TIE,
      { input: { personAId: anna, personBId: bram, kind: 'ENEMY', strength: 2, since: '2025-02-01' } },
      f.workerToken,
    );
    expect(codeOf(badKind)).toBe('BAD_USER_INPUT');
  });

  it('records a tie once per pair, in either order, with strength 1 to 5', async () => {
    const tie = await ok<{ createTie: { id: string; personAId: string; personBId: string } }>(
      CREATE_TIE,
      {
        input: {
          personAId: bram,
          personBId: anna,
          kind: 'NEIGHBOUR',
          strength: 3,
          since: '2024-03-01',
          functions: ['PRACTICAL', 'COMPANIONSHIP'],
        },
      },
      f.workerToken,
    );
    expect([tie.createTie.personAId, tie.createTie.personBId].sort()).toEqual([anna, bram].sort());
    const again = await gql(
      CREATE_TIE,
      { input: { personAId: anna, personBId: bram, kind: 'FRIEND', strength: 4, since: '2025-01-01' } },
      f.workerToken,
    );
    expect(codeOf(again)).toBe('CONFLICT');
    const tooStrong = await gql(
      CREATE_TIE,
      { input: { personAId: anna, personBId: cees, kind: 'FRIEND', strength: 7, since: '2025-01-01' } },
      f.workerToken,
    );
    expect(codeOf(tooStrong)).toBe('BAD_USER_INPUT');
    const self = await gql(
      CREATE_TIE,
      { input: { personAId: anna, personBId: anna, kind: 'FRIEND', strength: 3, since: '2025-01-01' } },
      f.workerToken,
    );
    expect(codeOf(self)).toBe('BAD_USER_INPUT');
    // neither refused request left anything behind
    const ties = await ok<{ person: { ties: { id: string }[] } }>(
      `query($id: ID!) { person(id: $id) { ties { id } } }`,
      { id: anna },
      f.workerToken,
    );
    expect(ties.person.ties.map((t) => t.id)).toEqual([tie.createTie.id]);
  });

  it('ends a tie without losing it: gone today, there in the history and as of an earlier date', async () => {
    const tie = await ok<{ createTie: { id: string } }>(
      CREATE_TIE,
      { input: { personAId: cees, personBId: dirk, kind: 'FRIEND', strength: 4, since: '2023-01-01' } },
      f.workerToken,
    );
    const early = await gql(
      `mutation($id: ID!) { endTie(id: $id, until: "2022-12-31") { id } }`,
      { id: tie.createTie.id },
      f.workerToken,
    );
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    const ended = await ok<{ endTie: { until: string } }>(
      `mutation($id: ID!) { endTie(id: $id, until: "2025-06-01") { until } }`,
      { id: tie.createTie.id },
      f.workerToken,
    );
    expect(ended.endTie.until).toBe('2025-06-01');
    const twice = await gql(`mutation($id: ID!) { endTie(id: $id) { id } }`, { id: tie.createTie.id }, f.workerToken);
    expect(codeOf(twice)).toBe('CONFLICT');
    const view = await ok<{
      today: { ties: unknown[] };
      history: { ties: { until: string }[] };
      before: { ties: unknown[] };
    }>(
      `query($id: ID!) {
        today: person(id: $id) { ties { id } }
        history: person(id: $id) { ties(includeEnded: true) { until } }
        before: person(id: $id) { ties(asOf: "2024-06-01") { id } } }`,
      { id: cees },
      f.workerToken,
    );
    expect(view.today.ties).toHaveLength(0);
    expect(view.history.ties).toEqual([{ until: '2025-06-01' }]);
    expect(view.before.ties).toHaveLength(1);
    // a new tie for the same pair may start after the old one ended
    await ok(
      CREATE_TIE,
      { input: { personAId: cees, personBId: dirk, kind: 'ACQUAINTANCE', strength: 2, since: '2026-01-01' } },
      f.workerToken,
    );
  });

  it('hides a tie from a street worker when its other end lives in another street', async () => {
    const tie = await ok<{ createTie: { id: string } }>(
      CREATE_TIE,
      { input: { personAId: anna, personBId: cees, kind: 'FRIEND', strength: 2, since: '2025-05-01' } },
      f.workerToken,
    );
    const res = await gql(`query($id: ID!) { tie(id: $id) { id } }`, { id: tie.createTie.id }, f.streetWorkerToken);
    expect(codeOf(res)).toBe('NOT_FOUND');
    const own = await ok<{ person: { ties: { id: string }[] } }>(
      `query($id: ID!) { person(id: $id) { ties { id } } }`,
      { id: anna },
      f.streetWorkerToken,
    );
    expect(own.person.ties.map((t) => t.id)).not.toContain(tie.createTie.id);
  });

  it('returns the ego network at 1 and 2 hops, as of a date', async () => {
    // anna — bram (2024), anna — cees (2025-05), cees — dirk (2026-01): a path bram–anna–cees–dirk
    const ego = async (radius: number, asOf?: string) =>
      (
        await ok<{ egoNetwork: { people: { person: { id: string }; distance: number }[]; ties: unknown[] } }>(
          `query($id: ID!, $r: Int!, $asOf: LocalDate) { egoNetwork(personId: $id, radius: $r, asOf: $asOf) {
            people { person { id } distance } ties { id } } }`,
          { id: anna, r: radius, asOf },
          f.workerToken,
        )
      ).egoNetwork;
    const one = await ego(1);
    expect(Object.fromEntries(one.people.map((m) => [m.person.id, m.distance]))).toEqual({
      [anna]: 0,
      [bram]: 1,
      [cees]: 1,
    });
    expect(one.ties).toHaveLength(2);
    const two = await ego(2);
    expect(two.people.find((m) => m.person.id === dirk)?.distance).toBe(2);
    expect(two.ties).toHaveLength(3);
    const past = await ego(2, '2024-06-01');
    expect(past.people.map((m) => m.person.id).sort()).toEqual([anna, bram].sort());
    const tooFar = await gql(
      `query($id: ID!) { egoNetwork(personId: $id, radius: 3) { ties { id } } }`,
      { id: anna },
      f.workerToken,
    );
    expect(codeOf(tooFar)).toBe('BAD_USER_INPUT');
  });

  it('filters people by place (including the streets below) and by name, and pages with cursors', async () => {
    const list = async (vars: Record<string, unknown>) =>
      (
        await ok<{
          people: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: { node: { displayName: string } }[];
          };
        }>(
          `query($placeId: ID, $search: String, $first: Int, $after: String) {
            people(placeId: $placeId, search: $search, first: $first, after: $after) {
              totalCount pageInfo { hasNextPage endCursor } edges { node { displayName } } } }`,
          vars,
          f.workerToken,
        )
      ).people;
    const buurt = await list({ placeId: f.buurtId });
    const streetB = await list({ placeId: f.streetBId });
    expect(streetB.edges.map((e) => e.node.displayName)).toEqual(['Cees Bakker', 'Dirk Smit']);
    expect(buurt.totalCount).toBeGreaterThan(streetB.totalCount);
    expect((await list({ search: 'BAKK' })).edges.map((e) => e.node.displayName)).toEqual(['Cees Bakker']);
    expect((await list({ search: '%' })).totalCount).toBe(0);
    const first = await list({ placeId: f.buurtId, first: 2 });
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list({ placeId: f.buurtId, first: 2, after: first.pageInfo.endCursor });
    expect(second.edges[0].node.displayName > first.edges[1].node.displayName).toBe(true);
    const tooMany = await gql(`{ people(first: ${LIMITS.maxPageSize + 1}) { totalCount } }`, {}, f.workerToken);
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    const badCursor = await gql(`{ people(after: "garbage") { totalCount } }`, {}, f.workerToken);
    expect(codeOf(badCursor)).toBe('BAD_USER_INPUT');
  });

  it('erases a person with their ties (AVG right to erasure)', async () => {
    const eva = await createPerson(f.workerToken, 'Eva Visser', f.streetAId);
    await ok(
      CREATE_TIE,
      { input: { personAId: eva, personBId: bram, kind: 'FRIEND', strength: 3, since: '2025-01-01' } },
      f.workerToken,
    );
    await ok(`mutation($id: ID!) { deletePerson(id: $id) }`, { id: eva }, f.workerToken);
    expect(codeOf(await gql(`query($id: ID!) { person(id: $id) { id } }`, { id: eva }, f.workerToken))).toBe(
      'NOT_FOUND',
    );
    const bramTies = await ok<{ person: { ties: { personAId: string; personBId: string }[] } }>(
      `query($id: ID!) { person(id: $id) { ties(includeEnded: true) { personAId personBId } } }`,
      { id: bram },
      f.workerToken,
    );
    expect(bramTies.person.ties.flatMap((t) => [t.personAId, t.personBId])).not.toContain(eva);
  });
});
