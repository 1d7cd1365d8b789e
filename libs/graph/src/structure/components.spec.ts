import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import { buildGraph } from '../graph/build-graph';
import { componentSummary, connectedComponents } from './components';

/** NetworkX 2.8.8 reference values, made by tools/graph-fixtures/make_networkx_fixtures.py */
interface Fixture {
  nodes: string[];
  edges: [string, string, number][];
  expected: { components: string[][]; largestComponentShare: number };
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

describe('connectedComponents and componentSummary', () => {
  it.each(['karate', 'florentine', 'bridges-sample'])(
    'equal NetworkX connected_components and the largest component share on %s',
    (name) => {
      const fixture = load(name);
      const graph = graphOf(fixture);
      // the fixture lists components largest first, then by smallest member, members sorted: our order too
      expect(connectedComponents(graph)).toEqual(fixture.expected.components);
      const summary = componentSummary(graph);
      expect(summary.count).toBe(fixture.expected.components.length);
      expect(summary.sizes).toEqual(fixture.expected.components.map((c) => c.length));
      expect(Math.abs(summary.largestShare - fixture.expected.largestComponentShare)).toBeLessThanOrEqual(1e-9);
    },
  );

  it('orders equal sizes by their smallest member', () => {
    const graph = buildGraph({
      nodes: ['q'],
      edges: [
        { source: 'y', target: 'x' },
        { source: 'b', target: 'c' },
        { source: 'm', target: 'n' },
        { source: 'n', target: 'o' },
      ],
    });
    expect(connectedComponents(graph)).toEqual([['m', 'n', 'o'], ['b', 'c'], ['x', 'y'], ['q']]);
    expect(componentSummary(graph)).toEqual({ count: 4, sizes: [3, 2, 2, 1], largestShare: 3 / 8 });
  });

  it('gives no components and a share of 0 for an empty graph', () => {
    expect(connectedComponents(new UndirectedGraph())).toEqual([]);
    expect(componentSummary(new UndirectedGraph())).toEqual({ count: 0, sizes: [], largestShare: 0 });
  });
});
