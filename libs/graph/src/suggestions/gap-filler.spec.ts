import { buildTieGraph } from '../graph/tie-graph';
import { lindenwijk } from '../health/lindenwijk.fixture';
import type { NeighbourhoodSnapshot, SnapshotTie } from '../health/snapshot';
import { syntheticBuurt } from './buurt.fixture';
import { gainOf, gapFillerSuggestions } from './gap-filler';
import { suggestionId, type Suggestion } from './suggestion';

const asOf = '2025-06-01';

const close = (actual: number | null | undefined, expected: number): void => {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9);
};

function tie(a: string, b: string, strength: number, extra: Partial<SnapshotTie> = {}): SnapshotTie {
  return {
    id: `t-${a}-${b}`,
    personAId: a,
    personBId: b,
    kind: 'NEIGHBOUR',
    functions: [],
    strength,
    since: '2023-01-01',
    until: null,
    lastConfirmedOn: '2025-03-01',
    source: 'OBSERVED_BY_WORKER',
    originInitiativeId: null,
    ...extra,
  };
}

function person(id: string, placeId: string, extra: Partial<NeighbourhoodSnapshot['people'][number]> = {}) {
  return { id, placeId, label: id.toUpperCase(), roles: [], assets: [], onWatchList: false, ...extra };
}

const clique = (ids: string[]): SnapshotTie[] => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => tie(a, b, 4)));

/**
 * Two streets of the buurt N, Lindenlaan L {a1..a4} and Bakkerstraat K {b1..b4}, each a clique of strength-4
 * ties confirmed 2025-03-01; a1 CONNECTOR, b1 KEY_FIGURE. `joined`: one weak tie a4–b4 (2) between the streets.
 */
function twoStreets(joined: boolean): NeighbourhoodSnapshot {
  const a = ['a1', 'a2', 'a3', 'a4'];
  const b = ['b1', 'b2', 'b3', 'b4'];
  return {
    places: [
      { id: 'N', name: 'Noord', level: 'NEIGHBOURHOOD', parentId: null },
      { id: 'L', name: 'Lindenlaan', level: 'STREET', parentId: 'N' },
      { id: 'K', name: 'Bakkerstraat', level: 'STREET', parentId: 'N' },
    ],
    people: [
      person('a1', 'L', { roles: [{ role: 'CONNECTOR', since: '2020-01-01', until: null }] }),
      ...a.slice(1).map((id) => person(id, 'L')),
      person('b1', 'K', { roles: [{ role: 'KEY_FIGURE', since: '2020-01-01', until: null }] }),
      ...b.slice(1).map((id) => person(id, 'K')),
    ],
    ties: [...clique(a), ...clique(b), ...(joined ? [tie('a4', 'b4', 2)] : [])],
    collectives: [],
    memberships: [],
    initiatives: [],
    participations: [],
    helpRequests: [],
    helpOffers: [],
  };
}

describe('gapFillerSuggestions', () => {
  /**
   * Lindenwijk, Oost (B), 2025-06-01 (picture in health/lindenwijk.fixture.ts).
   *
   * f is isolated (at-risk score 85), lives in Lindenlaan like connector c, and both list 'koken' (f "Koken",
   * c "koken ") → INTRODUCE_TO_CONNECTOR f → c. Urgency 85 + 10 (same street) + 10 (shared asset) − 0 = 105.
   * Gain in Oost (11 residents): isolated −1 → 20; components 2 → 1 → 15; largest 10/11 → 11/11 → 50/11;
   * bridging 3/11 → 4/12 (f–c is weak and a local bridge) → 50·(1/3 − 3/11) = 100/33; bridges +1 (no gain).
   * Score 105 + 20 + 15 + 50/11 + 100/33 = 147.58.
   *
   * Unconfirmed bridges (15 months): d–e and e–g. Urgency 45 + (15 − 12) = 48 each. Losing d–e: d drops to one
   * tie (at risk +1 → 10), components +1 (15), largest 10/11 → 6/11 (50·4/11), bridging 3/11 → 2/10
   * (50·8/110) → 94.82. Losing e–g: components +1, largest → 5/11 (50·5/11), bridging → 2/10 → 89.36.
   *
   * TaartExpress has one initiator, a; its most connected other participant is g (3 ties: e, h, i), not tied to
   * a → BACK_UP_SINGLE_INITIATOR naming a and g, proposing a–g. App group Bakkerstraat has one lead role (g,
   * MODERATOR) and three members; the back-up h (3 ties, before i by id) already knows g → no tie, effect NONE,
   * score = urgency 30 + 2 = 32.
   */
  const lindenwijkSuggestions = gapFillerSuggestions(lindenwijk(), { asOf, placeId: 'B' });

  it('puts the isolated person with a same-street connector sharing an asset first, as INTRODUCE_TO_CONNECTOR', () => {
    const [first] = lindenwijkSuggestions;
    expect(first).toMatchObject({
      rank: 1,
      kind: 'INTRODUCE_TO_CONNECTOR',
      people: ['f', 'c'],
      proposedTie: { personAId: 'f', personBId: 'c' },
      score: 147.58,
      reasons: [
        { code: 'ISOLATED', personId: 'f', score: 85 },
        { code: 'SAME_STREET', placeId: 'S1' },
        { code: 'SHARED_ASSETS', labels: ['Koken'] },
        { code: 'CONNECTOR_ROLE', personId: 'c' },
      ],
      explanation: {
        nl: "Stel F (Lindenlaan) voor aan C: ze wonen in dezelfde straat en delen 'Koken'. F heeft nu geen enkel contact.",
        en: "Introduce F (Lindenlaan) to C: same street, both enjoy 'Koken'. F has no ties now.",
      },
    });
    expect(first.effect).toMatchObject({
      scenario: 'ADD_TIE',
      residentsLeavingIsolation: 1,
      isolatedChange: -1,
      atRiskChange: 0,
      componentsChange: -1,
      tiesChange: 1,
    });
    close(first.effect.largestComponentShareChange, 1 / 11);
    close(first.effect.bridgingShareChange, 1 / 3 - 3 / 11);
    close(gainOf(first.effect), 35 + 50 / 11 + 100 / 33);
  });

  it('gives f one introduction by default, and the others on a person page (maxPerPerson), connector first', () => {
    expect(lindenwijkSuggestions.filter((s) => s.people[0] === 'f' && s.kind.startsWith('INTRODUCE'))).toHaveLength(1);
    const forF = gapFillerSuggestions(lindenwijk(), { asOf, placeId: 'B', personId: 'f', maxPerPerson: 3 });
    expect(forF.every((s) => s.people.includes('f'))).toBe(true);
    // the collective's most connected member is c again: the pair is proposed once, as the connector, and the
    // collective's option with its next member, a, takes its place
    expect(forF.map((s) => [s.kind, s.proposedTie?.personBId])).toEqual([
      ['INTRODUCE_TO_CONNECTOR', 'c'],
      ['INTRODUCE_TO_INITIATIVE', 'g'],
      ['INTRODUCE_TO_COLLECTIVE', 'a'],
    ]);
    // TaartExpress ("taart") and f's "Koken" are both food; g lists "Koken" too
    expect(forF[1].reasons).toEqual([
      { code: 'ISOLATED', personId: 'f', score: 85 },
      { code: 'NEARBY', placeId: 'B', count: 1 },
      { code: 'MATCHING_INTEREST', labels: ['Koken'] },
      { code: 'SHARED_ASSETS', labels: ['Koken'] },
      { code: 'MOST_CONNECTED_MEMBER', personId: 'g', count: 3 },
    ]);
    expect(forF[1].explanation).toEqual({
      nl:
        'Nodig F (Lindenlaan) uit voor TaartExpress en stel F voor aan G (Bakkerstraat), die veel mensen kent: ' +
        "TaartExpress is actief in Oost, wat past bij 'Koken'; F en G delen 'Koken'. F heeft nu geen enkel contact.",
      en:
        'Invite F (Lindenlaan) to join TaartExpress and introduce F to G (Bakkerstraat), who knows many people: ' +
        "TaartExpress is active in Oost, which suits 'Koken'; F and G both enjoy 'Koken'. F has no ties now.",
    });
  });

  it('checks the unconfirmed bridges, whose loss adds a component', () => {
    const checks = lindenwijkSuggestions.filter((s) => s.kind === 'CHECK_UNCONFIRMED_TIE');
    expect(checks.map((s) => [s.tieId, s.score])).toEqual([
      ['t-de', 94.82],
      ['t-eg', 89.36],
    ]);
    const eg = checks[1];
    expect(eg.effect).toMatchObject({ scenario: 'END_TIES', componentsChange: 1, tiesChange: -1, isolatedChange: 0 });
    close(eg.effect.largestComponentShareChange, 5 / 11 - 10 / 11);
    expect(eg.reasons).toEqual([
      { code: 'BRIDGE', tieId: 't-eg' },
      { code: 'UNCONFIRMED', months: 15 },
    ]);
    expect(eg.explanation).toEqual({
      nl: 'Ga na of E en G nog contact hebben: al 15 maanden niet bevestigd. Het is de enige verbinding tussen twee delen van het netwerk.',
      en: 'Check whether E and G are still in touch: not confirmed for 15 months. It is the only link between two parts of the network.',
    });
    expect(checks[0].effect.atRiskChange).toBe(1);
  });

  it('backs up the initiative that hangs on one initiator, naming them', () => {
    const taart = lindenwijkSuggestions.find((s) => s.initiativeId === 'I1');
    expect(taart).toMatchObject({
      kind: 'BACK_UP_SINGLE_INITIATOR',
      people: ['a', 'g'],
      proposedTie: { personAId: 'a', personBId: 'g' },
      reasons: [
        { code: 'SOLE_LEAD', personId: 'a', count: 4 },
        { code: 'ACTIVE_PARTICIPANT', personId: 'g', count: 3 },
      ],
      explanation: {
        nl: 'TaartExpress hangt aan A, de enige initiatiefnemer. Vraag G, die meedoet en 3 mensen kent, om mee te organiseren en stel G voor aan A.',
        en: 'TaartExpress hangs on A, its only initiator. Ask G, who takes part and knows 3 people, to help organise it and introduce G to A.',
      },
    });
    const appGroup = lindenwijkSuggestions.find((s) => s.collectiveId === 'C2');
    expect(appGroup).toMatchObject({
      kind: 'BACK_UP_SINGLE_INITIATOR',
      people: ['g', 'h'],
      score: 32,
      effect: { scenario: 'NONE', componentsChange: 0 },
    });
    expect(appGroup?.proposedTie).toBeUndefined();
    expect(appGroup?.explanation.nl).toBe(
      'App group Bakkerstraat hangt aan G, de enige met een leidende rol. Vraag H, een lid dat 3 mensen kent, om die rol te delen.',
    );
  });

  /**
   * Two streets joined by one weak tie a4–b4. Louvain finds the two streets as communities; a4–b4 is their only
   * link → BRIDGE_GROUPS. Best placed: a1 (CONNECTOR) and b1 (KEY_FIGURE), not tied, not the ends of the link.
   * In Noord (8 residents): ties 13 → 14; bridging weak ties 1 (a4–b4) → 2 (a1–b1 is weak and crosses streets
   * and communities): share 1/13 → 2/14, +6/91; bridges 1 → 0 and articulation points a4, b4 → none.
   * Urgency 30 + 10 (one link) + 4 (smaller group) = 44; gain 50·6/91 + 3·1 = 6.30 → 50.30. Nobody is at risk
   * and every tie was confirmed this year: it is the only suggestion.
   */
  it('bridges two streets joined by one weak tie, with a positive bridging and robustness effect', () => {
    const suggestions = gapFillerSuggestions(twoStreets(true), { asOf, placeId: 'N' });
    expect(suggestions).toHaveLength(1);
    const [bridge] = suggestions;
    expect(bridge).toMatchObject({
      kind: 'BRIDGE_GROUPS',
      people: ['a1', 'b1', 'a4', 'b4'],
      proposedTie: { personAId: 'a1', personBId: 'b1' },
      score: 50.3,
      reasons: [
        { code: 'ONLY_LINK_TIE', personId: 'a4', otherPersonId: 'b4', tieId: 't-a4-b4', count: 4, otherCount: 4 },
        { code: 'CONNECTOR_ROLE', personId: 'a1' },
        { code: 'CONNECTOR_ROLE', personId: 'b1' },
      ],
      explanation: {
        nl:
          'Het contact tussen A4 en B4 is de enige schakel tussen de groep rond A1 (vooral Lindenlaan) en de groep rond ' +
          'B1 (vooral Bakkerstraat). Stel A1 (Lindenlaan) voor aan B1 (Bakkerstraat), zodat ze niet van één contact afhangen.',
        en:
          'The tie between A4 and B4 is the only link between the circle around A1 (mostly Lindenlaan) and the circle ' +
          'around B1 (mostly Bakkerstraat). Introduce A1 (Lindenlaan) to B1 (Bakkerstraat) so they do not hang on one tie.',
      },
    });
    close(bridge.effect.bridgingShareChange, 2 / 14 - 1 / 13);
    expect(bridge.effect).toMatchObject({ bridgesChange: -1, articulationPointsChange: -2, componentsChange: 0 });
  });

  /**
   * The streets without the tie between them, and Anna (Lindenlaan; strong ties to a1 and a2) a member of both
   * "Appgroep Lindenlaan" {a1, a2, a3, anna} and "Bewonerscommissie Bakkerstraat" {b1, b2, b3, anna}: she is the
   * only link between the collectives → BRIDGE_GROUPS a1–b1 (connector and key figure), joining the two components.
   * Noord has 9 residents, 14 ties, none weak. Urgency 30 + 10 (one link) + 4 = 44; gain: components −1 → 15,
   * largest 5/9 → 9/9 → 50·4/9, bridging 0/14 → 1/15 (a1–b1 is weak and crosses streets) → 50/15; a1–b1 is itself a
   * new bridge (bridges 0 → 1: no gain). The two communities (the streets) share no street: no community suggestion.
   */
  it('names the one person two collectives hang on', () => {
    const snapshot = twoStreets(false);
    snapshot.people.push(person('anna', 'L', { label: 'Anna' }));
    snapshot.ties.push(tie('anna', 'a1', 4), tie('anna', 'a2', 4));
    snapshot.collectives.push(
      { id: 'CL', name: 'Appgroep Lindenlaan', kind: 'APP_GROUP', placeId: 'L' },
      { id: 'CK', name: 'Bewonerscommissie Bakkerstraat', kind: 'RESIDENT_COMMITTEE', placeId: 'K' },
    );
    const member = (collectiveId: string, personId: string) => ({
      id: `m-${collectiveId}-${personId}`,
      collectiveId,
      personId,
      role: 'MEMBER',
      since: '2024-01-01',
      until: null,
    });
    snapshot.memberships.push(
      ...['a1', 'a2', 'a3', 'anna'].map((p) => member('CL', p)),
      ...['b1', 'b2', 'b3', 'anna'].map((p) => member('CK', p)),
    );
    const suggestions = gapFillerSuggestions(snapshot, { asOf, placeId: 'N' });
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toMatchObject({
      kind: 'BRIDGE_GROUPS',
      people: ['a1', 'b1', 'anna'],
      proposedTie: { personAId: 'a1', personBId: 'b1' },
      reasons: [
        { code: 'ONLY_LINK_PERSON', personId: 'anna', count: 4, otherCount: 4 },
        { code: 'CONNECTOR_ROLE', personId: 'a1' },
        { code: 'CONNECTOR_ROLE', personId: 'b1' },
      ],
      explanation: {
        nl:
          'Anna is de enige schakel tussen Appgroep Lindenlaan en Bewonerscommissie Bakkerstraat. Stel A1 ' +
          '(Lindenlaan) voor aan B1 (Bakkerstraat), zodat de groepen ook zonder Anna contact houden.',
        en:
          'Anna is the only link between Appgroep Lindenlaan and Bewonerscommissie Bakkerstraat. Introduce A1 ' +
          '(Lindenlaan) to B1 (Bakkerstraat) so the groups keep in touch without Anna.',
      },
    });
    expect(suggestions[0].effect).toMatchObject({ componentsChange: -1, bridgesChange: 1 });
    close(suggestions[0].effect.largestComponentShareChange, 1 - 5 / 9);
    close(suggestions[0].score, Math.round((44 + 15 + (50 * 4) / 9 + 50 / 15) * 100) / 100);
  });

  /**
   * A collective held together by one member: "Buurthuisteam" {h, p, q, r}: p and q know only h, r knows q.
   * Without h the members fall apart into {q, r} and {p} → BACK_UP_SINGLE_INITIATOR naming h, proposing a tie
   * between the most connected members of the two largest pieces: q (2 ties) and p.
   */
  it('backs up a collective one member holds together', () => {
    const snapshot = twoStreets(false);
    snapshot.people.push(person('h', 'L'), person('p', 'L'), person('q', 'L'), person('r', 'L'));
    snapshot.ties.push(tie('h', 'p', 4), tie('h', 'q', 4), tie('q', 'r', 4), tie('h', 'a1', 4), tie('p', 'a2', 4));
    snapshot.collectives.push({ id: 'BT', name: 'Buurthuisteam', kind: 'COMMUNITY_CENTRE_TEAM', placeId: 'L' });
    snapshot.memberships.push(
      ...['h', 'p', 'q', 'r'].map((personId) => ({
        id: `m-${personId}`,
        collectiveId: 'BT',
        personId,
        role: 'MEMBER',
        since: '2024-01-01',
        until: null,
      })),
    );
    const backUp = gapFillerSuggestions(snapshot, { asOf, placeId: 'N' }).find((s) => s.collectiveId === 'BT');
    expect(backUp).toMatchObject({
      kind: 'BACK_UP_SINGLE_INITIATOR',
      people: ['h', 'q', 'p'],
      proposedTie: { personAId: 'q', personBId: 'p' },
      reasons: [
        { code: 'HOLDS_GROUP_TOGETHER', personId: 'h', count: 2 },
        { code: 'MOST_CONNECTED_MEMBER', personId: 'q', count: 2 },
        { code: 'MOST_CONNECTED_MEMBER', personId: 'p', count: 2 },
      ],
    });
    expect(backUp?.explanation.en).toBe(
      'H is the only link between the members of Buurthuisteam: without H they fall apart into 2 groups. ' +
        'Introduce Q to P so Buurthuisteam holds together without H.',
    );
  });

  describe('on a 300-person buurt', () => {
    const snapshot = syntheticBuurt(3);
    let suggestions: Suggestion[] = [];
    let ms = 0;

    beforeAll(() => {
      const start = performance.now();
      suggestions = gapFillerSuggestions(snapshot, { asOf, placeId: 'B', seed: 5 });
      ms = performance.now() - start;
    });

    it('is deterministic: the same seed gives the same list', () => {
      expect(gapFillerSuggestions(snapshot, { asOf, placeId: 'B', seed: 5 })).toEqual(suggestions);
    });

    it('ranks by score, then id; ids are unique and stable', () => {
      expect(suggestions).toHaveLength(20);
      suggestions.forEach((s, i) => {
        expect(s.rank).toBe(i + 1);
        if (i > 0) {
          const previous = suggestions[i - 1];
          expect(previous.score > s.score || (previous.score === s.score && previous.id < s.id)).toBe(true);
        }
      });
      expect(new Set(suggestions.map((s) => s.id)).size).toBe(suggestions.length);
      expect(suggestionId('INTRODUCE_TO_CONNECTOR', ['f', 'c'])).toBe(
        lindenwijkSuggestions.find((s) => s.kind === 'INTRODUCE_TO_CONNECTOR' && s.people[0] === 'f')?.id,
      );
      expect(suggestionId('CHECK_UNCONFIRMED_TIE', ['t-eg'])).toMatch(/^sg-[0-9a-f]{16}$/);
    });

    it('never proposes a tie that exists, a tie to oneself or the same pair twice', () => {
      const graph = buildTieGraph(snapshot.people, snapshot.ties, { asOf });
      const pairs = new Set<string>();
      for (const s of suggestions) {
        if (!s.proposedTie) continue;
        const { personAId: a, personBId: b } = s.proposedTie;
        expect(a).not.toBe(b);
        expect(graph.hasEdge(a, b)).toBe(false);
        const pair = [a, b].sort().join('|');
        expect(pairs.has(pair)).toBe(false);
        pairs.add(pair);
      }
      expect(pairs.size).toBeGreaterThan(0);
    });

    it('spares connectors and keeps the list varied', () => {
      const asked = new Map<string, number>();
      for (const s of suggestions) {
        if (!s.proposedTie) continue;
        const subject = s.kind.startsWith('INTRODUCE') ? s.people[0] : null;
        for (const p of [s.proposedTie.personAId, s.proposedTie.personBId]) {
          if (p !== subject) asked.set(p, (asked.get(p) ?? 0) + 1);
        }
      }
      expect(Math.max(...asked.values())).toBeLessThanOrEqual(2);
      const introductions = suggestions.filter((s) => s.kind.startsWith('INTRODUCE')).length;
      expect(introductions).toBeLessThanOrEqual(10);
      expect(introductions).toBeGreaterThan(0);
    });

    it('explains in Dutch and English with names, never ids', () => {
      const kinds = new Set(suggestions.map((s) => s.kind));
      expect(kinds.size).toBeGreaterThanOrEqual(3);
      for (const s of suggestions) {
        for (const text of [s.explanation.nl, s.explanation.en]) {
          expect(text.length).toBeGreaterThan(20);
          expect(text).not.toMatch(/\b(p\d+|t\d+|S\d|C\d|I\d|B)\b/);
        }
      }
    });

    it('is fast (smoke check; real timing in tools/bench)', () => {
      expect(ms).toBeLessThan(10_000);
    });
  });

  it('refuses bad list options', () => {
    const run = (options: Record<string, unknown>) => () =>
      gapFillerSuggestions(lindenwijk(), { asOf, placeId: 'B', ...options });
    expect(run({ limit: -1 })).toThrow('graph/gap-filler: limit must be a whole number ≥ 0, got -1');
    expect(run({ personId: 'nobody' })).toThrow('graph/gap-filler: person "nobody" is not in the snapshot');
    expect(run({ placeId: 'nowhere' })).toThrow('graph/what-if: place "nowhere" is not in the snapshot');
  });
});
