/**
 * Density of an undirected graph: the share of all possible ties that exist, 2m / (n (n − 1)).
 *
 * Matches NetworkX `nx.density(G)` for an undirected graph: 0 with fewer than two nodes or no edges. Computed by
 * graphology-metrics' `undirectedDensity`, `(2 * m) / (n * (n - 1))`; NetworkX's `m / (n * (n - 1)) * 2` differs
 * only by a power-of-two scaling, which is exact, so the floats agree bit for bit.
 */
import type { AbstractGraph } from 'graphology-types';
import { undirectedDensity } from 'graphology-metrics/graph/density';

export function density(graph: AbstractGraph): number {
  if (graph.directedSize > 0) {
    throw new Error(`graph/density: expected an undirected graph, got ${graph.directedSize} directed edge(s)`);
  }
  return undirectedDensity(graph);
}
