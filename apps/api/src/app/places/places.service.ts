import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { canBeParentOf, cbsPrefixFor, PLACE_LEVEL_LABEL_NL, PlaceLevel, UserRole } from '@weefsel/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessService } from '../auth/access.service';
import { Viewer } from '../auth/viewer';
import { badInput, conflict, forbidden, notFound } from '../common/app-error';
import { Connection, decodeCursor, pageSize, toConnection } from '../common/pagination';
import { CreatePlaceInput, UpdatePlaceInput } from './dto/create-place.input';
import { PlacesArgs } from './dto/places.args';
import { PlaceModel } from './models/place.model';
import { PlaceEntity } from './place.entity';

export function toPlaceModel(p: PlaceEntity): PlaceModel {
  return { id: p.id, name: p.name, level: p.level, parentId: p.parentId, cbsCode: p.cbsCode, externalId: p.externalId };
}

@Injectable()
export class PlacesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async get(viewer: Viewer, id: string): Promise<PlaceEntity> {
    await this.access.assertPlace(viewer, id);
    const place = await this.db.getRepository(PlaceEntity).findOne({ where: { id, tenantId: viewer.tenantId } });
    if (!place) throw notFound('Place', id);
    return place;
  }

  /** Places in the viewer's scope, ordered by level (top first) and name. */
  async list(viewer: Viewer, args: PlacesArgs): Promise<Connection<PlaceModel>> {
    const ids = await this.access.placesUnder(viewer, args.under);
    const limit = pageSize(args);
    const qb = this.db
      .getRepository(PlaceEntity)
      .createQueryBuilder('p')
      .where('p.tenant_id = :tenantId AND p.id = ANY(:ids)', { tenantId: viewer.tenantId, ids });
    const total = await qb.getCount();
    // sort key: level rank (4 = gemeente … 0 = street) then name, so a tree can be built top-down in one pass
    const sortKey = `(CASE p.level WHEN 'MUNICIPALITY' THEN 0 WHEN 'VILLAGE' THEN 1 WHEN 'DISTRICT' THEN 2 WHEN 'NEIGHBOURHOOD' THEN 3 ELSE 4 END)::text || '|' || p.name`;
    if (args.after) {
      const [key, id] = decodeCursor(args.after);
      qb.andWhere(`(${sortKey}, p.id::text) > (:key, :id)`, { key, id });
    }
    const rows = await qb
      .addSelect(sortKey, 'sort_key')
      .orderBy('sort_key', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit + 1)
      .getRawAndEntities();
    const withKeys = rows.entities.map((entity, i) => ({ entity, key: String(rows.raw[i]['sort_key']) }));
    return toConnection(
      withKeys,
      limit,
      total,
      (r) => [r.key, r.entity.id],
      (r) => toPlaceModel(r.entity),
    );
  }

  async byIds(tenantId: string, ids: readonly string[]): Promise<PlaceEntity[]> {
    return this.db.getRepository(PlaceEntity).find({ where: { tenantId, id: In([...ids]) } });
  }

  async create(viewer: Viewer, input: CreatePlaceInput): Promise<PlaceEntity> {
    this.assertMayManagePlaces(viewer);
    const created = await this.db.transaction(async (em) => {
      if (input.parentId) {
        await this.access.assertPlace(viewer, input.parentId, 'Parent place');
        await this.assertParent(em, viewer, input.parentId, input.level);
      } else if (viewer.role !== UserRole.ADMIN) {
        throw forbidden('Only an administrator can add a top-level place; choose a parent place you work in.');
      }
      this.assertCbsCode(input.level, input.cbsCode ?? null);
      const repo = em.getRepository(PlaceEntity);
      const place = await repo.save(
        repo.create({
          tenantId: viewer.tenantId,
          name: input.name.trim(),
          level: input.level,
          parentId: input.parentId ?? null,
          cbsCode: input.cbsCode ?? null,
          externalId: input.externalId ?? null,
        }),
      );
      return place;
    });
    viewer.placeScope = undefined; // the new place is in scope now: recompute on next use
    return created;
  }

  async update(viewer: Viewer, id: string, input: UpdatePlaceInput): Promise<PlaceEntity> {
    this.assertMayManagePlaces(viewer);
    return this.db.transaction(async (em) => {
      await this.access.assertPlace(viewer, id);
      const repo = em.getRepository(PlaceEntity);
      const place = await repo.findOne({ where: { id, tenantId: viewer.tenantId } });
      if (!place) throw notFound('Place', id);
      if (input.parentId !== undefined && input.parentId !== place.parentId) {
        if (input.parentId === null) {
          if (viewer.role !== UserRole.ADMIN) throw forbidden('Only an administrator can make a place top-level.');
        } else {
          await this.access.assertPlace(viewer, input.parentId, 'Parent place');
          await this.assertParent(em, viewer, input.parentId, place.level);
          await this.assertNoCycle(em, viewer, id, input.parentId);
        }
        place.parentId = input.parentId;
      }
      if (input.name !== undefined) place.name = input.name.trim();
      if (input.cbsCode !== undefined) {
        this.assertCbsCode(place.level, input.cbsCode);
        place.cbsCode = input.cbsCode;
      }
      return repo.save(place);
    });
  }

  async remove(viewer: Viewer, id: string): Promise<string> {
    this.assertMayManagePlaces(viewer);
    await this.access.assertPlace(viewer, id);
    return this.db.transaction(async (em) => {
      const [{ children, people }] = await em.query(
        `SELECT (SELECT count(*)::int FROM place WHERE parent_id = $1 AND tenant_id = $2) AS children,
                (SELECT count(*)::int FROM person WHERE home_place_id = $1 AND tenant_id = $2) AS people`,
        [id, viewer.tenantId],
      );
      if (children > 0 || people > 0) {
        throw conflict(
          `This place still has ${children} place(s) below it and ${people} resident(s): move or remove them first.`,
        );
      }
      await em.getRepository(PlaceEntity).delete({ id, tenantId: viewer.tenantId });
      return id;
    });
  }

  private assertMayManagePlaces(viewer: Viewer): void {
    if (viewer.role !== UserRole.ADMIN && viewer.role !== UserRole.WORKER) {
      throw forbidden('Only administrators and community workers can change places.');
    }
  }

  private async assertParent(em: EntityManager, viewer: Viewer, parentId: string, level: PlaceLevel): Promise<void> {
    const parent = await em.getRepository(PlaceEntity).findOne({ where: { id: parentId, tenantId: viewer.tenantId } });
    if (!parent) throw notFound('Parent place', parentId);
    if (!canBeParentOf(parent.level, level)) {
      throw badInput(
        `A ${PLACE_LEVEL_LABEL_NL[level]} (${level}) cannot lie inside a ${PLACE_LEVEL_LABEL_NL[parent.level]} (${parent.level}).`,
        'parentId',
      );
    }
  }

  private async assertNoCycle(em: EntityManager, viewer: Viewer, id: string, parentId: string): Promise<void> {
    const rows: { id: string }[] = await em.query(
      `WITH RECURSIVE up(id, parent_id) AS (
         SELECT id, parent_id FROM place WHERE id = $1 AND tenant_id = $2
         UNION SELECT p.id, p.parent_id FROM place p JOIN up ON p.id = up.parent_id WHERE p.tenant_id = $2)
       SELECT id FROM up`,
      [parentId, viewer.tenantId],
    );
    if (rows.some((r) => r.id === id)) throw badInput('A place cannot lie inside itself.', 'parentId');
  }

  private assertCbsCode(level: PlaceLevel, cbsCode: string | null): void {
    if (!cbsCode) return;
    const prefix = cbsPrefixFor(level);
    if (!prefix || !cbsCode.startsWith(prefix)) {
      throw badInput(
        prefix
          ? `A ${PLACE_LEVEL_LABEL_NL[level]} has a CBS code starting with ${prefix}.`
          : `The CBS has no code for a ${PLACE_LEVEL_LABEL_NL[level]}.`,
        'cbsCode',
      );
    }
  }
}
