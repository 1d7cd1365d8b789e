import { buildGraph, type EdgeInput } from '../graph/build-graph';
import { eiIndex } from '../groups/e-i-index';
import { createRandom } from '../random';
import { articulationPoints } from './articulation-points';
import { bridges } from './bridges';
import { averageClustering, clustering, transitivity } from './clustering';
import { componentSummary, connectedComponents } from './components';
import { density } from './density';
import { isolates } from './isolates';
import { localBridges } from './local-bridges';
import { weakTies } from './weak-ties';

/**
 * Smoke check only (real timings belong in tools/bench): every structural figure on a seeded neighbourhood of
 * 10,000 people and about 50,000 ties finishes, together, well within a generous bound — and does not overflow
 * the stack. The neighbourhood: 200 streets of 50; on each street everyone knows the next three neighbours
 * (clustering), plus random acquaintances on the street and across streets; every 25th person has no tie.
 */
function neighbourhood(seed: number) {
  const random = createRandom(seed);
  const people = 10_000;
  const streetSize = 50;
  const pick = (n: number) => Math.floor(random() * n);
  const weight = () => 1 + pick(5);
  const isolated = (i: number) => i % 25 === 0;
  const edges: EdgeInput[] = [];
  const add = (a: number, b: number) => {
    if (a !== b && !isolated(a) && !isolated(b)) edges.push({ source: `p${a}`, target: `p${b}`, weight: weight() });
  };
  for (let i = 0; i < people; i++) {
    const street = Math.floor(i / streetSize) * streetSize;
    for (let k = 1; k <= 3; k++) add(i, street + ((i - street + k) % streetSize));
  }
  for (let k = 0; k < 16_000; k++) {
    const a = pick(people);
    add(a, Math.floor(a / streetSize) * streetSize + pick(streetSize));
  }
  for (let k = 0; k < 6_000; k++) add(pick(people), pick(people));
  const nodes = Array.from({ length: people }, (_, i) => `p${i}`);
  return buildGraph({ nodes, edges });
}

describe('structural figures on 10,000 people and ~50,000 ties', () => {
  it('all finish together within a generous bound (smoke check, not a benchmark)', () => {
    const graph = neighbourhood(2024);
    expect(graph.order).toBe(10_000);
    expect(graph.size).toBeGreaterThan(45_000);
    const street = (node: string) => String(Math.floor(Number(node.slice(1)) / 50));

    const start = performance.now();
    const figures = {
      isolates: isolates(graph),
      components: connectedComponents(graph),
      summary: componentSummary(graph),
      bridges: bridges(graph),
      localBridges: localBridges(graph),
      articulationPoints: articulationPoints(graph),
      density: density(graph),
      clustering: clustering(graph),
      clusteringWeighted: clustering(graph, { weighted: true }),
      averageClustering: averageClustering(graph),
      transitivity: transitivity(graph),
      weakTies: weakTies(graph, { groupings: { street } }),
      eiIndex: eiIndex(graph, street),
    };
    const elapsed = performance.now() - start;

    expect(elapsed).toBeLessThan(5_000);
    expect(figures.isolates).toHaveLength(400);
    expect(figures.summary.count).toBe(figures.components.length);
    expect(figures.weakTies.length).toBeGreaterThan(15_000);
    expect(figures.localBridges.every((b) => b.span === null || b.span >= 3)).toBe(true);
    expect(figures.transitivity).toBeGreaterThan(0);
  });
});
