import { createRandom } from '../random';
import {
  fcoseOptions,
  LARGE_ABOVE,
  MEAN_TIE_LENGTH,
  type LayoutEdge,
  type LayoutNode,
  networkLayout,
  TILE_SPACING,
  withSeededRandom,
} from './network-layout';

/**
 * A hand-made street: two triangles (p1 p2 p3, p4 p5 p6) joined by the tie p3–p4, a collective c1 with
 * members p1 and p5, and two residents without any edge (Aart p8, Zoë p7).
 */
const node = (id: string, label = id, size = 16): LayoutNode => ({ id, label, size });
const tie = (source: string, target: string, width = 2.9): LayoutEdge => ({ source, target, group: false, width });
const NODES: LayoutNode[] = [
  node('p1', 'Anna'),
  node('p2', 'Bram'),
  node('p3', 'Cor'),
  node('p4', 'Dirk'),
  node('p5', 'Els'),
  node('p6', 'Fatma'),
  node('p7', 'Zoë'),
  node('p8', 'Aart'),
  node('c1', 'Buurtapp', 34),
];
const EDGES: LayoutEdge[] = [
  tie('p1', 'p2'),
  tie('p2', 'p3'),
  tie('p1', 'p3'),
  tie('p3', 'p4', 1.3),
  tie('p4', 'p5'),
  tie('p5', 'p6'),
  tie('p4', 'p6'),
  { source: 'p1', target: 'c1', group: true, width: 1 },
  { source: 'p5', target: 'c1', group: true, width: 1 },
];
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('networkLayout (fcose on headless Cytoscape)', () => {
  it('places every node at a finite position, and the same data twice in the same places', () => {
    const first = networkLayout(NODES, EDGES);
    expect(Object.keys(first).sort()).toEqual(NODES.map((n) => n.id).sort());
    for (const { x, y } of Object.values(first)) {
      expect(Number.isFinite(x)).toBe(true);
      expect(Number.isFinite(y)).toBe(true);
    }
    expect(networkLayout(NODES, EDGES)).toEqual(first);
    // no two nodes on one spot
    expect(new Set(Object.values(first).map(({ x, y }) => `${Math.round(x)},${Math.round(y)}`)).size).toBe(9);
  });

  it('draws tied people closer than people two triangles apart', () => {
    const at = networkLayout(NODES, EDGES);
    expect(distance(at['p1'], at['p2'])).toBeLessThan(distance(at['p1'], at['p6']));
    expect(distance(at['p5'], at['p6'])).toBeLessThan(distance(at['p2'], at['p6']));
  });

  it('takes another seed for another map, and leaves Math.random as it was', () => {
    const original = Math.random;
    const other = networkLayout(NODES, EDGES, { seed: 1 });
    expect(Math.random).toBe(original);
    expect(other).not.toEqual(networkLayout(NODES, EDGES));
  });

  it('puts the nodes without any edge in a grid left of the rest, in label order', () => {
    const at = networkLayout(NODES, EDGES);
    const rest = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'c1'].map((id) => at[id]);
    // Aart (p8), Zoë (p7): two nodes make a grid of ⌈√2⌉ = 2 columns, the top row level with the top of the rest
    expect(at['p8'].y).toBeCloseTo(Math.min(...rest.map((p) => p.y)), 6);
    expect(at['p7']).toEqual({ x: at['p8'].x + TILE_SPACING, y: at['p8'].y });
    expect(at['p7'].x).toBeLessThan(Math.min(...rest.map((p) => p.x)));
  });

  it('lays out a network of unlinked nodes only as a grid from the origin', () => {
    const at = networkLayout([node('a', 'B'), node('b', 'A'), node('c', 'C')], []);
    // order A (b), B (a), C (c) in ⌈√3⌉ = 2 columns
    expect(at).toEqual({ b: { x: 0, y: 0 }, a: { x: TILE_SPACING, y: 0 }, c: { x: 0, y: TILE_SPACING } });
    expect(networkLayout([], [])).toEqual({});
  });

  it('ignores edges to unknown nodes, self edges and repeated edges', () => {
    const noisy = [...EDGES, tie('p1', 'x9'), tie('p2', 'p2'), tie('p2', 'p1'), tie('p7', 'nobody')];
    expect(networkLayout(NODES, noisy)).toEqual(networkLayout(NODES, EDGES));
  });

  it('seeds Math.random only while the layout runs, even when it throws', () => {
    const original = Math.random;
    const inside = withSeededRandom(7, () => [Math.random(), Math.random()]);
    const again = createRandom(7);
    expect(inside).toEqual([again(), again()]);
    expect(Math.random).toBe(original);
    expect(() =>
      withSeededRandom(7, () => {
        throw new Error('layout failed');
      }),
    ).toThrow('layout failed');
    expect(Math.random).toBe(original);
  });

  it('runs fcose in full quality, without animation', () => {
    expect(fcoseOptions()).toMatchObject({ quality: 'default', animate: false, randomize: true, fit: false });
  });
});

/**
 * A neighbourhood of streets: twelve streets of 30 residents, each resident tied to three others of their street
 * drawn at random (seeded), so every street is a dense cluster a few steps across; street k is tied to street
 * k+1 by two ties, and an app group has one member in every street.
 */
function streets(count = 12, size = 30) {
  const nodes: LayoutNode[] = [];
  const edges: LayoutEdge[] = [];
  const random = createRandom(11);
  const id = (street: number, i: number) => `s${street}-${i}`;
  for (let s = 0; s < count; s++) {
    for (let i = 0; i < size; i++) {
      nodes.push(node(id(s, i)));
      for (let d = 0; d < 3; d++) edges.push(tie(id(s, i), id(s, Math.floor(random() * size))));
    }
    edges.push(tie(id(s, 0), id((s + 1) % count, 15), 1.3), tie(id(s, 7), id((s + 1) % count, 22), 1.3));
    edges.push({ source: id(s, 10), target: 'app', group: true, width: 1 });
  }
  nodes.push(node('app', 'Buurtapp', 34));
  return { nodes, edges, streetOf: (nodeId: string) => nodeId.split('-')[0] };
}

describe('networkLayout above `largeAbove` linked nodes (ForceAtlas2)', () => {
  // 1,000 by default (a large map); lowered here, since ForceAtlas2 runs many times slower under Jest than in
  // the API (0.5 s for 1,200 nodes in Node, 9 s in a Jest worker) — docs/benchmarks.md has the real size
  const options = { largeAbove: 300 };
  const { nodes, edges, streetOf } = streets();
  const at = networkLayout(nodes, edges, options);

  it('takes ForceAtlas2 above 1,000 linked nodes unless told otherwise', () => {
    expect(LARGE_ABOVE).toBe(1000);
    expect(nodes.length).toBeGreaterThan(options.largeAbove);
    // with the threshold above the map's size the same data goes to fcose, which lays it out otherwise
    expect(networkLayout(nodes, edges, { largeAbove: 1000 })).not.toEqual(at);
  });

  it('places all 361 nodes at finite positions, the same each time', () => {
    expect(Object.keys(at)).toHaveLength(361);
    expect(Object.values(at).every(({ x, y }) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
    expect(networkLayout(nodes, edges, options)).toEqual(at);
  });

  it('scales the map so that a tie is MEAN_TIE_LENGTH long on average', () => {
    // over the ties the layout keeps: the random draw also made self ties and repeated pairs, which it drops
    const pairs = new Set(
      edges.filter((e) => !e.group && e.source !== e.target).map((e) => [e.source, e.target].sort().join(' ')),
    );
    const ties = [...pairs].map((pair) => pair.split(' '));
    const mean = ties.reduce((sum, [a, b]) => sum + distance(at[a], at[b]), 0) / ties.length;
    expect(mean).toBeCloseTo(MEAN_TIE_LENGTH, 6);
  });

  it('keeps each street together: neighbours in a street far closer than people of different streets', () => {
    const people = nodes.filter((n) => n.id !== 'app');
    const mean = (pairs: [string, string][]) =>
      pairs.reduce((sum, [a, b]) => sum + distance(at[a], at[b]), 0) / pairs.length;
    const random = createRandom(3);
    const pick = () => people[Math.floor(random() * people.length)].id;
    const pairs = Array.from({ length: 6000 }, (): [string, string] => [pick(), pick()]);
    const same = pairs.filter(([a, b]) => a !== b && streetOf(a) === streetOf(b));
    const other = pairs.filter(([a, b]) => streetOf(a) !== streetOf(b));
    expect(same.length).toBeGreaterThan(100);
    expect(mean(same)).toBeLessThan(mean(other) / 2);
  });
});
