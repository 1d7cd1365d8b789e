import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import { buildGraph } from '../graph/build-graph';
import { createRandom } from '../random';
import { edgeBetweenness } from './edge-betweenness';

/** NetworkX 2.8.8 reference values, made by tools/graph-fixtures/make_networkx_fixtures.py */
interface Fixture {
  nodes: string[];
  edges: [string, string, number][];
  expected: {
    /** [u, v, value], u < v */
    edgeBetweenness: [string, string, number][];
    edgeBetweennessWeighted: [string, string, number][];
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

/** the fixture's [u, v, value] rows whose value differs by more than 1e-9 from ours (empty when all agree) */
function mismatches(graph: UndirectedGraph, values: Record<string, number>, rows: [string, string, number][]) {
  expect(Object.keys(values)).toHaveLength(rows.length);
  return rows
    .filter(([u, v, expected]) => !(Math.abs(values[graph.edge(u, v) as string] - expected) <= 1e-9))
    .map(([u, v, expected]) => `${u}–${v}: expected ${expected}, got ${values[graph.edge(u, v) as string]}`);
}

/** ring lattice (3 each side), 10 % rewired: a seeded 2,000-node, 6,000-tie neighbourhood */
function neighbourhood(n: number, seed: number): UndirectedGraph {
  const rng = createRandom(seed);
  const graph = new UndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(`p${i}`);
  for (let i = 0; i < n; i++) {
    for (let d = 1; d <= 3; d++) {
      const j = rng() < 0.1 ? Math.floor(rng() * n) : (i + d) % n;
      if (j !== i && !graph.hasEdge(`p${i}`, `p${j}`)) graph.addEdge(`p${i}`, `p${j}`);
    }
  }
  return graph;
}

describe('edgeBetweenness', () => {
  describe.each(NAMES)('equals NetworkX edge_betweenness_centrality on %s', (name) => {
    const fixture = load(name);
    const graph = graphOf(fixture);

    it('normalised, keyed by edge key', () => {
      const result = edgeBetweenness(graph);
      expect(mismatches(graph, result.values, fixture.expected.edgeBetweenness)).toEqual([]);
      expect(result).toMatchObject({ exact: true, samples: null, errorBound: null });
    });

    it("weighted, with weight as a distance (weight='weight')", () => {
      const values = edgeBetweenness(graph, { weighted: true }).values;
      expect(mismatches(graph, values, fixture.expected.edgeBetweennessWeighted)).toEqual([]);
    });

    it('raw values are the normalised ones times n(n−1)/2 (NetworkX halves instead of normalising)', () => {
      const n = fixture.nodes.length;
      const raw = edgeBetweenness(graph, { normalized: false }).values;
      const rows = fixture.expected.edgeBetweenness.map(
        ([u, v, value]) => [u, v, (value * n * (n - 1)) / 2] as [string, string, number],
      );
      expect(mismatches(graph, raw, rows)).toEqual([]);
    });

    it('sampled with samples = n gives the exact values', () => {
      const result = edgeBetweenness(graph, { samples: fixture.nodes.length, seed: 2 });
      expect(mismatches(graph, result.values, fixture.expected.edgeBetweenness)).toEqual([]);
      expect(result).toMatchObject({ exact: true, errorBound: 0 });
    });
  });

  it('follows NetworkX on a single tie and a path', () => {
    // nx.edge_betweenness_centrality(nx.Graph([('a','b')])) == {('a','b'): 1.0}
    const pair = new UndirectedGraph();
    pair.mergeEdgeWithKey('ab', 'a', 'b');
    expect(edgeBetweenness(pair).values).toEqual({ ab: 1 });
    // nx.edge_betweenness_centrality(nx.path_graph(4), normalized=False) == {(0,1): 3.0, (1,2): 4.0, (2,3): 3.0}
    const path = new UndirectedGraph();
    path.mergeEdgeWithKey('01', '0', '1');
    path.mergeEdgeWithKey('12', '1', '2');
    path.mergeEdgeWithKey('23', '2', '3');
    expect(edgeBetweenness(path, { normalized: false }).values).toEqual({ '01': 3, '12': 4, '23': 3 });
  });

  it('stays within the stated error bound when sampled on a seeded 2,000-node neighbourhood', () => {
    const graph = neighbourhood(2000, 5);
    const exact = edgeBetweenness(graph).values;
    const m = graph.size;
    for (const seed of [1, 2, 3]) {
      const result = edgeBetweenness(graph, { samples: 200, seed });
      const bound = Math.sqrt(Math.log((2 * m) / 0.05) / (2 * 200));
      expect(result).toMatchObject({ exact: false, samples: 200 });
      expect(result.errorBound).toBeCloseTo(bound, 12);
      const error = Math.max(...Object.keys(exact).map((edge) => Math.abs(result.values[edge] - exact[edge])));
      expect(error).toBeLessThanOrEqual(bound);
    }
  });

  it('refuses bad options with namespaced errors', () => {
    const graph = graphOf(load('karate'));
    expect(() => edgeBetweenness(graph, { samples: 35 })).toThrow(
      'graph/edge-betweenness: samples must be a whole number from 1 to the number of nodes (34), got 35',
    );
    expect(() => edgeBetweenness(graph, { confidence: 2 })).toThrow('graph/edge-betweenness: confidence must be');
  });
});
