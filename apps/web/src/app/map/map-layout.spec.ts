import { extendPositions, isLargeGraph, LARGE_GRAPH, payloadPositions } from './map-layout';
import { fixtureNetwork, person, tie } from './network-fixture';

const network = fixtureNetwork();

describe('map layout', () => {
  it('draws the large-graph way above 1,000 nodes', () => {
    expect(LARGE_GRAPH).toBe(1000);
    expect(isLargeGraph(1000)).toBe(false);
    expect(isLargeGraph(1001)).toBe(true);
  });

  it('takes the positions the API sent, by node id', () => {
    const positions = payloadPositions(network);
    expect(Object.keys(positions)).toEqual(network.nodes.map((n) => n.id));
    // the fixture's row: the ninth node (i1) at 8 × 10
    expect(positions['p1']).toEqual({ x: 0, y: 0 });
    expect(positions['i1']).toEqual({ x: 80, y: 0 });
    expect(payloadPositions({ nodes: [] })).toEqual({});
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
