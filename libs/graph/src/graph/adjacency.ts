/**
 * Compressed adjacency (CSR) of a simple undirected graphology graph: the structural algorithms run on integer
 * arrays instead of graphology's callbacks and string keys, so they stay linear and iterative on 10,000-node graphs.
 *
 * Internal to libs/graph (not exported from the public entry). Node `i` is `nodes[i]` (graphology's node order);
 * edge `e` is the e-th edge of graphology's edge order, between `edgeSource[e]` and `edgeTarget[e]` as graphology
 * stores them; the neighbours of `i` are `neighbours[offsets[i] .. offsets[i + 1])`, and `edgeOf` gives the edge
 * of each of those slots. `weight[e]` is the edge's `weight` attribute, or 1 when it has none (as NetworkX's
 * `d.get('weight', 1)`).
 *
 * Only simple undirected graphs are accepted (what NetworkX's `Graph` is): a directed edge, a self-loop or two
 * parallel edges throw an error in the caller's namespace.
 */
import type { AbstractGraph } from 'graphology-types';

export interface Adjacency {
  nodes: string[];
  index: Map<string, number>;
  offsets: Int32Array;
  neighbours: Int32Array;
  edgeOf: Int32Array;
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  weight: Float64Array;
}

export function toAdjacency(graph: AbstractGraph, namespace: string): Adjacency {
  if (graph.directedSize > 0) {
    throw new Error(`${namespace}: expected an undirected graph, got ${graph.directedSize} directed edge(s)`);
  }
  if (graph.selfLoopCount > 0) {
    throw new Error(`${namespace}: self-loops are not supported (${graph.selfLoopCount} found)`);
  }
  const n = graph.order;
  const m = graph.size;
  const nodes: string[] = new Array<string>(n);
  const index = new Map<string, number>();
  let i = 0;
  graph.forEachNode((node) => {
    nodes[i] = node;
    index.set(node, i);
    i++;
  });

  const edgeSource = new Int32Array(m);
  const edgeTarget = new Int32Array(m);
  const weight = new Float64Array(m);
  const degree = new Int32Array(n);
  let e = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    const s = index.get(source) as number;
    const t = index.get(target) as number;
    edgeSource[e] = s;
    edgeTarget[e] = t;
    const w: unknown = attributes['weight'];
    weight[e] = typeof w === 'number' ? w : 1;
    degree[s]++;
    degree[t]++;
    e++;
  });

  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v] + degree[v];
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(2 * m);
  const edgeOf = new Int32Array(2 * m);
  for (let k = 0; k < m; k++) {
    const s = edgeSource[k];
    const t = edgeTarget[k];
    neighbours[fill[s]] = t;
    edgeOf[fill[s]++] = k;
    neighbours[fill[t]] = s;
    edgeOf[fill[t]++] = k;
  }

  if (graph.multi) {
    // A multigraph may still be simple; refuse it only when two edges join the same pair.
    const seen = new Int32Array(n).fill(-1);
    for (let v = 0; v < n; v++) {
      for (let p = offsets[v]; p < offsets[v + 1]; p++) {
        const w = neighbours[p];
        if (seen[w] === v) {
          throw new Error(`${namespace}: parallel edges are not supported ("${nodes[v]}" – "${nodes[w]}")`);
        }
        seen[w] = v;
      }
    }
  }

  return { nodes, index, offsets, neighbours, edgeOf, edgeSource, edgeTarget, weight };
}

export function degreeOf(adjacency: Adjacency, node: number): number {
  return adjacency.offsets[node + 1] - adjacency.offsets[node];
}
