/**
 * Local bridges and their span (Granovetter 1973): a tie whose two ends have no friend in common; its span is the
 * distance between them once the tie is taken away — how far apart the two would be without it.
 *
 * Matches NetworkX `nx.local_bridges(G, with_span=True)` (weight=None, so the span counts hops), with the span
 * `null` where NetworkX gives `inf` (the local bridge is also a bridge: without it the ends are disconnected).
 *
 * How: every edge on a triangle (found by the forward algorithm, O(m^1.5)) is not a local bridge; the rest are.
 * A local bridge that is also a bridge (Tarjan, O(n + m)) has span null without a search; for the others a
 * level-synchronous bidirectional breadth-first search that skips the edge itself, expanding the frontier with
 * fewer edges to scan
 * — it stops when the two searches meet, so a span of 3 or 4 costs a few hundred steps, not a whole-graph BFS per
 * edge (NetworkX runs one Dijkstra per local bridge). Results in graphology's edge order, ends as graphology
 * stores them.
 */
import type { AbstractGraph } from 'graphology-types';
import { toAdjacency, type Adjacency } from '../graph/adjacency';
import { lowLink } from './low-link';
import { edgesOnTriangles } from './triangles';

export interface LocalBridge {
  source: string;
  target: string;
  /** hops between the ends without this tie (≥ 3); null when they are then disconnected (NetworkX: inf) */
  span: number | null;
}

export function localBridges(graph: AbstractGraph): LocalBridge[] {
  const adjacency = toAdjacency(graph, 'graph/local-bridges');
  const onTriangle = edgesOnTriangles(adjacency);
  const { isBridge } = lowLink(adjacency);
  const span = spanFinder(adjacency);
  const { nodes, edgeSource, edgeTarget } = adjacency;
  const result: LocalBridge[] = [];
  for (let e = 0; e < onTriangle.length; e++) {
    if (onTriangle[e]) continue;
    result.push({
      source: nodes[edgeSource[e]],
      target: nodes[edgeTarget[e]],
      span: isBridge[e] ? null : span(e),
    });
  }
  return result;
}

interface Side {
  seen: Int32Array;
  dist: Int32Array;
  front: Int32Array;
  next: Int32Array;
  size: number;
  /** sum of the frontier's degrees: the cost of expanding it */
  work: number;
}

/**
 * Returns a function: edge id → shortest-path length (hops) between its ends when the edge itself is left out,
 * or null when there is no other path. Internal; reuses its work arrays across calls (stamped per query).
 */
export function spanFinder(adjacency: Adjacency): (edge: number) => number | null {
  const { offsets, neighbours, edgeOf, edgeSource, edgeTarget } = adjacency;
  const n = adjacency.nodes.length;
  const side = (): Side => ({
    seen: new Int32Array(n).fill(-1),
    dist: new Int32Array(n),
    front: new Int32Array(n),
    next: new Int32Array(n),
    size: 0,
    work: 0,
  });
  const a = side();
  const b = side();
  let query = 0;

  return (edge: number): number | null => {
    const q = query++;
    const u = edgeSource[edge];
    const v = edgeTarget[edge];
    a.seen[u] = q;
    a.dist[u] = 0;
    a.front[0] = u;
    a.size = 1;
    a.work = offsets[u + 1] - offsets[u];
    b.seen[v] = q;
    b.dist[v] = 0;
    b.front[0] = v;
    b.size = 1;
    b.work = offsets[v + 1] - offsets[v];
    while (a.size > 0 && b.size > 0) {
      const [self, other] = a.work <= b.work ? [a, b] : [b, a];
      // Expand one level. Invariant: no path of length ≤ rSelf + rOther avoids the edge (else the searches would
      // have met already). A meeting at y closes a path of length rSelf + 1 + dOther(y) ≤ rSelf + 1 + rOther,
      // hence exactly that, the shortest: the first meeting is the answer.
      let size = 0;
      let work = 0;
      for (let i = 0; i < self.size; i++) {
        const x = self.front[i];
        const dx = self.dist[x] + 1;
        for (let p = offsets[x]; p < offsets[x + 1]; p++) {
          if (edgeOf[p] === edge) continue;
          const y = neighbours[p];
          if (other.seen[y] === q) return dx + other.dist[y];
          if (self.seen[y] !== q) {
            self.seen[y] = q;
            self.dist[y] = dx;
            self.next[size++] = y;
            work += offsets[y + 1] - offsets[y];
          }
        }
      }
      const front = self.front;
      self.front = self.next;
      self.next = front;
      self.size = size;
      self.work = work;
    }
    return null;
  };
}
