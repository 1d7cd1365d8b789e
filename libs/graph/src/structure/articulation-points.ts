/**
 * Articulation points (cut vertices): people whose removal splits their component — a single point of failure
 * (DESIGN.md).
 *
 * Matches NetworkX `nx.articulation_points(G)` as a set. Tarjan's low-link DFS, iterative (no recursion), O(n + m):
 * a non-root node is a cut vertex iff some DFS child has `low[child] >= disc[node]`; a DFS root iff it has two or
 * more children. Returned in graphology's node order.
 */
import type { AbstractGraph } from 'graphology-types';
import { toAdjacency } from '../graph/adjacency';
import { lowLink } from './low-link';

export function articulationPoints(graph: AbstractGraph): string[] {
  const adjacency = toAdjacency(graph, 'graph/articulation-points');
  const { isArticulation } = lowLink(adjacency);
  return adjacency.nodes.filter((_node, v) => isArticulation[v] === 1);
}
