/**
 * Bridges: ties whose removal increases the number of connected components (DESIGN.md) — the only link between
 * two parts of a neighbourhood.
 *
 * Matches NetworkX `nx.bridges(G)` as a set of pairs. NetworkX finds them by chain decomposition; here Tarjan's
 * low-link DFS (an edge parent → child of the DFS tree is a bridge iff `low[child] > disc[parent]`), iterative,
 * O(n + m) — the same set of edges. Pairs are given as graphology stores them, in graphology's edge order.
 */
import type { AbstractGraph } from 'graphology-types';
import { toAdjacency } from '../graph/adjacency';
import { lowLink } from './low-link';

export function bridges(graph: AbstractGraph): [string, string][] {
  const adjacency = toAdjacency(graph, 'graph/bridges');
  const { isBridge } = lowLink(adjacency);
  const { nodes, edgeSource, edgeTarget } = adjacency;
  const result: [string, string][] = [];
  for (let e = 0; e < isBridge.length; e++) {
    if (isBridge[e]) result.push([nodes[edgeSource[e]], nodes[edgeTarget[e]]]);
  }
  return result;
}
