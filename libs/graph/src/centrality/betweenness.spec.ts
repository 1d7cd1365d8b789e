import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { buildGraph } from '../graph/build-graph';
import { createRandom } from '../random';
import { betweenness, hoeffdingBound } from './betweenness';

/** NetworkX 2.8.8 reference values, made by tools/graph-fixtures/make_networkx_fixtures.py */
interface Fixture {
  nodes: string[];
  edges: [string, string, number][];
  expected: {
    betweenness: Record<string, number>;
    betweennessRaw: Record<string, number>;
    betweennessWeighted: Record<string, number>;
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

/** the nodes whose value differs by more than `tolerance` (empty when all agree) */
function mismatches(actual: Record<string, number>, expected: Record<string, number>, tolerance = 1e-9): string[] {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  return Object.keys(expected)
    .filter((key) => !(Math.abs(actual[key] - expected[key]) <= tolerance))
    .map((key) => `${key}: expected ${expected[key]}, got ${actual[key]}`);
}

function maxError(actual: Record<string, number>, expected: Record<string, number>): number {
  return Math.max(...Object.keys(expected).map((key) => Math.abs(actual[key] - expected[key])));
}

/**
 * A seeded synthetic neighbourhood: a ring lattice (each person tied to the 3 nearest on either side:
 * streets), 10 % of ties rewired at random, a third of those to one of 10 connectors (Watts–Strogatz
 * with hubs), and 2 % isolated people. n = 2,000 gives about 5,900 ties.
 */
function neighbourhood(n: number, seed: number): UndirectedGraph {
  const rng = createRandom(seed);
  const graph = new UndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(`p${i}`);
  const isolated = Array.from({ length: n }, () => rng() < 0.02);
  const hubs = Array.from({ length: 10 }, () => Math.floor(rng() * n)).filter((hub) => !isolated[hub]);
  for (let i = 0; i < n; i++) {
    for (let d = 1; d <= 3; d++) {
      let j = (i + d) % n;
      if (rng() < 0.1) j = rng() < 0.33 ? hubs[Math.floor(rng() * hubs.length)] : Math.floor(rng() * n);
      if (j === i || isolated[i] || isolated[j] || graph.hasEdge(`p${i}`, `p${j}`)) continue;
      graph.addEdge(`p${i}`, `p${j}`, { weight: 1 + (j % 5) });
    }
  }
  return graph;
}

describe('betweenness', () => {
  describe.each(NAMES)('equals NetworkX betweenness_centrality on %s', (name) => {
    const fixture = load(name);
    const graph = graphOf(fixture);

    it('normalised (default), exactly', () => {
      const result = betweenness(graph);
      expect(mismatches(result.values, fixture.expected.betweenness)).toEqual([]);
      expect(result).toMatchObject({ exact: true, samples: null, errorBound: null });
    });

    it('raw (normalized: false)', () => {
      expect(mismatches(betweenness(graph, { normalized: false }).values, fixture.expected.betweennessRaw)).toEqual([]);
    });

    it("weighted, with weight as a distance (weight='weight')", () => {
      const result = betweenness(graph, { weighted: true });
      expect(mismatches(result.values, fixture.expected.betweennessWeighted)).toEqual([]);
    });

    it('sampled with samples = n: every node is a pivot, so the exact values', () => {
      const n = fixture.nodes.length;
      const result = betweenness(graph, { samples: n, seed: 3 });
      expect(mismatches(result.values, fixture.expected.betweenness)).toEqual([]);
      expect(result).toMatchObject({ exact: true, samples: n, errorBound: 0 });
      const raw = betweenness(graph, { samples: n, normalized: false, rng: createRandom(9) });
      expect(mismatches(raw.values, fixture.expected.betweennessRaw)).toEqual([]);
    });
  });

  it('follows NetworkX on tiny graphs: no rescaling for n ≤ 2, nothing for an empty graph', () => {
    // nx.betweenness_centrality(nx.Graph([('a','b')])) == {'a': 0.0, 'b': 0.0}
    const pair = new UndirectedGraph();
    pair.mergeEdge('a', 'b');
    expect(betweenness(pair).values).toEqual({ a: 0, b: 0 });
    expect(betweenness(new UndirectedGraph())).toEqual({ values: {}, exact: true, samples: null, errorBound: null });
    // nx.betweenness_centrality(nx.path_graph(4), normalized=False) == {0: 0.0, 1: 2.0, 2: 2.0, 3: 0.0}
    const path = new UndirectedGraph();
    path.mergeEdge('0', '1');
    path.mergeEdge('1', '2');
    path.mergeEdge('2', '3');
    expect(betweenness(path, { normalized: false }).values).toEqual({ 0: 0, 1: 2, 2: 2, 3: 0 });
  });

  it('lets one pivot contribute up to n/(n−1), not 1: the range in the error bound', () => {
    // star with 4 leaves: from a leaf, the centre carries the paths to the 3 other leaves (δ = n − 2), so
    // the estimate from that single pivot is n · 3/((n−1)(n−2)) = 5/4, while the exact value is 1
    const star = new UndirectedGraph();
    for (const leaf of ['1', '2', '3', '4']) star.mergeEdge('0', leaf);
    expect(betweenness(star).values['0']).toBe(1);
    const onePivot = betweenness(star, { samples: 1, rng: () => 0.99 });
    expect(onePivot.values['0']).toBeCloseTo(5 / 4, 12);
    expect(onePivot.errorBound).toBeCloseTo(hoeffdingBound(5 / 4, 5, 1, 0.95), 12);
  });

  describe('sampled approximation (Brandes & Pich 2007) on a seeded 2,000-node neighbourhood', () => {
    const graph = neighbourhood(2000, 11);
    const n = graph.order;
    const exact = betweenness(graph).values;
    const exactRaw = betweenness(graph, { normalized: false }).values;

    it.each([1, 2, 3, 4, 5])('stays within the stated error bound with 200 pivots (seed %i)', (seed) => {
      const result = betweenness(graph, { samples: 200, seed });
      const bound = (n / (n - 1)) * Math.sqrt(Math.log((2 * n) / 0.05) / (2 * 200));
      expect(result.exact).toBe(false);
      expect(result.samples).toBe(200);
      expect(result.errorBound).toBeCloseTo(bound, 12);
      expect(maxError(result.values, exact)).toBeLessThanOrEqual(bound);
    });

    it('scales the bound with the values when they are raw', () => {
      const result = betweenness(graph, { samples: 200, normalized: false, confidence: 0.99 });
      const bound = hoeffdingBound(n / (n - 1), n, 200, 0.99) * (((n - 1) * (n - 2)) / 2);
      expect(result.errorBound).toBeCloseTo(bound, 6);
      expect(maxError(result.values, exactRaw)).toBeLessThanOrEqual(bound);
    });

    it('is unbiased: the mean of many estimates approaches the exact values', () => {
      const runs = 20;
      const mean: Record<string, number> = Object.fromEntries(Object.keys(exact).map((key) => [key, 0]));
      for (let seed = 1; seed <= runs; seed++) {
        const values = betweenness(graph, { samples: 100, seed }).values;
        for (const key of Object.keys(mean)) mean[key] += values[key] / runs;
      }
      // 20 × 100 pivots: far tighter than one run of 100
      expect(maxError(mean, exact)).toBeLessThan(maxError(betweenness(graph, { samples: 100, seed: 1 }).values, exact));
    });

    it('samples above exactUpTo nodes, with a seed- or rng-determined and repeatable draw', () => {
      const bySize = betweenness(graph, { exactUpTo: 1000 });
      expect(bySize.exact).toBe(false);
      expect(bySize.samples).toBe(1000);
      expect(maxError(bySize.values, exact)).toBeLessThanOrEqual(bySize.errorBound as number);
      expect(betweenness(graph, { samples: 50, seed: 4 }).values).toEqual(
        betweenness(graph, { samples: 50, rng: createRandom(4) }).values,
      );
      expect(betweenness(graph, { samples: 50, seed: 4 }).values).not.toEqual(
        betweenness(graph, { samples: 50, seed: 5 }).values,
      );
      let calls = 0;
      const counting = createRandom(1);
      betweenness(graph, {
        samples: 50,
        rng: () => {
          calls++;
          return counting();
        },
      });
      expect(calls).toBe(50);
    });
  });

  it('refuses bad options and graphs with namespaced errors', () => {
    const graph = graphOf(load('florentine'));
    expect(() => betweenness(graph, { samples: 0 })).toThrow(
      'graph/betweenness: samples must be a whole number from 1 to the number of nodes (16), got 0',
    );
    expect(() => betweenness(graph, { samples: 17 })).toThrow('graph/betweenness: samples must be');
    expect(() => betweenness(graph, { samples: 2.5 })).toThrow('graph/betweenness: samples must be');
    expect(() => betweenness(graph, { confidence: 1 })).toThrow('graph/betweenness: confidence must be');
    expect(() => betweenness(graph, { confidence: 0 })).toThrow('graph/betweenness: confidence must be');
    expect(() => betweenness(graph, { exactUpTo: -1 })).toThrow('graph/betweenness: exactUpTo must be');
    expect(() => betweenness(graph, { seed: 0.5 })).toThrow('graph/betweenness: seed must be');
    expect(() => betweenness(graph, { normalized: 'yes' as unknown as boolean })).toThrow(
      'graph/betweenness: normalized must be true or false',
    );
    expect(() => betweenness(graph, { weighted: 1 as unknown as boolean })).toThrow(
      'graph/betweenness: weighted must be true or false',
    );
    expect(() => betweenness(graph, { rng: 3 as unknown as () => number })).toThrow('graph/betweenness: rng must be');

    const directed = new DirectedGraph();
    directed.mergeEdge('a', 'b');
    expect(() => betweenness(directed)).toThrow('graph/betweenness: expected an undirected graph');
    const zero = new UndirectedGraph();
    zero.mergeEdge('a', 'b', { weight: 0 });
    expect(() => betweenness(zero, { weighted: true })).toThrow(
      'graph/betweenness: the tie a–b has weight 0; weights must be positive numbers',
    );
    expect(betweenness(zero).values).toEqual({ a: 0, b: 0 });
  });
});
