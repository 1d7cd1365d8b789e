/**
 * Burt's effective size: the number of a person's contacts minus their redundancy — how many
 * non-overlapping circles they reach. Equals NetworkX 2.8 `effective_size(G, weight=None | 'weight')`
 * (R. S. Burt, Structural Holes, 1992/1995; S. Borgatti, "Structural holes: unpacking Burt's redundancy
 * measures", Connections 20(1), 1997). An isolated node has none: null (NetworkX: NaN).
 *
 * Unweighted (default), Borgatti's simplification that NetworkX uses for undirected graphs:
 *   e(v) = n − 2t/n,  n = deg(v), t = number of ties among v's contacts.
 * Weighted (`weighted: true`), Burt's formula:
 *   e(v) = Σ_{u ∈ N(v)} ( 1 − Σ_{w ∈ N(v)} p_vw · m_uw ),
 *   p_vw = a_vw / Σ_x a_vx,  m_uw = a_uw / max_x a_ux,
 * with a the tie's weight (NetworkX's mutual weight 2w; the factor cancels) — a contact u counts less
 * the more strongly u is tied to v's other contacts w that v itself invests in.
 *
 * Own code (graphology-metrics has no structural-hole measures): for each v, v's contacts are marked and
 * the two-step walks v → u → w are visited once — O(Σ_u deg(u)²) in all.
 */
import type { AbstractGraph } from 'graphology-types';
import { indexAdjacency } from '../centrality/indexed-adjacency';
import { proportions, resolveBrokerageOptions, type BrokerageOptions } from './constraint';

export { DEFAULTS } from './constraint';
export type { BrokerageOptions } from './constraint';

export function effectiveSize(
  graph: AbstractGraph,
  options: Partial<BrokerageOptions> = {},
): Record<string, number | null> {
  const { weighted } = resolveBrokerageOptions('effective-size', options);
  const adjacency = indexAdjacency('effective-size', graph, weighted);
  const { order, keys, offsets, neighbours, weights } = adjacency;
  const p = weighted ? proportions(adjacency) : null;
  // m_uw's denominator: each node's strongest tie
  const strongest = new Float64Array(order);
  if (weighted) {
    for (let u = 0; u < order; u++) {
      for (let slot = offsets[u]; slot < offsets[u + 1]; slot++) {
        if (weights[slot] > strongest[u]) strongest[u] = weights[slot];
      }
    }
  }
  // for the current v: mark[w] = v + 1 when w ∈ N(v); share[w] = p_vw
  const mark = new Int32Array(order);
  const share = new Float64Array(order);
  const result: Record<string, number | null> = {};

  for (let v = 0; v < order; v++) {
    const start = offsets[v];
    const end = offsets[v + 1];
    const degree = end - start;
    if (degree === 0) {
      result[keys[v]] = null;
      continue;
    }
    for (let slot = start; slot < end; slot++) {
      mark[neighbours[slot]] = v + 1;
      if (p !== null) share[neighbours[slot]] = p[slot];
    }
    if (p === null) {
      // twice the number of ties among the contacts: each is seen from both ends
      let twiceTies = 0;
      for (let slot = start; slot < end; slot++) {
        const u = neighbours[slot];
        for (let s2 = offsets[u], e2 = offsets[u + 1]; s2 < e2; s2++) {
          if (mark[neighbours[s2]] === v + 1) twiceTies++;
        }
      }
      result[keys[v]] = degree - twiceTies / degree;
    } else {
      let sum = 0;
      for (let slot = start; slot < end; slot++) {
        const u = neighbours[slot];
        let redundancy = 0;
        for (let s2 = offsets[u], e2 = offsets[u + 1]; s2 < e2; s2++) {
          const w = neighbours[s2];
          if (mark[w] === v + 1) redundancy += share[w] * (weights[s2] / strongest[u]);
        }
        sum += 1 - redundancy;
      }
      result[keys[v]] = sum;
    }
  }
  return result;
}
