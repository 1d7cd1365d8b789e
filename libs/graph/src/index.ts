/**
 * @weefsel/graph — framework-free graph analytics: (graph, options) => result.
 * No Nest, no Angular, no database: it runs in the API, in CLIs and in a Web Worker.
 */
export { egoNetwork, DEFAULTS as EGO_NETWORK_DEFAULTS } from './structure/ego-network';
export type { EgoNetwork, EgoNetworkOptions } from './structure/ego-network';

// graph construction (graph/)
export { buildGraph, BuildGraphError, DEFAULTS as BUILD_GRAPH_DEFAULTS } from './graph/build-graph';
export type {
  BuildGraphOptions,
  DuplicateEdgeRule,
  EdgeInput,
  GraphInput,
  WeightedEdgeAttributes,
  WeightedGraph,
} from './graph/build-graph';
export { buildTieGraph, DEFAULTS as TIE_GRAPH_DEFAULTS } from './graph/tie-graph';
export type { TieEdgeAttributes, TieGraph, TieGraphOptions, TiePerson, TieRecord } from './graph/tie-graph';

// structure (structure/)
export { isolates } from './structure/isolates';
export { connectedComponents, componentSummary } from './structure/components';
export type { ComponentSummary } from './structure/components';
export { bridges } from './structure/bridges';
export { localBridges } from './structure/local-bridges';
export type { LocalBridge } from './structure/local-bridges';
export { articulationPoints } from './structure/articulation-points';
export { density } from './structure/density';
export { clustering, averageClustering, transitivity, DEFAULTS as CLUSTERING_DEFAULTS } from './structure/clustering';
export type { AverageClusteringOptions, ClusteringOptions } from './structure/clustering';
export { weakTies, DEFAULTS as WEAK_TIES_DEFAULTS } from './structure/weak-ties';
export type { Grouping, WeakTie, WeakTiesOptions } from './structure/weak-ties';

// groups (groups/)
export { eiIndex, DEFAULTS as EI_INDEX_DEFAULTS } from './groups/e-i-index';
export type { EiGroup, EiIndex, EiIndexOptions } from './groups/e-i-index';
