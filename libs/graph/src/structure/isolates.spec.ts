import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import { buildGraph } from '../graph/build-graph';
import { isolates } from './isolates';

/** NetworkX 2.8.8 reference values, made by tools/graph-fixtures/make_networkx_fixtures.py */
interface Fixture {
  nodes: string[];
  edges: [string, string, number][];
  expected: { isolates: string[] };
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

describe('isolates', () => {
  it.each(['karate', 'florentine', 'bridges-sample'])('equals NetworkX nx.isolates on %s', (name) => {
    const fixture = load(name);
    expect(isolates(graphOf(fixture)).sort()).toEqual(fixture.expected.isolates);
  });

  it('finds the Pucci family, which has no marriage tie (Padgett)', () => {
    expect(isolates(graphOf(load('florentine')))).toEqual(['Pucci']);
  });

  it('gives every node of an edgeless graph and nothing for an empty one', () => {
    const graph = new UndirectedGraph();
    expect(isolates(graph)).toEqual([]);
    graph.addNode('a');
    graph.addNode('b');
    expect(isolates(graph)).toEqual(['a', 'b']);
  });
});
