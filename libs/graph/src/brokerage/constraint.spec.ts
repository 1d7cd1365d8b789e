import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { buildGraph } from '../graph/build-graph';
import { constraint } from './constraint';

/** NetworkX 2.8.8 reference values, made by tools/graph-fixtures/make_networkx_fixtures.py (null = NaN) */
interface Fixture {
  nodes: string[];
  edges: [string, string, number][];
  expected: {
    constraint: Record<string, number | null>;
    constraintWeighted: Record<string, number | null>;
    isolates: string[];
  };
}

const NAMES = ['karate', 'florentine', 'bridges-sample'];

function load(name: string): Fixture {
  return JSON.parse(readFileSync(join(__dirname, '../testing/fixtures', `${name}.json`), 'utf8')) as Fixture;
}

function graphOf(fixture: Fixture) {
  return buildGraph({
    nodes: fixture.nodes,
    edges: fixture.edges.map(([source, target, weight]) => ({ source, target, weight })),
  });
}

/** nodes whose value differs by more than 1e-9, or is null on one side only (empty when all agree) */
function mismatches(actual: Record<string, number | null>, expected: Record<string, number | null>): string[] {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  return Object.keys(expected)
    .filter((key) => {
      const [a, e] = [actual[key], expected[key]];
      return a === null || e === null ? a !== e : !(Math.abs(a - e) <= 1e-9);
    })
    .map((key) => `${key}: expected ${expected[key]}, got ${actual[key]}`);
}

describe('constraint', () => {
  describe.each(NAMES)('equals NetworkX constraint on %s', (name) => {
    const fixture = load(name);
    const graph = graphOf(fixture);

    it('unweighted (default, weight=None), isolates null', () => {
      const result = constraint(graph);
      expect(mismatches(result, fixture.expected.constraint)).toEqual([]);
      for (const node of fixture.expected.isolates) expect(result[node]).toBeNull();
    });

    it("weighted (weight='weight')", () => {
      expect(mismatches(constraint(graph, { weighted: true }), fixture.expected.constraintWeighted)).toEqual([]);
    });
  });

  it('gives a star centre 1/k and its leaves 1 (Burt: a pendant is wholly constrained)', () => {
    // nx.constraint(nx.star_graph(4)) == {0: 0.25, 1: 1.0, 2: 1.0, 3: 1.0, 4: 1.0}
    const star = new UndirectedGraph();
    for (const leaf of ['1', '2', '3', '4']) star.mergeEdge('0', leaf);
    expect(constraint(star)).toEqual({ 0: 0.25, 1: 1, 2: 1, 3: 1, 4: 1 });
    expect(constraint(new UndirectedGraph())).toEqual({});
  });

  it('refuses bad options and graphs with namespaced errors', () => {
    const graph = new UndirectedGraph();
    graph.mergeEdge('a', 'b', { weight: -2 });
    expect(() => constraint(graph, { weighted: true })).toThrow(
      'graph/constraint: the tie a–b has weight -2; weights must be positive numbers',
    );
    expect(() => constraint(graph, { weighted: 'yes' as unknown as boolean })).toThrow(
      'graph/constraint: weighted must be true or false',
    );
    const directed = new DirectedGraph();
    directed.mergeEdge('a', 'b');
    expect(() => constraint(directed)).toThrow('graph/constraint: expected an undirected graph');
  });
});
