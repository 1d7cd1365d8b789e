/**
 * The plain input of the health figures: everything about a neighbourhood that the community worker's figures
 * need, as plain data (what the API loads from the database, a CLI from JSON, a Web Worker from a message).
 *
 * libs/graph depends on nothing in the workspace, so this mirrors libs/domain's entities without importing them:
 * enums are strings (`'CONNECTOR'`, `'SOCIAL_CONTACT'`, `'INITIATOR'`, …), dates are ISO dates `YYYY-MM-DD`
 * (a longer ISO string is compared on its first ten characters), `until: null` means "still running".
 *
 * Rules the health figures rely on:
 * - Validity at a date is `since <= asOf < until` (libs/domain's `isValidAt`); a null `since` has always held.
 * - A person lives in one place (`placeId`, normally a street). The residents of a place are the people living
 *   in it or in any place below it (lesson 1: every figure rolls up street → buurt → wijk → …).
 * - A person whose `placeId` is not among `places` is outside every place of the snapshot: a node of the graph
 *   (their ties count for the people they know) but nobody's resident — e.g. a friend in another town.
 * - Every tie must name two people of `people` (the tie graph refuses others). The snapshot holds social ties
 *   only: professional contact is a contact moment, not a tie (DESIGN.md).
 * - A snapshot is read, never changed.
 *
 * Errors: `graph/snapshot: …`.
 */

export interface SnapshotPlace {
  id: string;
  name: string;
  /** 'STREET' | 'NEIGHBOURHOOD' | 'DISTRICT' | 'VILLAGE' | 'MUNICIPALITY' */
  level: string;
  parentId: string | null;
}

export interface SnapshotRoleSpell {
  /** 'CONNECTOR' | 'KEY_FIGURE' | 'INITIATOR' | 'VOLUNTEER' */
  role: string;
  since: string | null;
  until: string | null;
}

export interface SnapshotAsset {
  /** 'GIFT' | 'SKILL' | 'PASSION' */
  kind: string;
  label: string;
}

export interface SnapshotPerson {
  id: string;
  /** home place, normally a street */
  placeId: string;
  /** display name for workers, pseudonym for analysts: the caller decides */
  label: string;
  roles: SnapshotRoleSpell[];
  assets: SnapshotAsset[];
  onWatchList: boolean;
}

export interface SnapshotTie {
  id: string;
  personAId: string;
  personBId: string;
  kind: string;
  /** ecogram functions: 'PRACTICAL' | 'COMPANIONSHIP' | 'ADVICE' | 'EMOTIONAL' */
  functions: string[];
  /** 1..5 */
  strength: number;
  since: string;
  until: string | null;
  lastConfirmedOn: string | null;
  source: string;
  /** the initiative through which the two met (lesson 2) */
  originInitiativeId: string | null;
}

export interface SnapshotCollective {
  id: string;
  name: string;
  kind: string;
  placeId: string;
}

export interface SnapshotMembership {
  id: string;
  collectiveId: string;
  personId: string;
  role: string;
  since: string | null;
  until: string | null;
}

export interface SnapshotInitiative {
  id: string;
  name: string;
  kind: string;
  /** 'IDEA' | 'STARTING' | 'ACTIVE' | 'NEEDS_SUPPORT' | 'DORMANT' | 'ENDED' (the current phase) */
  phase: string;
  placeId: string;
  startedOn: string | null;
  endedOn: string | null;
}

export interface SnapshotParticipation {
  id: string;
  initiativeId: string;
  personId: string;
  /** 'INITIATOR' | 'ORGANISER' | 'VOLUNTEER' | 'PARTICIPANT' | 'RECIPIENT' */
  role: string;
  since: string | null;
  until: string | null;
}

export interface SnapshotHelpRequest {
  id: string;
  personId: string;
  /** 'PRACTICAL' | 'SOCIAL_CONTACT' | 'INFORMATION' | 'TRANSPORT' | 'GROCERIES' | 'EMOTIONAL_SUPPORT' | 'OTHER' */
  need: string;
  /** 'OPEN' | 'MATCHED' | 'CLOSED' | 'WITHDRAWN' (the current status) */
  status: string;
  requestedOn: string;
}

export interface SnapshotHelpOffer {
  id: string;
  personId: string;
  need: string;
  /** 'AVAILABLE' | 'MATCHED' | 'PAUSED' | 'WITHDRAWN' (the current status) */
  status: string;
  offeredOn: string;
}

export interface NeighbourhoodSnapshot {
  places: SnapshotPlace[];
  people: SnapshotPerson[];
  ties: SnapshotTie[];
  collectives: SnapshotCollective[];
  memberships: SnapshotMembership[];
  initiatives: SnapshotInitiative[];
  participations: SnapshotParticipation[];
  helpRequests: SnapshotHelpRequest[];
  helpOffers: SnapshotHelpOffer[];
}

/** Anything valid over [since, until). */
export interface Interval {
  since: string | null;
  until: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Throws `graph/<namespace>: …` unless `value` is a date YYYY-MM-DD. */
export function requireDate(namespace: string, name: string, value: unknown): string {
  if (typeof value !== 'string' || !DATE.test(value)) {
    throw new Error(`graph/${namespace}: ${name} must be a date YYYY-MM-DD, got ${String(value)}`);
  }
  return value;
}

/** `since <= asOf < until` on the date part, as libs/domain's `isValidAt`; a null bound is open. */
export function isValidAt(interval: Interval, asOf: string): boolean {
  const day = asOf.slice(0, 10);
  if (interval.since && interval.since.slice(0, 10) > day) return false;
  if (interval.until && interval.until.slice(0, 10) <= day) return false;
  return true;
}

/** Roles a person holds at `asOf`. */
export function rolesAt(person: Pick<SnapshotPerson, 'roles'>, asOf: string): string[] {
  return person.roles.filter((spell) => isValidAt(spell, asOf)).map((spell) => spell.role);
}

/**
 * Whole calendar months from `from` to `to` (both YYYY-MM-DD…): 2024-01-15 → 2025-01-15 is 12, → 2025-01-14 is 11.
 * Negative when `to` is before `from`.
 */
export function wholeMonthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  const months = (ty - fy) * 12 + (tm - fm);
  if (months > 0 && td < fd) return months - 1;
  if (months < 0 && td > fd) return months + 1;
  return months;
}

/** The date `months` calendar months before `date` (the day clamped to the month's end: 03-31 − 1 → 02-28/29). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The place hierarchy, indexed once: parents, children, each place's chain up to its root, and the places below.
 * Refuses a parent that is not a place, a cycle and a place listed twice.
 */
export class PlaceIndex {
  readonly byId = new Map<string, SnapshotPlace>();
  private readonly children = new Map<string, string[]>();
  private readonly chains = new Map<string, string[]>();

  constructor(places: readonly SnapshotPlace[]) {
    for (const place of places) {
      if (this.byId.has(place.id)) throw new Error(`graph/snapshot: place "${place.id}" is listed twice`);
      this.byId.set(place.id, place);
      this.children.set(place.id, []);
    }
    for (const place of places) {
      if (place.parentId === null) continue;
      const siblings = this.children.get(place.parentId);
      if (siblings === undefined) {
        throw new Error(`graph/snapshot: place "${place.id}" has parent "${place.parentId}", which is not a place`);
      }
      siblings.push(place.id);
    }
    // children by name, then id: a stable, readable order for roll-ups
    for (const list of this.children.values()) {
      list.sort((a, b) => compareText(this.nameOf(a), this.nameOf(b)) || compareText(a, b));
    }
    for (const place of places) this.chainOf(place.id);
  }

  has(placeId: string): boolean {
    return this.byId.has(placeId);
  }

  /** The place and its ancestors, nearest first (street, buurt, wijk, …); empty for an unknown place. */
  chainOf(placeId: string): readonly string[] {
    const known = this.chains.get(placeId);
    if (known) return known;
    if (!this.byId.has(placeId)) return [];
    const chain: string[] = [];
    const seen = new Set<string>();
    let current: string | null = placeId;
    while (current !== null) {
      if (seen.has(current)) throw new Error(`graph/snapshot: the places above "${placeId}" form a cycle`);
      seen.add(current);
      chain.push(current);
      current = (this.byId.get(current) as SnapshotPlace).parentId;
    }
    this.chains.set(placeId, chain);
    return chain;
  }

  /** The place and every place below it, depth first (children by name). */
  within(placeId: string): string[] {
    if (!this.byId.has(placeId)) throw new Error(`graph/snapshot: place "${placeId}" is not in the snapshot`);
    const result: string[] = [];
    const stack = [placeId];
    while (stack.length > 0) {
      const current = stack.pop() as string;
      result.push(current);
      const children = this.children.get(current) as string[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
    return result;
  }

  /** Direct children, by name. */
  childrenOf(placeId: string): readonly string[] {
    return this.children.get(placeId) ?? [];
  }

  /** Number of levels from `placeId` up to its root (0 for a root). */
  depthOf(placeId: string): number {
    return this.chainOf(placeId).length - 1;
  }

  private nameOf(placeId: string): string {
    return (this.byId.get(placeId) as SnapshotPlace).name;
  }
}

/** The place and every place below it (ids), depth first. */
export function placesWithin(snapshot: Pick<NeighbourhoodSnapshot, 'places'>, placeId: string): string[] {
  return new PlaceIndex(snapshot.places).within(placeId);
}

/** A person's home place (street) and its ancestors, nearest first; empty when they live outside the snapshot. */
export function placesOfPerson(snapshot: Pick<NeighbourhoodSnapshot, 'places' | 'people'>, personId: string): string[] {
  const person = snapshot.people.find((p) => p.id === personId);
  if (person === undefined) throw new Error(`graph/snapshot: person "${personId}" is not in the snapshot`);
  return [...new PlaceIndex(snapshot.places).chainOf(person.placeId)];
}

/** The residents of a place: people living in it or in any place below it. */
export function residentsOf(
  snapshot: Pick<NeighbourhoodSnapshot, 'places' | 'people'>,
  placeId: string,
): SnapshotPerson[] {
  const within = new Set(placesWithin(snapshot, placeId));
  return snapshot.people.filter((person) => within.has(person.placeId));
}

/** An asset label compared loosely: trimmed, lower case, inner spaces collapsed ("Koken " = "koken"). */
export function assetKey(label: string): string {
  return label.trim().toLowerCase().replace(/\s+/g, ' ');
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
