/**
 * Gap-filler decisions over HTTP (issue "Gap-filler panel": accept — logs the introduction and follows it up —,
 * dismiss with a reason, complete the follow-up), on a small buurt built through the API in the second
 * organisation, so nothing here changes the demo neighbourhood other specs read:
 *
 *   Kennisstraat: Connie (CONNECTOR) — Bea (4), Connie — Cas (4), Bea — Cas (3), Cas — Dirk (3), all since
 *   2026-06-01; Karel (CONNECTOR) — Dirk (4), Karel — Bea (3); Lies (CONNECTOR) — Connie (4), Lies — Cas (4); and
 *   four residents without a tie: Iso, Joop, Erik and Fenna. Everyone with a tie has two or more, of strength 3 or
 *   more: nobody but the four is at risk.
 *
 * So the engine (libs/graph gap-filler) suggests introducing each of the four isolated residents to a connector
 * in their street (INTRODUCE_TO_CONNECTOR; at most two per connector), with the predicted effect "isolated −1".
 * Which connector each gets depends on the ids (ties are broken by id), so the tests never assume it; and once a
 * tie is made the situation changes and new suggestions (new ids) may appear, so later tests take any open one.
 */
import { buildAnalyticsFixture } from './support/analytics-fixture';
import { codeOf, gql, login, ok } from './support/client';
import { createWorker } from './support/fixture';
import { DEMO } from './support/state';

const TIES_SINCE = '2026-06-01';

interface Suggestion {
  id: string;
  kind: string;
  rank: number;
  people: string[];
  proposedTie: { personAId: string; personBId: string } | null;
  explanation: { nl: string; en: string };
  effect: { isolatedChange: number };
}

interface Decision {
  id: string;
  suggestionId: string;
  status: string;
  kind: string;
  personIds: string[];
  people: { id: string; displayName: string }[];
  explanation: { nl: string; en: string };
  effect: { isolatedChange: number };
  reason: string | null;
  note: string | null;
  decidedOn: string;
  decidedBy: { displayName: string };
  followUpOn: string | null;
  followUpStatus: string | null;
  due: boolean;
  outcome: string | null;
  tieId: string | null;
  contactMoment: {
    id: string;
    channel: string;
    occurredOn: string;
    summary: string;
    personIds: string[];
    place: { name: string };
  } | null;
}

const SUGGESTIONS = `query($p: ID!) { suggestions(placeId: $p, limit: 20) {
  id kind rank people proposedTie { personAId personBId } explanation { nl en } effect { isolatedChange } } }`;
const DECISION_FIELDS = `id suggestionId status kind personIds people { id displayName } explanation { nl en }
  effect { isolatedChange } reason note decidedOn decidedBy { displayName } followUpOn followUpStatus due outcome tieId
  contactMoment { id channel occurredOn summary personIds place { name } }`;
const ACCEPT = `mutation($input: AcceptSuggestionInput!) { acceptSuggestion(input: $input) { ${DECISION_FIELDS} } }`;
const DISMISS = `mutation($input: DismissSuggestionInput!) { dismissSuggestion(input: $input) { ${DECISION_FIELDS} } }`;
const COMPLETE = `mutation($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) { ${DECISION_FIELDS} } }`;
const REOPEN = `mutation($id: ID!) { reopenSuggestion(decisionId: $id) }`;
const FOLLOW_UPS = `query($p: ID!, $due: Boolean, $done: Boolean) {
  suggestionFollowUps(placeId: $p, due: $due, includeDone: $done) { ${DECISION_FIELDS} } }`;
const HISTORY = `query($p: ID!, $status: SuggestionDecisionStatus, $first: Int, $after: String) {
  suggestionDecisions(placeId: $p, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id status suggestionId } } } }`;
const METRICS = `query($id: ID!) { person(id: $id) { metrics { degree isolated atRiskReasons { code } } } }`;

/** Today as the API sees it (UTC), and a date `days` later. */
const today = (): string => new Date().toISOString().slice(0, 10);
const plusDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('gap-filler decisions: accept, dismiss, follow up', () => {
  let worker: string;
  let adminToken: string;
  let buurtId: string;
  let streetId: string;
  let byName: Map<string, string>;
  let nameOf: Map<string, string>;

  const id = (name: string): string => byName.get(name) as string;
  const suggestionsNow = async (token = worker): Promise<Suggestion[]> =>
    (await ok<{ suggestions: Suggestion[] }>(SUGGESTIONS, { p: buurtId }, token)).suggestions;
  /** The introduction of `name` to a connector, as the list has it now. */
  const introductionOf = async (name: string): Promise<Suggestion> => {
    const found = (await suggestionsNow()).find((s) => s.kind === 'INTRODUCE_TO_CONNECTOR' && s.people[0] === id(name));
    if (!found) throw new Error(`expected a suggestion to introduce ${name} to a connector`);
    return found;
  };
  /** The top suggestion now; the buurt always has one (Fenna is never decided on before the last test). */
  const anyOpen = async (): Promise<Suggestion> => {
    const [top] = await suggestionsNow();
    if (!top) throw new Error('expected at least one open suggestion');
    return top;
  };
  const metricsOf = async (name: string) =>
    (
      await ok<{ person: { metrics: { degree: number; isolated: boolean; atRiskReasons: { code: string }[] } } }>(
        METRICS,
        { id: id(name) },
        worker,
      )
    ).person.metrics;

  beforeAll(async () => {
    const f = await buildAnalyticsFixture('suggestion-decisions', {
      streets: [
        {
          name: 'Kennisstraat',
          residents: [
            'Connie Kennis',
            'Bea Kennis',
            'Cas Kennis',
            'Dirk Kennis',
            'Karel Kennis',
            'Lies Kennis',
            'Iso Kennis',
            'Joop Kennis',
            'Erik Kennis',
            'Fenna Kennis',
          ],
        },
      ],
    });
    worker = f.workerToken;
    adminToken = f.adminToken;
    buurtId = f.buurtId;
    streetId = f.streetIds[0];
    const names = ['Connie', 'Bea', 'Cas', 'Dirk', 'Karel', 'Lies', 'Iso', 'Joop', 'Erik', 'Fenna'];
    byName = new Map(names.map((n, i) => [n, f.residents[0][i]]));
    nameOf = new Map(names.map((n, i) => [f.residents[0][i], n]));
    for (const connector of ['Connie', 'Karel', 'Lies']) {
      await ok(
        `mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { id } }`,
        { id: id(connector), input: { roles: [{ role: 'CONNECTOR', since: '2025-01-01' }] } },
        worker,
      );
    }
    const tie = `mutation($input: CreateTieInput!) { createTie(input: $input) { id } }`;
    for (const [a, b, strength] of [
      ['Connie', 'Bea', 4],
      ['Connie', 'Cas', 4],
      ['Bea', 'Cas', 3],
      ['Cas', 'Dirk', 3],
      ['Karel', 'Dirk', 4],
      ['Karel', 'Bea', 3],
      ['Lies', 'Connie', 4],
      ['Lies', 'Cas', 4],
    ] as const) {
      await ok(
        tie,
        { input: { personAId: id(a), personBId: id(b), kind: 'NEIGHBOUR', strength, since: TIES_SINCE } },
        worker,
      );
    }
  });

  it('suggests introducing each isolated resident, and accepting one logs the introduction with the right people', async () => {
    const before = await suggestionsNow();
    const introduced = before.filter((s) => s.kind === 'INTRODUCE_TO_CONNECTOR').map((s) => nameOf.get(s.people[0]));
    expect(introduced.sort()).toEqual(['Erik', 'Fenna', 'Iso', 'Joop']);
    const iso = await introductionOf('Iso');
    // the proposed tie is Iso's, and the list predicts one resident fewer isolated
    expect(iso.effect.isolatedChange).toBe(-1);
    expect([iso.proposedTie?.personAId, iso.proposedTie?.personBId]).toContain(id('Iso'));

    const { acceptSuggestion: d } = await ok<{ acceptSuggestion: Decision }>(
      ACCEPT,
      {
        input: {
          placeId: buurtId,
          suggestionId: iso.id,
          channel: 'HOME_VISIT',
          note: 'Bij de koffie, Connie komt langs',
          language: 'NL',
        },
      },
      worker,
    );
    expect(d).toMatchObject({
      suggestionId: iso.id,
      status: 'ACCEPTED',
      kind: 'INTRODUCE_TO_CONNECTOR',
      personIds: iso.people,
      explanation: iso.explanation,
      effect: { isolatedChange: -1 },
      decidedOn: today(),
      // no follow-up date given: 14 days after the introduction
      followUpOn: plusDays(today(), 14),
      followUpStatus: 'OPEN',
      due: false,
      outcome: null,
      tieId: null,
    });
    expect(d.people.map((p) => p.id)).toEqual(iso.people);
    // the contact log has it: the people of the suggestion, in Iso's street, the explanation in Dutch and the note
    expect(d.contactMoment).toMatchObject({
      channel: 'HOME_VISIT',
      occurredOn: today(),
      place: { name: 'Kennisstraat' },
    });
    expect([...(d.contactMoment?.personIds ?? [])].sort()).toEqual([...iso.people].sort());
    expect(d.contactMoment?.summary).toBe(
      `Gatenvuller, voorstel opgepakt: ${iso.explanation.nl}\n\nNotitie: Bij de koffie, Connie komt langs`,
    );
    const log = await ok<{ person: { contactMoments: { edges: { node: { id: string } }[] } } }>(
      `query($id: ID!) { person(id: $id) { contactMoments(first: 10) { edges { node { id } } } } }`,
      { id: id('Iso') },
      worker,
    );
    expect(log.person.contactMoments.edges.map((e) => e.node.id)).toEqual([d.contactMoment?.id]);

    // the suggestion leaves the list; the other three introductions stay
    const after = await suggestionsNow();
    expect(after.map((s) => s.id)).not.toContain(iso.id);
    expect(
      after
        .filter((s) => s.kind === 'INTRODUCE_TO_CONNECTOR')
        .map((s) => nameOf.get(s.people[0]))
        .sort(),
    ).toEqual(['Erik', 'Fenna', 'Joop']);
    expect(after.map((s) => s.rank)).toEqual(after.map((_, i) => i + 1));
    // and Iso's own list (Person.suggestions) leaves it out too
    const own = await ok<{ person: { suggestions: { id: string }[] } }>(
      `query($id: ID!) { person(id: $id) { suggestions { id } } }`,
      { id: id('Iso') },
      worker,
    );
    expect(own.person.suggestions.map((s) => s.id)).not.toContain(iso.id);
  });

  it('lists the follow-up as open and not yet due, and refuses to accept the same suggestion twice', async () => {
    const open = (await ok<{ suggestionFollowUps: Decision[] }>(FOLLOW_UPS, { p: buurtId }, worker))
      .suggestionFollowUps;
    expect(open.map((d) => [nameOf.get(d.personIds[0]), d.followUpStatus, d.due])).toEqual([['Iso', 'OPEN', false]]);
    // due: true asks for follow-ups whose day has come: this one is 14 days ahead
    expect(
      (await ok<{ suggestionFollowUps: Decision[] }>(FOLLOW_UPS, { p: buurtId, due: true }, worker))
        .suggestionFollowUps,
    ).toEqual([]);
    // the street asked for instead of the buurt: the same follow-up, as Iso lives there
    expect(
      (await ok<{ suggestionFollowUps: Decision[] }>(FOLLOW_UPS, { p: streetId }, worker)).suggestionFollowUps.map(
        (d) => d.id,
      ),
    ).toEqual(open.map((d) => d.id));
    const again = await gql(ACCEPT, { input: { placeId: buurtId, suggestionId: open[0].suggestionId } }, worker);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toMatch(/already accepted/);
  });

  it('needs a reason to dismiss, and a note when the reason is OTHER', async () => {
    const joop = await introductionOf('Joop');
    const noReason = await gql(
      `mutation($input: DismissSuggestionInput!) { dismissSuggestion(input: $input) { id } }`,
      { input: { placeId: buurtId, suggestionId: joop.id } },
      worker,
    );
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    const otherWithoutNote = await gql(
      DISMISS,
      { input: { placeId: buurtId, suggestionId: joop.id, reason: 'OTHER', note: '  ' } },
      worker,
    );
    expect(codeOf(otherWithoutNote)).toBe('BAD_USER_INPUT');
    expect(otherWithoutNote.errors?.[0]?.extensions?.['field']).toBe('note');
    // nothing was stored: the suggestion is still there
    expect((await suggestionsNow()).map((s) => s.id)).toContain(joop.id);

    const { dismissSuggestion: d } = await ok<{ dismissSuggestion: Decision }>(
      DISMISS,
      { input: { placeId: buurtId, suggestionId: joop.id, reason: 'NOT_NOW' } },
      worker,
    );
    expect(d).toMatchObject({
      status: 'DISMISSED',
      reason: 'NOT_NOW',
      note: null,
      followUpOn: null,
      followUpStatus: null,
      contactMoment: null,
    });
    expect((await suggestionsNow()).map((s) => s.id)).not.toContain(joop.id);
    // a dismissal has no follow-up
    const follow = await gql(COMPLETE, { input: { decisionId: d.id, outcome: 'NO_TIE' } }, worker);
    expect(codeOf(follow)).toBe('BAD_USER_INPUT');
  });

  it('records the tie when the follow-up says TIE_MADE, and Iso is no longer isolated', async () => {
    const before = await metricsOf('Iso');
    expect(before).toMatchObject({ degree: 0, isolated: true });
    expect(before.atRiskReasons.map((r) => r.code)).toContain('ISOLATED');
    const health = async () =>
      (
        await ok<{ placeHealth: { isolated: number; ties: number } }>(
          `query($p: ID!) { placeHealth(placeId: $p) { isolated ties } }`,
          { p: buurtId },
          worker,
        )
      ).placeHealth;
    // Iso, Joop, Erik and Fenna have no tie; eight ties among the others
    expect(await health()).toEqual({ isolated: 4, ties: 8 });

    const [followUp] = (await ok<{ suggestionFollowUps: Decision[] }>(FOLLOW_UPS, { p: buurtId }, worker))
      .suggestionFollowUps;
    const { completeFollowUp: d } = await ok<{ completeFollowUp: Decision }>(
      COMPLETE,
      { input: { decisionId: followUp.id, outcome: 'TIE_MADE', note: 'Ze drinken nu wekelijks koffie' } },
      worker,
    );
    expect(d).toMatchObject({ status: 'ACCEPTED', followUpStatus: 'DONE', outcome: 'TIE_MADE', due: false });
    expect(d.tieId).not.toBeNull();
    const { tie } = await ok<{
      tie: {
        personAId: string;
        personBId: string;
        kind: string;
        strength: number;
        source: string;
        since: string;
        note: string;
      };
    }>(
      `query($id: ID!) { tie(id: $id) { personAId personBId kind strength source since note } }`,
      { id: d.tieId },
      worker,
    );
    expect(tie).toMatchObject({ kind: 'ACQUAINTANCE', strength: 2, source: 'OBSERVED_BY_WORKER', since: today() });
    expect([tie.personAId, tie.personBId].sort()).toEqual([followUp.personIds[0], followUp.personIds[1]].sort());
    expect(tie.note).toContain(followUp.explanation.nl);

    // the figures follow at once: Iso has one (weak) tie now, and the buurt one isolated resident fewer
    const after = await metricsOf('Iso');
    expect(after).toMatchObject({ degree: 1, isolated: false });
    expect(after.atRiskReasons.map((r) => r.code)).not.toContain('ISOLATED');
    expect(await health()).toEqual({ isolated: 3, ties: 9 });

    const twice = await gql(COMPLETE, { input: { decisionId: followUp.id, outcome: 'NO_TIE' } }, worker);
    expect(codeOf(twice)).toBe('CONFLICT');
    // completed follow-ups only with includeDone
    expect(
      (await ok<{ suggestionFollowUps: Decision[] }>(FOLLOW_UPS, { p: buurtId }, worker)).suggestionFollowUps,
    ).toEqual([]);
    const all = (await ok<{ suggestionFollowUps: Decision[] }>(FOLLOW_UPS, { p: buurtId, done: true }, worker))
      .suggestionFollowUps;
    expect(all.map((x) => [x.id, x.followUpStatus])).toEqual([[followUp.id, 'DONE']]);
  });

  it('plans a new follow-up for TRY_AGAIN, and closes it without a tie for NO_TIE', async () => {
    const erik = await introductionOf('Erik');
    const { acceptSuggestion: accepted } = await ok<{ acceptSuggestion: Decision }>(
      ACCEPT,
      { input: { placeId: buurtId, suggestionId: erik.id, language: 'EN', followUpOn: plusDays(today(), 3) } },
      worker,
    );
    expect(accepted.followUpOn).toBe(plusDays(today(), 3));
    expect(accepted.contactMoment?.channel).toBe('STREET'); // the default channel
    expect(accepted.contactMoment?.summary).toBe(`Gap filler, suggestion taken up: ${erik.explanation.en}`);
    const { completeFollowUp: retry } = await ok<{ completeFollowUp: Decision }>(
      COMPLETE,
      { input: { decisionId: accepted.id, outcome: 'TRY_AGAIN' } },
      worker,
    );
    expect(retry).toMatchObject({
      followUpStatus: 'OPEN',
      outcome: 'TRY_AGAIN',
      followUpOn: plusDays(today(), 14),
      tieId: null,
    });
    const { completeFollowUp: closed } = await ok<{ completeFollowUp: Decision }>(
      COMPLETE,
      { input: { decisionId: accepted.id, outcome: 'NO_TIE', note: 'Wil liever niet' } },
      worker,
    );
    expect(closed).toMatchObject({ followUpStatus: 'DONE', outcome: 'NO_TIE', tieId: null });
    expect(await metricsOf('Erik')).toMatchObject({ degree: 0, isolated: true });
  });

  it('keeps a history of every decision, newest first, page by page', async () => {
    const page1 = await ok<{
      suggestionDecisions: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { status: string } }[];
      };
    }>(HISTORY, { p: buurtId, first: 2 }, worker);
    // Iso accepted, Joop dismissed, Erik accepted: newest (Erik) first
    expect(page1.suggestionDecisions.totalCount).toBe(3);
    expect(page1.suggestionDecisions.edges.map((e) => e.node.status)).toEqual(['ACCEPTED', 'DISMISSED']);
    expect(page1.suggestionDecisions.pageInfo.hasNextPage).toBe(true);
    const page2 = await ok<{
      suggestionDecisions: { edges: { node: { status: string } }[]; pageInfo: { hasNextPage: boolean } };
    }>(HISTORY, { p: buurtId, first: 2, after: page1.suggestionDecisions.pageInfo.endCursor }, worker);
    expect(page2.suggestionDecisions.edges.map((e) => e.node.status)).toEqual(['ACCEPTED']);
    expect(page2.suggestionDecisions.pageInfo.hasNextPage).toBe(false);
    const dismissed = await ok<{ suggestionDecisions: { totalCount: number } }>(
      HISTORY,
      { p: buurtId, status: 'DISMISSED' },
      worker,
    );
    expect(dismissed.suggestionDecisions.totalCount).toBe(1);
  });

  it('brings a suggestion back when its decision is undone', async () => {
    const top = await anyOpen();
    const { dismissSuggestion: d } = await ok<{ dismissSuggestion: Decision }>(
      DISMISS,
      { input: { placeId: buurtId, suggestionId: top.id, reason: 'NOT_SUITABLE' } },
      worker,
    );
    expect((await suggestionsNow()).map((s) => s.id)).not.toContain(top.id);
    expect(await ok(REOPEN, { id: d.id }, worker)).toEqual({ reopenSuggestion: d.id });
    expect((await suggestionsNow()).map((s) => s.id)).toContain(top.id);
    // the decision is gone from the history too: Iso, Joop (the first, NOT_NOW) and Erik remain
    const left = await ok<{ suggestionDecisions: { totalCount: number } }>(HISTORY, { p: buurtId }, worker);
    expect(left.suggestionDecisions.totalCount).toBe(3);
  });

  describe('who may decide', () => {
    let otherBuurtWorker: string;

    beforeAll(async () => {
      const places = await ok<{ createPlace: { id: string } }>(
        `mutation($input: CreatePlaceInput!) { createPlace(input: $input) { id } }`,
        { input: { name: 'Andere buurt decisions', level: 'NEIGHBOURHOOD', parentId: null } },
        adminToken,
      );
      otherBuurtWorker = await createWorker(adminToken, 'decisions-ander@elders.test', [places.createPlace.id]);
    });

    it('gives the corporation and the analyst FORBIDDEN on every query and mutation', async () => {
      const top = await anyOpen();
      const [decision] = (await ok<{ suggestionFollowUps: Decision[] }>(FOLLOW_UPS, { p: buurtId, done: true }, worker))
        .suggestionFollowUps;
      for (const role of ['CORPORATION', 'ANALYST']) {
        const email = `decisions-${role.toLowerCase()}@elders.test`;
        await ok(
          `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
          { input: { email, displayName: role, role, password: 'fixture-password', placeIds: [buurtId] } },
          adminToken,
        );
        const token = await login(email, 'fixture-password');
        const codes = {
          accept: codeOf(await gql(ACCEPT, { input: { placeId: buurtId, suggestionId: top.id } }, token)),
          dismiss: codeOf(
            await gql(DISMISS, { input: { placeId: buurtId, suggestionId: top.id, reason: 'NOT_NOW' } }, token),
          ),
          complete: codeOf(await gql(COMPLETE, { input: { decisionId: decision.id, outcome: 'NO_TIE' } }, token)),
          reopen: codeOf(await gql(REOPEN, { id: decision.id }, token)),
          followUps: codeOf(await gql(FOLLOW_UPS, { p: buurtId }, token)),
          history: codeOf(await gql(HISTORY, { p: buurtId }, token)),
        };
        expect({ role, codes }).toEqual({
          role,
          codes: {
            accept: 'FORBIDDEN',
            dismiss: 'FORBIDDEN',
            complete: 'FORBIDDEN',
            reopen: 'FORBIDDEN',
            followUps: 'FORBIDDEN',
            history: 'FORBIDDEN',
          },
        });
      }
    });

    it('gives a worker of another buurt, or of another organisation, NOT_FOUND', async () => {
      const top = await anyOpen();
      const [decision] = (await ok<{ suggestionFollowUps: Decision[] }>(FOLLOW_UPS, { p: buurtId, done: true }, worker))
        .suggestionFollowUps;
      const demoWorker = await login(DEMO.worker, DEMO.password);
      for (const [who, token] of [
        ['other buurt', otherBuurtWorker],
        ['other organisation', demoWorker],
      ] as const) {
        const codes = {
          accept: codeOf(await gql(ACCEPT, { input: { placeId: buurtId, suggestionId: top.id } }, token)),
          dismiss: codeOf(
            await gql(DISMISS, { input: { placeId: buurtId, suggestionId: top.id, reason: 'NOT_NOW' } }, token),
          ),
          complete: codeOf(await gql(COMPLETE, { input: { decisionId: decision.id, outcome: 'NO_TIE' } }, token)),
          reopen: codeOf(await gql(REOPEN, { id: decision.id }, token)),
          followUps: codeOf(await gql(FOLLOW_UPS, { p: buurtId }, token)),
          history: codeOf(await gql(HISTORY, { p: buurtId }, token)),
        };
        expect({ who, codes }).toEqual({
          who,
          codes: {
            accept: 'NOT_FOUND',
            dismiss: 'NOT_FOUND',
            complete: 'NOT_FOUND',
            reopen: 'NOT_FOUND',
            followUps: 'NOT_FOUND',
            history: 'NOT_FOUND',
          },
        });
      }
      // and Joop's suggestion is still open for the worker of the buurt
      expect((await suggestionsNow()).map((s) => s.id)).toContain(top.id);
    });
  });

  it('refuses bad input with BAD_USER_INPUT, and a suggestion that is not there with NOT_FOUND', async () => {
    const top = await anyOpen();
    const accept = async (input: Record<string, unknown>) =>
      codeOf(await gql(ACCEPT, { input: { placeId: buurtId, suggestionId: top.id, ...input } }, worker));
    expect({
      malformedId: await accept({ suggestionId: 'not-a-suggestion' }),
      malformedPlace: await accept({ placeId: 'nowhere' }),
      impossibleDate: await accept({ occurredOn: '2026-02-30' }),
      future: await accept({ occurredOn: plusDays(today(), 3) }),
      followUpBefore: await accept({ occurredOn: plusDays(today(), -2), followUpOn: plusDays(today(), -3) }),
      unknownChannel: await accept({ channel: 'PIGEON' }),
      unknownOutcome: codeOf(
        await gql(
          COMPLETE,
          { input: { decisionId: '00000000-0000-4000-8000-000000000000', outcome: 'MAYBE' } },
          worker,
        ),
      ),
    }).toEqual({
      malformedId: 'BAD_USER_INPUT',
      malformedPlace: 'BAD_USER_INPUT',
      impossibleDate: 'BAD_USER_INPUT',
      future: 'BAD_USER_INPUT',
      followUpBefore: 'BAD_USER_INPUT',
      unknownChannel: 'BAD_USER_INPUT',
      unknownOutcome: 'BAD_USER_INPUT',
    });
    const gone = await gql(ACCEPT, { input: { placeId: buurtId, suggestionId: 'sg-0123456789abcdef' } }, worker);
    expect(codeOf(gone)).toBe('NOT_FOUND');
    expect(gone.errors?.[0]?.message).toMatch(/no longer among the current suggestions/);
    expect((await suggestionsNow()).map((s) => s.id)).toContain(top.id);
  });

  it('erases the decisions about a person, and the introduction logged from them, with the person (AVG)', async () => {
    const history = async () =>
      (
        await ok<{ suggestionDecisions: { edges: { node: { id: string; suggestionId: string } }[] } }>(
          HISTORY,
          { p: buurtId },
          worker,
        )
      ).suggestionDecisions.edges.map((e) => e.node.id);
    const [isoDecision] = (
      await ok<{ suggestionFollowUps: Decision[] }>(FOLLOW_UPS, { p: buurtId, done: true }, worker)
    ).suggestionFollowUps.filter((d) => d.personIds[0] === id('Iso'));
    expect(await history()).toContain(isoDecision.id);
    await ok(`mutation($id: ID!) { deletePerson(id: $id) }`, { id: id('Iso') }, worker);
    expect(await history()).not.toContain(isoDecision.id);
    const moment = await gql(
      `query($id: ID!) { contactMoment(id: $id) { id } }`,
      { id: isoDecision.contactMoment?.id },
      worker,
    );
    expect(codeOf(moment)).toBe('NOT_FOUND');
    // Joop's dismissal and Erik's acceptance, which do not involve Iso, stay
    expect((await history()).length).toBe(2);
  });
});
