/**
 * The analysts' report: every figure of the CLI's `--json` output, computed by @weefsel/graph.
 *
 * Which weights each figure uses (the same as NetworkX's defaults, so the report can be checked against it):
 * - betweenness and local-bridge spans count hops: a tie's weight is its strength, not a distance;
 * - clustering, constraint and effective size are unweighted, unless `weighted` (CLI `--weighted`) asks for the
 *   strength-weighted variants (Onnela's clustering, Burt's weighted constraint and effective size);
 * - Louvain and modularity weigh ties by strength (NetworkX's `weight='weight'` default).
 * Betweenness is exact unless `samples` asks for the pivot-sampled approximation (then `betweennessSampled`
 * states the pivots and the error bound). An isolated node has no constraint or effective size: null.
 */
import {
  articulationPoints,
  betweenness,
  bridges,
  clustering,
  componentSummary,
  constraint,
  density,
  effectiveSize,
  isolates,
  localBridges,
  louvain,
  type WeightedGraph,
} from '@weefsel/graph';

export interface ReportOptions {
  /** seed for Louvain and for choosing betweenness pivots */
  seed: number;
  /** strength-weighted clustering, constraint and effective size */
  weighted: boolean;
  /** number of betweenness pivots; undefined = exact */
  samples?: number;
  /** false leaves betweenness out (null per node): the bench times the report with and without it */
  betweenness: boolean;
}

export const DEFAULTS: ReportOptions = { seed: 1, weighted: false, betweenness: true };

export interface NodeFigures {
  degree: number;
  betweenness: number | null;
  clustering: number;
  constraint: number | null;
  effectiveSize: number | null;
}

export interface Report {
  nodes: number;
  edges: number;
  density: number;
  /** number of connected components (an isolate is one) */
  components: number;
  /** component sizes, largest first */
  componentSizes: number[];
  /** largest component / nodes */
  largestComponentShare: number;
  isolates: string[];
  bridges: [string, string][];
  localBridges: [string, string, number | null][];
  articulationPoints: string[];
  /** Newman modularity (weighted) of the Louvain communities; null for a graph without ties */
  modularity: number | null;
  /** community per node, 0 = the largest */
  communities: Record<string, number>;
  perNode: Record<string, NodeFigures>;
  /** present only when betweenness was sampled */
  betweennessSampled?: { samples: number; errorBound: number };
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function ordered(a: string, b: string): [string, string] {
  return a <= b ? [a, b] : [b, a];
}

/** Pairs as [smaller, larger], sorted: the output does not depend on the order of the CSV rows. */
function sortedPairs<T extends [string, string, ...unknown[]]>(pairs: T[]): T[] {
  return pairs.sort((x, y) => byString(x[0], y[0]) || byString(x[1], y[1]));
}

export function analyzeNetwork(graph: WeightedGraph, options: Partial<ReportOptions> = {}): Report {
  const { seed, weighted, samples, betweenness: withBetweenness } = { ...DEFAULTS, ...options };
  const components = componentSummary(graph);
  const communities = louvain(graph, { seed });
  const clusteringValues = clustering(graph, { weighted });
  const constraintValues = constraint(graph, { weighted });
  const effectiveSizeValues = effectiveSize(graph, { weighted });
  const central = withBetweenness ? betweenness(graph, { normalized: true, exactUpTo: Infinity, samples, seed }) : null;

  const perNode: Record<string, NodeFigures> = {};
  graph.forEachNode((node) => {
    perNode[node] = {
      degree: graph.degree(node),
      betweenness: central ? central.values[node] : null,
      clustering: clusteringValues[node],
      constraint: constraintValues[node],
      effectiveSize: effectiveSizeValues[node],
    };
  });

  const report: Report = {
    nodes: graph.order,
    edges: graph.size,
    density: density(graph),
    components: components.count,
    componentSizes: components.sizes,
    largestComponentShare: components.largestShare,
    isolates: isolates(graph).sort(byString),
    bridges: sortedPairs(bridges(graph).map(([a, b]) => ordered(a, b))),
    localBridges: sortedPairs(
      localBridges(graph).map(({ source, target, span }): [string, string, number | null] => [
        ...ordered(source, target),
        span,
      ]),
    ),
    articulationPoints: articulationPoints(graph).sort(byString),
    modularity: Number.isNaN(communities.modularity) ? null : communities.modularity,
    communities: communities.communities,
    perNode,
  };
  if (central && !central.exact && central.samples !== null && central.errorBound !== null) {
    report.betweennessSampled = { samples: central.samples, errorBound: central.errorBound };
  }
  return report;
}
