import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import { buildGraph } from '../graph/build-graph';
import { effectiveSize } from './effective-size';

/** NetworkX 2.8.8 reference values, made by tools/graph-fixtures/make_networkx_fixtures.py (null = NaN) */
interface Fixture {
  nodes: string[];
  edges: [string, string, number][];
  expected: {
    effectiveSize: Record<string, number | null>;
    effectiveSizeWeighted: Record<string, number | null>;
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

describe('effectiveSize', () => {
  describe.each(NAMES)('equals NetworkX effective_size on %s', (name) => {
    const fixture = load(name);
    const graph = graphOf(fixture);

    it("unweighted (default, weight=None: Borgatti's n − 2t/n), isolates null", () => {
      const result = effectiveSize(graph);
      expect(mismatches(result, fixture.expected.effectiveSize)).toEqual([]);
      for (const node of fixture.expected.isolates) expect(result[node]).toBeNull();
    });

    it("weighted (weight='weight': Burt's redundancy formula)", () => {
      expect(mismatches(effectiveSize(graph, { weighted: true }), fixture.expected.effectiveSizeWeighted)).toEqual([]);
    });
  });

  it('gives a star centre k and a triangle corner 1', () => {
    // nx.effective_size(nx.star_graph(4)) == {0: 4.0, 1: 1.0, ...}; a triangle: 2 − 2·1/2 = 1
    const star = new UndirectedGraph();
    for (const leaf of ['1', '2', '3', '4']) star.mergeEdge('0', leaf);
    expect(effectiveSize(star)).toEqual({ 0: 4, 1: 1, 2: 1, 3: 1, 4: 1 });
    const triangle = new UndirectedGraph();
    triangle.mergeEdge('a', 'b');
    triangle.mergeEdge('b', 'c');
    triangle.mergeEdge('c', 'a');
    expect(effectiveSize(triangle)).toEqual({ a: 1, b: 1, c: 1 });
    // with equal weights Burt's formula agrees with Borgatti's
    expect(effectiveSize(triangle, { weighted: true })).toEqual({ a: 1, b: 1, c: 1 });
  });

  it('refuses bad options with namespaced errors', () => {
    const graph = new UndirectedGraph();
    graph.mergeEdge('a', 'b', { weight: 'strong' });
    expect(() => effectiveSize(graph, { weighted: true })).toThrow(
      'graph/effective-size: the tie a–b has weight strong; weights must be positive numbers',
    );
    expect(() => effectiveSize(graph, { weighted: null as unknown as boolean })).toThrow(
      'graph/effective-size: weighted must be true or false',
    );
  });
});
