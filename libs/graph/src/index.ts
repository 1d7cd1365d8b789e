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

// random source (random.ts)
export { createRandom } from './random';
export type { RandomSource } from './random';

// centrality (centrality/)
export {
  betweenness,
  DEFAULTS as BETWEENNESS_DEFAULTS,
  SAMPLES_ABOVE_LIMIT as BETWEENNESS_SAMPLES_ABOVE_LIMIT,
} from './centrality/betweenness';
export type { BetweennessOptions, BetweennessResult } from './centrality/betweenness';
export { edgeBetweenness } from './centrality/edge-betweenness';

// brokerage (brokerage/)
export { constraint, DEFAULTS as BROKERAGE_DEFAULTS } from './brokerage/constraint';
export type { BrokerageOptions } from './brokerage/constraint';
export { effectiveSize } from './brokerage/effective-size';

// communities (community/)
export { louvain, DEFAULTS as LOUVAIN_DEFAULTS } from './community/louvain';
export type { LouvainOptions, LouvainResult } from './community/louvain';
export { modularity, DEFAULTS as MODULARITY_DEFAULTS } from './community/modularity';
export type { ModularityOptions, Partition } from './community/modularity';

// health of a neighbourhood (health/): the community worker's figures on a plain snapshot
export {
  PlaceIndex,
  assetKey,
  isValidAt,
  monthsBefore,
  placesOfPerson,
  placesWithin,
  residentsOf,
  rolesAt,
  wholeMonthsBetween,
} from './health/snapshot';
export type {
  Interval,
  NeighbourhoodSnapshot,
  SnapshotAsset,
  SnapshotCollective,
  SnapshotHelpOffer,
  SnapshotHelpRequest,
  SnapshotInitiative,
  SnapshotMembership,
  SnapshotParticipation,
  SnapshotPerson,
  SnapshotPlace,
  SnapshotRoleSpell,
  SnapshotTie,
} from './health/snapshot';
export { atRisk, isRunningAt, DEFAULTS as AT_RISK_DEFAULTS } from './health/at-risk';
export type {
  AtRiskCriteria,
  AtRiskOptions,
  AtRiskPerson,
  AtRiskReason,
  AtRiskReasonCode,
  AtRiskResult,
  AtRiskWeights,
  NearestKind,
  NearestLink,
} from './health/at-risk';
export {
  placeHealth,
  healthByPlace,
  healthTrend,
  compareHealth,
  deltaOf as placeHealthDelta,
  PLACE_HEALTH_FIGURES,
  DEFAULTS as PLACE_HEALTH_DEFAULTS,
} from './health/place-health';
export type {
  HealthComparison,
  HealthTrend,
  PlaceHealth,
  PlaceHealthDelta,
  PlaceHealthFigures,
  PlaceHealthOptions,
} from './health/place-health';
export {
  initiativeHealth,
  initiativesHealth,
  PARTICIPATION_ROLES,
  DEFAULTS as INITIATIVE_HEALTH_DEFAULTS,
} from './health/initiative-health';
export type { InitiativeHealth, InitiativeHealthOptions } from './health/initiative-health';
export { helpBalance, NEED_GROUPS, DEFAULTS as HELP_BALANCE_DEFAULTS } from './health/help-balance';
export type { HelpBalance, HelpBalanceOptions, NeedBalance, NeedGroup } from './health/help-balance';

// gap-filler suggestions and what-if (suggestions/)
export { whatIf, prepareWhatIf, DEFAULTS as WHAT_IF_DEFAULTS } from './suggestions/what-if';
export type {
  PlaceStructure,
  WhatIf,
  WhatIfChange,
  WhatIfOptions,
  WhatIfPerson,
  WhatIfPersonFigures,
  WhatIfResult,
  WhatIfSettings,
  WhatIfTie,
} from './suggestions/what-if';
export {
  gapFillerSuggestions,
  gainOf as suggestionGain,
  GAIN_WEIGHTS as SUGGESTION_GAIN_WEIGHTS,
  DEFAULTS as GAP_FILLER_DEFAULTS,
} from './suggestions/gap-filler';
export type { GapFillerOptions, GapFillerSettings } from './suggestions/gap-filler';
export { SUGGESTION_KINDS, suggestionId } from './suggestions/suggestion';
export type {
  Suggestion,
  SuggestionEffect,
  SuggestionKind,
  SuggestionReason,
  SuggestionReasonCode,
} from './suggestions/suggestion';

// map layout (layout/)
export {
  networkLayout,
  DEFAULTS as NETWORK_LAYOUT_DEFAULTS,
  LARGE_ABOVE as NETWORK_LAYOUT_LARGE_ABOVE,
  TILE_SPACING as NETWORK_LAYOUT_TILE_SPACING,
} from './layout/network-layout';
export type { LayoutEdge, LayoutNode, NetworkLayoutOptions, Point, Positions } from './layout/network-layout';
