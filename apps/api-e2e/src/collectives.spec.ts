/**
 * Collectives and their memberships over HTTP: who may see and change them (a street worker, a buurt worker,
 * an administrator), input checks, membership periods that never overlap and keep their history, safe deletes,
 * and lists filtered by place, searched and paged.
 *
 * Fixture: gemeente ⊃ buurt N ⊃ streets A and B; wN works in N, wA in street A, wB in street B.
 * Ans and Bram live in A, Cor in B.
 */
import { LIMITS } from '@weefsel/domain';
import { codeOf, gql, ok } from './support/client';
import { buildFixture, createPerson, createWorker, Fixture } from './support/fixture';

const CREATE_COLLECTIVE = `mutation($input: CreateCollectiveInput!) { createCollective(input: $input) { id name kind placeId } }`;
const ADD_MEMBERSHIP = `mutation($input: AddMembershipInput!) { addMembership(input: $input) { id personId role since until } }`;
const END_MEMBERSHIP = `mutation($id: ID!, $until: LocalDate) { endMembership(id: $id, until: $until) { id since until } }`;
const UPDATE_MEMBERSHIP = `mutation($id: ID!, $input: UpdateMembershipInput!) {
  updateMembership(id: $id, input: $input) { id role since until } }`;
const DELETE_COLLECTIVE = `mutation($id: ID!) { deleteCollective(id: $id) }`;

interface Period {
  id: string;
  personId: string;
  role: string;
  since: string;
  until: string | null;
}

describe('collectives and memberships', () => {
  let f: Fixture;
  let wN: string;
  let wA: string;
  let wB: string;
  let ans: string;
  let bram: string;
  let cor: string;

  const createCollective = async (token: string, name: string, placeId: string): Promise<string> =>
    (
      await ok<{ createCollective: { id: string } }>(
        CREATE_COLLECTIVE,
        { input: { name, kind: 'RESIDENT_COMMITTEE', placeId } },
        token,
      )
    ).createCollective.id;

  const addMembership = (token: string, input: Record<string, unknown>) =>
    gql<{ addMembership: Period }>(ADD_MEMBERSHIP, { input }, token);

  const history = async (token: string, collectiveId: string): Promise<Period[]> =>
    (
      await ok<{ collective: { memberships: Period[] } }>(
        `query($id: ID!) { collective(id: $id) { memberships(includeEnded: true) { id personId role since until } } }`,
        { id: collectiveId },
        token,
      )
    ).collective.memberships;

  beforeAll(async () => {
    f = await buildFixture('collectives');
    wN = f.workerToken;
    wA = f.streetWorkerToken;
    wB = await createWorker(f.adminToken, 'straat-b-collectives@elders.test', [f.streetBId]);
    ans = await createPerson(wN, 'Ans Aalders', f.streetAId);
    bram = await createPerson(wN, 'Bram Brouwer', f.streetAId);
    cor = await createPerson(wN, 'Cor Claassen', f.streetBId);
  });

  it('keeps a street worker from adding a resident of another street to their collective', async () => {
    const created = await ok<{ createCollective: { id: string; name: string; kind: string; placeId: string } }>(
      CREATE_COLLECTIVE,
      { input: { name: '  Bewonerscommissie Astraat  ', kind: 'RESIDENT_COMMITTEE', placeId: f.streetAId } },
      wA,
    );
    // the name is stored trimmed
    expect(created.createCollective).toMatchObject({
      name: 'Bewonerscommissie Astraat',
      kind: 'RESIDENT_COMMITTEE',
      placeId: f.streetAId,
    });
    const cA = created.createCollective.id;
    // Cor lives in street B, outside wA's places: to wA he does not exist
    const res = await addMembership(wA, { collectiveId: cA, personId: cor });
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(res.data).toBeNull();
    const count = await ok<{ collective: { memberCount: number } }>(
      `query($id: ID!) { collective(id: $id) { memberCount } }`,
      { id: cA },
      wA,
    );
    expect(count.collective.memberCount).toBe(0);
  });

  it('counts a member from another street but shows them only to a worker of both streets', async () => {
    const cA = await createCollective(wA, 'Buurtapp Astraat', f.streetAId);
    // wN works in the whole buurt, so both the collective (A) and Cor (B) are theirs
    const added = await addMembership(wN, { collectiveId: cA, personId: cor, since: '2024-02-01' });
    expect(added.errors).toBeUndefined();
    const membershipId = added.data?.addMembership.id as string;
    const VIEW = `query($id: ID!) { collective(id: $id) {
      memberCount members { displayName } memberships { id person { displayName } } } }`;
    type View = {
      collective: {
        memberCount: number;
        members: { displayName: string }[];
        memberships: { id: string; person: { displayName: string } | null }[];
      };
    };
    const byA = await ok<View>(VIEW, { id: cA }, wA);
    // the size of the collective counts Cor; his name and membership stay hidden from the street A worker
    expect(byA.collective).toEqual({ memberCount: 1, members: [], memberships: [] });
    expect(JSON.stringify(byA)).not.toContain('Cor');
    const byN = await ok<View>(VIEW, { id: cA }, wN);
    expect(byN.collective).toEqual({
      memberCount: 1,
      members: [{ displayName: 'Cor Claassen' }],
      memberships: [{ id: membershipId, person: { displayName: 'Cor Claassen' } }],
    });
    // wA can neither end nor delete a membership of someone outside their places
    expect(codeOf(await gql(END_MEMBERSHIP, { id: membershipId }, wA))).toBe('NOT_FOUND');
    expect(codeOf(await gql(`mutation($id: ID!) { deleteMembership(id: $id) }`, { id: membershipId }, wA))).toBe(
      'NOT_FOUND',
    );
    // and it is still there, still open
    expect(await history(wN, cA)).toEqual([
      { id: membershipId, personId: cor, role: 'MEMBER', since: '2024-02-01', until: null },
    ]);
  });

  it('shows a resident’s memberships only of collectives in the viewer’s places', async () => {
    // Ans lives in street A but joins a collective of street B: the street-A worker sees Ans, not that collective
    const inB = await createCollective(wN, 'Buurtapp Bstraat', f.streetBId);
    const inA = await createCollective(wN, 'Leesclub Astraat', f.streetAId);
    for (const collectiveId of [inA, inB]) {
      expect((await addMembership(wN, { collectiveId, personId: ans, since: '2024-03-01' })).errors).toBeUndefined();
    }
    const VIEW = `query($id: ID!) { person(id: $id) { memberships { collectiveId } collectives { id } } }`;
    type View = { person: { memberships: { collectiveId: string }[]; collectives: { id: string }[] } };
    const byA = await ok<View>(VIEW, { id: ans }, wA);
    const byN = await ok<View>(VIEW, { id: ans }, wN);
    expect(byA.person.memberships.map((m) => m.collectiveId)).toContain(inA);
    expect(byA.person.memberships.map((m) => m.collectiveId)).not.toContain(inB);
    expect(byA.person.collectives.map((c) => c.id)).not.toContain(inB);
    expect(byN.person.memberships.map((m) => m.collectiveId)).toEqual(expect.arrayContaining([inA, inB]));
  });

  it('hides a collective from workers of other places and from the administrator', async () => {
    const inB = await gql(
      CREATE_COLLECTIVE,
      { input: { name: 'Stiekem in B', kind: 'APP_GROUP', placeId: f.streetBId } },
      wA,
    );
    expect(codeOf(inB)).toBe('NOT_FOUND');
    const cA = await createCollective(wA, 'Koffieclub Astraat', f.streetAId);
    const QUERY = `query($id: ID!) { collective(id: $id) { name } }`;
    const byB = await gql(QUERY, { id: cA }, wB);
    expect(codeOf(byB)).toBe('NOT_FOUND');
    expect(JSON.stringify(byB)).not.toContain('Koffieclub');
    // an administrator manages users and places, not residents' collectives (DESIGN.md, who sees what)
    expect(codeOf(await gql(QUERY, { id: cA }, f.adminToken))).toBe('FORBIDDEN');
    expect(codeOf(await gql(`{ collectives { totalCount } }`, {}, f.adminToken))).toBe('FORBIDDEN');
    // the refused collective in B was not written
    const inStreetB = await ok<{ collectives: { edges: { node: { name: string } }[] } }>(
      `query($placeId: ID) { collectives(placeId: $placeId) { edges { node { name } } } }`,
      { placeId: f.streetBId },
      wN,
    );
    expect(inStreetB.collectives.edges.map((e) => e.node.name)).not.toContain('Stiekem in B');
  });

  it('refuses a blank or too long name, an unknown kind and a malformed id', async () => {
    const create = (input: Record<string, unknown>) =>
      gql(CREATE_COLLECTIVE, { input: { kind: 'APP_GROUP', placeId: f.streetAId, ...input } }, wA);
    const blank = await create({ name: '  ' });
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors?.[0].message).toContain('A collective needs a name.');
    // LIMITS.nameMax is 120
    expect(codeOf(await create({ name: 'x'.repeat(LIMITS.nameMax + 1) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await create({ name: 'Onbekend soort', kind: 'NOPE' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(`{ collective(id: "nope") { id } }`, {}, wA))).toBe('BAD_USER_INPUT');
    // none of them left a collective behind
    const all = await ok<{ collectives: { edges: { node: { name: string } }[] } }>(
      `query($placeId: ID) { collectives(placeId: $placeId, first: 200) { edges { node { name } } } }`,
      { placeId: f.streetAId },
      wA,
    );
    const names = all.collectives.edges.map((e) => e.node.name);
    expect(names).not.toContain('Onbekend soort');
    expect(names.some((n) => n.trim() === '' || n.length > LIMITS.nameMax)).toBe(false);
  });

  it('adds, ends and re-adds a membership without overlapping periods, and keeps the history', async () => {
    const c = await createCollective(wA, 'Tuinclub Astraat', f.streetAId);
    const first = await addMembership(wA, { collectiveId: c, personId: ans, since: '2024-01-01' });
    expect(first.data?.addMembership).toMatchObject({
      personId: ans,
      role: 'MEMBER',
      since: '2024-01-01',
      until: null,
    });
    const m1 = first.data?.addMembership.id as string;
    // Ans already belongs (since 2024-01-01, open): a second open membership would overlap
    expect(codeOf(await addMembership(wA, { collectiveId: c, personId: ans }))).toBe('CONFLICT');
    // until before since, and a date that does not exist
    expect(codeOf(await gql(END_MEMBERSHIP, { id: m1, until: '2020-01-01' }, wA))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(END_MEMBERSHIP, { id: m1, until: '2020-02-30' }, wA))).toBe('BAD_USER_INPUT');
    const ended = await ok<{ endMembership: { until: string } }>(END_MEMBERSHIP, { id: m1, until: '2025-01-01' }, wA);
    expect(ended.endMembership.until).toBe('2025-01-01');
    expect(codeOf(await gql(END_MEMBERSHIP, { id: m1, until: '2025-02-01' }, wA))).toBe('CONFLICT');
    // periods are [since, until): 2024-12-31 still lies in the first one, 2025-01-01 no longer does
    expect(codeOf(await addMembership(wA, { collectiveId: c, personId: ans, since: '2024-12-31' }))).toBe('CONFLICT');
    const again = await addMembership(wA, { collectiveId: c, personId: ans, since: '2025-01-01' });
    expect(again.errors).toBeUndefined();
    const m2 = again.data?.addMembership.id as string;
    const bramJoined = await addMembership(wA, { collectiveId: c, personId: bram, since: '2023-01-01', role: 'CHAIR' });
    expect(bramJoined.errors).toBeUndefined();

    const periods = await history(wA, c);
    expect(periods.filter((p) => p.personId === ans)).toEqual([
      { id: m1, personId: ans, role: 'MEMBER', since: '2024-01-01', until: '2025-01-01' },
      { id: m2, personId: ans, role: 'MEMBER', since: '2025-01-01', until: null },
    ]);
    const counts = await ok<Record<string, { memberCount: number }>>(
      `query($id: ID!) {
        c1: collective(id: $id) { memberCount(asOf: "2023-06-01") }
        c2: collective(id: $id) { memberCount(asOf: "2024-06-01") }
        c3: collective(id: $id) { memberCount(asOf: "2025-01-01") }
        c4: collective(id: $id) { memberCount } }`,
      { id: c },
      wA,
    );
    const [before, during, boundary, now] = ['c1', 'c2', 'c3', 'c4'].map((k) => counts[k].memberCount);
    // 2023-06-01: only Bram (since 2023-01-01); Ans joined in 2024
    expect(before).toBe(1);
    expect(during).toBe(2);
    // on 2025-01-01 Ans's first period has just ended and her second begins: she counts once
    expect(boundary).toBe(2);
    expect(now).toBe(2);
    const past = await ok<{ collective: { members: { displayName: string }[] } }>(
      `query($id: ID!) { collective(id: $id) { members(asOf: "2023-06-01") { displayName } } }`,
      { id: c },
      wA,
    );
    expect(past.collective.members).toEqual([{ displayName: 'Bram Brouwer' }]);
  });

  it('changes a membership’s role, but not its start into another period or past its end', async () => {
    const c = await createCollective(wA, 'Straatfeestcommissie Astraat', f.streetAId);
    const old = (await addMembership(wA, { collectiveId: c, personId: ans, since: '2022-01-01' })).data?.addMembership
      .id as string;
    await ok(END_MEMBERSHIP, { id: old, until: '2023-01-01' }, wA);
    const current = (await addMembership(wA, { collectiveId: c, personId: ans, since: '2024-01-01' })).data
      ?.addMembership.id as string;
    expect(current).toBeDefined();

    const role = await ok<{ updateMembership: Period }>(
      UPDATE_MEMBERSHIP,
      { id: current, input: { role: 'CHAIR' } },
      wA,
    );
    expect(role.updateMembership).toMatchObject({ role: 'CHAIR', since: '2024-01-01', until: null });
    // moving the start of the current period to 2022-06-01 runs into the old one [2022-01-01, 2023-01-01)
    const overlap = await gql(UPDATE_MEMBERSHIP, { id: current, input: { since: '2022-06-01' } }, wA);
    expect(codeOf(overlap)).toBe('CONFLICT');
    // the old period cannot start (2023-06-01) after it ended (2023-01-01)
    const afterEnd = await gql(UPDATE_MEMBERSHIP, { id: old, input: { since: '2023-06-01' } }, wA);
    expect(codeOf(afterEnd)).toBe('BAD_USER_INPUT');
    // neither refused change was written
    expect(await history(wA, c)).toEqual([
      { id: old, personId: ans, role: 'MEMBER', since: '2022-01-01', until: '2023-01-01' },
      { id: current, personId: ans, role: 'CHAIR', since: '2024-01-01', until: null },
    ]);
  });

  it('deletes only an empty collective that supports no initiative', async () => {
    const withHistory = await createCollective(wA, 'Oud-bewonersgroep Astraat', f.streetAId);
    const m = (await addMembership(wA, { collectiveId: withHistory, personId: bram, since: '2020-01-01' })).data
      ?.addMembership.id as string;
    await ok(END_MEMBERSHIP, { id: m, until: '2021-01-01' }, wA);
    // an ended membership is history too
    expect(codeOf(await gql(DELETE_COLLECTIVE, { id: withHistory }, wA))).toBe('CONFLICT');

    const supporter = await createCollective(wA, 'Steungroep Astraat', f.streetAId);
    const initiative = await ok<{ createInitiative: { id: string } }>(
      `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }`,
      { input: { name: 'Burenontbijt Astraat', kind: 'SOCIAL_ACTIVITY', placeId: f.streetAId } },
      wA,
    );
    await ok(
      `mutation($i: ID!, $c: [ID!]!) { setSupportingCollectives(initiativeId: $i, collectiveIds: $c) { id } }`,
      { i: initiative.createInitiative.id, c: [supporter] },
      wA,
    );
    expect(codeOf(await gql(DELETE_COLLECTIVE, { id: supporter }, wA))).toBe('CONFLICT');

    const empty = await createCollective(wA, 'Vergissing Astraat', f.streetAId);
    expect((await ok<{ deleteCollective: string }>(DELETE_COLLECTIVE, { id: empty }, wA)).deleteCollective).toBe(empty);
    expect(codeOf(await gql(`query($id: ID!) { collective(id: $id) { id } }`, { id: empty }, wA))).toBe('NOT_FOUND');
    // the refused ones are still there
    for (const id of [withHistory, supporter]) {
      expect(
        (await ok<{ collective: { id: string } }>(`query($id: ID!) { collective(id: $id) { id } }`, { id }, wA))
          .collective.id,
      ).toBe(id);
    }
  });

  it('lists the collectives of a place and below, searches literally and pages with cursors', async () => {
    const LIST = `query($placeId: ID, $search: String, $first: Int, $after: String) {
      collectives(placeId: $placeId, search: $search, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id name placeId } } } }`;
    type Page = {
      collectives: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { id: string; name: string; placeId: string } }[];
      };
    };
    const inA = await createCollective(wA, 'Lijst Astraat', f.streetAId);
    const inB = await createCollective(wN, 'Lijst Bstraat', f.streetBId);
    const inN = await createCollective(wN, 'Lijst Buurt', f.buurtId);
    const buurt = await ok<Page>(LIST, { placeId: f.buurtId, first: 200 }, wN);
    const ids = buurt.collectives.edges.map((e) => e.node.id);
    // the buurt's list includes what lies in its streets
    expect(ids).toEqual(expect.arrayContaining([inA, inB, inN]));
    const streetA = await ok<Page>(LIST, { placeId: f.streetAId, first: 200 }, wN);
    expect(streetA.collectives.edges.every((e) => e.node.placeId === f.streetAId)).toBe(true);
    expect(streetA.collectives.edges.map((e) => e.node.id)).not.toContain(inB);
    expect(codeOf(await gql(LIST, { placeId: f.streetBId }, wA))).toBe('NOT_FOUND');

    // % and _ are LIKE wildcards; a search for them matches names containing them, and there are none
    expect((await ok<Page>(LIST, { search: '%' }, wN)).collectives.totalCount).toBe(0);
    expect((await ok<Page>(LIST, { search: '_' }, wN)).collectives.totalCount).toBe(0);
    const search = await ok<Page>(LIST, { search: 'LIJST B' }, wN);
    expect(search.collectives.edges.map((e) => e.node.name)).toEqual(['Lijst Bstraat', 'Lijst Buurt']);

    // walk the whole buurt two at a time: every collective exactly once
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page = await ok<Page>(LIST, { placeId: f.buurtId, first: 2, after }, wN);
      expect(page.collectives.edges.length).toBeLessThanOrEqual(2);
      seen.push(...page.collectives.edges.map((e) => e.node.id));
      pages++;
      if (pages === 1) expect(page.collectives.pageInfo.hasNextPage).toBe(true);
      if (!page.collectives.pageInfo.hasNextPage) break;
      after = page.collectives.pageInfo.endCursor;
      expect(pages).toBeLessThan(100);
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(buurt.collectives.totalCount);
    expect(new Set(seen)).toEqual(new Set(ids));

    expect(codeOf(await gql(LIST, { after: 'zzz' }, wN))).toBe('BAD_USER_INPUT');
    // LIMITS.maxPageSize is 200
    expect(codeOf(await gql(LIST, { first: 500 }, wN))).toBe('BAD_USER_INPUT');
  });

  it('requires a token', async () => {
    const res = await gql(`{ collectives { totalCount } }`);
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });
});
