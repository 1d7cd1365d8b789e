/**
 * The contact log over HTTP (lesson 5): logging a contact with residents, who may read, change and delete it,
 * which residents of a moment each worker gets to see, filters and keyset paging, the same page through
 * `person.contactMoments`, erasure, and a year of the demo neighbourhood's log.
 *
 * Fixture (support/people-fixture.ts): buurt N with streets S1 and S2; W1 works in S1, W2 in S2, W3 in all of
 * N; P1 and P2 live in S1, P3 in S2. Tests that count rows use their own dates (years in the past), so they
 * never see each other's moments.
 */
import { randomUUID } from 'node:crypto';
import { LIMITS } from '@weefsel/domain';
import { codeOf, gql, GqlResponse, login, ok } from './support/client';
import {
  addDays,
  allPages,
  buildPeopleFixture,
  createResident,
  isoToday,
  Page,
  PeopleFixture,
} from './support/people-fixture';
import { DEMO } from './support/state';

interface Moment {
  id: string;
  placeId: string;
  channel: string;
  occurredOn: string;
  summary: string;
  signals: string[];
  personIds: string[];
  people: { id: string; displayName: string }[];
  worker: { id: string; displayName: string };
}

interface ListedMoment {
  id: string;
  occurredOn: string;
  placeId: string;
  signals: string[];
  personIds: string[];
}

const MOMENT = `id placeId channel occurredOn summary signals personIds people { id displayName } worker { id displayName }`;
const LOG = `mutation($input: LogContactMomentInput!) { logContactMoment(input: $input) { ${MOMENT} } }`;
const READ = `query($id: ID!) { contactMoment(id: $id) { ${MOMENT} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateContactMomentInput!) {
  updateContactMoment(id: $id, input: $input) { ${MOMENT} } }`;
const DELETE = `mutation($id: ID!) { deleteContactMoment(id: $id) }`;
const PAGE_FIELDS = `totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id occurredOn placeId signals personIds } }`;
const LIST = `query($placeId: ID, $personId: ID, $from: LocalDate, $to: LocalDate, $signal: ContactSignal,
  $first: Int, $after: String) {
  contactMoments(placeId: $placeId, personId: $personId, from: $from, to: $to, signal: $signal,
    first: $first, after: $after) { ${PAGE_FIELDS} } }`;

describe('the contact log', () => {
  let f: PeopleFixture;

  /** A moment as W1 would usually log it: P1, in S1, in the street, long ago; `input` overrides any field. */
  const logRes = (token: string, input: Record<string, unknown>): Promise<GqlResponse<{ logContactMoment: Moment }>> =>
    gql<{ logContactMoment: Moment }>(
      LOG,
      {
        input: {
          personIds: [f.p1],
          placeId: f.s1,
          channel: 'STREET',
          occurredOn: '2019-01-07',
          summary: 'Even bijgepraat bij het bankje',
          signals: [],
          ...input,
        },
      },
      token,
    );
  const log = async (token: string, input: Record<string, unknown>): Promise<Moment> => {
    const res = await logRes(token, input);
    if (!res.data || res.errors?.length) throw new Error(`logContactMoment failed: ${JSON.stringify(res.errors)}`);
    return res.data.logContactMoment;
  };
  const read = (token: string, id: string) => gql<{ contactMoment: Moment }>(READ, { id }, token);
  const list = async (token: string, vars: Record<string, unknown>): Promise<Page<ListedMoment>> =>
    (await ok<{ contactMoments: Page<ListedMoment> }>(LIST, vars, token)).contactMoments;
  const ids = (page: Page<ListedMoment>): string[] => page.edges.map((e) => e.node.id).sort();

  beforeAll(async () => {
    f = await buildPeopleFixture('contact-log');
  });

  it('logs a contact once per resident and signal, with the summary trimmed, as the worker who logged it', async () => {
    const today = isoToday();
    const moment = await log(f.w1.token, {
      personIds: [f.p1, f.p2, f.p1],
      occurredOn: today,
      summary: ' x ',
      signals: ['IDEA', 'IDEA'],
    });
    // P1 named twice is one resident; the same signal twice says nothing more
    expect([...moment.personIds].sort()).toEqual([f.p1, f.p2].sort());
    expect(moment.summary).toBe('x');
    expect(moment.signals).toEqual(['IDEA']);
    expect(moment).toMatchObject({ placeId: f.s1, channel: 'STREET', occurredOn: today });
    expect(moment.worker.displayName).toBe(f.w1.displayName);
    // what was stored, read back in a new request, is the same
    const back = await ok<{ contactMoment: Moment }>(READ, { id: moment.id }, f.w1.token);
    expect([...back.contactMoment.personIds].sort()).toEqual([f.p1, f.p2].sort());
    expect(back.contactMoment).toMatchObject({ summary: 'x', signals: ['IDEA'], worker: moment.worker });
    // the worker of a moment is an id and a name: the schema has no e-mail address to leak
    const email = await gql(
      `query($id: ID!) { contactMoment(id: $id) { worker { email } } }`,
      { id: moment.id },
      f.w1.token,
    );
    expect(codeOf(email)).toBe('BAD_USER_INPUT');
  });

  it('refuses a resident or a place outside the worker’s places (another street, another organisation) with NOT_FOUND, and writes nothing', async () => {
    const day = '2019-02-04';
    const otherResident = await logRes(f.w1.token, { personIds: [f.p1, f.p3], occurredOn: day });
    expect(codeOf(otherResident)).toBe('NOT_FOUND');
    expect(otherResident.data).toBeNull();
    const otherStreet = await logRes(f.w1.token, { placeId: f.s2, occurredOn: day });
    expect(codeOf(otherStreet)).toBe('NOT_FOUND');
    expect(codeOf(await logRes(f.w3.token, { personIds: [randomUUID()], occurredOn: day }))).toBe('NOT_FOUND');
    // a resident and a street of another organisation (the demo's) do not exist here
    const demo = await ok<{ people: { edges: { node: { id: string; homePlace: { id: string } } }[] } }>(
      `{ people(first: 1) { edges { node { id homePlace { id } } } } }`,
      {},
      await login(DEMO.worker, DEMO.password),
    );
    const demoResident = demo.people.edges[0].node;
    expect(codeOf(await logRes(f.w3.token, { personIds: [f.p1, demoResident.id], occurredOn: day }))).toBe('NOT_FOUND');
    expect(codeOf(await logRes(f.w3.token, { placeId: demoResident.homePlace.id, occurredOn: day }))).toBe('NOT_FOUND');
    // W3 sees all of N, so a half-written moment of either request would show up here
    expect((await list(f.w3.token, { placeId: f.buurtId, from: day, to: day })).totalCount).toBe(0);
  });

  it('refuses bad input with BAD_USER_INPUT before writing anything', async () => {
    const day = '2019-03-04';
    const cases: [string, Record<string, unknown>][] = [
      ['a date a week ahead', { occurredOn: addDays(isoToday(), 7) }],
      ['a date that does not exist', { occurredOn: '2026-02-30' }],
      ['a summary of only spaces', { summary: '   ' }],
      ['an empty summary', { summary: '' }],
      ['a summary one character too long', { summary: 'x'.repeat(LIMITS.textMax + 1) }],
      ['no residents', { personIds: [] }],
      [
        'one resident too many',
        { personIds: Array.from({ length: LIMITS.personsPerContactMax + 1 }, () => randomUUID()) },
      ],
      ['an id that is not a uuid', { personIds: [f.p1, 'nope'] }],
      ['an unknown channel', { channel: 'PIGEON' }],
      ['an unknown signal', { signals: ['GOSSIP'] }],
    ];
    const codes: Record<string, string | undefined> = {};
    for (const [label, input] of cases) {
      codes[label] = codeOf(await logRes(f.w1.token, { occurredOn: day, ...input }));
    }
    expect(codes).toEqual(Object.fromEntries(cases.map(([label]) => [label, 'BAD_USER_INPUT'])));
    // the same worker, same place, same day: nothing was logged by any of the refused requests
    expect((await list(f.w1.token, { from: day, to: day })).totalCount).toBe(0);
  });

  it('accepts a summary of exactly the maximum length', async () => {
    const moment = await log(f.w1.token, { summary: 'y'.repeat(LIMITS.textMax) });
    expect(moment.summary).toHaveLength(LIMITS.textMax);
  });

  it.each([
    ['CORPORATION (demo)', 'corporation'],
    ['ANALYST (demo)', 'analyst'],
    ['ADMIN of the same organisation', 'admin'],
  ])('gives %s FORBIDDEN on logging, reading and listing', async (_label, who) => {
    const moment = await log(f.w1.token, {});
    const token =
      who === 'admin'
        ? f.adminToken
        : await login(who === 'corporation' ? DEMO.corporation : DEMO.analyst, DEMO.password);
    expect(codeOf(await logRes(token, {}))).toBe('FORBIDDEN');
    const readRes = await read(token, moment.id);
    expect(codeOf(readRes)).toBe('FORBIDDEN');
    expect(JSON.stringify(readRes)).not.toContain(moment.summary);
    expect(codeOf(await gql(`{ contactMoments { totalCount } }`, {}, token))).toBe('FORBIDDEN');
  });

  it('shows a moment to the workers of its place only', async () => {
    const moment = await log(f.w1.token, {});
    // W3 covers the buurt, so also S1 where it happened
    expect((await ok<{ contactMoment: Moment }>(READ, { id: moment.id }, f.w3.token)).contactMoment.id).toBe(moment.id);
    // W2 covers S2 only: the moment does not exist for them
    const other = await read(f.w2.token, moment.id);
    expect(codeOf(other)).toBe('NOT_FOUND');
    expect(JSON.stringify(other)).not.toContain(moment.summary);
    expect(codeOf(await read(f.w3.token, 'abc'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await read(f.w3.token, randomUUID()))).toBe('NOT_FOUND');
  });

  it('lets only the worker who logged a moment change or delete it', async () => {
    const moment = await log(f.w1.token, { summary: 'Over de geveltuintjes', signals: ['IDEA'] });
    // W3 may read it but not rewrite someone else's notes: FORBIDDEN, naming who can
    const change = await gql(UPDATE, { id: moment.id, input: { summary: 'Overschreven' } }, f.w3.token);
    expect(codeOf(change)).toBe('FORBIDDEN');
    expect(change.errors?.[0].message).toContain(f.w1.displayName);
    const remove = await gql(DELETE, { id: moment.id }, f.w3.token);
    expect(codeOf(remove)).toBe('FORBIDDEN');
    expect(remove.errors?.[0].message).toContain(f.w1.displayName);
    // W2 cannot see it at all
    expect(codeOf(await gql(UPDATE, { id: moment.id, input: { summary: 'Overschreven' } }, f.w2.token))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await gql(DELETE, { id: moment.id }, f.w2.token))).toBe('NOT_FOUND');
    // nothing changed by the refused requests
    expect((await ok<{ contactMoment: Moment }>(READ, { id: moment.id }, f.w1.token)).contactMoment.summary).toBe(
      'Over de geveltuintjes',
    );
    // W1 may
    const changed = await ok<{ updateContactMoment: Moment }>(
      UPDATE,
      { id: moment.id, input: { summary: '  Over de geveltuintjes, en de bank  ', signals: [], channel: 'PHONE' } },
      f.w1.token,
    );
    expect(changed.updateContactMoment).toMatchObject({
      summary: 'Over de geveltuintjes, en de bank',
      signals: [],
      channel: 'PHONE',
      occurredOn: moment.occurredOn,
      personIds: [f.p1],
    });
    const future = await gql(UPDATE, { id: moment.id, input: { occurredOn: addDays(isoToday(), 7) } }, f.w1.token);
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    expect((await ok<{ contactMoment: Moment }>(READ, { id: moment.id }, f.w1.token)).contactMoment.occurredOn).toBe(
      moment.occurredOn,
    );
    expect((await ok<{ deleteContactMoment: string }>(DELETE, { id: moment.id }, f.w1.token)).deleteContactMoment).toBe(
      moment.id,
    );
    // deleted for everyone
    expect(codeOf(await read(f.w1.token, moment.id))).toBe('NOT_FOUND');
    expect(codeOf(await read(f.w3.token, moment.id))).toBe('NOT_FOUND');
    expect(codeOf(await gql(DELETE, { id: moment.id }, f.w1.token))).toBe('NOT_FOUND');
  });

  it('shows a street worker only the residents of their street in a moment with residents of two streets', async () => {
    const moment = await log(f.w3.token, { personIds: [f.p1, f.p3] });
    expect([...moment.personIds].sort()).toEqual([f.p1, f.p3].sort());
    const seenByW1 = (await ok<{ contactMoment: Moment }>(READ, { id: moment.id }, f.w1.token)).contactMoment;
    // P3 lives in S2, outside W1's places
    expect(seenByW1.personIds).toEqual([f.p1]);
    expect(seenByW1.people.map((p) => p.id)).toEqual([f.p1]);
    const seenByW3 = (await ok<{ contactMoment: Moment }>(READ, { id: moment.id }, f.w3.token)).contactMoment;
    expect([...seenByW3.personIds].sort()).toEqual([f.p1, f.p3].sort());
    // the same in a list
    const listed = await list(f.w1.token, { personId: f.p1, first: 200 });
    expect(listed.edges.find((e) => e.node.id === moment.id)?.node.personIds).toEqual([f.p1]);
  });

  it('keeps a moment logged at the buurt itself from a worker of one street', async () => {
    const day = '2019-04-01';
    const moment = await log(f.w3.token, { placeId: f.buurtId, personIds: [f.p1], occurredOn: day });
    expect(codeOf(await read(f.w1.token, moment.id))).toBe('NOT_FOUND');
    expect(ids(await list(f.w1.token, { personId: f.p1, from: day, to: day }))).toEqual([]);
    expect(ids(await list(f.w3.token, { personId: f.p1, from: day, to: day }))).toEqual([moment.id]);
  });

  it('pages newest first with cursors: no row twice, none left out, bad cursors and sizes refused', async () => {
    // three moments on the same day: the order falls back to when they were logged, then the id
    const days = ['2021-06-01', '2021-06-03', '2021-06-03', '2021-06-05', '2021-06-03', '2021-06-02', '2021-06-04'];
    const created: string[] = [];
    for (const [i, occurredOn] of days.entries()) {
      const token = i % 2 === 0 ? f.w3.token : f.w1.token;
      created.push((await log(token, { occurredOn, summary: `Paging ${i}` })).id);
    }
    const period = { placeId: f.buurtId, from: '2021-06-01', to: '2021-06-30' };
    const all = await allPages((after) => list(f.w3.token, { ...period, first: 3, after }));
    expect(all.pages).toBe(3);
    expect(all.totalCounts).toEqual([7, 7, 7]);
    expect(all.nodes.map((n) => n.id).sort()).toEqual([...created].sort());
    expect(all.nodes.map((n) => n.occurredOn)).toEqual([...days].sort().reverse());
    // same-day moments: the one logged last comes first
    expect(all.nodes.filter((n) => n.occurredOn === '2021-06-03').map((n) => n.id)).toEqual([
      created[4],
      created[2],
      created[1],
    ]);
    // the whole log of N, whatever the other tests added: complete and without duplicates
    const everything = await allPages((after) => list(f.w3.token, { first: 3, after }));
    const everyId = everything.nodes.map((n) => n.id);
    expect(new Set(everyId).size).toBe(everyId.length);
    expect(everyId).toHaveLength(everything.totalCounts[0]);
    expect(everyId).toEqual(expect.arrayContaining(created));
    const dates = everything.nodes.map((n) => n.occurredOn);
    expect(dates).toEqual([...dates].sort().reverse());
    // refused
    expect(codeOf(await gql(LIST, { after: 'garbage' }, f.w3.token))).toBe('BAD_USER_INPUT');
    const wellFormedButWrong = Buffer.from(JSON.stringify(['Bakkerstraat', 'x'])).toString('base64url');
    expect(codeOf(await gql(LIST, { after: wellFormedButWrong }, f.w3.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(LIST, { first: LIMITS.maxPageSize + 1 }, f.w3.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(LIST, { first: 0 }, f.w3.token))).toBe('BAD_USER_INPUT');
  });

  it('filters by signal, by period (both ends included), by resident and by place', async () => {
    const m1 = await log(f.w1.token, { occurredOn: '2020-03-01', signals: ['IDEA'], personIds: [f.p1] });
    const m2 = await log(f.w2.token, {
      occurredOn: '2020-03-02',
      signals: ['LONELINESS_CONCERN'],
      personIds: [f.p3],
      placeId: f.s2,
    });
    const m3 = await log(f.w3.token, { occurredOn: '2020-03-03', signals: ['HELP_OFFER', 'IDEA'], personIds: [f.p2] });
    const march = { from: '2020-03-01', to: '2020-03-31' };
    expect(ids(await list(f.w3.token, { ...march, signal: 'IDEA' }))).toEqual([m1.id, m3.id].sort());
    expect(ids(await list(f.w3.token, { ...march, signal: 'HELP_REQUEST' }))).toEqual([]);
    expect(ids(await list(f.w3.token, { from: '2020-03-02', to: '2020-03-03' }))).toEqual([m2.id, m3.id].sort());
    expect(ids(await list(f.w3.token, { from: '2020-03-01', to: '2020-03-01' }))).toEqual([m1.id]);
    expect(codeOf(await gql(LIST, { from: '2020-03-03', to: '2020-03-01' }, f.w3.token))).toBe('BAD_USER_INPUT');
    expect(ids(await list(f.w3.token, { ...march, personId: f.p2 }))).toEqual([m3.id]);
    // N includes both streets; S1 only its own
    expect(ids(await list(f.w3.token, { ...march, placeId: f.buurtId }))).toEqual([m1.id, m2.id, m3.id].sort());
    expect(ids(await list(f.w3.token, { ...march, placeId: f.s1 }))).toEqual([m1.id, m3.id].sort());
    // W1 without a place filter: all their places, i.e. S1
    expect(ids(await list(f.w1.token, march))).toEqual([m1.id, m3.id].sort());
    // W1 may not ask about a resident or a street they do not cover
    expect(codeOf(await gql(LIST, { personId: f.p3 }, f.w1.token))).toBe('NOT_FOUND');
    expect(codeOf(await gql(LIST, { placeId: f.s2 }, f.w1.token))).toBe('NOT_FOUND');
  });

  it('gives the same pages through person.contactMoments as through contactMoments(personId)', async () => {
    // a resident of their own, so the other tests' moments with P1 do not matter; three moments, two on one day
    const anna = await createResident(f.w1.token, 'Anna Pagina', f.s1);
    for (const occurredOn of ['2022-01-10', '2022-01-12', '2022-01-12', '2022-01-11']) {
      await log(f.w1.token, { personIds: [anna, f.p2], occurredOn });
    }
    await log(f.w3.token, { personIds: [anna], placeId: f.buurtId, occurredOn: '2022-01-13' });
    const viaPerson = async (token: string, after: string | null) =>
      (
        await ok<{ person: { contactMoments: Page<ListedMoment> } }>(
          `query($id: ID!, $after: String) { person(id: $id) { contactMoments(first: 2, after: $after) { ${PAGE_FIELDS} } } }`,
          { id: anna, after },
          token,
        )
      ).person.contactMoments;
    // many residents at once take the batched path: it must answer the same for Anna
    const viaPeople = async (token: string) => {
      const data = await ok<{ people: { edges: { node: { id: string; contactMoments: Page<ListedMoment> } }[] } }>(
        `query($placeId: ID) { people(placeId: $placeId, first: 200) { edges { node { id
          contactMoments(first: 2) { ${PAGE_FIELDS} } } } } }`,
        { placeId: f.s1 },
        token,
      );
      return data.people.edges.find((e) => e.node.id === anna)?.node.contactMoments;
    };
    // W1 sees the four moments in S1; W3 also the one at the buurt itself
    for (const [token, total] of [
      [f.w1.token, 4],
      [f.w3.token, 5],
    ] as const) {
      const first = await list(token, { personId: anna, first: 2 });
      expect(first.totalCount).toBe(total);
      expect(await viaPerson(token, null)).toEqual(first);
      expect(await viaPeople(token)).toEqual(first);
      const second = await list(token, { personId: anna, first: 2, after: first.pageInfo.endCursor });
      expect(await viaPerson(token, first.pageInfo.endCursor)).toEqual(second);
      // and the two pages are the first four rows of one big page
      const big = await list(token, { personId: anna, first: 4 });
      expect([...first.edges, ...second.edges]).toEqual(big.edges);
    }
  });

  it('takes an erased resident out of every moment that named them (AVG)', async () => {
    const eva = await createResident(f.w1.token, 'Eva Vergeten', f.s1);
    const moment = await log(f.w1.token, { personIds: [eva, f.p2] });
    await ok(`mutation($id: ID!) { deletePerson(id: $id) }`, { id: eva }, f.w1.token);
    const after = (await ok<{ contactMoment: Moment }>(READ, { id: moment.id }, f.w3.token)).contactMoment;
    expect(after.personIds).toEqual([f.p2]);
    expect(after.people.map((p) => p.id)).toEqual([f.p2]);
    expect(codeOf(await gql(LIST, { personId: eva }, f.w1.token))).toBe('NOT_FOUND');
  });

  it('deletes a moment about an erased resident alone: its summary is a note about them (AVG)', async () => {
    const fien = await createResident(f.w1.token, 'Fien Vergeten', f.s1);
    const moment = await log(f.w1.token, { personIds: [fien], summary: 'Fien vertelde over haar schulden' });
    await ok(`mutation($id: ID!) { deletePerson(id: $id) }`, { id: fien }, f.w1.token);
    expect(codeOf(await gql(READ, { id: moment.id }, f.w1.token))).toBe('NOT_FOUND');
  });

  it('holds a year of the demo neighbourhood’s log for the buurt worker', async () => {
    const token = await login(DEMO.worker, DEMO.password);
    const all = await allPages((after) => list(token, { first: LIMITS.maxPageSize, after }));
    expect(all.totalCounts[0]).toBeGreaterThanOrEqual(150);
    expect(all.nodes).toHaveLength(all.totalCounts[0]);
    const dates = all.nodes.map((n) => n.occurredOn);
    expect(dates).toEqual([...dates].sort().reverse());
    const newest = all.nodes[0].occurredOn;
    const oldest = all.nodes[all.nodes.length - 1].occurredOn;
    // at least eleven calendar months between the first and the last contact of the demo year
    const elevenMonthsLater = new Date(`${oldest}T00:00:00Z`);
    elevenMonthsLater.setUTCMonth(elevenMonthsLater.getUTCMonth() + 11);
    expect(newest >= elevenMonthsLater.toISOString().slice(0, 10)).toBe(true);
    // nothing in the future
    expect(newest <= addDays(isoToday(), 1)).toBe(true);
  });
});
