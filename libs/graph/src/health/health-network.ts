/**
 * The neighbourhood as of one date, built once and shared by the health figures (internal to health/): the tie
 * graph (`buildTieGraph`: ties valid at `asOf`, the strongest per pair), its compressed adjacency, and per person
 * what the figures read — home place, collectives and initiatives at `asOf`, connector role — plus, computed on
 * first use, the Louvain communities and which weak ties are bridging.
 *
 * Every per-place figure is an aggregate of these per-person and per-tie arrays, so a roll-up over a whole
 * hierarchy costs one graph build, one Louvain run and one weak-tie pass per date — never a graph per place
 * or per person.
 *
 * Bridging weak ties are `weakTies`' `bridging` on the whole graph with the groupings street (a person's home
 * place), community (Louvain) and collective (memberships valid at `asOf`): a tie of strength ≤ `weakMax`
 * that crosses one of them or is a local bridge (DESIGN.md "a bridging weak tie also crosses communities,
 * streets or collectives"; the local bridge is Granovetter's own bridging tie).
 */
import { louvain } from '../community/louvain';
import { toAdjacency, type Adjacency } from '../graph/adjacency';
import { buildTieGraph, type TieGraph } from '../graph/tie-graph';
import { weakTies } from '../structure/weak-ties';
import {
  PlaceIndex,
  isValidAt,
  requireDate,
  rolesAt,
  type NeighbourhoodSnapshot,
  type SnapshotPerson,
  type SnapshotTie,
} from './snapshot';

export interface HealthNetworkOptions {
  asOf: string;
  /** Louvain's seed */
  seed: number;
  /** ties of strength ≤ weakMax are weak (DESIGN.md: 2) */
  weakMax: number;
}

/** Roles that make a person a connector in the figures (DESIGN.md: verbinder, sleutelfiguur). */
export const CONNECTOR_ROLES: readonly string[] = ['CONNECTOR', 'KEY_FIGURE'];

export class HealthNetwork {
  readonly asOf: string;
  readonly places: PlaceIndex;
  readonly graph: TieGraph<SnapshotPerson>;
  /** node i is `people[i]` (graphology's node order = the snapshot's order) */
  readonly adjacency: Adjacency;
  readonly people: SnapshotPerson[];
  /** the person's home place when it is a place of the snapshot, else null (outside) */
  readonly home: (string | null)[];
  /** valid ties of each edge, strongest first */
  readonly edgeTies: SnapshotTie[][];
  /** collective ids with a membership valid at asOf, per node */
  readonly collectivesOf: string[][];
  /** initiative ids with a participation valid at asOf, per node */
  readonly initiativesOf: string[][];
  /** 1 when the person holds a CONNECTOR or KEY_FIGURE role at asOf */
  readonly connector: Uint8Array;
  readonly tieById: Map<string, SnapshotTie>;

  private communityCache: { community: Int32Array; count: number } | null = null;
  private bridgingCache: Uint8Array | null = null;

  constructor(
    readonly snapshot: NeighbourhoodSnapshot,
    readonly options: HealthNetworkOptions,
    places?: PlaceIndex,
  ) {
    this.asOf = requireDate('health', 'asOf', options.asOf);
    if (!Number.isInteger(options.seed)) {
      throw new Error(`graph/health: seed must be a whole number, got ${String(options.seed)}`);
    }
    if (typeof options.weakMax !== 'number' || Number.isNaN(options.weakMax)) {
      throw new Error(`graph/health: weakMax must be a number, got ${String(options.weakMax)}`);
    }
    this.places = places ?? new PlaceIndex(snapshot.places);
    this.graph = buildTieGraph(snapshot.people, snapshot.ties, { asOf: this.asOf });
    this.adjacency = toAdjacency(this.graph, 'graph/health');
    const { index, nodes } = this.adjacency;
    const byId = new Map(snapshot.people.map((p) => [p.id, p]));
    this.people = nodes.map((id) => byId.get(id) as SnapshotPerson);
    this.home = this.people.map((p) => (this.places.has(p.placeId) ? p.placeId : null));

    this.tieById = new Map(snapshot.ties.map((t) => [t.id, t]));
    this.edgeTies = [];
    this.graph.forEachEdge((_edge, attributes) => {
      this.edgeTies.push(attributes.tieIds.map((id) => this.tieById.get(id) as SnapshotTie));
    });

    const n = nodes.length;
    this.collectivesOf = listsPerNode(n);
    for (const m of snapshot.memberships) {
      const v = index.get(m.personId);
      if (v !== undefined && isValidAt(m, this.asOf)) addOnce(this.collectivesOf[v], m.collectiveId);
    }
    this.initiativesOf = listsPerNode(n);
    for (const p of snapshot.participations) {
      const v = index.get(p.personId);
      if (v !== undefined && isValidAt(p, this.asOf)) addOnce(this.initiativesOf[v], p.initiativeId);
    }
    this.connector = new Uint8Array(n);
    this.people.forEach((person, v) => {
      if (rolesAt(person, this.asOf).some((role) => CONNECTOR_ROLES.includes(role))) this.connector[v] = 1;
    });
  }

  get order(): number {
    return this.adjacency.nodes.length;
  }

  degree(v: number): number {
    return this.adjacency.offsets[v + 1] - this.adjacency.offsets[v];
  }

  isWeak(edge: number): boolean {
    return this.adjacency.weight[edge] <= this.options.weakMax;
  }

  /** Louvain communities of the whole graph (seeded): community per node, and how many. */
  communities(): { community: Int32Array; count: number } {
    if (this.communityCache === null) {
      const result = louvain(this.graph, { seed: this.options.seed });
      const community = new Int32Array(this.order);
      this.adjacency.nodes.forEach((id, v) => {
        community[v] = result.communities[id];
      });
      this.communityCache = { community, count: result.count };
    }
    return this.communityCache;
  }

  /** 1 per edge that is a bridging weak tie (see the header). */
  bridgingWeak(): Uint8Array {
    if (this.bridgingCache === null) {
      const { community } = this.communities();
      const { index } = this.adjacency;
      const node = (id: string): number => index.get(id) as number;
      const communityName = Array.from(community, String);
      const edgeIndex = new Map<string, number>();
      let e = 0;
      this.graph.forEachEdge((edge) => {
        edgeIndex.set(edge, e++);
      });
      const bridging = new Uint8Array(this.adjacency.edgeSource.length);
      const ties = weakTies(this.graph, {
        maxStrength: this.options.weakMax,
        groupings: {
          street: (id) => this.people[node(id)].placeId,
          community: (id) => communityName[node(id)],
          collective: (id) => this.collectivesOf[node(id)],
        },
      });
      for (const tie of ties) {
        if (tie.bridging) bridging[edgeIndex.get(this.graph.edge(tie.source, tie.target) as string) as number] = 1;
      }
      this.bridgingCache = bridging;
    }
    return this.bridgingCache;
  }

  /** Node indices of the residents of a place (its own and every place below). */
  residentsOf(placeId: string): number[] {
    const within = new Set(this.places.within(placeId));
    const result: number[] = [];
    this.home.forEach((place, v) => {
      if (place !== null && within.has(place)) result.push(v);
    });
    return result;
  }
}

function listsPerNode(n: number): string[][] {
  const lists: string[][] = new Array<string[]>(n);
  for (let v = 0; v < n; v++) lists[v] = [];
  return lists;
}

function addOnce(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}
