/**
 * Modularity of a partition of the people into communities (Newman, Networks: An Introduction, 2010):
 *
 *   Q = Σ_c [ L_c / m − γ · (d_c / 2m)² ]
 *
 * with m the total edge weight, L_c the weight of the ties inside community c, d_c the sum of the
 * (weighted) degrees of its members and γ the resolution (1 = Newman–Girvan; < 1 favours larger
 * communities). Equals NetworkX 2.8 `community.modularity(G, communities, weight=…, resolution=γ)`.
 * NetworkX weighs by `weight` by default, and so do we (`weighted: true`), which is also what Louvain
 * optimises here. A graph without ties has no modularity: NaN (NetworkX divides by zero).
 *
 * Own code: graphology-metrics' modularity gives the same figures on the fixtures, but takes the
 * partition from node attributes and does not check that it is one; ten lines do both here.
 *
 * The partition is either a community per node (`{ node: community }`, numbers or strings, compared with
 * ===) or a list of node lists. Like NetworkX we refuse anything that is not a partition of all nodes.
 */
import type { AbstractGraph } from 'graphology-types';
import { assertSimpleUndirected, edgeWeight } from '../centrality/indexed-adjacency';

export interface ModularityOptions {
  /** weigh ties by their `weight` attribute (default true, as NetworkX) */
  weighted: boolean;
  /** γ, default 1 */
  resolution: number;
}

export type Partition = Record<string, number | string> | string[][];

export const DEFAULTS: ModularityOptions = { weighted: true, resolution: 1 };

function communityIndex(graph: AbstractGraph, partition: Partition): Map<string, number> {
  const index = new Map<string, number>();
  if (Array.isArray(partition)) {
    partition.forEach((members, c) => {
      if (!Array.isArray(members)) {
        throw new Error(`graph/modularity: community ${c} must be a list of nodes`);
      }
      for (const node of members) {
        if (!graph.hasNode(node)) throw new Error(`graph/modularity: node "${node}" is not in the graph`);
        if (index.has(node)) throw new Error(`graph/modularity: node "${node}" is in two communities`);
        index.set(node, c);
      }
    });
  } else if (partition !== null && typeof partition === 'object') {
    const ids = new Map<number | string, number>();
    for (const [node, community] of Object.entries(partition)) {
      if (!graph.hasNode(node)) throw new Error(`graph/modularity: node "${node}" is not in the graph`);
      if (typeof community !== 'number' && typeof community !== 'string') {
        throw new Error(`graph/modularity: the community of "${node}" must be a number or a string`);
      }
      let c = ids.get(community);
      if (c === undefined) {
        c = ids.size;
        ids.set(community, c);
      }
      index.set(node, c);
    }
  } else {
    throw new Error('graph/modularity: partition must be { node: community } or a list of node lists');
  }
  if (index.size !== graph.order) {
    const missing = graph.findNode((node) => !index.has(node));
    throw new Error(`graph/modularity: not a partition — node "${missing}" is in no community`);
  }
  return index;
}

export function modularity(
  graph: AbstractGraph,
  partition: Partition,
  options: Partial<ModularityOptions> = {},
): number {
  const { weighted, resolution } = { ...DEFAULTS, ...options };
  if (typeof weighted !== 'boolean') {
    throw new Error(`graph/modularity: weighted must be true or false, got ${String(weighted)}`);
  }
  if (typeof resolution !== 'number' || !Number.isFinite(resolution) || resolution < 0) {
    throw new Error(`graph/modularity: resolution must be a number ≥ 0, got ${String(resolution)}`);
  }
  assertSimpleUndirected('modularity', graph);
  const index = communityIndex(graph, partition);
  let count = 0;
  for (const c of index.values()) if (c >= count) count = c + 1;
  const inside = new Float64Array(count);
  const degreeSum = new Float64Array(count);
  let totalDegree = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    const w = weighted ? edgeWeight('modularity', attributes, source, target) : 1;
    const cs = index.get(source) as number;
    const ct = index.get(target) as number;
    if (cs === ct) inside[cs] += w;
    degreeSum[cs] += w;
    degreeSum[ct] += w;
    totalDegree += 2 * w;
  });
  if (totalDegree === 0) return NaN;
  const m = totalDegree / 2;
  const norm = 1 / totalDegree ** 2;
  let q = 0;
  for (let c = 0; c < count; c++) q += inside[c] / m - resolution * degreeSum[c] * degreeSum[c] * norm;
  return q;
}
