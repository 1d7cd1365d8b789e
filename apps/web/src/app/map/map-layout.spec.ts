import { colourNetwork } from './map-colours';
import { buildElements, proposedTies } from './map-elements';
import {
  computePositions,
  extendPositions,
  fcoseOptions,
  isLargeGraph,
  LARGE_GRAPH,
  mulberry32,
  TILE_SPACING,
  withSeededRandom,
} from './map-layout';
import { FIXTURE_SUGGESTIONS, fixtureNetwork, person, tie } from './network-fixture';

const network = fixtureNetwork();
const elements = () => buildElements(network, colourNetwork(network, 'community', new Map()));

describe('map layout', () => {
  it('mulberry32: the same seed gives the same numbers, all in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(1000);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });

  it('seeds Math.random only while the layout runs, even when it throws', () => {
    const original = Math.random;
    const inside = withSeededRandom(7, () => [Math.random(), Math.random()]);
    const again = mulberry32(7);
    expect(inside).toEqual([again(), again()]);
    expect(Math.random).toBe(original);
    expect(() =>
      withSeededRandom(7, () => {
        throw new Error('layout failed');
      }),
    ).toThrow('layout failed');
    expect(Math.random).toBe(original);
  });

  it('takes the cheap layout above 1,000 nodes', () => {
    expect(LARGE_GRAPH).toBe(1000);
    expect(isLargeGraph(1000)).toBe(false);
    expect(isLargeGraph(1001)).toBe(true);
    expect(fcoseOptions(300)).toMatchObject({ quality: 'default', animate: false, randomize: true });
    expect(fcoseOptions(2000)).toMatchObject({ quality: 'draft', animate: false });
  });

  it('places every node, and the same data twice in the same places', () => {
    const first = computePositions(elements());
    const second = computePositions(elements());
    expect(Object.keys(first).sort()).toEqual(network.nodes.map((n) => n.id).sort());
    for (const { x, y } of Object.values(first)) {
      expect(Number.isFinite(x)).toBe(true);
      expect(Number.isFinite(y)).toBe(true);
    }
    expect(second).toEqual(first);
    // and not all on one spot
    expect(new Set(Object.values(first).map(({ x, y }) => `${Math.round(x)},${Math.round(y)}`)).size).toBe(9);
  });

  it('puts the nodes without any edge in a grid left of the rest, in name order', () => {
    const lonely = fixtureNetwork();
    lonely.nodes.push(person('p7', { label: 'Aart Alleen' }), person('p8', { label: 'Zoë Alleen' }));
    const positions = computePositions(buildElements(lonely, colourNetwork(lonely, 'community', new Map())));
    const rest = ['p1', 'p2', 'p3', 'p4', 'p6', 'c1', 'c2', 'i1'].map((id) => positions[id]);
    const left = Math.min(...rest.map((p) => p.x));
    // Aart, Eva (p5), Zoë: two columns, 32 px apart, the top row level with the top of the rest
    expect(positions['p7'].y).toBeCloseTo(Math.min(...rest.map((p) => p.y)), 6);
    expect(positions['p5'].x - positions['p7'].x).toBe(TILE_SPACING);
    expect(positions['p8']).toEqual({ x: positions['p7'].x, y: positions['p7'].y + TILE_SPACING });
    expect(positions['p5'].x).toBeLessThan(left);
  });

  it('is not moved by proposed ties', () => {
    const withProposals = buildElements(
      network,
      colourNetwork(network, 'community', new Map()),
      proposedTies(network, FIXTURE_SUGGESTIONS),
    );
    expect(withProposals.edges.some((e) => e.data.visual === 'proposed')).toBe(true);
    expect(computePositions(withProposals)).toEqual(computePositions(elements()));
  });

  describe('extendPositions (the time slider keeps the map in place)', () => {
    const placed = Object.fromEntries(network.nodes.map((n, i) => [n.id, { x: i * 10, y: -i * 10 }]));

    it('keeps every known position', () => {
      expect(extendPositions(placed, network)).toEqual(placed);
    });

    it('puts a newcomer next to the people they are tied to', () => {
      const grown = {
        ...network,
        nodes: [...network.nodes, person('p7')],
        edges: [...network.edges, tie('t7', 'p7', 'p1', 3), tie('t8', 'p7', 'p2', 3)],
      };
      const positions = extendPositions(placed, grown);
      if (!positions) throw new Error('expected positions');
      const mid = { x: (placed['p1'].x + placed['p2'].x) / 2, y: (placed['p1'].y + placed['p2'].y) / 2 };
      expect(Math.hypot(positions['p7'].x - mid.x, positions['p7'].y - mid.y)).toBeCloseTo(24, 6);
      expect(positions['p1']).toEqual(placed['p1']);
    });

    it('puts a newcomer without placed neighbours on a ring outside the map', () => {
      const grown = { ...network, nodes: [...network.nodes, person('p7')] };
      const positions = extendPositions(placed, grown);
      if (!positions) throw new Error('expected positions');
      const xs = network.nodes.map((n) => placed[n.id].x);
      expect(positions['p7'].x).toBeGreaterThan(Math.max(...xs));
    });

    it('gives up when less than 80 % of the nodes are known: a fresh layout is better', () => {
      const few = Object.fromEntries(Object.entries(placed).slice(0, 7));
      expect(extendPositions(few, network)).toBeNull();
      expect(extendPositions({}, { nodes: [], edges: [] })).toEqual({});
    });
  });
});
