/**
 * Loads what the analyses read for the places a viewer may see — places, residents, all ties (with their
 * history), collectives, initiatives, memberships, participations and help — as one framework-free
 * `NeighbourhoodSnapshot` for libs/graph. All history is loaded, so any `asOf` is answered from the same
 * snapshot; it is cached per (tenant, scope, data version) and rebuilt only after a change.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NeighbourhoodSnapshot } from '@weefsel/graph';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AccessService } from '../auth/access.service';
import { Viewer } from '../auth/viewer';
import { AnalysisCache } from './analysis-cache';

export interface ScopedSnapshot {
  /** cache key prefix: tenant, scope and data version */
  key: string;
  snapshot: NeighbourhoodSnapshot;
  /** pseudonym and display name per person id, for the views that may show one or the other */
  names: Map<string, { displayName: string; pseudonym: string }>;
}

type Row = Record<string, unknown>;

const str = (v: unknown): string => String(v);
const day = (v: unknown): string | null => (v == null ? null : String(v).slice(0, 10));

@Injectable()
export class SnapshotService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly cache: AnalysisCache,
  ) {}

  async dataVersion(tenantId: string): Promise<number> {
    const rows: { version: string }[] = await this.db.query(`SELECT version FROM data_version WHERE tenant_id = $1`, [
      tenantId,
    ]);
    return rows.length ? Number(rows[0].version) : 0;
  }

  /** The snapshot of everything in the viewer's places. */
  async forViewer(viewer: Viewer): Promise<ScopedSnapshot> {
    const scope = [...(await this.access.placeScope(viewer))].sort();
    const version = await this.dataVersion(viewer.tenantId);
    const scopeHash = createHash('sha1').update(scope.join(',')).digest('hex').slice(0, 16);
    const key = `${viewer.tenantId}:${scopeHash}:v${version}`;
    return this.cache.get(`snapshot:${key}`, () => this.load(viewer.tenantId, scope, key));
  }

  private async load(tenantId: string, places: string[], key: string): Promise<ScopedSnapshot> {
    const q = (sql: string, params: unknown[] = []): Promise<Row[]> =>
      this.db.query(sql, [tenantId, places, ...params]);
    const placeRows = await q(`SELECT id, name, level, parent_id FROM place WHERE tenant_id = $1 AND id = ANY($2)`);
    const people = await q(
      `SELECT id, display_name, pseudonym, home_place_id, roles, assets, on_watch_list
         FROM person WHERE tenant_id = $1 AND home_place_id = ANY($2)`,
    );
    const inside = `SELECT id FROM person WHERE tenant_id = $1 AND home_place_id = ANY($2)`;
    const ties = await q(
      `SELECT id, person_a_id, person_b_id, kind, functions, strength, since, until, last_confirmed_on, source,
              origin_initiative_id
         FROM tie WHERE tenant_id = $1 AND person_a_id IN (${inside}) AND person_b_id IN (${inside})`,
    );
    const collectives = await q(
      `SELECT id, name, kind, place_id FROM collective WHERE tenant_id = $1 AND place_id = ANY($2)`,
    );
    const memberships = await q(
      `SELECT m.id, m.collective_id, m.person_id, m.role, m.since, m.until FROM membership m
         JOIN collective c ON c.id = m.collective_id
        WHERE m.tenant_id = $1 AND c.place_id = ANY($2) AND m.person_id IN (${inside})`,
    );
    const initiatives = await q(
      `SELECT id, name, kind, phase, place_id, started_on, ended_on FROM initiative
        WHERE tenant_id = $1 AND place_id = ANY($2)`,
    );
    const participations = await q(
      `SELECT p.id, p.initiative_id, p.person_id, p.role, p.since, p.until FROM participation p
         JOIN initiative i ON i.id = p.initiative_id
        WHERE p.tenant_id = $1 AND i.place_id = ANY($2) AND p.person_id IN (${inside})`,
    );
    const requests = await q(
      `SELECT id, person_id, need, status, requested_on FROM help_request
        WHERE tenant_id = $1 AND person_id IN (${inside})`,
    );
    const offers = await q(
      `SELECT id, person_id, need, status, offered_on FROM help_offer WHERE tenant_id = $1 AND person_id IN (${inside})`,
    );
    const inScope = new Set(places);
    const names = new Map(
      people.map((p) => [str(p['id']), { displayName: str(p['display_name']), pseudonym: str(p['pseudonym']) }]),
    );
    const snapshot: NeighbourhoodSnapshot = {
      places: placeRows.map((p) => ({
        id: str(p['id']),
        name: str(p['name']),
        level: str(p['level']),
        // the top of the viewer's scope has its parent outside it: within the snapshot it is a root
        parentId: p['parent_id'] == null || !inScope.has(str(p['parent_id'])) ? null : str(p['parent_id']),
      })),
      people: people.map((p) => ({
        id: str(p['id']),
        placeId: str(p['home_place_id']),
        label: str(p['display_name']),
        roles: (p['roles'] as { role: string; since: string; until: string | null }[]) ?? [],
        assets: (p['assets'] as { kind: string; label: string }[]) ?? [],
        onWatchList: Boolean(p['on_watch_list']),
      })),
      ties: ties.map((t) => ({
        id: str(t['id']),
        personAId: str(t['person_a_id']),
        personBId: str(t['person_b_id']),
        kind: str(t['kind']),
        functions: (t['functions'] as string[]) ?? [],
        strength: Number(t['strength']),
        since: day(t['since']) as string,
        until: day(t['until']),
        lastConfirmedOn: day(t['last_confirmed_on']),
        source: str(t['source']),
        originInitiativeId: t['origin_initiative_id'] == null ? null : str(t['origin_initiative_id']),
      })),
      collectives: collectives.map((c) => ({
        id: str(c['id']),
        name: str(c['name']),
        kind: str(c['kind']),
        placeId: str(c['place_id']),
      })),
      memberships: memberships.map((m) => ({
        id: str(m['id']),
        collectiveId: str(m['collective_id']),
        personId: str(m['person_id']),
        role: str(m['role']),
        since: day(m['since']) as string,
        until: day(m['until']),
      })),
      initiatives: initiatives.map((i) => ({
        id: str(i['id']),
        name: str(i['name']),
        kind: str(i['kind']),
        phase: str(i['phase']),
        placeId: str(i['place_id']),
        startedOn: day(i['started_on']),
        endedOn: day(i['ended_on']),
      })),
      participations: participations.map((p) => ({
        id: str(p['id']),
        initiativeId: str(p['initiative_id']),
        personId: str(p['person_id']),
        role: str(p['role']),
        since: day(p['since']) as string,
        until: day(p['until']),
      })),
      helpRequests: requests.map((r) => ({
        id: str(r['id']),
        personId: str(r['person_id']),
        need: str(r['need']),
        status: str(r['status']),
        requestedOn: day(r['requested_on']) as string,
      })),
      helpOffers: offers.map((o) => ({
        id: str(o['id']),
        personId: str(o['person_id']),
        need: str(o['need']),
        status: str(o['status']),
        offeredOn: day(o['offered_on']) as string,
      })),
    };
    return { key, snapshot, names };
  }
}
