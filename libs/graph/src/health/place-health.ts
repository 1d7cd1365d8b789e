/**
 * Network health of a place (DESIGN.md "network health of a place"; lesson 1: the street is the level of change,
 * and every figure rolls up street → buurt → wijk → dorp/gemeente).
 *
 * A place's people are its residents: everyone living in it or in a place below it. A tie is the place's (an
 * internal tie) when both ends are residents; a tie with one end inside is external. So a buurt counts the
 * ties between its streets, which neither street counts, and its residents are the sum of its streets'.
 * Everything is as of `asOf` (ties, roles, memberships, participations valid then: `since <= asOf < until`).
 * A place's graph G_P is the subgraph of the tie graph induced by its residents; figures "as NetworkX" equal
 * NetworkX's on G_P (the specs check them against the library functions on G_P, which match NetworkX).
 *
 * | figure | definition |
 * |---|---|
 * | residents | people living in the place or below |
 * | isolated, shareIsolated | residents with no tie at all (inside or outside the place); / residents |
 * | atRisk, shareAtRisk | residents at risk as `atRisk` defines it (isolated people included); / residents |
 * | ties, externalTies | internal ties (pairs of people); ties with exactly one end inside |
 * | meanDegree | 2·ties / residents: mean degree in G_P |
 * | meanDegreeWithExternal | (2·ties + externalTies) / residents: mean number of people a resident knows |
 * | density | NetworkX `density(G_P)` = 2·ties / (n(n − 1)); 0 when n < 2 |
 * | components, largestComponent, largestComponentShare | NetworkX `connected_components(G_P)`: count, largest size, / residents (0 when empty) |
 * | weakTies | internal ties of strength ≤ weakMax |
 * | bridgingWeakTies, bridgingShare | internal ties that are bridging weak ties (below); / ties |
 * | connectors, connectorsPer100 | residents with a CONNECTOR or KEY_FIGURE role at asOf; 100 × / residents |
 * | tiesViaInitiatives, shareTiesViaInitiatives | internal ties with a valid tie that has an origin initiative; / ties |
 * | helpOffers … otherRatio | `helpBalance` of the residents: available offers, open requests, offers / requests; overall, practical, social contact, other |
 * | averageClustering | NetworkX `average_clustering(G_P)` (unweighted, zeros counted) |
 * | transitivity | NetworkX `transitivity(G_P)` |
 * | communities | Louvain communities of the whole snapshot graph (seeded) that have a resident with a tie |
 * | modularity | NetworkX `modularity(G_P, partition)` (weighted by strength) of that partition restricted to the residents |
 * | streets | distinct home places (streets) of the residents |
 * | sameStreetTies, crossStreetTies, eiIndexStreets | internal ties within one street / between two; E-I = (cross − same) / (cross + same) |
 * | eiIndexPlace | E-I of the place as one group: (externalTies − ties) / (externalTies + ties) |
 * Ratios with a zero denominator are null (0/0 is not 0), except density, largestComponentShare and
 * transitivity, which follow NetworkX (0).
 *
 * Bridging share: the share of the place's internal ties that are *bridging weak ties* — strength ≤ weakMax and
 * crossing a street, a community or a collective, or a local bridge (`weakTies(...).bridging` on the whole
 * graph, with groupings street = home place, community = Louvain, collective = memberships at asOf; see
 * health-network.ts). Whole-graph because the neighbourhood is one network: a tie's bridging role does not
 * change with the place you look from.
 *
 * Communities are detected once on the snapshot's whole graph, not per place: one Louvain run per date serves a
 * whole roll-up, and a street's communities are the neighbourhood's communities as they show in the street.
 *
 * Cost (one date): one graph build, one Louvain run, one weak-tie pass, one triangle pass, then O((n + m + T) · d)
 * for d levels of places and T triangles — for all places of a roll-up at once.
 * Errors: `graph/place-health: …`.
 */
import { forEachTriangle } from '../structure/triangles';
import { DEFAULTS as AT_RISK_DEFAULTS, assessPeople, checkCriteria, type AtRiskCriteria } from './at-risk';
import {
  DEFAULTS as HELP_DEFAULTS,
  needGroupOf,
  offerAt,
  offerRatio,
  requestAt,
  type HelpBalanceOptions,
} from './help-balance';
import { HealthNetwork } from './health-network';
import { PlaceIndex, requireDate, type NeighbourhoodSnapshot, type SnapshotPlace } from './snapshot';

export interface PlaceHealthOptions extends AtRiskCriteria {
  asOf: string;
  /** Louvain's seed */
  seed: number;
  needGroups: HelpBalanceOptions['needGroups'];
}

export const DEFAULTS: Omit<PlaceHealthOptions, 'asOf'> = {
  seed: 1,
  weakMax: AT_RISK_DEFAULTS.weakMax,
  unconfirmedMonths: AT_RISK_DEFAULTS.unconfirmedMonths,
  lostWindowMonths: AT_RISK_DEFAULTS.lostWindowMonths,
  weights: AT_RISK_DEFAULTS.weights,
  needGroups: HELP_DEFAULTS.needGroups,
};

export interface PlaceHealthFigures {
  residents: number;
  isolated: number;
  shareIsolated: number | null;
  atRisk: number;
  shareAtRisk: number | null;
  ties: number;
  externalTies: number;
  meanDegree: number | null;
  meanDegreeWithExternal: number | null;
  density: number;
  components: number;
  largestComponent: number;
  largestComponentShare: number;
  weakTies: number;
  bridgingWeakTies: number;
  bridgingShare: number | null;
  connectors: number;
  connectorsPer100: number | null;
  tiesViaInitiatives: number;
  shareTiesViaInitiatives: number | null;
  helpOffers: number;
  helpRequests: number;
  helpRatio: number | null;
  practicalOffers: number;
  practicalRequests: number;
  practicalRatio: number | null;
  socialContactOffers: number;
  socialContactRequests: number;
  socialContactRatio: number | null;
  otherOffers: number;
  otherRequests: number;
  otherRatio: number | null;
  averageClustering: number | null;
  transitivity: number;
  communities: number;
  modularity: number | null;
  streets: number;
  sameStreetTies: number;
  crossStreetTies: number;
  eiIndexStreets: number | null;
  eiIndexPlace: number | null;
}

export interface PlaceHealth extends PlaceHealthFigures {
  placeId: string;
  name: string;
  level: string;
  parentId: string | null;
  asOf: string;
}

/** current − previous per figure; null when either is null */
export type PlaceHealthDelta = { [K in keyof PlaceHealthFigures]: number | null };

export interface HealthComparison {
  placeId: string;
  current: PlaceHealth;
  previous: PlaceHealth;
  delta: PlaceHealthDelta;
}

export interface HealthTrend {
  placeId: string;
  /** one per date, oldest first */
  points: PlaceHealth[];
  /** deltas[i] = points[i + 1] − points[i] */
  deltas: PlaceHealthDelta[];
}

const FIGURES: Record<keyof PlaceHealthFigures, true> = {
  residents: true,
  isolated: true,
  shareIsolated: true,
  atRisk: true,
  shareAtRisk: true,
  ties: true,
  externalTies: true,
  meanDegree: true,
  meanDegreeWithExternal: true,
  density: true,
  components: true,
  largestComponent: true,
  largestComponentShare: true,
  weakTies: true,
  bridgingWeakTies: true,
  bridgingShare: true,
  connectors: true,
  connectorsPer100: true,
  tiesViaInitiatives: true,
  shareTiesViaInitiatives: true,
  helpOffers: true,
  helpRequests: true,
  helpRatio: true,
  practicalOffers: true,
  practicalRequests: true,
  practicalRatio: true,
  socialContactOffers: true,
  socialContactRequests: true,
  socialContactRatio: true,
  otherOffers: true,
  otherRequests: true,
  otherRatio: true,
  averageClustering: true,
  transitivity: true,
  communities: true,
  modularity: true,
  streets: true,
  sameStreetTies: true,
  crossStreetTies: true,
  eiIndexStreets: true,
  eiIndexPlace: true,
};

/** The names of the figures, in a stable order (e.g. for GraphQL fields or a CSV header). */
export const PLACE_HEALTH_FIGURES = Object.keys(FIGURES) as (keyof PlaceHealthFigures)[];

type Options = Pick<PlaceHealthOptions, 'asOf'> & Partial<PlaceHealthOptions>;

/** Health of one place at `asOf`. */
export function placeHealth(snapshot: NeighbourhoodSnapshot, placeId: string, options: Options): PlaceHealth {
  const opts = resolve(options);
  const places = new PlaceIndex(snapshot.places);
  requirePlace(places, placeId);
  return healthOfPlaces(networkAt(snapshot, opts, places), [placeId], opts)[0];
}

/**
 * Health of a place and of every place below it (street → buurt → wijk …), each computed on its own residents
 * and ties (not averaged from the places below), from one graph build. Depth first, children by name.
 */
export function healthByPlace(snapshot: NeighbourhoodSnapshot, rootPlaceId: string, options: Options): PlaceHealth[] {
  const opts = resolve(options);
  const places = new PlaceIndex(snapshot.places);
  requirePlace(places, rootPlaceId);
  return healthOfPlaces(networkAt(snapshot, opts, places), places.within(rootPlaceId), opts);
}

/** Health of a place at several dates (sorted, duplicates dropped), and the change from each to the next. */
export function healthTrend(
  snapshot: NeighbourhoodSnapshot,
  placeId: string,
  options: { dates: string[] } & Partial<Omit<PlaceHealthOptions, 'asOf'>>,
): HealthTrend {
  const { dates, ...rest } = options;
  if (!Array.isArray(dates) || dates.length === 0) {
    throw new Error('graph/place-health: dates must be a non-empty list of dates YYYY-MM-DD');
  }
  for (const date of dates) requireDate('place-health', 'every date', date);
  const places = new PlaceIndex(snapshot.places);
  requirePlace(places, placeId);
  const points = [...new Set(dates)].sort().map((asOf) => {
    const opts = resolve({ ...rest, asOf });
    return healthOfPlaces(networkAt(snapshot, opts, places), [placeId], opts)[0];
  });
  const deltas = points.slice(1).map((point, i) => deltaOf(point, points[i]));
  return { placeId, points, deltas };
}

/** Health of a place now (`asOf`) and at `previousAsOf`, and the change (current − previous). */
export function compareHealth(
  snapshot: NeighbourhoodSnapshot,
  placeId: string,
  options: { asOf: string; previousAsOf: string } & Partial<Omit<PlaceHealthOptions, 'asOf'>>,
): HealthComparison {
  const { previousAsOf, ...rest } = options;
  requireDate('place-health', 'previousAsOf', previousAsOf);
  const current = resolve(rest);
  const before = resolve({ ...rest, asOf: previousAsOf });
  const places = new PlaceIndex(snapshot.places);
  requirePlace(places, placeId);
  const now = healthOfPlaces(networkAt(snapshot, current, places), [placeId], current)[0];
  const then = healthOfPlaces(networkAt(snapshot, before, places), [placeId], before)[0];
  return { placeId, current: now, previous: then, delta: deltaOf(now, then) };
}

/** current − previous for every figure; null when either side is null. */
export function deltaOf(current: PlaceHealthFigures, previous: PlaceHealthFigures): PlaceHealthDelta {
  const delta = {} as PlaceHealthDelta;
  for (const key of PLACE_HEALTH_FIGURES) {
    const a = current[key];
    const b = previous[key];
    delta[key] = a === null || b === null ? null : a - b;
  }
  return delta;
}

function resolve(options: Options): PlaceHealthOptions {
  const opts: PlaceHealthOptions = {
    ...DEFAULTS,
    ...options,
    weights: { ...DEFAULTS.weights, ...options.weights },
    needGroups: options.needGroups ?? DEFAULTS.needGroups,
  };
  requireDate('place-health', 'asOf', opts.asOf);
  checkCriteria('place-health', opts);
  if (!Number.isInteger(opts.seed)) {
    throw new Error(`graph/place-health: seed must be a whole number, got ${String(opts.seed)}`);
  }
  return opts;
}

function requirePlace(places: PlaceIndex, placeId: string): void {
  if (!places.has(placeId)) throw new Error(`graph/place-health: place "${placeId}" is not in the snapshot`);
}

function networkAt(snapshot: NeighbourhoodSnapshot, opts: PlaceHealthOptions, places: PlaceIndex): HealthNetwork {
  return new HealthNetwork(snapshot, { asOf: opts.asOf, seed: opts.seed, weakMax: opts.weakMax }, places);
}

/** Per-place sums, one slot per requested place. */
class Sums {
  readonly residents: Int32Array;
  readonly isolated: Int32Array;
  readonly atRisk: Int32Array;
  readonly connectors: Int32Array;
  readonly ties: Int32Array;
  readonly external: Int32Array;
  readonly weak: Int32Array;
  readonly bridging: Int32Array;
  readonly viaInitiative: Int32Array;
  readonly sameStreet: Int32Array;
  readonly crossStreet: Int32Array;
  readonly weightTotal: Float64Array;
  readonly weightInsideCommunities: Float64Array;
  readonly triangles: Float64Array;
  readonly triples: Float64Array;
  readonly clusteringSum: Float64Array;
  readonly components: Int32Array;
  readonly largestComponent: Int32Array;
  readonly communities: Int32Array;
  readonly streets: Int32Array;
  /** [offers, requests] × [all, practical, social contact, other] */
  readonly help: Int32Array[];

  constructor(size: number) {
    const ints = (): Int32Array => new Int32Array(size);
    const floats = (): Float64Array => new Float64Array(size);
    this.residents = ints();
    this.isolated = ints();
    this.atRisk = ints();
    this.connectors = ints();
    this.ties = ints();
    this.external = ints();
    this.weak = ints();
    this.bridging = ints();
    this.viaInitiative = ints();
    this.sameStreet = ints();
    this.crossStreet = ints();
    this.weightTotal = floats();
    this.weightInsideCommunities = floats();
    this.triangles = floats();
    this.triples = floats();
    this.clusteringSum = floats();
    this.components = ints();
    this.largestComponent = ints();
    this.communities = ints();
    this.streets = ints();
    this.help = Array.from({ length: 8 }, ints);
  }
}

const HELP_GROUP_INDEX = { PRACTICAL: 1, SOCIAL_CONTACT: 2, OTHER: 3 } as const;

/**
 * The health of each of `placeIds` on one network (internal). A person belongs to every requested place on
 * their place chain; "slots" are (person, requested place) pairs, so per-place degrees, triangles and
 * components live in flat arrays and one pass over ties and triangles serves every place.
 */
export function healthOfPlaces(net: HealthNetwork, placeIds: string[], opts: PlaceHealthOptions): PlaceHealth[] {
  const { places, adjacency } = net;
  const { edgeSource, edgeTarget, weight, index } = adjacency;
  const n = net.order;
  const placeSlot = new Map(placeIds.map((id, p) => [id, p]));

  // slots: the requested places on each person's chain, nearest first
  const start = new Int32Array(n + 1);
  const chainList: number[] = [];
  for (let v = 0; v < n; v++) {
    const home = net.home[v];
    if (home !== null) {
      for (const id of places.chainOf(home)) {
        const p = placeSlot.get(id);
        if (p !== undefined) chainList.push(p);
      }
    }
    start[v + 1] = chainList.length;
  }
  const chain = Int32Array.from(chainList);
  const slots = chain.length;
  // the requested places common to two chains are a common suffix (both are ancestor lists filtered alike)
  const commonTail = (u: number, v: number): number => {
    let i = start[u + 1] - 1;
    let j = start[v + 1] - 1;
    let c = 0;
    while (i >= start[u] && j >= start[v] && chain[i] === chain[j]) {
      c++;
      i--;
      j--;
    }
    return c;
  };

  const sums = new Sums(placeIds.length);
  const degreeIn = new Int32Array(slots);
  const weightedDegreeIn = new Float64Array(slots);
  const trianglesIn = new Int32Array(slots);
  const parent = new Int32Array(slots);
  for (let s = 0; s < slots; s++) parent[s] = s;
  const find = (s: number): number => {
    while (parent[s] !== s) {
      parent[s] = parent[parent[s]];
      s = parent[s];
    }
    return s;
  };

  const { community, count: communityCount } = net.communities();
  const bridging = net.bridgingWeak();

  for (let e = 0; e < edgeSource.length; e++) {
    const u = edgeSource[e];
    const v = edgeTarget[e];
    const w = weight[e];
    const c = commonTail(u, v);
    const lengthU = start[u + 1] - start[u];
    const lengthV = start[v + 1] - start[v];
    for (let k = 0; k < lengthU - c; k++) sums.external[chain[start[u] + k]]++;
    for (let k = 0; k < lengthV - c; k++) sums.external[chain[start[v] + k]]++;
    if (c === 0) continue;
    const weak = net.isWeak(e);
    const isBridging = bridging[e] === 1;
    const viaInitiative = net.edgeTies[e].some((tie) => tie.originInitiativeId !== null);
    const sameStreet = net.people[u].placeId === net.people[v].placeId;
    const sameCommunity = community[u] === community[v];
    for (let j = 0; j < c; j++) {
      const su = start[u] + lengthU - c + j;
      const sv = start[v] + lengthV - c + j;
      const p = chain[su];
      sums.ties[p]++;
      sums.weightTotal[p] += w;
      if (weak) sums.weak[p]++;
      if (isBridging) sums.bridging[p]++;
      if (viaInitiative) sums.viaInitiative[p]++;
      if (sameStreet) sums.sameStreet[p]++;
      else sums.crossStreet[p]++;
      if (sameCommunity) sums.weightInsideCommunities[p] += w;
      degreeIn[su]++;
      degreeIn[sv]++;
      weightedDegreeIn[su] += w;
      weightedDegreeIn[sv] += w;
      const ru = find(su);
      const rv = find(sv);
      if (ru !== rv) parent[ru] = rv;
    }
  }

  forEachTriangle(adjacency, (a, b, c) => {
    let i = start[a + 1] - 1;
    let j = start[b + 1] - 1;
    let k = start[c + 1] - 1;
    while (i >= start[a] && j >= start[b] && k >= start[c] && chain[i] === chain[j] && chain[j] === chain[k]) {
      sums.triangles[chain[i]]++;
      trianglesIn[i--]++;
      trianglesIn[j--]++;
      trianglesIn[k--]++;
    }
  });

  // per person: at-risk assessment and help at asOf
  const assessment = assessPeople(net, opts);
  const help = new Int32Array(n * 8);
  for (const offer of net.snapshot.helpOffers) {
    const v = index.get(offer.personId);
    if (v === undefined || !offerAt(offer, net.asOf).available) continue;
    help[v * 8]++;
    help[v * 8 + HELP_GROUP_INDEX[needGroupOf(offer.need, opts.needGroups)]]++;
  }
  for (const request of net.snapshot.helpRequests) {
    const v = index.get(request.personId);
    if (v === undefined || !requestAt(request, net.asOf).open) continue;
    help[v * 8 + 4]++;
    help[v * 8 + 4 + HELP_GROUP_INDEX[needGroupOf(request.need, opts.needGroups)]]++;
  }

  const componentSize = new Int32Array(slots);
  const communityKey = (p: number, c: number): number => p * Math.max(communityCount, 1) + c;
  const communityDegree = new Map<number, number>();
  const streetsSeen = new Set<string>();
  for (let v = 0; v < n; v++) {
    const degree = net.degree(v);
    const a = assessment[v];
    for (let s = start[v]; s < start[v + 1]; s++) {
      const p = chain[s];
      sums.residents[p]++;
      if (degree === 0) sums.isolated[p]++;
      if (a.atRisk) sums.atRisk[p]++;
      if (net.connector[v]) sums.connectors[p]++;
      const d = degreeIn[s];
      if (d >= 2) {
        sums.clusteringSum[p] += (2 * trianglesIn[s]) / (d * (d - 1));
        sums.triples[p] += d * (d - 1);
      }
      const root = find(s);
      if (++componentSize[root] === 1) sums.components[p]++;
      if (componentSize[root] > sums.largestComponent[p]) sums.largestComponent[p] = componentSize[root];
      if (degree > 0) {
        const key = communityKey(p, community[v]);
        const known = communityDegree.get(key);
        if (known === undefined) sums.communities[p]++;
        communityDegree.set(key, (known ?? 0) + weightedDegreeIn[s]);
      }
      const streetKey = `${p}\u0000${net.people[v].placeId}`;
      if (!streetsSeen.has(streetKey)) {
        streetsSeen.add(streetKey);
        sums.streets[p]++;
      }
      for (let h = 0; h < 8; h++) sums.help[h][p] += help[v * 8 + h];
    }
  }
  const degreeSquares = new Float64Array(placeIds.length);
  for (const [key, d] of communityDegree) degreeSquares[Math.floor(key / Math.max(communityCount, 1))] += d * d;

  return placeIds.map((placeId, p): PlaceHealth => {
    const place = places.byId.get(placeId) as SnapshotPlace;
    const residents = sums.residents[p];
    const ties = sums.ties[p];
    const external = sums.external[p];
    const total = sums.weightTotal[p];
    const per = (count: number): number | null => (residents === 0 ? null : count / residents);
    const ofTies = (count: number): number | null => (ties === 0 ? null : count / ties);
    const ei = (outside: number, inside: number): number | null =>
      outside + inside === 0 ? null : (outside - inside) / (outside + inside);
    const h = (i: number): number => sums.help[i][p];
    return {
      placeId,
      name: place.name,
      level: place.level,
      parentId: place.parentId,
      asOf: net.asOf,
      residents,
      isolated: sums.isolated[p],
      shareIsolated: per(sums.isolated[p]),
      atRisk: sums.atRisk[p],
      shareAtRisk: per(sums.atRisk[p]),
      ties,
      externalTies: external,
      meanDegree: per(2 * ties),
      meanDegreeWithExternal: per(2 * ties + external),
      density: residents < 2 ? 0 : (2 * ties) / (residents * (residents - 1)),
      components: sums.components[p],
      largestComponent: sums.largestComponent[p],
      largestComponentShare: residents === 0 ? 0 : sums.largestComponent[p] / residents,
      weakTies: sums.weak[p],
      bridgingWeakTies: sums.bridging[p],
      bridgingShare: ofTies(sums.bridging[p]),
      connectors: sums.connectors[p],
      connectorsPer100: residents === 0 ? null : (100 * sums.connectors[p]) / residents,
      tiesViaInitiatives: sums.viaInitiative[p],
      shareTiesViaInitiatives: ofTies(sums.viaInitiative[p]),
      helpOffers: h(0),
      helpRequests: h(4),
      helpRatio: offerRatio(h(0), h(4)),
      practicalOffers: h(1),
      practicalRequests: h(5),
      practicalRatio: offerRatio(h(1), h(5)),
      socialContactOffers: h(2),
      socialContactRequests: h(6),
      socialContactRatio: offerRatio(h(2), h(6)),
      otherOffers: h(3),
      otherRequests: h(7),
      otherRatio: offerRatio(h(3), h(7)),
      averageClustering: per(sums.clusteringSum[p]),
      transitivity: sums.triangles[p] === 0 ? 0 : (6 * sums.triangles[p]) / sums.triples[p],
      communities: sums.communities[p],
      modularity: total === 0 ? null : sums.weightInsideCommunities[p] / total - degreeSquares[p] / (4 * total * total),
      streets: sums.streets[p],
      sameStreetTies: sums.sameStreet[p],
      crossStreetTies: sums.crossStreet[p],
      eiIndexStreets: ei(sums.crossStreet[p], sums.sameStreet[p]),
      eiIndexPlace: ei(external, ties),
    };
  });
}
