import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import { buildGraph } from '../graph/build-graph';
import { createRandom } from '../random';
import { averageClustering, clustering, transitivity } from './clustering';

/** NetworkX 2.8.8 reference values, made by tools/graph-fixtures/make_networkx_fixtures.py */
interface Fixture {
  nodes: string[];
  edges: [string, string, number][];
  expected: {
    clustering: Record<string, number>;
    clusteringWeighted: Record<string, number>;
    averageClustering: number;
    transitivity: number;
  };
}

function load(name: string): Fixture {
  return JSON.parse(readFileSync(join(__dirname, '../testing/fixtures', `${name}.json`), 'utf8')) as Fixture;
}

function graphOf(fixture: Fixture) {
  return buildGraph({
    nodes: fixture.nodes,
    edges: fixture.edges.map(([source, target, weight]) => ({ source, target, weight })),
  });
}

function expectClose(actual: Record<string, number>, expected: Record<string, number>): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [node, value] of Object.entries(expected)) {
    if (Math.abs(actual[node] - value) > 1e-9) {
      throw new Error(`${node}: expected ${value}, got ${actual[node]}`);
    }
  }
}

const NAMES = ['karate', 'florentine', 'bridges-sample'];

describe('clustering', () => {
  it.each(NAMES)('equals NetworkX nx.clustering(G) on %s to 1e-9', (name) => {
    const fixture = load(name);
    expectClose(clustering(graphOf(fixture)), fixture.expected.clustering);
  });

  it.each(NAMES)('equals NetworkX nx.clustering(G, weight="weight") on %s to 1e-9 (Onnela)', (name) => {
    const fixture = load(name);
    expectClose(clustering(graphOf(fixture), { weighted: true }), fixture.expected.clusteringWeighted);
  });

  it('the karate club’s interaction counts change the weighted coefficients (the weighted test is not trivial)', () => {
    const fixture = load('karate');
    const plain = fixture.expected.clustering;
    const weighted = fixture.expected.clusteringWeighted;
    expect(Object.keys(plain).filter((node) => Math.abs(plain[node] - weighted[node]) > 1e-3).length).toBeGreaterThan(
      20,
    );
  });

  it('works a weighted triangle by hand', () => {
    // weights 1, 2, 4; max 4, so normalised 1/4, 1/2, 1; geometric mean (1/8)^(1/3) = 1/2;
    // each corner has degree 2 and one triangle: c = 2 · 1/2 / (2 · 1) = 1/2; unweighted c = 1
    const graph = buildGraph({
      edges: [
        { source: 'a', target: 'b', weight: 1 },
        { source: 'b', target: 'c', weight: 2 },
        { source: 'c', target: 'a', weight: 4 },
        { source: 'c', target: 'd', weight: 4 },
      ],
    });
    const weighted = clustering(graph, { weighted: true });
    expect(weighted['a']).toBeCloseTo(0.5, 12);
    expect(weighted['b']).toBeCloseTo(0.5, 12);
    // c has degree 3: 2 · 1/2 / (3 · 2) = 1/6; d has degree 1: 0
    expect(weighted['c']).toBeCloseTo(1 / 6, 12);
    expect(weighted['d']).toBe(0);
    expect(clustering(graph)).toEqual({ a: 1, b: 1, c: 1 / 3, d: 0 });
  });

  it('agrees with a direct count of linked neighbour pairs on seeded random graphs', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const random = createRandom(seed);
      const graph = new UndirectedGraph();
      for (let i = 0; i < 25; i++) graph.addNode(`n${i}`);
      for (let k = 0; k < 90; k++) {
        const a = Math.floor(random() * 25);
        const b = Math.floor(random() * 25);
        if (a !== b) graph.mergeEdge(`n${a}`, `n${b}`);
      }
      const direct: Record<string, number> = {};
      graph.forEachNode((v) => {
        const nbrs = graph.neighbors(v);
        let links = 0;
        for (let i = 0; i < nbrs.length; i++) {
          for (let j = i + 1; j < nbrs.length; j++) if (graph.areNeighbors(nbrs[i], nbrs[j])) links++;
        }
        direct[v] = nbrs.length < 2 ? 0 : (2 * links) / (nbrs.length * (nbrs.length - 1));
      });
      expectClose(clustering(graph), direct);
    }
  });
});

describe('averageClustering', () => {
  it.each(NAMES)('equals NetworkX nx.average_clustering(G) on %s to 1e-9', (name) => {
    const fixture = load(name);
    expect(Math.abs(averageClustering(graphOf(fixture)) - fixture.expected.averageClustering)).toBeLessThanOrEqual(
      1e-9,
    );
  });

  it('averages the weighted coefficients and can leave out zeros (NetworkX count_zeros=False)', () => {
    const fixture = load('florentine');
    const weighted = Object.values(fixture.expected.clusteringWeighted);
    const nonZero = Object.values(fixture.expected.clustering).filter((c) => c > 0);
    const graph = graphOf(fixture);
    expect(averageClustering(graph, { weighted: true })).toBeCloseTo(
      weighted.reduce((s, c) => s + c, 0) / weighted.length,
      12,
    );
    expect(averageClustering(graph, { countZeros: false })).toBeCloseTo(
      nonZero.reduce((s, c) => s + c, 0) / nonZero.length,
      12,
    );
    expect(nonZero.length).toBeLessThan(weighted.length);
  });

  it('is 0 for an empty graph (NetworkX would divide by zero)', () => {
    expect(averageClustering(new UndirectedGraph())).toBe(0);
  });
});

describe('transitivity', () => {
  it.each(NAMES)('equals NetworkX nx.transitivity(G) on %s to 1e-9', (name) => {
    const fixture = load(name);
    expect(Math.abs(transitivity(graphOf(fixture)) - fixture.expected.transitivity)).toBeLessThanOrEqual(1e-9);
  });

  it('is 0 without triangles, e.g. a star of 10,000 (and stays fast there)', () => {
    const graph = new UndirectedGraph();
    for (let i = 0; i < 10_000; i++) graph.mergeEdge('hub', `leaf${i}`);
    expect(transitivity(graph)).toBe(0);
    expect(clustering(graph)['hub']).toBe(0);
  });
});
