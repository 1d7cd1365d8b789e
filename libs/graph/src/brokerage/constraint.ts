/**
 * Burt's constraint: how much a person's ties lead back into one closed group. Low constraint = a broker
 * whose contacts do not know each other (they span structural holes); high = embedded in a clique or
 * hanging on a single contact (a pendant person has constraint 1).
 *
 *   c(v) = Σ_{j ∈ N(v)} ( p_vj + Σ_{q ∈ N(v)} p_vq · p_qj )²
 *   p_ij = a_ij / Σ_{x ∈ N(i)} a_ix
 *
 * with a_ij the tie's weight (`weighted: true`, NetworkX's mutual weight w_ij + w_ji = 2w_ij, whose factor
 * 2 cancels) or 1. Equals NetworkX 2.8 `constraint(G, weight=None | 'weight')` (R. S. Burt, "Structural
 * holes and good ideas", AJS 110, 2004). An isolated node has no constraint: null (NetworkX: NaN).
 *
 * Own code (graphology-metrics has no structural-hole measures): the proportions p are precomputed per
 * adjacency slot, and for each v the indirect terms Σ_q p_vq·p_qj are gathered by walking the two-step
 * paths v → q → j once and keeping those with j ∈ N(v) (a mark array) — O(Σ_q deg(q)²) in all, instead of
 * NetworkX's O(Σ_v deg(v)³) membership tests.
 */
import type { AbstractGraph } from 'graphology-types';
import { indexAdjacency, type IndexedAdjacency } from '../centrality/indexed-adjacency';

export interface BrokerageOptions {
  /** use the `weight` attribute (tie strength) as NetworkX's `weight='weight'`; default false */
  weighted: boolean;
}

export const DEFAULTS: BrokerageOptions = { weighted: false };

export function resolveBrokerageOptions(name: string, options: Partial<BrokerageOptions>): BrokerageOptions {
  const resolved = { ...DEFAULTS, ...options };
  if (typeof resolved.weighted !== 'boolean') {
    throw new Error(`graph/${name}: weighted must be true or false, got ${String(resolved.weighted)}`);
  }
  return resolved;
}

/** p_ij for every adjacency slot i → j: the share of i's (weighted) ties that goes to j. */
export function proportions(adjacency: IndexedAdjacency): Float64Array {
  const { order, offsets, weights } = adjacency;
  const p = new Float64Array(weights.length);
  for (let i = 0; i < order; i++) {
    let total = 0;
    for (let slot = offsets[i]; slot < offsets[i + 1]; slot++) total += weights[slot];
    for (let slot = offsets[i]; slot < offsets[i + 1]; slot++) p[slot] = weights[slot] / total;
  }
  return p;
}

export function constraint(
  graph: AbstractGraph,
  options: Partial<BrokerageOptions> = {},
): Record<string, number | null> {
  const { weighted } = resolveBrokerageOptions('constraint', options);
  const adjacency = indexAdjacency('constraint', graph, weighted);
  const { order, keys, offsets, neighbours } = adjacency;
  const p = proportions(adjacency);
  // for the current v: mark[j] = v + 1 when j ∈ N(v), indirect[j] = Σ_q p_vq · p_qj
  const mark = new Int32Array(order);
  const indirect = new Float64Array(order);
  const result: Record<string, number | null> = {};

  for (let v = 0; v < order; v++) {
    const start = offsets[v];
    const end = offsets[v + 1];
    if (start === end) {
      result[keys[v]] = null;
      continue;
    }
    for (let slot = start; slot < end; slot++) {
      mark[neighbours[slot]] = v + 1;
      indirect[neighbours[slot]] = 0;
    }
    for (let slot = start; slot < end; slot++) {
      const q = neighbours[slot];
      const pvq = p[slot];
      for (let s2 = offsets[q], e2 = offsets[q + 1]; s2 < e2; s2++) {
        const j = neighbours[s2];
        if (mark[j] === v + 1) indirect[j] += pvq * p[s2];
      }
    }
    let sum = 0;
    for (let slot = start; slot < end; slot++) {
      const local = p[slot] + indirect[neighbours[slot]];
      sum += local * local;
    }
    result[keys[v]] = sum;
  }
  return result;
}
