/**
 * Every per-person and per-tie figure of the network as of one date, computed once from a snapshot with
 * libs/graph and shared by `Person.metrics`, the `network` map payload and the what-if views.
 */
import {
  articulationPoints,
  atRisk,
  AtRiskPerson,
  AtRiskResult,
  betweenness,
  BetweennessResult,
  bridges,
  buildTieGraph,
  clustering,
  constraint,
  effectiveSize,
  isValidAt,
  louvain,
  LouvainResult,
  NeighbourhoodSnapshot,
  TieGraph,
  weakTies,
  WeakTie,
} from '@weefsel/graph';

export interface NetworkFigures {
  asOf: string;
  graph: TieGraph<NeighbourhoodSnapshot['people'][number]>;
  betweenness: BetweennessResult;
  constraint: Record<string, number | null>;
  effectiveSize: Record<string, number | null>;
  clustering: Record<string, number>;
  communities: LouvainResult;
  articulationPoints: Set<string>;
  /** "a|b" with a < b */
  bridges: Set<string>;
  weakTies: Map<string, WeakTie>;
  atRisk: AtRiskResult;
  atRiskByPerson: Map<string, AtRiskPerson>;
  hiddenConnectors: Set<string>;
}

export const SEED = 1;
export const EXACT_BETWEENNESS_UP_TO = 2000;

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function computeNetworkFigures(snapshot: NeighbourhoodSnapshot, asOf: string): NetworkFigures {
  const graph = buildTieGraph(snapshot.people, snapshot.ties, { asOf, unknownPeople: 'skip' });
  const communities = louvain(graph, { seed: SEED });
  const street = new Map(snapshot.people.map((p) => [p.id, p.placeId]));
  const collectivesOf = new Map<string, string[]>();
  for (const m of snapshot.memberships) {
    if (!isValidAt(m, asOf)) continue;
    const list = collectivesOf.get(m.personId) ?? [];
    list.push(m.collectiveId);
    collectivesOf.set(m.personId, list);
  }
  const weak = weakTies(graph, {
    groupings: {
      street: (node) => street.get(node) ?? null,
      community: (node) => String(communities.communities[node] ?? ''),
      collective: (node) => collectivesOf.get(node) ?? null,
    },
  });
  const risk = atRisk(snapshot, { asOf, seed: SEED });
  return {
    asOf,
    graph,
    // exact up to 2,000 people (well under a second); above, sampled with its error bound in the payload
    betweenness: betweenness(graph, { exactUpTo: EXACT_BETWEENNESS_UP_TO, seed: SEED }),
    constraint: constraint(graph),
    effectiveSize: effectiveSize(graph),
    clustering: clustering(graph),
    communities,
    articulationPoints: new Set(articulationPoints(graph)),
    bridges: new Set(bridges(graph).map(([a, b]) => pairKey(a, b))),
    weakTies: new Map(weak.map((w) => [pairKey(w.source, w.target), w])),
    atRisk: risk,
    atRiskByPerson: new Map(risk.atRisk.map((p) => [p.personId, p])),
    hiddenConnectors: new Set(risk.hiddenConnectors),
  };
}
