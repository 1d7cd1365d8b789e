/**
 * Betweenness centrality: how often a person lies on the shortest paths between two others — the
 * "hidden connector" figure.
 *
 *   b(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st
 *
 * with σ_st the number of shortest s–t paths and σ_st(v) the number of those through v. Exact values
 * by Brandes' algorithm (2001), O(n·m) unweighted; own implementation on typed arrays (see ./brandes.ts)
 * because graphology-metrics' betweenness, although it matches NetworkX on the fixtures, has no pivot
 * sampling. Output equals NetworkX 2.8 `betweenness_centrality(G, normalized=…, weight=…)`:
 *   - normalised (default): b(v) · 2/((n−1)(n−2)), the share of the other pairs' shortest paths through
 *     v; for n ≤ 2 NetworkX does not rescale (and every value is 0);
 *   - raw (`normalized: false`): b(v) over unordered pairs (NetworkX halves its double-counted sum).
 *
 * Weights. By default paths are counted in hops. With `weighted: true` the edge attribute `weight` is
 * read as a DISTANCE, as NetworkX does (`weight='weight'`: Dijkstra, a heavier edge is a longer road).
 * In Weefsel `weight` is tie strength (5 = close), so a strong tie would count as a long way round;
 * to route through strong ties, build a graph whose weight is a distance (e.g. 1/strength) first.
 *
 * Sampling (graphs above `exactUpTo` nodes, or whenever `samples` is given). Brandes & Pich, "Centrality
 * estimation in large networks" (Int. J. Bifurcation and Chaos 17(7), 2007), uniform pivots as NetworkX's
 * `betweenness_centrality(G, k, seed=…)`: k distinct sources drawn uniformly WITHOUT replacement, their
 * dependencies summed and scaled by n/k (on top of the normalisation above). The pivots come from our
 * seeded `RandomSource`, so the draw — not the method — differs from NetworkX's. With k = n every node is
 * a pivot and the values are the exact ones (`exact: true`, `errorBound: 0`). When sampling is triggered
 * by size alone, k = 1,000 (SAMPLES_ABOVE_LIMIT).
 *
 * Error bound (reported as `errorBound`, in the units of `values`). For a node v, the normalised estimate
 * is the mean of k draws X_s = n·δ_s(v)/((n−1)(n−2)) over the pivots s, where δ_s(v) is s's dependency on
 * v. Over a uniform pivot, E[X_s] = Σ_s δ_s(v)/((n−1)(n−2)) = the exact normalised value (unbiased).
 * Since δ_s(v) ≤ n − 2 (at most one unit for each target t ∉ {s, v}; reached by a star's centre),
 *   X_s ∈ [0, R] with R = n/(n−1)  — slightly MORE than 1, not [0, 1].
 * Hoeffding's inequality (which holds as stated for sampling without replacement, Hoeffding 1963 §6)
 * gives P(|estimate − exact| ≥ ε) ≤ 2·exp(−2kε²/R²) for one node; a union bound over the n nodes and
 * solving 2n·exp(−2kε²/R²) = δ with δ = 1 − confidence gives
 *   ε = R · sqrt( ln(2n/δ) / (2k) ).
 * Guarantee: with probability at least `confidence` over the random choice of pivots, EVERY node's
 * normalised estimate is within ε of its exact normalised value, simultaneously (additive, not relative).
 * It says nothing certain about one particular draw (a fixed seed either is in the good event or not), and
 * it is loose: k = 1,000 on 20,001 nodes gives ε ≈ 0.082, while typical errors are far smaller. For raw
 * values the bound is multiplied by (n−1)(n−2)/2, as the values are.
 */
import type { AbstractGraph } from 'graphology-types';
import { createRandom, type RandomSource } from '../random';
import { accumulateBrandes, allSources, samplePivots } from './brandes';
import { indexAdjacency, type IndexedAdjacency } from './indexed-adjacency';

export interface BetweennessOptions {
  /** NetworkX's normalisation (default true); false gives raw pair counts */
  normalized: boolean;
  /** read the `weight` attribute as a distance (default false: hop counts) */
  weighted: boolean;
  /** exact Brandes up to this many nodes; above it, sampled (default 20,000) */
  exactUpTo: number;
  /** number of pivots: forces sampling even on a small graph (1 ≤ samples ≤ n) */
  samples?: number;
  /** seed for the default random source (used only when sampling and no `rng` is given) */
  seed: number;
  /** random source for choosing the pivots (default: createRandom(seed)) */
  rng?: RandomSource;
  /** probability that the reported error bound holds for all nodes at once (default 0.95) */
  confidence: number;
}

export interface BetweennessResult {
  /** per node key (or per edge key, for edge betweenness) */
  values: Record<string, number>;
  /** true when every node served as a source, so the values are exact */
  exact: boolean;
  /** number of pivots when sampling was asked for or triggered, else null */
  samples: number | null;
  /** additive error bound holding for all values at once with probability `confidence`; null when exact
   * without sampling, 0 when all n nodes were pivots */
  errorBound: number | null;
}

export const DEFAULTS: BetweennessOptions = {
  normalized: true,
  weighted: false,
  exactUpTo: 20_000,
  seed: 1,
  confidence: 0.95,
};

/** pivots used when a graph above `exactUpTo` nodes is sampled without an explicit `samples` */
export const SAMPLES_ABOVE_LIMIT = 1_000;

/** Options checked, adjacency built and sources chosen: shared by node and edge betweenness. */
export interface BetweennessPlan {
  options: BetweennessOptions;
  adjacency: IndexedAdjacency;
  sources: Int32Array;
  /** number of pivots, or null for the exact computation */
  samples: number | null;
}

export function planBetweenness(
  name: string,
  graph: AbstractGraph,
  given: Partial<BetweennessOptions>,
): BetweennessPlan {
  const options: BetweennessOptions = { ...DEFAULTS, ...given };
  const { normalized, weighted, exactUpTo, samples, seed, rng, confidence } = options;
  if (typeof normalized !== 'boolean') {
    throw new Error(`graph/${name}: normalized must be true or false, got ${String(normalized)}`);
  }
  if (typeof weighted !== 'boolean') {
    throw new Error(`graph/${name}: weighted must be true or false, got ${String(weighted)}`);
  }
  if (typeof exactUpTo !== 'number' || !(Number.isInteger(exactUpTo) || exactUpTo === Infinity) || exactUpTo < 0) {
    throw new Error(`graph/${name}: exactUpTo must be a whole number ≥ 0 (or Infinity), got ${String(exactUpTo)}`);
  }
  if (typeof confidence !== 'number' || !(confidence > 0 && confidence < 1)) {
    throw new Error(
      `graph/${name}: confidence must be a number between 0 and 1 (exclusive), got ${String(confidence)}`,
    );
  }
  if (!Number.isInteger(seed)) {
    throw new Error(`graph/${name}: seed must be a whole number, got ${String(seed)}`);
  }
  if (rng !== undefined && typeof rng !== 'function') {
    throw new Error(`graph/${name}: rng must be a function returning numbers in [0, 1)`);
  }
  const n = graph.order;
  if (samples !== undefined && (!Number.isInteger(samples) || samples < 1 || samples > n)) {
    throw new Error(
      `graph/${name}: samples must be a whole number from 1 to the number of nodes (${n}), got ${String(samples)}`,
    );
  }
  const adjacency = indexAdjacency(name, graph, weighted);
  const k = samples ?? (n > exactUpTo ? Math.min(n, SAMPLES_ABOVE_LIMIT) : null);
  const sources = k === null ? allSources(n) : samplePivots(n, k, rng ?? createRandom(seed));
  return { options, adjacency, sources, samples: k };
}

/** Hoeffding + union bound (see the header): ε = R·sqrt(ln(2·count/δ)/(2k)). */
export function hoeffdingBound(range: number, count: number, samples: number, confidence: number): number {
  return range * Math.sqrt(Math.log((2 * count) / (1 - confidence)) / (2 * samples));
}

export function betweenness(graph: AbstractGraph, options: Partial<BetweennessOptions> = {}): BetweennessResult {
  const plan = planBetweenness('betweenness', graph, options);
  const { adjacency, sources, samples } = plan;
  const { normalized, weighted, confidence } = plan.options;
  const n = adjacency.order;
  const scores = new Float64Array(n);
  accumulateBrandes(adjacency, sources, weighted, scores, null);

  // NetworkX `_rescale`: the sums count each pair from both ends
  let scale: number | null = normalized ? (n <= 2 ? null : 1 / ((n - 1) * (n - 2))) : 0.5;
  if (scale !== null && samples !== null) scale *= n / samples;
  const values: Record<string, number> = {};
  for (let i = 0; i < n; i++) values[adjacency.keys[i]] = scale === null ? scores[i] : scores[i] * scale;

  let errorBound: number | null = null;
  if (samples !== null) {
    if (samples === n || n <= 2) {
      errorBound = 0;
    } else {
      const bound = hoeffdingBound(n / (n - 1), n, samples, confidence);
      errorBound = normalized ? bound : (bound * (n - 1) * (n - 2)) / 2;
    }
  }
  return { values, exact: samples === null || samples === n, samples, errorBound };
}
