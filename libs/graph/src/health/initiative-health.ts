/**
 * Initiative health (lesson 2: look at what initiatives *mean* for small neighbour contacts; lesson 4: an
 * initiative that hangs on one person is a single point of failure).
 *
 * Per initiative, at `asOf` (participations, memberships and ties valid then: `since <= asOf < until`):
 * - `running`: started on or before `asOf` (or undated), not ended by it, phase not ENDED or DORMANT.
 * - `activePeople`: distinct people with a valid participation; `byRole`: distinct people per role (the five
 *   roles always present; a person with two roles counts in both).
 * - `leads`: people with a valid INITIATOR or ORGANISER participation; `dependsOnOneInitiator` when exactly
 *   one (`soleInitiatorId`, `soleInitiatorLabel`: who).
 * - reach across streets: `streets` = distinct home places of the active people; the ties among the active
 *   people split into `sameStreetTiesAmongPeople` and `crossStreetTiesAmongPeople`, and
 *   `eiIndexStreets` = (cross − same) / (cross + same) (Krackhardt & Stern's E-I of the street grouping on the
 *   participants' own network; null without ties).
 * - reach across collectives: `collectives` = distinct collectives the active people are members of;
 *   `peopleInNoCollective` = active people in none (the ones the initiative reaches beyond existing groups).
 * - ties it created (pairs of people with a valid tie whose `originInitiativeId` is the initiative):
 *   `tiesCreated`; of those `weakTiesCreated` (strength ≤ weakMax: the small contacts), `crossStreetTiesCreated`
 *   (the two live in different streets), `crossCollectiveTiesCreated` (both in a collective, none in common),
 *   `bridgingTiesCreated` (bridging weak ties, as in place health: weak and crossing a street, community or
 *   collective, or a local bridge); `tiesCreatedEver` = pairs with such a tie started on or before `asOf`, ended
 *   since or not — so `tiesCreated / tiesCreatedEver` tells whether the contacts last.
 *
 * Errors: `graph/initiative-health: …`.
 */
import { isRunningAt } from './at-risk';
import { HealthNetwork } from './health-network';
import { PlaceIndex, compareText, isValidAt, requireDate, type NeighbourhoodSnapshot } from './snapshot';

export interface InitiativeHealthOptions {
  asOf: string;
  /** Louvain's seed (communities, for bridging ties) */
  seed: number;
  /** ties of strength ≤ weakMax are weak */
  weakMax: number;
  /** for `initiativesHealth`: only initiatives based in this place or below; null: all */
  placeId: string | null;
}

export const DEFAULTS: Omit<InitiativeHealthOptions, 'asOf'> = { seed: 1, weakMax: 2, placeId: null };

/** The participation roles (libs/domain ParticipationRole). */
export const PARTICIPATION_ROLES: readonly string[] = [
  'INITIATOR',
  'ORGANISER',
  'VOLUNTEER',
  'PARTICIPANT',
  'RECIPIENT',
];
const LEAD_ROLES: readonly string[] = ['INITIATOR', 'ORGANISER'];

export interface InitiativeHealth {
  initiativeId: string;
  name: string;
  kind: string;
  phase: string;
  placeId: string;
  asOf: string;
  running: boolean;
  activePeople: number;
  byRole: Record<string, number>;
  leads: string[];
  dependsOnOneInitiator: boolean;
  soleInitiatorId: string | null;
  soleInitiatorLabel: string | null;
  streets: number;
  tiesAmongPeople: number;
  sameStreetTiesAmongPeople: number;
  crossStreetTiesAmongPeople: number;
  eiIndexStreets: number | null;
  collectives: number;
  peopleInNoCollective: number;
  tiesCreated: number;
  weakTiesCreated: number;
  crossStreetTiesCreated: number;
  crossCollectiveTiesCreated: number;
  bridgingTiesCreated: number;
  tiesCreatedEver: number;
}

type Options = Pick<InitiativeHealthOptions, 'asOf'> & Partial<InitiativeHealthOptions>;

/** Health of one initiative at `asOf`. */
export function initiativeHealth(
  snapshot: NeighbourhoodSnapshot,
  initiativeId: string,
  options: Options,
): InitiativeHealth {
  if (!snapshot.initiatives.some((i) => i.id === initiativeId)) {
    throw new Error(`graph/initiative-health: initiative "${initiativeId}" is not in the snapshot`);
  }
  return healthOfInitiatives(snapshot, [initiativeId], { ...options, placeId: null })[0];
}

/** Health of every initiative (based in `placeId` or below, when given) at `asOf`, from one graph build. */
export function initiativesHealth(snapshot: NeighbourhoodSnapshot, options: Options): InitiativeHealth[] {
  const placeId = options.placeId ?? null;
  let ids = snapshot.initiatives.map((i) => i.id);
  if (placeId !== null) {
    const places = new PlaceIndex(snapshot.places);
    if (!places.has(placeId)) throw new Error(`graph/initiative-health: place "${placeId}" is not in the snapshot`);
    const within = new Set(places.within(placeId));
    ids = snapshot.initiatives.filter((i) => within.has(i.placeId)).map((i) => i.id);
  }
  return healthOfInitiatives(snapshot, ids, options);
}

function healthOfInitiatives(snapshot: NeighbourhoodSnapshot, ids: string[], options: Options): InitiativeHealth[] {
  const { asOf, seed, weakMax } = { ...DEFAULTS, ...options };
  requireDate('initiative-health', 'asOf', asOf);
  const net = new HealthNetwork(snapshot, { asOf, seed, weakMax });
  const { index, offsets, neighbours, edgeSource, edgeTarget } = net.adjacency;
  const wanted = new Set(ids);

  // active people per initiative, with their roles
  const rolesOf = new Map<string, Map<number, Set<string>>>();
  for (const id of ids) rolesOf.set(id, new Map());
  for (const p of snapshot.participations) {
    const people = rolesOf.get(p.initiativeId);
    const v = index.get(p.personId);
    if (people === undefined || v === undefined || !isValidAt(p, asOf)) continue;
    let roles = people.get(v);
    if (!roles) people.set(v, (roles = new Set()));
    roles.add(p.role);
  }

  // ties created, per initiative: valid pairs now (by edge) and pairs ever started by asOf
  const created = new Map<string, number[]>();
  for (const id of ids) created.set(id, []);
  net.edgeTies.forEach((ties, e) => {
    const origins = new Set(ties.map((t) => t.originInitiativeId));
    for (const origin of origins) if (origin !== null && wanted.has(origin)) created.get(origin)?.push(e);
  });
  const ever = new Map<string, Set<string>>();
  for (const tie of snapshot.ties) {
    const origin = tie.originInitiativeId;
    if (origin === null || !wanted.has(origin) || tie.since.slice(0, 10) > asOf) continue;
    const pair =
      tie.personAId < tie.personBId
        ? `${tie.personAId}\u0000${tie.personBId}`
        : `${tie.personBId}\u0000${tie.personAId}`;
    let set = ever.get(origin);
    if (!set) ever.set(origin, (set = new Set()));
    set.add(pair);
  }

  const street = (v: number): string => net.people[v].placeId;
  const crossesCollectives = (u: number, v: number): boolean => {
    const a = net.collectivesOf[u];
    const b = net.collectivesOf[v];
    return a.length > 0 && b.length > 0 && !a.some((c) => b.includes(c));
  };
  const byId = new Map(snapshot.initiatives.map((i) => [i.id, i]));
  let bridging: Uint8Array | null = null;

  return ids.map((id): InitiativeHealth => {
    const initiative = byId.get(id);
    if (initiative === undefined) throw new Error(`graph/initiative-health: initiative "${id}" is not in the snapshot`);
    const people = rolesOf.get(id) as Map<number, Set<string>>;
    const byRole: Record<string, number> = Object.fromEntries(PARTICIPATION_ROLES.map((r) => [r, 0]));
    const leads: number[] = [];
    const streets = new Set<string>();
    const collectives = new Set<string>();
    let peopleInNoCollective = 0;
    for (const [v, roles] of people) {
      for (const role of roles) byRole[role] = (byRole[role] ?? 0) + 1;
      if ([...roles].some((r) => LEAD_ROLES.includes(r))) leads.push(v);
      streets.add(street(v));
      for (const c of net.collectivesOf[v]) collectives.add(c);
      if (net.collectivesOf[v].length === 0) peopleInNoCollective++;
    }
    leads.sort((a, b) => compareText(net.people[a].id, net.people[b].id));

    let same = 0;
    let cross = 0;
    for (const v of people.keys()) {
      for (let p = offsets[v]; p < offsets[v + 1]; p++) {
        const w = neighbours[p];
        if (w <= v || !people.has(w)) continue;
        if (street(v) === street(w)) same++;
        else cross++;
      }
    }

    const edges = created.get(id) as number[];
    if (edges.length > 0 && bridging === null) bridging = net.bridgingWeak();
    let weak = 0;
    let crossStreet = 0;
    let crossCollective = 0;
    let bridgingCount = 0;
    for (const e of edges) {
      const u = edgeSource[e];
      const v = edgeTarget[e];
      if (net.isWeak(e)) weak++;
      if (street(u) !== street(v)) crossStreet++;
      if (crossesCollectives(u, v)) crossCollective++;
      if (bridging !== null && bridging[e] === 1) bridgingCount++;
    }

    const sole = leads.length === 1 ? net.people[leads[0]] : null;
    return {
      initiativeId: id,
      name: initiative.name,
      kind: initiative.kind,
      phase: initiative.phase,
      placeId: initiative.placeId,
      asOf,
      running: isRunningAt(initiative, asOf),
      activePeople: people.size,
      byRole,
      leads: leads.map((v) => net.people[v].id),
      dependsOnOneInitiator: leads.length === 1,
      soleInitiatorId: sole === null ? null : sole.id,
      soleInitiatorLabel: sole === null ? null : sole.label,
      streets: streets.size,
      tiesAmongPeople: same + cross,
      sameStreetTiesAmongPeople: same,
      crossStreetTiesAmongPeople: cross,
      eiIndexStreets: same + cross === 0 ? null : (cross - same) / (cross + same),
      collectives: collectives.size,
      peopleInNoCollective,
      tiesCreated: edges.length,
      weakTiesCreated: weak,
      crossStreetTiesCreated: crossStreet,
      crossCollectiveTiesCreated: crossCollective,
      bridgingTiesCreated: bridgingCount,
      tiesCreatedEver: ever.get(id)?.size ?? 0,
    };
  });
}
