/**
 * Edge betweenness: how many shortest paths between pairs of people run over a tie,
 *
 *   b(e) = Σ_{s ≠ t} σ_st(e) / σ_st   (over unordered pairs {s, t}),
 *
 * the figure behind Girvan–Newman and a way to rank the ties that hold a neighbourhood together.
 * Own Brandes accumulation on typed arrays (./brandes.ts), equal to NetworkX 2.8
 * `edge_betweenness_centrality(G, normalized=…, weight=…)`:
 *   - normalised (default): b(e) · 2/(n(n−1)), the share of all pairs' shortest paths over e;
 *   - raw (`normalized: false`): b(e).
 * `values` are keyed by graphology edge key. Options, weights (a DISTANCE when `weighted`), pivot
 * sampling and `seed`/`rng` are as in ./betweenness.ts.
 *
 * Error bound when sampled: a pivot s contributes X_s = n·δ_s(e)/(n(n−1)) = δ_s(e)/(n−1) to the
 * normalised estimate, and δ_s(e) ≤ n − 1 (one unit at most per target), so X_s ∈ [0, 1]. Hoeffding
 * (valid without replacement) and a union bound over the m edges give, with δ = 1 − confidence,
 *   ε = sqrt( ln(2m/δ) / (2k) ),
 * holding for every edge at once with probability ≥ confidence; raw values: ε · n(n−1)/2.
 */
import type { AbstractGraph } from 'graphology-types';
import { accumulateBrandes } from './brandes';
import { hoeffdingBound, planBetweenness, type BetweennessOptions, type BetweennessResult } from './betweenness';

export { DEFAULTS } from './betweenness';

export function edgeBetweenness(graph: AbstractGraph, options: Partial<BetweennessOptions> = {}): BetweennessResult {
  const plan = planBetweenness('edge-betweenness', graph, options);
  const { adjacency, sources, samples } = plan;
  const { normalized, weighted, confidence } = plan.options;
  const n = adjacency.order;
  const m = adjacency.size;
  const scores = new Float64Array(m);
  accumulateBrandes(adjacency, sources, weighted, null, scores);

  // NetworkX `_rescale_e`
  let scale: number | null = normalized ? (n <= 1 ? null : 1 / (n * (n - 1))) : 0.5;
  if (scale !== null && samples !== null) scale *= n / samples;
  const values: Record<string, number> = {};
  for (let e = 0; e < m; e++) values[adjacency.edgeKeys[e]] = scale === null ? scores[e] : scores[e] * scale;

  let errorBound: number | null = null;
  if (samples !== null) {
    if (samples === n || m === 0) {
      errorBound = 0;
    } else {
      const bound = hoeffdingBound(1, m, samples, confidence);
      errorBound = normalized ? bound : (bound * n * (n - 1)) / 2;
    }
  }
  return { values, exact: samples === null || samples === n, samples, errorBound };
}
