/**
 * Tarjan's low-link depth-first search (Hopcroft & Tarjan 1973), shared by `bridges` and `articulationPoints`
 * (internal to libs/graph).
 *
 * One DFS forest over the compressed adjacency, with an explicit stack (no recursion, so a path of 10,000 people
 * does not overflow the call stack). For every tree edge parent → child:
 * - the edge is a bridge when `low[child] > disc[parent]` (no back edge from child's subtree reaches parent or
 *   above);
 * - a non-root parent is an articulation point when `low[child] >= disc[parent]`; a root is one when it has two or
 *   more tree children.
 * The edge to the parent is skipped by edge id, not by node, which stays correct should parallel edges ever be
 * allowed. O(n + m).
 */
import type { Adjacency } from '../graph/adjacency';

export interface LowLink {
  /** 1 for each edge id that is a bridge */
  isBridge: Uint8Array;
  /** 1 for each node index that is an articulation point */
  isArticulation: Uint8Array;
}

export function lowLink(adjacency: Adjacency): LowLink {
  const { offsets, neighbours, edgeOf } = adjacency;
  const n = adjacency.nodes.length;
  const m = adjacency.edgeSource.length;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n);
  const parentEdge = new Int32Array(n);
  const next = new Int32Array(n);
  const stack = new Int32Array(n);
  const isBridge = new Uint8Array(m);
  const isArticulation = new Uint8Array(n);
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    let top = 0;
    stack[top++] = root;
    disc[root] = low[root] = time++;
    parent[root] = -1;
    parentEdge[root] = -1;
    next[root] = offsets[root];
    let rootChildren = 0;
    while (top > 0) {
      const u = stack[top - 1];
      if (next[u] < offsets[u + 1]) {
        const slot = next[u]++;
        const edge = edgeOf[slot];
        if (edge === parentEdge[u]) continue;
        const w = neighbours[slot];
        if (disc[w] === -1) {
          disc[w] = low[w] = time++;
          parent[w] = u;
          parentEdge[w] = edge;
          next[w] = offsets[w];
          stack[top++] = w;
          if (u === root) rootChildren++;
        } else if (disc[w] < low[u]) {
          low[u] = disc[w];
        }
      } else {
        top--;
        const p = parent[u];
        if (p === -1) continue;
        if (low[u] < low[p]) low[p] = low[u];
        if (low[u] > disc[p]) isBridge[parentEdge[u]] = 1;
        if (p !== root && low[u] >= disc[p]) isArticulation[p] = 1;
      }
    }
    if (rootChildren >= 2) isArticulation[root] = 1;
  }
  return { isBridge, isArticulation };
}
