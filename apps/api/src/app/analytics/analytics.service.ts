/**
 * The analyses behind the GraphQL fields: a place's health (rolled up the hierarchy), its trend, the at-risk
 * list, initiative health, per-person metrics and the map payload. Everything is computed from the viewer's
 * snapshot with libs/graph and cached by (tenant, scope, data version, date, figure): a change to the data
 * makes new keys (see SnapshotService and the data_version triggers).
 */
import { Injectable } from '@nestjs/common';
import { EcogramFunction, UserRole } from '@weefsel/domain';
import {
  healthByPlace,
  initiativesHealth,
  isValidAt,
  InitiativeHealth,
  PlaceHealth,
  placeHealthDelta,
  rolesAt,
} from '@weefsel/graph';
import { AccessService } from '../auth/access.service';
import { Viewer } from '../auth/viewer';
import { badInput, forbidden } from '../common/app-error';
import { today } from '../common/dates';
import { AnalysisCache } from './analysis-cache';
import { corporationView, fullView, HealthView } from './corporation-view';
import { NetworkEdgeModel, NetworkModel } from './models/network.model';
import { PersonMetricsModel } from './models/person-metrics.model';
import { computeNetworkFigures, NetworkFigures, pairKey, SEED } from './network-figures';
import { ScopedSnapshot, SnapshotService } from './snapshot.service';
import { mapPositions, UnplacedNode } from './map-positions';

const MAX_TREND_POINTS = 60;
/** Ecogram functions in a fixed order, so a tie's list reads the same however it was recorded. */
const FUNCTION_ORDER: readonly string[] = Object.values(EcogramFunction);
/** The watch-list is the worker's own judgement: analysts see no trace of it, not even as an at-risk reason. */
const WORKER_ONLY_REASONS = new Set(['ON_WATCH_LIST']);

@Injectable()
export class AnalyticsService {
  constructor(
    private readonly snapshots: SnapshotService,
    private readonly access: AccessService,
    private readonly cache: AnalysisCache,
  ) {}

  /** Health may be read by workers, analysts and corporations (the last with suppression); not by admins. */
  private assertHealthReader(viewer: Viewer): void {
    if (viewer.role === UserRole.ADMIN) {
      throw forbidden(
        'Administrators manage users and places; network figures are for workers, analysts and corporations.',
      );
    }
  }

  private assertNetworkReader(viewer: Viewer): void {
    if (viewer.role !== UserRole.WORKER && viewer.role !== UserRole.ANALYST) {
      throw forbidden('Your role sees aggregate health of places only, never the network of individual residents.');
    }
  }

  private async figures(scoped: ScopedSnapshot, asOf: string): Promise<NetworkFigures> {
    return this.cache.get(`figures:${scoped.key}:${asOf}`, async () => computeNetworkFigures(scoped.snapshot, asOf));
  }

  private async healthList(scoped: ScopedSnapshot, placeId: string, asOf: string): Promise<PlaceHealth[]> {
    return this.cache.get(`health:${scoped.key}:${placeId}:${asOf}`, async () =>
      healthByPlace(scoped.snapshot, placeId, { asOf, seed: SEED }),
    );
  }

  /** A place's health and that of every place below it (street → buurt → wijk …), top first. */
  async healthTree(viewer: Viewer, placeId: string, asOf = today()): Promise<HealthView[]> {
    this.assertHealthReader(viewer);
    await this.access.assertPlace(viewer, placeId);
    const scoped = await this.snapshots.forViewer(viewer);
    if (viewer.role !== UserRole.CORPORATION) return (await this.healthList(scoped, placeId, asOf)).map(fullView);
    // Suppression is decided on the whole tree the corporation may see, then the asked-for part is taken
    // from it: a place asked for alone is hidden exactly when the tree hides it (no subtraction across calls).
    const wanted = new Set(await this.access.placesUnder(viewer, placeId));
    const views = await this.cache.get(`corporation:${scoped.key}:${asOf}`, async () => {
      const inScope = new Set(scoped.snapshot.places.map((p) => p.id));
      const roots = scoped.snapshot.places.filter((p) => p.parentId === null || !inScope.has(p.parentId));
      const all: HealthView[] = [];
      for (const root of roots) all.push(...corporationView(await this.healthList(scoped, root.id, asOf)));
      return all;
    });
    const list = views.filter((v) => wanted.has(v.placeId));
    const top = list.findIndex((v) => v.placeId === placeId);
    return [list[top], ...list.filter((_, i) => i !== top)];
  }

  async health(viewer: Viewer, placeId: string, asOf = today()): Promise<HealthView> {
    return (await this.healthTree(viewer, placeId, asOf))[0];
  }

  /**
   * The health at each date. For a corporation every point gets the same suppression as the tree at that
   * date, so a trend never shows what the tree hides.
   */
  async trend(viewer: Viewer, placeId: string, dates: string[]): Promise<HealthView[]> {
    this.assertHealthReader(viewer);
    const unique = [...new Set(dates)].sort();
    if (unique.length === 0 || unique.length > MAX_TREND_POINTS) {
      throw badInput(`Ask for 1 to ${MAX_TREND_POINTS} dates.`, 'dates');
    }
    const points: HealthView[] = [];
    for (const asOf of unique) points.push(await this.health(viewer, placeId, asOf));
    return points;
  }

  async compare(viewer: Viewer, placeId: string, asOf: string, previousAsOf: string) {
    const [current, previous] = [
      await this.health(viewer, placeId, asOf),
      await this.health(viewer, placeId, previousAsOf),
    ];
    const delta = placeHealthDelta(current as unknown as PlaceHealth, previous as unknown as PlaceHealth);
    return { current, previous, delta };
  }

  async atRiskList(viewer: Viewer, placeId: string, asOf = today()) {
    this.access.assertPersonalData(viewer);
    const places = new Set(await this.access.placesUnder(viewer, placeId));
    const scoped = await this.snapshots.forViewer(viewer);
    const figures = await this.figures(scoped, asOf);
    return figures.atRisk.atRisk.filter((p) => places.has(p.placeId));
  }

  async initiatives(viewer: Viewer, placeId: string, asOf = today()): Promise<InitiativeHealth[]> {
    this.access.assertPersonalData(viewer);
    await this.access.assertPlace(viewer, placeId);
    const scoped = await this.snapshots.forViewer(viewer);
    return this.cache.get(`initiatives:${scoped.key}:${placeId}:${asOf}`, async () =>
      initiativesHealth(scoped.snapshot, { asOf, placeId, seed: SEED }),
    );
  }

  async personMetrics(viewer: Viewer, personId: string, asOf = today()): Promise<PersonMetricsModel> {
    this.access.assertPersonalData(viewer);
    const scoped = await this.snapshots.forViewer(viewer);
    const f = await this.figures(scoped, asOf);
    const g = f.graph;
    const present = g.hasNode(personId);
    const risk = f.atRiskByPerson.get(personId);
    let weak = 0;
    let bridgeCount = 0;
    if (present) {
      g.forEachNeighbor(personId, (other) => {
        const key = pairKey(personId, other);
        if (f.weakTies.has(key)) weak++;
        if (f.bridges.has(key)) bridgeCount++;
      });
    }
    return {
      asOf,
      degree: present ? g.degree(personId) : 0,
      weakTies: weak,
      betweenness: f.betweenness.values[personId] ?? 0,
      betweennessExact: f.betweenness.exact,
      constraint: f.constraint[personId] ?? null,
      effectiveSize: f.effectiveSize[personId] ?? null,
      clustering: f.clustering[personId] ?? 0,
      community: present && g.degree(personId) > 0 ? (f.communities.communities[personId] ?? null) : null,
      isolated: !present || g.degree(personId) === 0,
      articulationPoint: f.articulationPoints.has(personId),
      bridges: bridgeCount,
      hiddenConnector: f.hiddenConnectors.has(personId),
      atRiskRank: risk?.rank ?? null,
      atRiskScore: risk?.score ?? null,
      atRiskReasons: (risk?.reasons ?? []).map(({ code, ...detail }) => ({ code, detail })),
    };
  }

  /**
   * The map of a place: residents (and the collectives and initiatives based there) with their figures, and
   * the ties among them. Analysts get pseudonyms in place of names and person ids, and no watch-list.
   */
  async network(viewer: Viewer, placeId: string, asOf = today()): Promise<NetworkModel> {
    this.assertNetworkReader(viewer);
    const places = new Set(await this.access.placesUnder(viewer, placeId));
    const scoped = await this.snapshots.forViewer(viewer);
    const f = await this.figures(scoped, asOf);
    const pseudonymised = viewer.role === UserRole.ANALYST;
    const s = scoped.snapshot;
    const idOf = (personId: string): string =>
      pseudonymised ? (scoped.names.get(personId)?.pseudonym ?? personId) : personId;
    const people = s.people.filter((p) => places.has(p.placeId));
    const inPlace = new Set(people.map((p) => p.id));
    const nodes: UnplacedNode[] = people.map((p) => {
      const present = f.graph.hasNode(p.id);
      const degree = present ? f.graph.degree(p.id) : 0;
      return {
        id: idOf(p.id),
        kind: 'PERSON',
        label: pseudonymised ? idOf(p.id) : p.label,
        placeId: p.placeId,
        roles: rolesAt(p, asOf),
        community: degree > 0 ? (f.communities.communities[p.id] ?? null) : null,
        degree,
        betweenness: f.betweenness.values[p.id] ?? 0,
        constraint: f.constraint[p.id] ?? null,
        clustering: f.clustering[p.id] ?? 0,
        isolated: degree === 0,
        atRisk: f.atRiskByPerson.get(p.id)?.score ?? null,
        articulationPoint: f.articulationPoints.has(p.id),
        hiddenConnector: f.hiddenConnectors.has(p.id),
        onWatchList: pseudonymised ? null : p.onWatchList,
        phase: null,
        atRiskReasons: (f.atRiskByPerson.get(p.id)?.reasons ?? [])
          .map((r) => r.code as string)
          .filter((code) => !pseudonymised || !WORKER_ONLY_REASONS.has(code)),
      };
    });
    const edges: NetworkEdgeModel[] = [];
    const tiesById = new Map(s.ties.map((t) => [t.id, t]));
    let tieIndex = 0;
    f.graph.forEachEdge((_key, attrs, a, b) => {
      if (!inPlace.has(a) || !inPlace.has(b)) return;
      const key = pairKey(a, b);
      const weak = f.weakTies.get(key);
      const tie = tiesById.get(attrs.tieIds[0]);
      const functions = new Set(attrs.tieIds.flatMap((id) => tiesById.get(id)?.functions ?? []));
      edges.push({
        id: pseudonymised ? `t${tieIndex++}` : attrs.tieIds[0],
        kind: 'TIE',
        source: idOf(a),
        target: idOf(b),
        strength: attrs.weight,
        detail: tie?.kind ?? null,
        weak: !!weak,
        bridge: f.bridges.has(key),
        localBridge: weak?.isLocalBridge ?? false,
        span: weak?.span ?? null,
        bridging: weak?.bridging ?? false,
        viaInitiative: !!tie?.originInitiativeId,
        functions: FUNCTION_ORDER.filter((fn) => functions.has(fn)),
      });
    });
    const groupEdge = (id: string, kind: string, person: string, group: string, role: string): NetworkEdgeModel => ({
      id: pseudonymised ? `${kind[0].toLowerCase()}${edges.length}` : id,
      kind,
      source: idOf(person),
      target: group,
      strength: null,
      detail: role,
      weak: false,
      bridge: false,
      localBridge: false,
      span: null,
      bridging: false,
      viaInitiative: false,
      functions: [],
    });
    const collectives = new Set(s.collectives.filter((c) => places.has(c.placeId)).map((c) => c.id));
    for (const c of s.collectives) {
      if (collectives.has(c.id)) nodes.push(groupNode(c.id, 'COLLECTIVE', c.name, c.placeId, c.kind, null));
    }
    for (const m of s.memberships) {
      if (collectives.has(m.collectiveId) && inPlace.has(m.personId) && isValidAt(m, asOf)) {
        edges.push(groupEdge(m.id, 'MEMBERSHIP', m.personId, m.collectiveId, m.role));
      }
    }
    const initiatives = new Set(s.initiatives.filter((i) => places.has(i.placeId)).map((i) => i.id));
    for (const i of s.initiatives) {
      if (initiatives.has(i.id)) nodes.push(groupNode(i.id, 'INITIATIVE', i.name, i.placeId, i.kind, i.phase));
    }
    for (const p of s.participations) {
      if (initiatives.has(p.initiativeId) && inPlace.has(p.personId) && isValidAt(p, asOf)) {
        edges.push(groupEdge(p.id, 'PARTICIPATION', p.personId, p.initiativeId, p.role));
      }
    }
    // the layout depends on what this viewer sees (an analyst's grid of unlinked nodes is ordered by pseudonym)
    const positions = await this.cache.get(
      `layout:${scoped.key}:${placeId}:${asOf}:${pseudonymised ? 'pseudonyms' : 'names'}`,
      async () => mapPositions(nodes, edges),
    );
    return {
      asOf,
      placeId,
      pseudonymised,
      nodes: nodes.map((node) => ({ ...node, ...positions[node.id] })),
      edges,
      communities: f.communities.count,
      modularity: f.communities.modularity,
      betweennessExact: f.betweenness.exact,
      betweennessErrorBound: f.betweenness.errorBound,
    };
  }
}

function groupNode(
  id: string,
  kind: string,
  label: string,
  placeId: string,
  subKind: string,
  phase: string | null,
): UnplacedNode {
  return {
    id,
    kind,
    label,
    placeId,
    roles: [subKind],
    community: null,
    degree: null,
    betweenness: null,
    constraint: null,
    clustering: null,
    isolated: null,
    atRisk: null,
    articulationPoint: null,
    hiddenConnector: null,
    onWatchList: null,
    phase,
    atRiskReasons: [],
  };
}
