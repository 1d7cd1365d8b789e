import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import { buildGraph } from '../graph/build-graph';
import { createRandom } from '../random';
import { localBridges } from './local-bridges';

/** NetworkX 2.8.8 reference values, made by tools/graph-fixtures/make_networkx_fixtures.py */
interface Fixture {
  nodes: string[];
  edges: [string, string, number][];
  /** [u, v, span], ends sorted; span null where NetworkX gives inf */
  expected: { localBridges: [string, string, number | null][] };
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

type Row = [string, string, number | null];

function asSet(rows: Row[]): Row[] {
  return rows
    .map(([u, v, span]): Row => (u < v ? [u, v, span] : [v, u, span]))
    .sort((a, b) => (a[0] + '\u0000' + a[1] < b[0] + '\u0000' + b[1] ? -1 : 1));
}

function rows(graph: UndirectedGraph): Row[] {
  return localBridges(graph).map(({ source, target, span }): Row => [source, target, span]);
}

/** Definition, by brute force: no common neighbour; span by a plain BFS from u to v without the edge u–v. */
function bruteForce(graph: UndirectedGraph): Row[] {
  const result: Row[] = [];
  graph.forEachEdge((_edge, _attributes, u, v) => {
    const common = graph.neighbors(u).some((w) => graph.areNeighbors(w, v));
    if (common) return;
    const distance = new Map([[u, 0]]);
    const queue = [u];
    while (queue.length > 0 && !distance.has(v)) {
      const x = queue.shift() as string;
      for (const y of graph.neighbors(x)) {
        if ((x === u && y === v) || distance.has(y)) continue;
        distance.set(y, (distance.get(x) as number) + 1);
        queue.push(y);
      }
    }
    result.push([u, v, distance.get(v) ?? null]);
  });
  return result;
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

describe('localBridges', () => {
  it.each(['karate', 'florentine', 'bridges-sample'])(
    'equals NetworkX nx.local_bridges(G, with_span=True) on %s, spans included (inf as null)',
    (name) => {
      const fixture = load(name);
      expect(asSet(rows(graphOf(fixture)))).toEqual(asSet(fixture.expected.localBridges));
    },
  );

  it('agrees with the definition on 40 seeded random graphs, sparse to clustered', () => {
    const spans = new Map<number | null, number>();
    let edges = 0;
    let found = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const graph = randomGraph(seed, 40, 30 + 3 * seed);
      const result = rows(graph);
      expect(asSet(result)).toEqual(asSet(bruteForce(graph)));
      for (const [, , span] of result) spans.set(span, (spans.get(span) ?? 0) + 1);
      edges += graph.size;
      found += result.length;
    }
    // the sample is informative: edges on triangles, bridges (null) and several finite spans
    expect(edges - found).toBeGreaterThan(100);
    expect(spans.get(null)).toBeGreaterThan(10);
    expect([3, 4, 5].every((span) => (spans.get(span) ?? 0) > 10)).toBe(true);
  });

  it('gives the span around a long cycle (Granovetter: how far apart the ends would be)', () => {
    // a ring of 12: without one edge its ends are 11 hops apart; no edge is on a triangle
    const graph = new UndirectedGraph();
    for (let i = 0; i < 12; i++) graph.mergeEdge(`r${i}`, `r${(i + 1) % 12}`);
    const result = localBridges(graph);
    expect(result).toHaveLength(12);
    expect(result.every((bridge) => bridge.span === 11)).toBe(true);
  });
});
