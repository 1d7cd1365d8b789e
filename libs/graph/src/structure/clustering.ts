/**
 * Clustering: how far a person's contacts know each other.
 *
 * - `clustering(graph)`: local clustering coefficient c_v = 2 T(v) / (deg(v) (deg(v) − 1)), T(v) the triangles
 *   through v; 0 when deg(v) < 2. Matches NetworkX `nx.clustering(G)`.
 * - `clustering(graph, { weighted: true })`: Onnela et al. (2005), as NetworkX `nx.clustering(G, weight='weight')`:
 *   c_v = 2 / (deg(v) (deg(v) − 1)) · Σ_{triangles v,u,w} (ŵ_vu ŵ_uw ŵ_wv)^(1/3), ŵ = weight / max weight in
 *   the graph (an edge without a weight counts 1).
 * - `averageClustering(graph, options)`: mean of c_v over all nodes — NetworkX `nx.average_clustering(G)`; with
 *   `countZeros: false`, over the nodes with c_v > 0 only, as NetworkX's `count_zeros=False`.
 * - `transitivity(graph)`: 3 × triangles / connected triples = Σ 2T(v) / Σ deg(v)(deg(v) − 1) — NetworkX
 *   `nx.transitivity(G)`, 0 without triangles.
 *
 * Triangles by the forward algorithm (O(m^1.5)), not graphology-metrics, which has no clustering coefficient.
 * Differs from NetworkX on one point: the average over an empty graph is 0 (NetworkX divides by zero).
 */
import type { AbstractGraph } from 'graphology-types';
import { toAdjacency, type Adjacency } from '../graph/adjacency';
import { forEachTriangle } from './triangles';

export interface ClusteringOptions {
  /** Onnela's weighted coefficient on the `weight` attribute */
  weighted: boolean;
}

export interface AverageClusteringOptions extends ClusteringOptions {
  /** include nodes whose coefficient is 0 in the average (NetworkX `count_zeros`) */
  countZeros: boolean;
}

export const DEFAULTS: AverageClusteringOptions = { weighted: false, countZeros: true };

export function clustering(graph: AbstractGraph, options: Partial<ClusteringOptions> = {}): Record<string, number> {
  const { weighted } = { ...DEFAULTS, ...options };
  const adjacency = toAdjacency(graph, 'graph/clustering');
  const coefficients = coefficientsOf(adjacency, weighted);
  return Object.fromEntries(adjacency.nodes.map((node, v) => [node, coefficients[v]]));
}

export function averageClustering(graph: AbstractGraph, options: Partial<AverageClusteringOptions> = {}): number {
  const { weighted, countZeros } = { ...DEFAULTS, ...options };
  const coefficients = coefficientsOf(toAdjacency(graph, 'graph/clustering'), weighted);
  let sum = 0;
  let count = 0;
  for (const c of coefficients) {
    if (!countZeros && !(Math.abs(c) > 0)) continue;
    sum += c;
    count++;
  }
  return count === 0 ? 0 : sum / count;
}

export function transitivity(graph: AbstractGraph): number {
  const adjacency = toAdjacency(graph, 'graph/clustering');
  let triangles = 0;
  forEachTriangle(adjacency, () => {
    triangles++;
  });
  let triples = 0;
  const { offsets } = adjacency;
  for (let v = 0; v < adjacency.nodes.length; v++) {
    const d = offsets[v + 1] - offsets[v];
    triples += d * (d - 1);
  }
  // NetworkX: sum of 2T(v) over v (= 6 × triangles) over sum of deg(deg − 1)
  return triangles === 0 ? 0 : (6 * triangles) / triples;
}

/** c_v per node index (internal). */
export function coefficientsOf(adjacency: Adjacency, weighted: boolean): Float64Array {
  const n = adjacency.nodes.length;
  const { offsets, weight } = adjacency;
  const sums = new Float64Array(n);
  if (weighted) {
    let maxWeight = 1;
    if (weight.length > 0) {
      maxWeight = weight[0];
      for (let e = 1; e < weight.length; e++) if (weight[e] > maxWeight) maxWeight = weight[e];
    }
    forEachTriangle(adjacency, (a, b, c, ab, bc, ac) => {
      const value = Math.cbrt((weight[ab] / maxWeight) * (weight[bc] / maxWeight) * (weight[ac] / maxWeight));
      sums[a] += value;
      sums[b] += value;
      sums[c] += value;
    });
  } else {
    forEachTriangle(adjacency, (a, b, c) => {
      sums[a]++;
      sums[b]++;
      sums[c]++;
    });
  }
  const coefficients = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const d = offsets[v + 1] - offsets[v];
    coefficients[v] = sums[v] === 0 ? 0 : (2 * sums[v]) / (d * (d - 1));
  }
  return coefficients;
}
