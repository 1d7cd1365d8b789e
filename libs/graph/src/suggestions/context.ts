/**
 * What every kind of suggestion reads, computed once per (snapshot, date, place): the prepared what-if (the
 * unchanged network, its at-risk assessment and the place's figures), betweenness and hidden connectors, who is
 * active in which collective and initiative, names and places for the explanations. Internal to suggestions/.
 */
import { betweenness, type BetweennessOptions } from '../centrality/betweenness';
import type { Assessment } from '../health/at-risk';
import type { HealthNetwork } from '../health/health-network';
import { compareText, isValidAt, type NeighbourhoodSnapshot, type SnapshotPlace } from '../health/snapshot';
import { personProfile, type InterestProfile } from './interests';
import { WhatIfEngine, type WhatIfSettings } from './what-if';

export interface SuggestionSettings extends WhatIfSettings {
  /** at most this many suggestions */
  limit: number;
  /** only suggestions involving this person (e.g. for a person page); null: all */
  personId: string | null;
  /** at most this many introductions per at-risk person */
  maxPerPerson: number;
  /** nobody is asked to meet more than this many new people in one list (connector load) */
  maxPerPartner: number;
  /** candidates evaluated with what-if, the most urgent first */
  maxEvaluations: number;
  /** introductions look this many place levels above the person's street (0: same street only) */
  maxLevelsApart: number;
  /** smallest group (residents) worth bridging or backing up */
  minGroupSize: number;
  /** ties of this strength or more are important enough to check */
  strongTie: number;
  /** share of all people, by betweenness, from which hidden connectors are drawn (as `atRisk`) */
  hiddenConnectorShare: number;
  betweenness: Partial<BetweennessOptions>;
}

export interface Member {
  v: number;
  roles: Set<string>;
}

export class SuggestionContext {
  readonly engine: WhatIfEngine;
  readonly net: HealthNetwork;
  readonly assessment: Assessment[];
  /** node indices of the place's residents, in node order */
  readonly residents: number[];
  readonly resident: Uint8Array;
  /** normalised betweenness per node (hop counts, as NetworkX) */
  readonly betweenness: Float64Array;
  /** 1 for a hidden connector: top betweenness share, value > 0, no connector role */
  readonly hidden: Uint8Array;
  /** active members per collective (valid at asOf), in snapshot order */
  readonly members = new Map<string, Member[]>();
  /** active participants per initiative (valid at asOf), in snapshot order */
  readonly participants = new Map<string, Member[]>();
  readonly profiles: InterestProfile[];

  constructor(
    readonly snapshot: NeighbourhoodSnapshot,
    readonly settings: SuggestionSettings,
  ) {
    this.engine = new WhatIfEngine(snapshot, settings);
    this.net = this.engine.network;
    this.assessment = this.engine.assessment;
    this.resident = this.engine.resident;
    this.residents = [];
    for (let v = 0; v < this.net.order; v++) if (this.resident[v]) this.residents.push(v);

    const n = this.net.order;
    this.betweenness = new Float64Array(n);
    this.hidden = new Uint8Array(n);
    if (this.net.graph.size > 0) {
      const result = betweenness(this.net.graph, { seed: settings.seed, ...settings.betweenness });
      this.net.adjacency.nodes.forEach((id, v) => {
        this.betweenness[v] = result.values[id] ?? 0;
      });
      const top = Math.ceil(settings.hiddenConnectorShare * n);
      const ranked = Array.from({ length: n }, (_, v) => v)
        .sort((a, b) => this.betweenness[b] - this.betweenness[a] || compareText(this.idOf(a), this.idOf(b)))
        .slice(0, top);
      for (const v of ranked) if (this.betweenness[v] > 0 && this.net.connector[v] === 0) this.hidden[v] = 1;
    }

    const add = (into: Map<string, Member[]>, group: string, personId: string, role: string): void => {
      const v = this.net.adjacency.index.get(personId);
      if (v === undefined) return;
      let list = into.get(group);
      if (!list) into.set(group, (list = []));
      const known = list.find((m) => m.v === v);
      if (known) known.roles.add(role);
      else list.push({ v, roles: new Set([role]) });
    };
    for (const m of snapshot.memberships) {
      if (isValidAt(m, this.asOf)) add(this.members, m.collectiveId, m.personId, m.role);
    }
    for (const p of snapshot.participations) {
      if (isValidAt(p, this.asOf)) add(this.participants, p.initiativeId, p.personId, p.role);
    }
    this.profiles = this.net.people.map((p) => personProfile(p.assets.map((a) => a.label)));
  }

  get asOf(): string {
    return this.net.asOf;
  }

  idOf(v: number): string {
    return this.net.people[v].id;
  }

  labelOf(v: number): string {
    return this.net.people[v].label;
  }

  assetLabels(v: number): string[] {
    return this.net.people[v].assets.map((a) => a.label);
  }

  /** the person's home place when it is a place of the snapshot, else null */
  homeOf(v: number): string | null {
    return this.net.home[v];
  }

  placeName(placeId: string): string {
    return (this.net.places.byId.get(placeId) as SnapshotPlace).name;
  }

  /** the name of the person's street, or null when they live outside the snapshot's places */
  streetName(v: number): string | null {
    const home = this.homeOf(v);
    return home === null ? null : this.placeName(home);
  }

  tied(u: number, v: number): boolean {
    return this.net.graph.hasEdge(this.idOf(u), this.idOf(v));
  }

  isConnector(v: number): boolean {
    return this.net.connector[v] === 1;
  }

  /**
   * How near a place is to a person: the first of the person's places (street, buurt, …) that contains it —
   * `levels` 0 is the same street — or null when none does.
   */
  nearness(v: number, placeId: string): { levels: number; placeId: string } | null {
    const home = this.homeOf(v);
    if (home === null || !this.net.places.has(placeId)) return null;
    const chain = this.net.places.chainOf(home);
    const target = this.net.places.chainOf(placeId);
    for (let levels = 0; levels < chain.length; levels++) {
      if (target.includes(chain[levels])) return { levels, placeId: chain[levels] };
    }
    return null;
  }

  /** People ranked as well-placed members: connector role first, then betweenness, then ties, then id. */
  compareWellPlaced = (a: number, b: number): number =>
    this.net.connector[b] - this.net.connector[a] ||
    this.betweenness[b] - this.betweenness[a] ||
    this.net.degree(b) - this.net.degree(a) ||
    compareText(this.idOf(a), this.idOf(b));

  /** People ranked as most connected: ties, then id. */
  compareMostConnected = (a: number, b: number): number =>
    this.net.degree(b) - this.net.degree(a) || compareText(this.idOf(a), this.idOf(b));
}
