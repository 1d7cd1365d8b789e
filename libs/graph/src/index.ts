/**
 * @weefsel/graph — framework-free graph analytics: (graph, options) => result.
 * No Nest, no Angular, no database: it runs in the API, in CLIs and in a Web Worker.
 */
export { egoNetwork, DEFAULTS as EGO_NETWORK_DEFAULTS } from './structure/ego-network';
export type { EgoNetwork, EgoNetworkOptions } from './structure/ego-network';
