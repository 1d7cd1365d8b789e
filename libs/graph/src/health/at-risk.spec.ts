import { atRisk, DEFAULTS } from './at-risk';
import { lindenwijk } from './lindenwijk.fixture';

/**
 * Expected values worked out by hand from the picture in lindenwijk.fixture.ts (default options: weakMax 2,
 * unconfirmedMonths 12, lostWindowMonths 12; score weights 60/30/20/15/5 per lost tie/10/10).
 *
 * On 2025-06-01:
 *   f: no tie (b–f ended 2025-05-15)          ISOLATED 60 + LOST_TIES(1) 5 + NO_COLLECTIVE… 10 + ON_WATCH_LIST 10 = 85
 *   k: one tie, h (4)                          SINGLE_TIE 30 + NO_COLLECTIVE… 10                                = 40
 *   e: ties d (2), g (2), newest confirmation 2024-03-01 (e–g never confirmed: its since) → 15 months;
 *      e takes part in TaartExpress            ONLY_WEAK_TIES(2) 20 + NO_TIE_CONFIRMED_SINCE(15) 15              = 35
 *   a lost j (tie ended 2024-10-01) but has two strong ties: LOST_TIES alone does not qualify.
 *   j has a weak tie (i, 1) and a strong one (x, 3): not only weak ties. x lives outside: nobody's resident.
 * On 2025-01-01 (b–f still there; b–f's confirmation of 2025-03-01 counts as 2025-01-01):
 *   f: SINGLE_TIE 30 + NO_COLLECTIVE… 10 + ON_WATCH_LIST 10 = 50;  k: 40;  e: ONLY_WEAK_TIES 20 (newest
 *   confirmation 2024-03-01 is 10 months back: under 12).
 */
describe('atRisk', () => {
  const snapshot = lindenwijk();

  it('ranks the isolated and near-isolated residents with their reasons and scores (2025-06-01)', () => {
    const result = atRisk(snapshot, { asOf: '2025-06-01' });
    expect(result.residents).toBe(11);
    expect(result.isolated).toEqual(['f']);
    expect(result.atRisk.map((p) => [p.rank, p.personId, p.score])).toEqual([
      [1, 'f', 85],
      [2, 'k', 40],
      [3, 'e', 35],
    ]);
    const [f, k, e] = result.atRisk;
    expect(f.reasons).toEqual([
      { code: 'ISOLATED' },
      { code: 'LOST_TIES', lost: 1, sinceMonths: 12 },
      { code: 'NO_COLLECTIVE_OR_INITIATIVE' },
      { code: 'ON_WATCH_LIST' },
    ]);
    expect(f).toMatchObject({ isolated: true, ties: 0, weakTies: 0, label: 'F', placeId: 'S1' });
    expect(k.reasons).toEqual([{ code: 'SINGLE_TIE' }, { code: 'NO_COLLECTIVE_OR_INITIATIVE' }]);
    expect(e.reasons).toEqual([
      { code: 'ONLY_WEAK_TIES', ties: 2 },
      { code: 'NO_TIE_CONFIRMED_SINCE', months: 15 },
    ]);
    expect(e).toMatchObject({ isolated: false, ties: 2, weakTies: 2 });
  });

  it('sees the tie that ended last month on the earlier date (2025-01-01)', () => {
    const result = atRisk(snapshot, { asOf: '2025-01-01', nearest: false });
    expect(result.isolated).toEqual([]);
    expect(result.atRisk.map((p) => [p.personId, p.score])).toEqual([
      ['f', 50],
      ['k', 40],
      ['e', 20],
    ]);
    expect(result.atRisk[0].reasons).toEqual([
      { code: 'SINGLE_TIE' },
      { code: 'NO_COLLECTIVE_OR_INITIATIVE' },
      { code: 'ON_WATCH_LIST' },
    ]);
    expect(result.atRisk[2].reasons).toEqual([{ code: 'ONLY_WEAK_TIES', ties: 2 }]);
  });

  /**
   * Nearest links on 2025-06-01. Betweenness (hops): g lies on all 25 paths between {a,b,c,d,e} and
   * {h,i,j,k,x}, e on 24, d on 21, i on 16 — g is the top 5 % of 12 people (1 person) and holds no role: the
   * hidden connector.
   *   f (Lindenlaan): connector c (same street, shares "Koken" — "koken " compared loosely); collective C1 (same
   *     street, c is a member); initiative: I1 (buurt, 4 people, g cooks) before I2 (5 people, no shared asset);
   *     I3 has ended.
   *   k (Bakkerstraat): h is a connector but already k's tie; g, the hidden connector, lives in the same street;
   *     collective C2 and initiative I2 are in the street.
   *   e: connector c (same street; g is already e's tie); C1; I1 is e's own, so I2 one level up (the buurt).
   */
  it('finds the nearest connector, collective and initiative, same street first', () => {
    const result = atRisk(snapshot, { asOf: '2025-06-01' });
    expect(result.hiddenConnectors).toEqual(['g']);
    expect(result.betweenness).toEqual({ exact: true, samples: null, errorBound: null });
    const nearest = Object.fromEntries(result.atRisk.map((p) => [p.personId, p.nearest]));
    expect(nearest['f']).toEqual([
      link('f', 'CONNECTOR', 'c', 'C', 'S1', 0, ['Koken']),
      link('f', 'COLLECTIVE', 'C1', 'Bewonerscommissie Lindenlaan', 'S1', 0, ['Koken']),
      link('f', 'INITIATIVE', 'I1', 'TaartExpress', 'B', 1, ['Koken']),
    ]);
    expect(nearest['k']).toEqual([
      { ...link('k', 'CONNECTOR', 'g', 'G', 'S2', 0, []), hiddenConnector: true },
      link('k', 'COLLECTIVE', 'C2', 'App group Bakkerstraat', 'S2', 0, []),
      link('k', 'INITIATIVE', 'I2', 'Berenactie', 'S2', 0, []),
    ]);
    expect(nearest['e'].map((l) => [l.kind, l.id, l.samePlace, l.levelsApart])).toEqual([
      ['CONNECTOR', 'c', true, 0],
      ['COLLECTIVE', 'C1', true, 0],
      ['INITIATIVE', 'I2', false, 1],
    ]);
  });

  it('without hidden connectors, k is sent to the nearest role holder one level up', () => {
    const result = atRisk(snapshot, { asOf: '2025-06-01', hiddenConnectorShare: 0 });
    expect(result.hiddenConnectors).toEqual([]);
    expect(result.betweenness).toBeNull();
    const k = result.atRisk.find((p) => p.personId === 'k');
    expect(k?.nearest[0]).toEqual(link('k', 'CONNECTOR', 'c', 'C', 'S1', 1, []));
  });

  it('lists only the residents of a place when asked', () => {
    const result = atRisk(snapshot, { asOf: '2025-06-01', placeId: 'S2', nearest: false });
    expect(result.residents).toBe(5);
    expect(result.atRisk.map((p) => p.personId)).toEqual(['k']);
    expect(result.atRisk[0].nearest).toEqual([]);
    expect(atRisk(snapshot, { asOf: '2025-06-01', placeId: 'S3' }).atRisk).toEqual([]);
  });

  it('follows its options: months without confirmation, what counts as weak, the weights', () => {
    const patient = atRisk(snapshot, { asOf: '2025-06-01', unconfirmedMonths: 16, nearest: false });
    expect(patient.atRisk.find((p) => p.personId === 'e')?.reasons).toEqual([{ code: 'ONLY_WEAK_TIES', ties: 2 }]);

    // strength 2 is no longer weak: e stays on the list for the stale confirmation alone (15 points)
    const strict = atRisk(snapshot, { asOf: '2025-06-01', weakMax: 1, nearest: false });
    const e = strict.atRisk.find((p) => p.personId === 'e');
    expect(e?.reasons).toEqual([{ code: 'NO_TIE_CONFIRMED_SINCE', months: 15 }]);
    expect(e?.score).toBe(15);

    // a window of 0 months forgets every loss
    const noWindow = atRisk(snapshot, { asOf: '2025-06-01', lostWindowMonths: 0, nearest: false });
    expect(noWindow.atRisk[0].reasons.map((r) => r.code)).not.toContain('LOST_TIES');

    const watchFirst = atRisk(snapshot, {
      asOf: '2025-06-01',
      nearest: false,
      weights: { ...DEFAULTS.weights, onWatchList: 0, singleTie: 100 },
    });
    expect(watchFirst.atRisk.map((p) => [p.personId, p.score])).toEqual([
      ['k', 110],
      ['f', 75],
      ['e', 35],
    ]);
  });

  it('refuses a bad date, an unknown place and bad options with namespaced errors', () => {
    expect(() => atRisk(snapshot, { asOf: '1 June' })).toThrow('graph/at-risk: asOf must be a date YYYY-MM-DD');
    expect(() => atRisk(snapshot, { asOf: '2025-06-01', placeId: 'nowhere' })).toThrow(
      'graph/at-risk: place "nowhere" is not in the snapshot',
    );
    expect(() => atRisk(snapshot, { asOf: '2025-06-01', unconfirmedMonths: -1 })).toThrow('graph/at-risk:');
    expect(() => atRisk(snapshot, { asOf: '2025-06-01', hiddenConnectorShare: 2 })).toThrow('graph/at-risk:');
  });
});

function link(
  personId: string,
  kind: 'CONNECTOR' | 'COLLECTIVE' | 'INITIATIVE',
  id: string,
  label: string,
  placeId: string,
  levelsApart: number,
  sharedAssets: string[],
): Record<string, unknown> {
  return {
    personId,
    kind,
    id,
    label,
    placeId,
    samePlace: levelsApart === 0,
    levelsApart,
    sharedAssets,
    hiddenConnector: false,
  };
}
