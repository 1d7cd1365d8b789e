import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import { buildGraph } from '../graph/build-graph';
import { modularity } from './modularity';

/** NetworkX 2.8.8 reference values, made by tools/graph-fixtures/make_networkx_fixtures.py */
interface Fixture {
  nodes: string[];
  edges: [string, string, number][];
  expected: {
    fixedPartition: string[][];
    /** NetworkX's default, weight='weight' (so equal to the next one) */
    fixedPartitionModularity: number;
    fixedPartitionModularityWeighted: number;
    fixedPartitionModularityUnweighted: number;
    /** weight='weight', resolution=0.5 */
    fixedPartitionModularityHalfResolution: number;
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

function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9);
}

describe('modularity', () => {
  describe.each(NAMES)('equals NetworkX community.modularity of the fixed partition on %s', (name) => {
    const fixture = load(name);
    const graph = graphOf(fixture);
    const partition = fixture.expected.fixedPartition;

    it('weighted by default, as NetworkX', () => {
      expectClose(modularity(graph, partition), fixture.expected.fixedPartitionModularity);
      expectClose(modularity(graph, partition, { weighted: true }), fixture.expected.fixedPartitionModularityWeighted);
    });

    it('unweighted (weight=None)', () => {
      expectClose(
        modularity(graph, partition, { weighted: false }),
        fixture.expected.fixedPartitionModularityUnweighted,
      );
    });

    it('at resolution 0.5', () => {
      expectClose(
        modularity(graph, partition, { resolution: 0.5 }),
        fixture.expected.fixedPartitionModularityHalfResolution,
      );
    });

    it('takes the same partition as { node: community }, with numbers or strings', () => {
      const byNumber = Object.fromEntries(partition.flatMap((members, c) => members.map((node) => [node, c])));
      const byName = Object.fromEntries(partition.flatMap((members, c) => members.map((node) => [node, `c${c}`])));
      expectClose(modularity(graph, byNumber), fixture.expected.fixedPartitionModularity);
      expectClose(modularity(graph, byName, { weighted: false }), fixture.expected.fixedPartitionModularityUnweighted);
    });
  });

  it("matches NetworkX's docstring example and is NaN without ties", () => {
    // nx.community.modularity(nx.barbell_graph(3, 0), [{0, 1, 2}, {3, 4, 5}]) == 0.35714285714285715
    const barbell = new UndirectedGraph();
    for (const [s, t] of [
      ['0', '1'],
      ['0', '2'],
      ['1', '2'],
      ['2', '3'],
      ['3', '4'],
      ['3', '5'],
      ['4', '5'],
    ]) {
      barbell.mergeEdge(s, t);
    }
    expectClose(
      modularity(barbell, [
        ['0', '1', '2'],
        ['3', '4', '5'],
      ]),
      0.35714285714285715,
    );
    const lonely = new UndirectedGraph();
    lonely.addNode('a');
    expect(modularity(lonely, { a: 0 })).toBeNaN();
  });

  it('refuses what is not a partition of the nodes, and bad options, with namespaced errors', () => {
    const graph = new UndirectedGraph();
    graph.mergeEdge('a', 'b');
    graph.mergeEdge('b', 'c');
    expect(() => modularity(graph, [['a', 'b']])).toThrow(
      'graph/modularity: not a partition — node "c" is in no community',
    );
    expect(() =>
      modularity(graph, [
        ['a', 'b'],
        ['b', 'c'],
      ]),
    ).toThrow('graph/modularity: node "b" is in two communities');
    expect(() => modularity(graph, [['a', 'b', 'c', 'x']])).toThrow('graph/modularity: node "x" is not in the graph');
    expect(() => modularity(graph, { a: 0, b: 0 })).toThrow('graph/modularity: not a partition');
    expect(() => modularity(graph, { a: 0, b: 0, c: true as unknown as number })).toThrow(
      'graph/modularity: the community of "c" must be a number or a string',
    );
    expect(() => modularity(graph, [['a', 'b', 'c']], { resolution: -1 })).toThrow(
      'graph/modularity: resolution must be a number ≥ 0',
    );
  });
});
