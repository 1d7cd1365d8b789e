import { UndirectedGraph } from 'graphology';
import { buildGraph } from '../graph/build-graph';
import { weakTies, type WeakTie } from './weak-ties';

/**
 * A hand-made neighbourhood (strength on each tie):
 *
 *   Lindenlaan            Bakkerstraat
 *   a ─4─ b ─2─ g ─3─ e ─5─ f ─1─ h   (h: no street, no collective)
 *    \   /            |   /
 *     2 4             5  5
 *      \|             | /
 *       c ────1────── d
 *
 * streets: a b c Lindenlaan; d e f g Bakkerstraat; h none.
 * collectives: a [koor], b [koor, app], c [koor], d [app], e f g [buurthuis], h [].
 *
 * Weak ties (strength ≤ 2), worked by hand:
 * - a–c (2): b is a common neighbour (a–b–c): on a triangle, so not a local bridge; span 2; same street, both
 *   in the koor: crosses nothing; not bridging.
 * - b–g (2): no common neighbour (b: a c g; g: b e); without it b–c–d–e–g = 4 hops. Not a bridge (the ring
 *   b g e d c closes). Streets differ; collectives [koor, app] and [buurthuis] share none: crosses both.
 * - c–d (1): likewise a local bridge of span 4 (c–b–g–e–d); streets differ; [koor] vs [app]: crosses both.
 * - f–h (1): h hangs on f only: a bridge, span null. h has no street and no collective, so it crosses nothing,
 *   but it is bridging as a bridge.
 * With maxStrength 3, g–e (3) joins: local bridge, span 4 (g–b–c–d–e), both Bakkerstraat and buurthuis.
 */
const streets: Record<string, string | null> = { a: 'L', b: 'L', c: 'L', d: 'B', e: 'B', f: 'B', g: 'B', h: null };
const collectives: Record<string, string[]> = {
  a: ['koor'],
  b: ['koor', 'app'],
  c: ['koor'],
  d: ['app'],
  e: ['buurthuis'],
  f: ['buurthuis'],
  g: ['buurthuis'],
  h: [],
};

function neighbourhood() {
  return buildGraph({
    edges: [
      { source: 'a', target: 'b', weight: 4 },
      { source: 'b', target: 'c', weight: 4 },
      { source: 'a', target: 'c', weight: 2 },
      { source: 'd', target: 'e', weight: 5 },
      { source: 'e', target: 'f', weight: 5 },
      { source: 'd', target: 'f', weight: 5 },
      { source: 'c', target: 'd', weight: 1 },
      { source: 'b', target: 'g', weight: 2 },
      { source: 'g', target: 'e', weight: 3 },
      { source: 'f', target: 'h', weight: 1 },
    ],
  });
}

const groupings = {
  street: (node: string) => streets[node],
  collective: (node: string) => collectives[node],
};

function byPair(ties: WeakTie[]): Record<string, Omit<WeakTie, 'source' | 'target'>> {
  return Object.fromEntries(ties.map(({ source, target, ...rest }) => [[source, target].sort().join('–'), rest]));
}

describe('weakTies', () => {
  it('finds the weak ties and which of them bridge (worked by hand above)', () => {
    expect(byPair(weakTies(neighbourhood(), { groupings }))).toEqual({
      'a–c': { weight: 2, isBridge: false, isLocalBridge: false, span: 2, crosses: [], bridging: false },
      'b–g': {
        weight: 2,
        isBridge: false,
        isLocalBridge: true,
        span: 4,
        crosses: ['street', 'collective'],
        bridging: true,
      },
      'c–d': {
        weight: 1,
        isBridge: false,
        isLocalBridge: true,
        span: 4,
        crosses: ['street', 'collective'],
        bridging: true,
      },
      'f–h': { weight: 1, isBridge: true, isLocalBridge: true, span: null, crosses: [], bridging: true },
    });
  });

  it('takes a different threshold: with maxStrength 3, g–e is weak too', () => {
    const ties = byPair(weakTies(neighbourhood(), { maxStrength: 3, groupings }));
    expect(Object.keys(ties).sort()).toEqual(['a–c', 'b–g', 'c–d', 'e–g', 'f–h']);
    expect(ties['e–g']).toEqual({
      weight: 3,
      isBridge: false,
      isLocalBridge: true,
      span: 4,
      crosses: [],
      bridging: true,
    });
  });

  it('without groupings, bridging means a (local) bridge', () => {
    const ties = byPair(weakTies(neighbourhood()));
    expect(Object.values(ties).map((t) => t.crosses)).toEqual([[], [], [], []]);
    expect(ties['a–c'].bridging).toBe(false);
    expect(ties['c–d'].bridging).toBe(true);
  });

  it('crosses a community grouping only between different communities', () => {
    // communities as a community detection would give them: the two triangles, with g and h on the B side
    const community = (node: string) => ('abc'.includes(node) ? 'c1' : 'c2');
    const ties = byPair(weakTies(neighbourhood(), { groupings: { community } }));
    expect(ties['c–d'].crosses).toEqual(['community']);
    expect(ties['b–g'].crosses).toEqual(['community']);
    expect(ties['f–h'].crosses).toEqual([]);
  });

  it('counts an edge without a weight as strength 1, so weak', () => {
    const graph = new UndirectedGraph();
    graph.mergeEdge('x', 'y');
    expect(weakTies(graph)).toEqual([
      {
        source: 'x',
        target: 'y',
        weight: 1,
        isBridge: true,
        isLocalBridge: true,
        span: null,
        crosses: [],
        bridging: true,
      },
    ]);
  });

  it('refuses a grouping that is not a function', () => {
    expect(() => weakTies(neighbourhood(), { groupings: { street: 'L' as unknown as () => string } })).toThrow(
      'graph/weak-ties: grouping "street" must be a function',
    );
  });
});
