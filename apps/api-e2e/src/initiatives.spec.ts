/**
 * Initiatives and participations over HTTP: phase and dates, filters, who sees and changes what (street
 * worker, buurt worker), supporting collectives, the ties an initiative created (lesson 2) as of a date,
 * safe deletes, a person's initiatives over time, and DataLoaders keeping the cost of a page flat.
 *
 * Fixture: gemeente ⊃ buurt N ⊃ streets A and B; wN works in N, wA in street A, wB in street B.
 * Ans and Bram live in A, Cor in B.
 */
import { LIMITS } from '@weefsel/domain';
import { codeOf, gql, login, ok } from './support/client';
import { buildFixture, createPerson, createWorker, Fixture } from './support/fixture';
import { DEMO } from './support/state';

const CREATE_INITIATIVE = `mutation($input: CreateInitiativeInput!) {
  createInitiative(input: $input) { id name kind phase placeId startedOn endedOn } }`;
const UPDATE_INITIATIVE = `mutation($id: ID!, $input: UpdateInitiativeInput!) {
  updateInitiative(id: $id, input: $input) { id phase startedOn endedOn meaningForStreet } }`;
const ADD_PARTICIPATION = `mutation($input: AddParticipationInput!) {
  addParticipation(input: $input) { id personId role since until } }`;
const END_PARTICIPATION = `mutation($id: ID!, $until: LocalDate) { endParticipation(id: $id, until: $until) { id until } }`;
const SET_SUPPORT = `mutation($i: ID!, $c: [ID!]!) {
  setSupportingCollectives(initiativeId: $i, collectiveIds: $c) { id supportingCollectives { id } } }`;
const CREATE_TIE = `mutation($input: CreateTieInput!) { createTie(input: $input) { id } }`;
const DELETE_INITIATIVE = `mutation($id: ID!) { deleteInitiative(id: $id) }`;

/** Today as the API computes it (UTC), the default of `since`, `asOf` and an ENDED initiative's `endedOn`. */
function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

describe('initiatives and participations', () => {
  let f: Fixture;
  let wN: string;
  let wA: string;
  let wB: string;
  let ans: string;
  let bram: string;
  let cor: string;

  const createInitiative = async (token: string, input: Record<string, unknown>): Promise<string> =>
    (
      await ok<{ createInitiative: { id: string } }>(
        CREATE_INITIATIVE,
        { input: { kind: 'SOCIAL_ACTIVITY', placeId: f.streetAId, ...input } },
        token,
      )
    ).createInitiative.id;

  const createCollective = async (token: string, name: string, placeId: string): Promise<string> =>
    (
      await ok<{ createCollective: { id: string } }>(
        `mutation($input: CreateCollectiveInput!) { createCollective(input: $input) { id } }`,
        { input: { name, kind: 'INFORMAL_GROUP', placeId } },
        token,
      )
    ).createCollective.id;

  const addParticipation = (token: string, input: Record<string, unknown>) =>
    gql<{ addParticipation: { id: string; personId: string; role: string; since: string; until: string | null } }>(
      ADD_PARTICIPATION,
      { input },
      token,
    );

  beforeAll(async () => {
    f = await buildFixture('initiatives');
    wN = f.workerToken;
    wA = f.streetWorkerToken;
    wB = await createWorker(f.adminToken, 'straat-b-initiatives@elders.test', [f.streetBId]);
    ans = await createPerson(wN, 'Ans Aalders', f.streetAId);
    bram = await createPerson(wN, 'Bram Brouwer', f.streetAId);
    cor = await createPerson(wN, 'Cor Claassen', f.streetBId);
  });

  it('keeps an initiative’s dates in order and records when it ended', async () => {
    const backwards = await gql(
      CREATE_INITIATIVE,
      {
        input: {
          name: 'Achterstevoren',
          kind: 'STREET_ACTION',
          placeId: f.streetAId,
          startedOn: '2024-03-01',
          endedOn: '2024-02-01',
        },
      },
      wA,
    );
    expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
    const id = await createInitiative(wA, { name: 'Zwerfvuilronde', phase: 'ACTIVE', startedOn: '2024-03-01' });
    // moving to ENDED without a date records today, so "when did it stop" is not lost
    const ended = await ok<{ updateInitiative: { phase: string; endedOn: string | null } }>(
      UPDATE_INITIATIVE,
      { id, input: { phase: 'ENDED' } },
      wA,
    );
    expect(ended.updateInitiative).toMatchObject({ phase: 'ENDED', endedOn: todayUtc() });
    // revived: the end date goes
    const revived = await ok<{ updateInitiative: { phase: string; startedOn: string; endedOn: string | null } }>(
      UPDATE_INITIATIVE,
      { id, input: { phase: 'NEEDS_SUPPORT' } },
      wA,
    );
    expect(revived.updateInitiative).toMatchObject({ phase: 'NEEDS_SUPPORT', startedOn: '2024-03-01', endedOn: null });
    // LIMITS.textMax is 4000 characters
    const tooLong = await gql(
      UPDATE_INITIATIVE,
      { id, input: { meaningForStreet: 'x'.repeat(LIMITS.textMax + 1) } },
      wA,
    );
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
    const fits = await ok<{ updateInitiative: { meaningForStreet: string } }>(
      UPDATE_INITIATIVE,
      { id, input: { meaningForStreet: 'x'.repeat(LIMITS.textMax) } },
      wA,
    );
    expect(fits.updateInitiative.meaningForStreet).toHaveLength(LIMITS.textMax);
    // the refused creation left nothing behind
    const list = await ok<{ initiatives: { totalCount: number } }>(
      `{ initiatives(search: "Achterstevoren") { totalCount } }`,
      {},
      wN,
    );
    expect(list.initiatives.totalCount).toBe(0);
  });

  it('filters initiatives by phase, kind and name, within the viewer’s places only', async () => {
    const match = await createInitiative(wA, {
      name: 'TaartExpress Astraat',
      kind: 'ATTENTION',
      phase: 'NEEDS_SUPPORT',
    });
    // each of these differs from the filter in exactly one respect
    await createInitiative(wA, { name: 'Taartenbakkers', kind: 'ATTENTION', phase: 'ACTIVE' });
    await createInitiative(wA, { name: 'Taart op straat', kind: 'STREET_ACTION', phase: 'NEEDS_SUPPORT' });
    await createInitiative(wA, { name: 'Bloemetje voor de buren', kind: 'ATTENTION', phase: 'NEEDS_SUPPORT' });
    const FILTER = `{ initiatives(phase: NEEDS_SUPPORT, kind: ATTENTION, search: "taart") {
      totalCount edges { node { id name } } } }`;
    type List = { initiatives: { totalCount: number; edges: { node: { id: string; name: string } }[] } };
    const byN = await ok<List>(FILTER, {}, wN);
    expect(byN.initiatives.totalCount).toBe(1);
    expect(byN.initiatives.edges.map((e) => e.node)).toEqual([{ id: match, name: 'TaartExpress Astraat' }]);
    // wB works in street B: the initiative in A is not theirs
    const byB = await ok<List>(FILTER, {}, wB);
    expect(byB.initiatives).toEqual({ totalCount: 0, edges: [] });
    const one = await gql(`query($id: ID!) { initiative(id: $id) { name } }`, { id: match }, wB);
    expect(codeOf(one)).toBe('NOT_FOUND');
    expect(JSON.stringify(one)).not.toContain('TaartExpress');
  });

  it('lets only a worker of both places record a participation across streets, once at a time', async () => {
    const id = await createInitiative(wA, { name: 'Buurtmoestuin Astraat', kind: 'GREEN' });
    expect(codeOf(await addParticipation(wA, { initiativeId: id, personId: cor }))).toBe('NOT_FOUND');
    const corJoined = await addParticipation(wN, { initiativeId: id, personId: cor, since: '2024-05-01' });
    expect(corJoined.errors).toBeUndefined();
    const bramJoined = await addParticipation(wA, {
      initiativeId: id,
      personId: bram,
      role: 'VOLUNTEER',
      since: '2024-01-01',
    });
    expect(bramJoined.data?.addParticipation).toMatchObject({ personId: bram, role: 'VOLUNTEER', until: null });
    const bramsId = bramJoined.data?.addParticipation.id as string;
    expect(codeOf(await addParticipation(wA, { initiativeId: id, personId: bram }))).toBe('CONFLICT');
    const ended = await ok<{ endParticipation: { until: string } }>(
      END_PARTICIPATION,
      { id: bramsId, until: '2025-01-01' },
      wA,
    );
    expect(ended.endParticipation.until).toBe('2025-01-01');
    expect(codeOf(await gql(END_PARTICIPATION, { id: bramsId }, wA))).toBe('CONFLICT');

    const HISTORY = `query($id: ID!) { initiative(id: $id) {
      participations(includeEnded: true) { personId until person { displayName } } current: participations { personId } } }`;
    type History = {
      initiative: {
        participations: { personId: string; until: string | null; person: { displayName: string } | null }[];
        current: { personId: string }[];
      };
    };
    const byA = await ok<History>(HISTORY, { id }, wA);
    // Cor lives in B: left out for wA, even in the history
    expect(byA.initiative.participations).toEqual([
      { personId: bram, until: '2025-01-01', person: { displayName: 'Bram Brouwer' } },
    ]);
    expect(byA.initiative.current).toEqual([]);
    const byN = await ok<History>(HISTORY, { id }, wN);
    expect(byN.initiative.participations.map((p) => p.personId).sort()).toEqual([bram, cor].sort());
    expect(byN.initiative.current).toEqual([{ personId: cor }]);
  });

  it('replaces the supporting collectives the worker can see and leaves the others alone', async () => {
    const id = await createInitiative(wA, { name: 'Rommelmarkt Astraat', kind: 'STREET_ACTION' });
    const cA = await createCollective(wA, 'Rommelgroep Astraat', f.streetAId);
    const cB = await createCollective(wN, 'Rommelgroep Bstraat', f.streetBId);
    const SUPPORT = `query($id: ID!) { initiative(id: $id) { supportingCollectives { id } } }`;
    const supporters = async (token: string): Promise<string[]> =>
      (
        await ok<{ initiative: { supportingCollectives: { id: string }[] } }>(SUPPORT, { id }, token)
      ).initiative.supportingCollectives.map((c) => c.id);

    const refused = await gql(SET_SUPPORT, { i: id, c: [cA, cB] }, wA);
    expect(codeOf(refused)).toBe('NOT_FOUND');
    expect(refused.errors?.[0].message).toContain(cB);
    // all or nothing: cA was not linked either
    expect(await supporters(wN)).toEqual([]);

    const both = await ok<{ setSupportingCollectives: { supportingCollectives: { id: string }[] } }>(
      SET_SUPPORT,
      { i: id, c: [cA, cB] },
      wN,
    );
    expect(both.setSupportingCollectives.supportingCollectives.map((c) => c.id).sort()).toEqual([cA, cB].sort());
    // wA sees only the collective in A
    expect(await supporters(wA)).toEqual([cA]);

    await ok(SET_SUPPORT, { i: id, c: [] }, wA);
    expect(await supporters(wA)).toEqual([]);
    // cB lies outside wA's places: what the buurt worker recorded there stays
    expect(await supporters(wN)).toEqual([cB]);

    expect(codeOf(await gql(SET_SUPPORT, { i: id, c: ['x'] }, wN))).toBe('BAD_USER_INPUT');
    expect(await supporters(wN)).toEqual([cB]);
  });

  it('shows the ties an initiative created, between people the viewer may see, as of a date', async () => {
    const id = await createInitiative(wN, { name: 'Burendag Astraat', startedOn: '2024-03-01' });
    const tie = async (a: string, b: string, since: string): Promise<string> =>
      (
        await ok<{ createTie: { id: string } }>(
          CREATE_TIE,
          {
            input: {
              personAId: a,
              personBId: b,
              kind: 'MET_VIA_INITIATIVE',
              strength: 2,
              since,
              originInitiativeId: id,
            },
          },
          wN,
        )
      ).createTie.id;
    const ansBram = await tie(ans, bram, '2024-03-01');
    const ansCor = await tie(ans, cor, '2024-06-01');
    const bramCor = await tie(bram, cor, '2024-04-01');
    await ok(`mutation($id: ID!) { endTie(id: $id, until: "2024-05-10") { id } }`, { id: bramCor }, wN);

    const QUERY = `query($id: ID!) { initiative(id: $id) {
      today: tiesCreated { id } all: tiesCreated(includeEnded: true) { id } may: tiesCreated(asOf: "2024-05-05") { id } } }`;
    type Created = { initiative: Record<'today' | 'all' | 'may', { id: string }[]> };
    const ids = (list: { id: string }[]) => list.map((t) => t.id).sort();

    const byA = await ok<Created>(QUERY, { id }, wA);
    // wA sees only ties with both ends in street A
    expect(ids(byA.initiative.today)).toEqual([ansBram]);
    expect(ids(byA.initiative.all)).toEqual([ansBram]);

    const byN = await ok<Created>(QUERY, { id }, wN);
    // today: the two open ties; all: the ended Bram–Cor too
    expect(ids(byN.initiative.today)).toEqual([ansBram, ansCor].sort());
    expect(ids(byN.initiative.all)).toEqual([ansBram, ansCor, bramCor].sort());
    // on 2024-05-05: Ans–Bram (since 03-01) and Bram–Cor (04-01 to 05-10); Ans–Cor began only on 06-01
    expect(ids(byN.initiative.may)).toEqual([ansBram, bramCor].sort());
  });

  it('deletes only an initiative without participations or ties that record it', async () => {
    const withPeople = await createInitiative(wA, { name: 'Zomerfeest Astraat' });
    expect((await addParticipation(wA, { initiativeId: withPeople, personId: ans })).errors).toBeUndefined();
    expect(codeOf(await gql(DELETE_INITIATIVE, { id: withPeople }, wA))).toBe('CONFLICT');

    const withTies = await createInitiative(wA, { name: 'Soepdag Astraat' });
    const dora = await createPerson(wA, 'Dora Dekker', f.streetAId);
    const evert = await createPerson(wA, 'Evert Evers', f.streetAId);
    await ok(
      CREATE_TIE,
      {
        input: {
          personAId: dora,
          personBId: evert,
          kind: 'MET_VIA_INITIATIVE',
          strength: 2,
          since: '2025-03-01',
          originInitiativeId: withTies,
        },
      },
      wA,
    );
    expect(codeOf(await gql(DELETE_INITIATIVE, { id: withTies }, wA))).toBe('CONFLICT');

    const empty = await createInitiative(wA, { name: 'Vergissing Astraat' });
    expect((await ok<{ deleteInitiative: string }>(DELETE_INITIATIVE, { id: empty }, wA)).deleteInitiative).toBe(empty);
    expect(codeOf(await gql(`query($id: ID!) { initiative(id: $id) { id } }`, { id: empty }, wA))).toBe('NOT_FOUND');
    for (const kept of [withPeople, withTies]) {
      const res = await ok<{ initiative: { id: string } }>(
        `query($id: ID!) { initiative(id: $id) { id } }`,
        { id: kept },
        wA,
      );
      expect(res.initiative.id).toBe(kept);
    }
  });

  it('gives a person’s participations and the initiatives they take part in, as of a date', async () => {
    const fien = await createPerson(wA, 'Fien Fransen', f.streetAId);
    const current = await createInitiative(wA, { name: 'Leesclub Astraat' });
    const past = await createInitiative(wA, { name: 'Kerstmarkt Astraat' });
    await ok(ADD_PARTICIPATION, { input: { initiativeId: current, personId: fien, since: '2023-01-01' } }, wA);
    const spell = await addParticipation(wA, { initiativeId: past, personId: fien, since: '2023-01-01' });
    await ok(END_PARTICIPATION, { id: spell.data?.addParticipation.id, until: '2024-01-01' }, wA);

    const view = await ok<{
      person: {
        participations: { until: string | null; initiative: { name: string } | null }[];
        initiatives: { name: string }[];
        then: { name: string }[];
        before: { name: string }[];
      };
    }>(
      `query($id: ID!) { person(id: $id) {
        participations { until initiative { name } }
        initiatives { name }
        then: initiatives(asOf: "2023-06-01") { name }
        before: initiatives(asOf: "2020-01-01") { name } } }`,
      { id: fien },
      wA,
    );
    // participations include the ended one
    expect(view.person.participations.map((p) => p.initiative?.name).sort()).toEqual([
      'Kerstmarkt Astraat',
      'Leesclub Astraat',
    ]);
    expect(view.person.initiatives).toEqual([{ name: 'Leesclub Astraat' }]);
    // in 2023 she took part in both (sorted by name); in 2020 in none
    expect(view.person.then).toEqual([{ name: 'Kerstmarkt Astraat' }, { name: 'Leesclub Astraat' }]);
    expect(view.person.before).toEqual([]);
  });

  it('costs a fixed number of SQL queries per page of people or initiatives, whatever its size', async () => {
    const token = await login(DEMO.worker, DEMO.password);
    const PEOPLE = `query($first: Int) { people(first: $first) { edges { node {
      id participations { id initiative { name } } initiatives { name } collectives { name } } } } }`;
    type People = {
      people: { edges: { node: { participations: unknown[]; initiatives: unknown[]; collectives: unknown[] } }[] };
    };
    const fewPeople = await gql<People>(PEOPLE, { first: 5 }, token);
    const manyPeople = await gql<People>(PEOPLE, { first: 50 }, token);
    expect(fewPeople.errors).toBeUndefined();
    expect(manyPeople.errors).toBeUndefined();
    const people = manyPeople.data?.people.edges.map((e) => e.node) ?? [];
    expect(people).toHaveLength(50);
    // the page has nested rows to load, or the count would prove nothing
    expect(people.some((p) => p.participations.length > 0)).toBe(true);
    expect(people.some((p) => p.collectives.length > 0)).toBe(true);
    expect(fewPeople.extensions?.sqlQueries).toBeGreaterThan(0);
    expect(manyPeople.extensions?.sqlQueries).toBe(fewPeople.extensions?.sqlQueries);

    // the demo has six initiatives, so one is compared with all of them
    const INITIATIVES = `query($first: Int) { initiatives(first: $first) { edges { node {
      id place { name } participations { person { displayName } } supportingCollectives { name } tiesCreated { id } } } } }`;
    type Initiatives = {
      initiatives: {
        edges: { node: { participations: unknown[]; supportingCollectives: unknown[]; tiesCreated: unknown[] } }[];
      };
    };
    const one = await gql<Initiatives>(INITIATIVES, { first: 1 }, token);
    const all = await gql<Initiatives>(INITIATIVES, { first: 50 }, token);
    expect(one.errors).toBeUndefined();
    expect(all.errors).toBeUndefined();
    const initiatives = all.data?.initiatives.edges.map((e) => e.node) ?? [];
    expect(one.data?.initiatives.edges).toHaveLength(1);
    expect(initiatives.length).toBeGreaterThanOrEqual(5);
    expect(initiatives.some((i) => i.participations.length > 0)).toBe(true);
    expect(initiatives.some((i) => i.supportingCollectives.length > 0)).toBe(true);
    expect(initiatives.some((i) => i.tiesCreated.length > 0)).toBe(true);
    expect(one.extensions?.sqlQueries).toBeGreaterThan(0);
    expect(all.extensions?.sqlQueries).toBe(one.extensions?.sqlQueries);
  });
});
