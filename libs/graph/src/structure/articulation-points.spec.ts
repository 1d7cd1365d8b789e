import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import { buildGraph } from '../graph/build-graph';
import { createRandom } from '../random';
import { articulationPoints } from './articulation-points';

/** NetworkX 2.8.8 reference values, made by tools/graph-fixtures/make_networkx_fixtures.py */
interface Fixture {
  nodes: string[];
  edges: [string, string, number][];
  expected: { articulationPoints: string[] };
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

function componentCount(graph: UndirectedGraph, without: string | null): number {
  const seen = new Set<string>(without === null ? [] : [without]);
  let count = 0;
  graph.forEachNode((root) => {
    if (seen.has(root)) return;
    count++;
    seen.add(root);
    const stack = [root];
    while (stack.length > 0) {
      for (const y of graph.neighbors(stack.pop() as string)) {
        if (!seen.has(y)) {
          seen.add(y);
          stack.push(y);
        }
      }
    }
  });
  return count;
}

/** Definition, by brute force: removing a cut vertex (which has ties) leaves more components than before. */
function bruteForceArticulationPoints(graph: UndirectedGraph): string[] {
  const before = componentCount(graph, null);
  return graph.filterNodes((node) => graph.degree(node) > 0 && componentCount(graph, node) > before);
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

describe('articulationPoints', () => {
  it.each(['karate', 'florentine', 'bridges-sample'])(
    'equals NetworkX nx.articulation_points on %s, as a set',
    (name) => {
      const fixture = load(name);
      expect(articulationPoints(graphOf(fixture)).sort()).toEqual(fixture.expected.articulationPoints);
    },
  );

  it('agrees with the definition on 40 seeded random sparse graphs', () => {
    let found = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const graph = randomGraph(seed, 30, 20 + seed);
      const result = articulationPoints(graph);
      expect(result.sort()).toEqual(bruteForceArticulationPoints(graph).sort());
      found += result.length;
    }
    // the sample is informative: many cut vertices among the 1,200 nodes, far from all
    expect(found).toBeGreaterThan(100);
    expect(found).toBeLessThan(1_000);
  });

  it('walks a 10,000-node path without overflowing the stack: all but the two ends are cut vertices', () => {
    const graph = new UndirectedGraph();
    for (let i = 1; i < 10_000; i++) graph.mergeEdge(`p${i - 1}`, `p${i}`);
    expect(articulationPoints(graph)).toHaveLength(9_998);
  });

  it('counts a DFS root only when it has two children: the centre of a star, not a triangle corner', () => {
    const star = buildGraph({
      edges: [
        { source: 'hub', target: 'a' },
        { source: 'hub', target: 'b' },
      ],
    });
    expect(articulationPoints(star)).toEqual(['hub']);
    star.addEdge('a', 'b');
    expect(articulationPoints(star)).toEqual([]);
  });
});
