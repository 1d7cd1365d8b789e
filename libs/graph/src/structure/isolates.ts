/**
 * Isolates: people without any tie (degree 0) — DESIGN.md "isolated: degree 0 among social ties valid at asOf".
 *
 * Matches NetworkX `nx.isolates(G)` (nodes of degree 0), in graphology's node order. Self-loops are refused by
 * the other structural algorithms; here graphology's degree counts a self-loop twice, as NetworkX's does, so a
 * node with only a self-loop is not an isolate in either.
 */
import type { AbstractGraph } from 'graphology-types';

export function isolates(graph: AbstractGraph): string[] {
  const result: string[] = [];
  graph.forEachNode((node) => {
    if (graph.degree(node) === 0) result.push(node);
  });
  return result;
}
