/**
 * The graph as flat typed arrays (compressed sparse rows), for the algorithms that walk every
 * neighbourhood many times: Brandes' betweenness (one search per node) and Burt's constraint and
 * effective size (two hops around every node). Walking graphology's per-node objects in those inner
 * loops is several times slower than walking an Int32Array; building these arrays is O(n + m).
 *
 * Internal to libs/graph (not exported from the package entry).
 */
import type { AbstractGraph } from 'graphology-types';

export interface IndexedAdjacency {
  /** number of nodes */
  order: number;
  /** number of edges */
  size: number;
  /** node key by index (graph iteration order) */
  keys: string[];
  /** edge key by edge index (graph iteration order) */
  edgeKeys: string[];
  /** neighbours of node i are neighbours[offsets[i] .. offsets[i + 1] - 1] */
  offsets: Int32Array;
  neighbours: Int32Array;
  /** edge index of each adjacency slot */
  edgeOf: Int32Array;
  /** weight of each adjacency slot (1 everywhere when unweighted) */
  weights: Float64Array;
}

/**
 * Reads the `weight` attribute as NetworkX does (`data.get('weight', 1)`): an absent weight is 1.
 * A present weight must be a positive finite number — a zero or negative weight has no meaning as a
 * tie strength or a distance, and would divide by zero in Burt's measures.
 */
export function edgeWeight(name: string, attributes: Record<string, unknown>, source: string, target: string): number {
  const weight = attributes['weight'];
  if (weight === undefined || weight === null) return 1;
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) {
    throw new Error(
      `graph/${name}: the tie ${source}–${target} has weight ${String(weight)}; weights must be positive numbers`,
    );
  }
  return weight;
}

/** Refuses what these algorithms are not defined for, with the caller's namespace in the message. */
export function assertSimpleUndirected(name: string, graph: AbstractGraph): void {
  if (graph.directedSize > 0) {
    throw new Error(`graph/${name}: expected an undirected graph, got ${graph.directedSize} directed edges`);
  }
  if (graph.multi) {
    throw new Error(`graph/${name}: expected a simple graph, got a multigraph`);
  }
  if (graph.selfLoopCount > 0) {
    throw new Error(`graph/${name}: expected no self-loops, got ${graph.selfLoopCount}`);
  }
}

export function indexAdjacency(name: string, graph: AbstractGraph, weighted: boolean): IndexedAdjacency {
  assertSimpleUndirected(name, graph);
  const order = graph.order;
  const size = graph.size;
  const keys: string[] = new Array<string>(order);
  const index = new Map<string, number>();
  const offsets = new Int32Array(order + 1);
  let i = 0;
  graph.forEachNode((node) => {
    keys[i] = node;
    index.set(node, i);
    offsets[i + 1] = graph.degree(node);
    i++;
  });
  for (let v = 0; v < order; v++) offsets[v + 1] += offsets[v];

  const fill = offsets.slice(0, order);
  const neighbours = new Int32Array(2 * size);
  const edgeOf = new Int32Array(2 * size);
  const weights = new Float64Array(2 * size);
  const edgeKeys: string[] = new Array<string>(size);
  let e = 0;
  graph.forEachEdge((edge, attributes, source, target) => {
    const s = index.get(source) as number;
    const t = index.get(target) as number;
    const w = weighted ? edgeWeight(name, attributes, source, target) : 1;
    edgeKeys[e] = edge;
    let slot = fill[s]++;
    neighbours[slot] = t;
    edgeOf[slot] = e;
    weights[slot] = w;
    slot = fill[t]++;
    neighbours[slot] = s;
    edgeOf[slot] = e;
    weights[slot] = w;
    e++;
  });
  return { order, size, keys, edgeKeys, offsets, neighbours, edgeOf, weights };
}
