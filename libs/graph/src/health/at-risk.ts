/**
 * Who is isolated, and who is about to drop out (lesson 5: "extra oog hebben voor mensen die uit de boot dreigen
 * te vallen") — ranked, each with the reasons, and with the nearest connector, collective and initiative to link
 * them to (the community worker as gap filler).
 *
 * At `asOf`, over the ties valid then (`buildTieGraph`; a pair's strength is its strongest valid tie):
 * - isolated: degree 0 (DESIGN.md; as `isolates`, NetworkX `nx.isolates`).
 * - at risk (DESIGN.md "≤ 1 tie, or only weak ties (strength ≤ 2), or no tie confirmed in N months"): a person
 *   with one of the reasons ISOLATED, SINGLE_TIE, ONLY_WEAK_TIES or NO_TIE_CONFIRMED_SINCE. The other reasons
 *   (LOST_TIES, NO_COLLECTIVE_OR_INITIATIVE, ON_WATCH_LIST) only add weight: they do not put someone with several
 *   recent strong ties on the list.
 *
 * Reasons (in this order):
 * - `ISOLATED`: no tie.
 * - `SINGLE_TIE`: exactly one person to turn to.
 * - `ONLY_WEAK_TIES { ties }`: one tie or more, all of strength ≤ `weakMax`.
 * - `NO_TIE_CONFIRMED_SINCE { months }`: whole months since the most recent confirmation of any of their ties is
 *   ≥ `unconfirmedMonths`. A tie's confirmation is its `lastConfirmedOn`, or its `since` when it was never
 *   confirmed; a confirmation dated after `asOf` counts as `asOf` (it proves the tie was alive then — without
 *   this, every past date would look stale, as the snapshot keeps only the latest confirmation).
 * - `LOST_TIES { lost, sinceMonths }`: `lost` people with whom a tie ended (`until`) in the `lostWindowMonths`
 *   before `asOf` — `monthsBefore(asOf, N) < until <= asOf` — and who have no valid tie with them now (a tie that
 *   changed kind is not a loss); `sinceMonths` = `lostWindowMonths`.
 * - `NO_COLLECTIVE_OR_INITIATIVE`: no membership and no participation valid at `asOf`.
 * - `ON_WATCH_LIST`: the worker put them on the isolation watch list.
 *
 * Score (points, 0–100; weights in `DEFAULTS.weights`, overridable):
 *   score = 60·ISOLATED + 30·SINGLE_TIE + 20·ONLY_WEAK_TIES + 15·NO_TIE_CONFIRMED_SINCE
 *         + 5·min(lost, 3) + 10·NO_COLLECTIVE_OR_INITIATIVE + 10·ON_WATCH_LIST
 * so an isolated person starts at 60, and one weak tie not confirmed for a year (30 + 20 + 15 = 65) counts as
 * much as isolation: that tie may well be gone. Ranked by score (high first), then fewer ties, then person id.
 *
 * Nearest link (`nearest`, default on), for the visit plan: per at-risk person and per kind, the best candidate
 * they are not yet linked to, searched outward through their place chain — same street first (`samePlace`), then
 * the buurt, the wijk, … (`levelsApart` = 0, 1, 2, …: the first of the person's places that contains the
 * candidate's place). Within a level: most shared assets first (asset labels compared trimmed and case-blind),
 * then role-holding connectors before hidden ones, then the busiest candidate (a connector's degree, a
 * collective's or initiative's active people), then id.
 * - CONNECTOR: a person, not the at-risk person and not tied to them, holding a CONNECTOR or KEY_FIGURE role at
 *   `asOf`, or a hidden connector: among the top `hiddenConnectorShare` of all people by betweenness (rounded up,
 *   betweenness > 0), without such a role (`hiddenConnector: true`). Betweenness is `betweenness` (hop counts,
 *   normalised as NetworkX); sampled above `betweenness.exactUpTo` nodes, with its error bound reported.
 * - COLLECTIVE: a collective with at least one membership valid at `asOf` that the person is not a member of;
 *   shared assets are those of its active members.
 * - INITIATIVE: an initiative running at `asOf` (started on or before it or not dated, not ended by it, phase not
 *   ENDED or DORMANT — the phase is the current one) that the person takes no part in; shared assets are those
 *   of its active participants.
 *
 * Cost: one graph build, one betweenness run (only when `nearest` and `hiddenConnectorShare > 0`), then linear
 * work per person; the candidate search looks at the person's street first and goes up a level only while it
 * has found fewer than `nearestPerKind` — candidates are indexed by every place above them.
 * Errors: `graph/at-risk: …`.
 */
import { betweenness, type BetweennessOptions } from '../centrality/betweenness';
import { HealthNetwork } from './health-network';
import {
  assetKey,
  compareText,
  isValidAt,
  monthsBefore,
  requireDate,
  wholeMonthsBetween,
  type NeighbourhoodSnapshot,
  type SnapshotInitiative,
} from './snapshot';

export type AtRiskReason =
  | { code: 'ISOLATED' }
  | { code: 'SINGLE_TIE' }
  | { code: 'ONLY_WEAK_TIES'; ties: number }
  | { code: 'NO_TIE_CONFIRMED_SINCE'; months: number }
  | { code: 'LOST_TIES'; lost: number; sinceMonths: number }
  | { code: 'NO_COLLECTIVE_OR_INITIATIVE' }
  | { code: 'ON_WATCH_LIST' };

export type AtRiskReasonCode = AtRiskReason['code'];

export interface AtRiskWeights {
  isolated: number;
  singleTie: number;
  onlyWeakTies: number;
  noTieConfirmed: number;
  /** per lost tie, up to `lostTiesCounted` */
  lostTie: number;
  lostTiesCounted: number;
  noCollectiveOrInitiative: number;
  onWatchList: number;
}

export interface AtRiskCriteria {
  /** ties of strength ≤ weakMax are weak */
  weakMax: number;
  /** no tie confirmed for this many whole months → NO_TIE_CONFIRMED_SINCE */
  unconfirmedMonths: number;
  /** ties ended in this many months before asOf → LOST_TIES */
  lostWindowMonths: number;
  weights: AtRiskWeights;
}

export interface AtRiskOptions extends AtRiskCriteria {
  asOf: string;
  /** list the residents of this place and the places below; null: everyone living in a place of the snapshot */
  placeId: string | null;
  /** find the nearest connector, collective and initiative */
  nearest: boolean;
  /** candidates per kind */
  nearestPerKind: number;
  /** share of all people, by betweenness, from which hidden connectors are drawn (0: none) */
  hiddenConnectorShare: number;
  /** options for `betweenness` (seed, exactUpTo, samples, …) */
  betweenness: Partial<BetweennessOptions>;
  /** Louvain's seed (not used by the at-risk figures; kept so one options object serves all health figures) */
  seed: number;
}

export type NearestKind = 'CONNECTOR' | 'COLLECTIVE' | 'INITIATIVE';

export interface NearestLink {
  /** the at-risk person */
  personId: string;
  kind: NearestKind;
  /** person, collective or initiative id */
  id: string;
  label: string;
  /** where the candidate lives or is based */
  placeId: string;
  /** the candidate is in the person's own street (levelsApart 0) */
  samePlace: boolean;
  /** 0 same street, 1 same buurt, 2 same wijk, … */
  levelsApart: number;
  /** the person's asset labels that the candidate (or its active people) share */
  sharedAssets: string[];
  /** a connector found by betweenness, without a connector role */
  hiddenConnector: boolean;
}

export interface AtRiskPerson {
  /** 1 = most at risk */
  rank: number;
  personId: string;
  label: string;
  placeId: string;
  score: number;
  /** people they have a valid tie with */
  ties: number;
  /** of those, ties of strength ≤ weakMax */
  weakTies: number;
  isolated: boolean;
  reasons: AtRiskReason[];
  nearest: NearestLink[];
}

export interface AtRiskResult {
  asOf: string;
  placeId: string | null;
  /** people considered (the residents) */
  residents: number;
  /** isolated residents, in rank order (they are on `atRisk` too) */
  isolated: string[];
  atRisk: AtRiskPerson[];
  /** hidden connectors found (person ids, highest betweenness first); empty when not searched */
  hiddenConnectors: string[];
  /** how the betweenness behind the hidden connectors was computed; null when it was not */
  betweenness: { exact: boolean; samples: number | null; errorBound: number | null } | null;
}

export const DEFAULTS: Omit<AtRiskOptions, 'asOf'> = {
  placeId: null,
  weakMax: 2,
  unconfirmedMonths: 12,
  lostWindowMonths: 12,
  weights: {
    isolated: 60,
    singleTie: 30,
    onlyWeakTies: 20,
    noTieConfirmed: 15,
    lostTie: 5,
    lostTiesCounted: 3,
    noCollectiveOrInitiative: 10,
    onWatchList: 10,
  },
  nearest: true,
  nearestPerKind: 1,
  hiddenConnectorShare: 0.05,
  betweenness: { exactUpTo: 2_000 },
  seed: 1,
};

export function atRisk(
  snapshot: NeighbourhoodSnapshot,
  options: Pick<AtRiskOptions, 'asOf'> & Partial<AtRiskOptions>,
): AtRiskResult {
  const opts: AtRiskOptions = {
    ...DEFAULTS,
    ...options,
    weights: { ...DEFAULTS.weights, ...options.weights },
    betweenness: { ...DEFAULTS.betweenness, ...options.betweenness },
  };
  requireDate('at-risk', 'asOf', opts.asOf);
  checkCriteria('at-risk', opts);
  if (!Number.isInteger(opts.nearestPerKind) || opts.nearestPerKind < 0) {
    throw new Error(`graph/at-risk: nearestPerKind must be a whole number ≥ 0, got ${String(opts.nearestPerKind)}`);
  }
  if (!(opts.hiddenConnectorShare >= 0 && opts.hiddenConnectorShare <= 1)) {
    throw new Error(`graph/at-risk: hiddenConnectorShare must be between 0 and 1, got ${opts.hiddenConnectorShare}`);
  }
  const net = new HealthNetwork(snapshot, { asOf: opts.asOf, seed: opts.seed, weakMax: opts.weakMax });
  if (opts.placeId !== null && !net.places.has(opts.placeId)) {
    throw new Error(`graph/at-risk: place "${opts.placeId}" is not in the snapshot`);
  }
  const residents =
    opts.placeId === null ? net.home.flatMap((place, v) => (place === null ? [] : [v])) : net.residentsOf(opts.placeId);
  const assessment = assessPeople(net, opts);

  const listed = residents.filter((v) => assessment[v].atRisk);
  listed.sort(
    (a, b) =>
      assessment[b].score - assessment[a].score ||
      assessment[a].ties - assessment[b].ties ||
      compareText(net.people[a].id, net.people[b].id),
  );

  let hiddenConnectors: number[] = [];
  let betweennessInfo: AtRiskResult['betweenness'] = null;
  let finder: NearestFinder | null = null;
  if (opts.nearest && listed.length > 0 && opts.nearestPerKind > 0) {
    if (opts.hiddenConnectorShare > 0 && net.graph.size > 0) {
      const result = betweenness(net.graph, { seed: opts.seed, ...opts.betweenness });
      betweennessInfo = { exact: result.exact, samples: result.samples, errorBound: result.errorBound };
      hiddenConnectors = findHiddenConnectors(net, result.values, opts.hiddenConnectorShare);
    }
    finder = new NearestFinder(net, hiddenConnectors);
  }

  const atRiskPeople = listed.map((v, i): AtRiskPerson => {
    const a = assessment[v];
    const person = net.people[v];
    return {
      rank: i + 1,
      personId: person.id,
      label: person.label,
      placeId: person.placeId,
      score: a.score,
      ties: a.ties,
      weakTies: a.weakTies,
      isolated: a.ties === 0,
      reasons: a.reasons,
      nearest: finder === null ? [] : finder.nearest(v, opts.nearestPerKind),
    };
  });
  return {
    asOf: opts.asOf,
    placeId: opts.placeId,
    residents: residents.length,
    isolated: atRiskPeople.filter((p) => p.isolated).map((p) => p.personId),
    atRisk: atRiskPeople,
    hiddenConnectors: hiddenConnectors.map((v) => net.people[v].id),
    betweenness: betweennessInfo,
  };
}

/** One person's situation at asOf (internal, shared with place health). */
export interface Assessment {
  ties: number;
  weakTies: number;
  reasons: AtRiskReason[];
  score: number;
  atRisk: boolean;
}

const QUALIFYING: readonly AtRiskReasonCode[] = ['ISOLATED', 'SINGLE_TIE', 'ONLY_WEAK_TIES', 'NO_TIE_CONFIRMED_SINCE'];

/** Reasons and score of every node of the network (internal, shared with place health). */
export function assessPeople(net: HealthNetwork, criteria: AtRiskCriteria): Assessment[] {
  const { unconfirmedMonths, lostWindowMonths, weights } = criteria;
  const { offsets, edgeOf } = net.adjacency;
  const asOf = net.asOf;
  const lost = lostPartners(net, lostWindowMonths);

  return net.people.map((person, v): Assessment => {
    const reasons: AtRiskReason[] = [];
    let score = 0;
    const ties = net.degree(v);
    let weak = 0;
    let lastConfirmed = '';
    for (let p = offsets[v]; p < offsets[v + 1]; p++) {
      const e = edgeOf[p];
      if (net.isWeak(e)) weak++;
      for (const tie of net.edgeTies[e]) {
        const day = tie.lastConfirmedOn === null ? tie.since.slice(0, 10) : tie.lastConfirmedOn.slice(0, 10);
        const confirmed = day > asOf ? asOf : day;
        if (confirmed > lastConfirmed) lastConfirmed = confirmed;
      }
    }
    if (ties === 0) {
      reasons.push({ code: 'ISOLATED' });
      score += weights.isolated;
    }
    if (ties === 1) {
      reasons.push({ code: 'SINGLE_TIE' });
      score += weights.singleTie;
    }
    if (ties > 0 && weak === ties) {
      reasons.push({ code: 'ONLY_WEAK_TIES', ties });
      score += weights.onlyWeakTies;
    }
    if (ties > 0) {
      const months = wholeMonthsBetween(lastConfirmed, asOf);
      if (months >= unconfirmedMonths) {
        reasons.push({ code: 'NO_TIE_CONFIRMED_SINCE', months });
        score += weights.noTieConfirmed;
      }
    }
    const lostCount = lost.get(v)?.size ?? 0;
    if (lostCount > 0) {
      reasons.push({ code: 'LOST_TIES', lost: lostCount, sinceMonths: lostWindowMonths });
      score += weights.lostTie * Math.min(lostCount, weights.lostTiesCounted);
    }
    if (net.collectivesOf[v].length === 0 && net.initiativesOf[v].length === 0) {
      reasons.push({ code: 'NO_COLLECTIVE_OR_INITIATIVE' });
      score += weights.noCollectiveOrInitiative;
    }
    if (person.onWatchList) {
      reasons.push({ code: 'ON_WATCH_LIST' });
      score += weights.onWatchList;
    }
    return { ties, weakTies: weak, reasons, score, atRisk: reasons.some((r) => QUALIFYING.includes(r.code)) };
  });
}

/** Throws `graph/<namespace>: …` on bad criteria (internal, shared with place health). */
export function checkCriteria(namespace: string, criteria: AtRiskCriteria): void {
  const { weakMax, unconfirmedMonths, lostWindowMonths, weights } = criteria;
  if (typeof weakMax !== 'number' || Number.isNaN(weakMax)) {
    throw new Error(`graph/${namespace}: weakMax must be a number, got ${String(weakMax)}`);
  }
  for (const [name, value] of [
    ['unconfirmedMonths', unconfirmedMonths],
    ['lostWindowMonths', lostWindowMonths],
  ] as const) {
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(`graph/${namespace}: ${name} must be a whole number of months ≥ 0, got ${String(value)}`);
    }
  }
  for (const [name, value] of Object.entries(weights)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new Error(`graph/${namespace}: weights.${name} must be a finite number, got ${String(value)}`);
    }
  }
}

/** Per node: the partners whose ties ended in the window and who are not tied to them now. */
function lostPartners(net: HealthNetwork, windowMonths: number): Map<number, Set<number>> {
  const asOf = net.asOf;
  const from = monthsBefore(asOf, windowMonths);
  const { index } = net.adjacency;
  const lost = new Map<number, Set<number>>();
  const add = (v: number, w: number): void => {
    let set = lost.get(v);
    if (!set) lost.set(v, (set = new Set()));
    set.add(w);
  };
  for (const tie of net.snapshot.ties) {
    if (tie.until === null) continue;
    const until = tie.until.slice(0, 10);
    if (!(until > from && until <= asOf) || tie.since.slice(0, 10) >= until) continue;
    const a = index.get(tie.personAId);
    const b = index.get(tie.personBId);
    if (a === undefined || b === undefined || net.graph.hasEdge(tie.personAId, tie.personBId)) continue;
    add(a, b);
    add(b, a);
  }
  return lost;
}

/** People in the top `share` by betweenness (value > 0) without a connector role, highest first. */
function findHiddenConnectors(net: HealthNetwork, values: Record<string, number>, share: number): number[] {
  const n = net.order;
  const top = Math.ceil(share * n);
  const ranked = net.adjacency.nodes
    .map((id, v) => ({ v, id, value: values[id] ?? 0 }))
    .sort((a, b) => b.value - a.value || compareText(a.id, b.id))
    .slice(0, top);
  return ranked.filter((r) => r.value > 0 && net.connector[r.v] === 0).map((r) => r.v);
}

interface Candidate {
  kind: NearestKind;
  id: string;
  label: string;
  placeId: string;
  /** the candidate's place and its ancestors */
  chain: Set<string>;
  assetKeys: Set<string>;
  /** degree of a connector, active people of a collective or initiative */
  weight: number;
  hiddenConnector: boolean;
  /** node index of a connector; -1 otherwise */
  node: number;
  /** node indices already linked: members / participants (for collectives and initiatives) */
  linked: Set<number>;
}

/** Initiative open to newcomers at asOf (see the header). */
export function isRunningAt(initiative: SnapshotInitiative, asOf: string): boolean {
  if (initiative.phase === 'ENDED' || initiative.phase === 'DORMANT') return false;
  return isValidAt({ since: initiative.startedOn, until: initiative.endedOn }, asOf);
}

class NearestFinder {
  private readonly candidates: Record<NearestKind, Candidate[]> = { CONNECTOR: [], COLLECTIVE: [], INITIATIVE: [] };
  /** per kind: place → the candidates based in it or below */
  private readonly within: Record<NearestKind, Map<string, Candidate[]>> = {
    CONNECTOR: new Map(),
    COLLECTIVE: new Map(),
    INITIATIVE: new Map(),
  };
  private readonly assetKeysOf: Set<string>[];

  constructor(
    private readonly net: HealthNetwork,
    hiddenConnectors: number[],
  ) {
    const { places, people } = net;
    this.assetKeysOf = people.map((p) => new Set(p.assets.map((a) => assetKey(a.label))));
    const chainSet = (placeId: string): Set<string> => new Set(places.chainOf(placeId));

    const hidden = new Set(hiddenConnectors);
    people.forEach((person, v) => {
      const home = net.home[v];
      if (home === null || (net.connector[v] === 0 && !hidden.has(v))) return;
      this.candidates.CONNECTOR.push({
        kind: 'CONNECTOR',
        id: person.id,
        label: person.label,
        placeId: home,
        chain: chainSet(home),
        assetKeys: this.assetKeysOf[v],
        weight: net.degree(v),
        hiddenConnector: net.connector[v] === 0,
        node: v,
        linked: new Set(),
      });
    });

    const { index } = net.adjacency;
    const group = (
      kind: NearestKind,
      id: string,
      label: string,
      placeId: string,
      members: number[],
    ): Candidate | null => {
      if (!places.has(placeId) || members.length === 0) return null;
      const assetKeys = new Set<string>();
      for (const v of members) for (const key of this.assetKeysOf[v]) assetKeys.add(key);
      return {
        kind,
        id,
        label,
        placeId,
        chain: chainSet(placeId),
        assetKeys,
        weight: members.length,
        hiddenConnector: false,
        node: -1,
        linked: new Set(members),
      };
    };

    const membersOf = new Map<string, Set<number>>();
    for (const m of net.snapshot.memberships) {
      const v = index.get(m.personId);
      if (v === undefined || !isValidAt(m, net.asOf)) continue;
      let set = membersOf.get(m.collectiveId);
      if (!set) membersOf.set(m.collectiveId, (set = new Set()));
      set.add(v);
    }
    for (const c of net.snapshot.collectives) {
      const candidate = group('COLLECTIVE', c.id, c.name, c.placeId, [...(membersOf.get(c.id) ?? [])]);
      if (candidate) this.candidates.COLLECTIVE.push(candidate);
    }

    const participantsOf = new Map<string, Set<number>>();
    for (const p of net.snapshot.participations) {
      const v = index.get(p.personId);
      if (v === undefined || !isValidAt(p, net.asOf)) continue;
      let set = participantsOf.get(p.initiativeId);
      if (!set) participantsOf.set(p.initiativeId, (set = new Set()));
      set.add(v);
    }
    for (const i of net.snapshot.initiatives) {
      if (!isRunningAt(i, net.asOf)) continue;
      const candidate = group('INITIATIVE', i.id, i.name, i.placeId, [...(participantsOf.get(i.id) ?? [])]);
      if (candidate) this.candidates.INITIATIVE.push(candidate);
    }

    for (const kind of ['CONNECTOR', 'COLLECTIVE', 'INITIATIVE'] as const) {
      for (const c of this.candidates[kind]) {
        for (const placeId of c.chain) {
          const list = this.within[kind].get(placeId);
          if (list) list.push(c);
          else this.within[kind].set(placeId, [c]);
        }
      }
    }
  }

  nearest(v: number, perKind: number): NearestLink[] {
    const home = this.net.home[v];
    if (home === null) return [];
    const chain = this.net.places.chainOf(home);
    const person = this.net.people[v];
    const keys = this.assetKeysOf[v];
    const result: NearestLink[] = [];
    for (const kind of ['CONNECTOR', 'COLLECTIVE', 'INITIATIVE'] as const) {
      const within = this.within[kind];
      let found = 0;
      // level by level outward: the candidates under chain[levels] that are not under chain[levels - 1]
      for (let levels = 0; levels < chain.length && found < perKind; levels++) {
        const scored: { c: Candidate; shared: string[] }[] = [];
        for (const c of within.get(chain[levels]) ?? []) {
          if (levels > 0 && c.chain.has(chain[levels - 1])) continue;
          if (c.node === v || c.linked.has(v)) continue;
          if (c.node >= 0 && this.net.graph.hasEdge(person.id, c.id)) continue;
          scored.push({
            c,
            shared: keys.size > 0 && c.assetKeys.size > 0 ? sharedAssets(person.assets, c.assetKeys) : [],
          });
        }
        scored.sort(
          (a, b) =>
            b.shared.length - a.shared.length ||
            Number(a.c.hiddenConnector) - Number(b.c.hiddenConnector) ||
            b.c.weight - a.c.weight ||
            compareText(a.c.id, b.c.id),
        );
        for (const { c, shared } of scored.slice(0, perKind - found)) {
          result.push({
            personId: person.id,
            kind,
            id: c.id,
            label: c.label,
            placeId: c.placeId,
            samePlace: levels === 0,
            levelsApart: levels,
            sharedAssets: shared,
            hiddenConnector: c.hiddenConnector,
          });
          found++;
        }
      }
    }
    return result;
  }
}

/** The person's asset labels (their spelling, once per key) that are among `keys`. */
function sharedAssets(assets: readonly { label: string }[], keys: Set<string>): string[] {
  const shared: string[] = [];
  const seen = new Set<string>();
  for (const asset of assets) {
    const key = assetKey(asset.label);
    if (keys.has(key) && !seen.has(key)) {
      seen.add(key);
      shared.push(asset.label);
    }
  }
  return shared;
}
