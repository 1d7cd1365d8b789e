import { buildGraph } from '../graph/build-graph';
import { eiIndex } from './e-i-index';

/**
 * Krackhardt & Stern (1988): E-I = (E − I) / (E + I). Hand-worked on streets:
 *
 *   Lindenlaan (L): a, b, c     Bakkerstraat (B): d, e, f     Kerkpad (K): k, no ties     h: no street (null)
 *
 *   tie   strength  groups   counts as
 *   a–b   4         L–L      internal to L
 *   b–c   4         L–L      internal to L
 *   a–c   2         L–L      internal to L
 *   d–e   5         B–B      internal to B
 *   c–d   1         L–B      external for L and for B, once overall
 *   b–e   2         L–B      external for L and for B, once overall
 *   f–h   1         B–null   ignored (h has no group)
 *
 * Unweighted: L: I 3, E 2 → (2 − 3) / 5 = −0.2;  B: I 1, E 2 → (2 − 1) / 3 = 1/3;  K: no ties → null;
 *             overall: I 4, E 2 → (2 − 4) / 6 = −1/3.
 * Weighted:   L: I 4 + 4 + 2 = 10, E 1 + 2 = 3 → −7/13;  B: I 5, E 3 → −2/8 = −0.25;
 *             overall: I 15, E 3 → −12/18 = −2/3.
 */
const street: Record<string, string | null> = { a: 'L', b: 'L', c: 'L', d: 'B', e: 'B', f: 'B', h: null, k: 'K' };

function streets() {
  return buildGraph({
    nodes: ['k'],
    edges: [
      { source: 'a', target: 'b', weight: 4 },
      { source: 'b', target: 'c', weight: 4 },
      { source: 'a', target: 'c', weight: 2 },
      { source: 'd', target: 'e', weight: 5 },
      { source: 'c', target: 'd', weight: 1 },
      { source: 'b', target: 'e', weight: 2 },
      { source: 'f', target: 'h', weight: 1 },
    ],
  });
}

describe('eiIndex', () => {
  it('counts ties per group and once overall (hand-worked above)', () => {
    const result = eiIndex(streets(), (node) => street[node]);
    expect(Object.keys(result.groups)).toEqual(['B', 'K', 'L']);
    expect(result.groups['L']).toEqual({ internal: 3, external: 2, index: -0.2 });
    expect(result.groups['B'].internal).toBe(1);
    expect(result.groups['B'].external).toBe(2);
    expect(result.groups['B'].index).toBeCloseTo(1 / 3, 12);
    expect(result.groups['K']).toEqual({ internal: 0, external: 0, index: null });
    expect(result.overall).toBeCloseTo(-1 / 3, 12);
  });

  it('weights ties by strength when asked (hand-worked above)', () => {
    const result = eiIndex(streets(), (node) => street[node], { weighted: true });
    expect(result.groups['L'].internal).toBe(10);
    expect(result.groups['L'].external).toBe(3);
    expect(result.groups['L'].index).toBeCloseTo(-7 / 13, 12);
    expect(result.groups['B'].index).toBeCloseTo(-0.25, 12);
    expect(result.overall).toBeCloseTo(-2 / 3, 12);
  });

  it('reaches −1 for a closed group and +1 for a group with only outside ties', () => {
    // a–b inside group X; c (group Y) is tied only to a (X): for Y all ties are external
    const graph = buildGraph({
      edges: [
        { source: 'a', target: 'b' },
        { source: 'a', target: 'c' },
      ],
    });
    const closed = eiIndex(graph, (node) => (node === 'c' ? null : 'X'));
    expect(closed.groups['X'].index).toBe(-1);
    expect(closed.overall).toBe(-1);
    const open = eiIndex(graph, (node) => (node === 'c' ? 'Y' : 'X'));
    expect(open.groups['Y']).toEqual({ internal: 0, external: 1, index: 1 });
    // X: I 1 (a–b), E 1 (a–c) → 0; overall the same tie counts once: (1 − 1) / 2 = 0
    expect(open.groups['X'].index).toBe(0);
    expect(open.overall).toBe(0);
  });

  it('gives null overall when no tie has a group at both ends', () => {
    expect(eiIndex(streets(), () => null)).toEqual({ overall: null, groups: {} });
    // an unset attribute (undefined) is no group either
    expect(eiIndex(streets(), () => undefined as unknown as null)).toEqual({ overall: null, groups: {} });
  });

  it('refuses a group that is not a string or null', () => {
    expect(() => eiIndex(streets(), () => 3 as unknown as string)).toThrow(
      'graph/e-i-index: the group of "k" must be a string or null',
    );
  });
});
