import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph, { MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { buildGraph } from '../graph/build-graph';
import { createRandom } from '../random';
import { bridges } from './bridges';

/** NetworkX 2.8.8 reference values, made by tools/graph-fixtures/make_networkx_fixtures.py */
interface Fixture {
  nodes: string[];
  edges: [string, string, number][];
  expected: { bridges: [string, string][] };
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

/** pairs with sorted ends, sorted: compare as sets */
function asSet(pairs: [string, string][]): string[][] {
  return pairs.map((pair) => [...pair].sort()).sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : 1));
}

/** Definition, by brute force: u–v is a bridge iff v cannot be reached from u once u–v is gone. */
function bruteForceBridges(graph: UndirectedGraph): [string, string][] {
  return graph
    .mapEdges((_edge, _attributes, u, v): [string, string] => [u, v])
    .filter(([u, v]) => {
      const seen = new Set([u]);
      const stack = [u];
      while (stack.length > 0) {
        const x = stack.pop() as string;
        for (const y of graph.neighbors(x)) {
          if ((x === u && y === v) || (x === v && y === u) || seen.has(y)) continue;
          seen.add(y);
          stack.push(y);
        }
      }
      return !seen.has(v);
    });
}

function randomGraph(seed: number, n: number, m: number): UndirectedGraph {
  const random = createRandom(seed);
  const graph = new UndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
  for (let k = 0; k < m; k++) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    if (a !== b) graph.mergeEdge(`n${a}`, `n${b}`);
  }
  return graph;
}

describe('bridges', () => {
  it.each(['karate', 'florentine', 'bridges-sample'])('equals NetworkX nx.bridges on %s, as a set', (name) => {
    const fixture = load(name);
    expect(asSet(bridges(graphOf(fixture)))).toEqual(asSet(fixture.expected.bridges));
  });

  it('agrees with the definition on 40 seeded random sparse graphs', () => {
    let found = 0;
    let edges = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const graph = randomGraph(seed, 30, 20 + seed);
      const result = bridges(graph);
      expect(asSet(result)).toEqual(asSet(bruteForceBridges(graph)));
      found += result.length;
      edges += graph.size;
    }
    // the sample is informative: many bridges, and many edges that are not
    expect(found).toBeGreaterThan(100);
    expect(edges - found).toBeGreaterThan(100);
  });

  it('walks a 10,000-node path without overflowing the stack: every edge is a bridge', () => {
    const graph = new UndirectedGraph();
    for (let i = 1; i < 10_000; i++) graph.mergeEdge(`p${i - 1}`, `p${i}`);
    expect(bridges(graph)).toHaveLength(9_999);
    graph.addEdge('p9999', 'p0'); // close the cycle: no bridge left
    expect(bridges(graph)).toEqual([]);
  });

  it('refuses directed graphs, self-loops and parallel edges with a namespaced error', () => {
    const directed = new Graph();
    directed.mergeDirectedEdge('a', 'b');
    expect(() => bridges(directed)).toThrow('graph/bridges: expected an undirected graph');
    const loop = new UndirectedGraph();
    loop.mergeEdge('a', 'a');
    expect(() => bridges(loop)).toThrow('graph/bridges: self-loops are not supported');
    const multi = new MultiUndirectedGraph();
    multi.mergeNode('a');
    multi.mergeNode('b');
    multi.addEdge('a', 'b');
    expect(bridges(multi)).toEqual([['a', 'b']]);
    multi.addEdge('b', 'a');
    expect(() => bridges(multi)).toThrow('graph/bridges: parallel edges are not supported');
  });
});
