/**
 * Ego network: the people within `radius` hops of one person, and the ties among them.
 *
 * Matches NetworkX `ego_graph(G, n, radius, undirected=True)`: every node at hop distance ≤ radius
 * (breadth-first search), and the subgraph those nodes induce — so it includes ties between two
 * of the ego's friends, not only the ties on the shortest paths.
 */
import type { AbstractGraph } from 'graphology-types';

export interface EgoNetworkOptions {
  /** hops from the ego: 1 (direct ties) or more */
  radius: number;
}

export interface EgoNetwork {
  /** node keys with their hop distance from the ego (the ego itself at 0) */
  distances: Map<string, number>;
  /** edge keys of the induced subgraph */
  edges: string[];
}

export const DEFAULTS: EgoNetworkOptions = { radius: 1 };

export function egoNetwork(graph: AbstractGraph, ego: string, options: Partial<EgoNetworkOptions> = {}): EgoNetwork {
  const { radius } = { ...DEFAULTS, ...options };
  if (!Number.isInteger(radius) || radius < 0) {
    throw new Error(`graph/ego-network: radius must be a whole number ≥ 0, got ${radius}`);
  }
  if (!graph.hasNode(ego)) {
    throw new Error(`graph/ego-network: node "${ego}" is not in the graph`);
  }
  const distances = new Map<string, number>([[ego, 0]]);
  let frontier = [ego];
  for (let hop = 1; hop <= radius && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbour) => {
        if (!distances.has(neighbour)) {
          distances.set(neighbour, hop);
          next.push(neighbour);
        }
      });
    }
    frontier = next;
  }
  const edges: string[] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    if (distances.has(source) && distances.has(target)) edges.push(edge);
  });
  return { distances, edges };
}
