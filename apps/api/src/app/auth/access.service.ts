/**
 * Who sees what (DESIGN.md): a WORKER reads and changes residents' data only in the places assigned to
 * them and everything below; an ADMIN manages users and places of the tenant; CORPORATION and ANALYST
 * get FORBIDDEN on personal data (their aggregate and pseudonymised views come later). No one ever
 * reaches another tenant's rows: every query is scoped by the viewer's tenant.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { mayReadPersonalData, UserRole } from '@weefsel/domain';
import { DataSource } from 'typeorm';
import { forbidden, notFound } from '../common/app-error';
import { Viewer } from './viewer';

@Injectable()
export class AccessService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Places the viewer may see: their assigned places and every place below them (ADMIN: all). */
  placeScope(viewer: Viewer): Promise<ReadonlySet<string>> {
    viewer.placeScope ??= this.loadPlaceScope(viewer);
    return viewer.placeScope;
  }

  private async loadPlaceScope(viewer: Viewer): Promise<ReadonlySet<string>> {
    if (viewer.role === UserRole.ADMIN) {
      const rows: { id: string }[] = await this.db.query(`SELECT id FROM place WHERE tenant_id = $1`, [
        viewer.tenantId,
      ]);
      return new Set(rows.map((r) => r.id));
    }
    const rows: { id: string }[] = await this.db.query(
      `WITH RECURSIVE scope(id) AS (
         SELECT p.id FROM user_place up JOIN place p ON p.id = up.place_id AND p.tenant_id = up.tenant_id
          WHERE up.user_id = $1 AND up.tenant_id = $2
         UNION
         SELECT c.id FROM place c JOIN scope s ON c.parent_id = s.id WHERE c.tenant_id = $2)
       SELECT id FROM scope`,
      [viewer.userId, viewer.tenantId],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Residents' names, ties, notes and contact log: WORKER only. */
  assertPersonalData(viewer: Viewer): void {
    if (!mayReadPersonalData(viewer.role)) {
      throw forbidden(
        viewer.role === UserRole.ADMIN
          ? 'Administrators manage users and places; residents’ data is for the community workers of those places.'
          : 'Your role sees aggregate or pseudonymised figures only, not residents’ personal data.',
      );
    }
  }

  assertAdmin(viewer: Viewer): void {
    if (viewer.role !== UserRole.ADMIN) throw forbidden('Only an administrator of your organisation can do this.');
  }

  /** A place outside the viewer's scope is reported as not found, so ids of other places leak nothing. */
  async assertPlace(viewer: Viewer, placeId: string, kind = 'Place'): Promise<void> {
    const scope = await this.placeScope(viewer);
    if (!scope.has(placeId)) throw notFound(kind, placeId);
  }

  /** The places at or below `placeId`, within the viewer's scope. */
  async placesUnder(viewer: Viewer, placeId: string | null | undefined): Promise<string[]> {
    const scope = await this.placeScope(viewer);
    if (!placeId) return [...scope];
    if (!scope.has(placeId)) throw notFound('Place', placeId);
    const rows: { id: string }[] = await this.db.query(
      `WITH RECURSIVE sub(id) AS (
         SELECT id FROM place WHERE id = $1 AND tenant_id = $2
         UNION
         SELECT c.id FROM place c JOIN sub s ON c.parent_id = s.id WHERE c.tenant_id = $2)
       SELECT id FROM sub`,
      [placeId, viewer.tenantId],
    );
    return rows.map((r) => r.id).filter((id) => scope.has(id));
  }
}
