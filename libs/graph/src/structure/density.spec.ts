import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph, { UndirectedGraph } from 'graphology';
import { buildGraph } from '../graph/build-graph';
import { density } from './density';

/** NetworkX 2.8.8 reference values, made by tools/graph-fixtures/make_networkx_fixtures.py */
interface Fixture {
  nodes: string[];
  edges: [string, string, number][];
  expected: { density: number };
}

function load(name: string): Fixture {
  return JSON.parse(readFileSync(join(__dirname, '../testing/fixtures', `${name}.json`), 'utf8')) as Fixture;
}

describe('density', () => {
  it.each(['karate', 'florentine', 'bridges-sample'])('equals NetworkX nx.density on %s to 1e-9', (name) => {
    const fixture = load(name);
    const graph = buildGraph({
      nodes: fixture.nodes,
      edges: fixture.edges.map(([source, target, weight]) => ({ source, target, weight })),
    });
    expect(Math.abs(density(graph) - fixture.expected.density)).toBeLessThanOrEqual(1e-9);
  });

  it('is 0 with fewer than two nodes or no edges, as NetworkX', () => {
    const graph = new UndirectedGraph();
    expect(density(graph)).toBe(0);
    graph.addNode('a');
    expect(density(graph)).toBe(0);
    graph.addNode('b');
    expect(density(graph)).toBe(0);
    graph.addEdge('a', 'b');
    expect(density(graph)).toBe(1);
  });

  it('refuses a directed graph', () => {
    const graph = new Graph();
    graph.addNode('a');
    graph.addNode('b');
    graph.addDirectedEdge('a', 'b');
    expect(() => density(graph)).toThrow('graph/density: expected an undirected graph');
  });
});
