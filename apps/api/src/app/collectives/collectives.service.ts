/**
 * Collectives (bewonerscommissie, app group, buurthuis team, …): a WORKER sees and changes those of the
 * places assigned to them and below. A collective outside the viewer's places is "not found".
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../auth/access.service';
import { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { conflict, notFound } from '../common/app-error';
import { Connection, decodeCursor, pageSize, toConnection } from '../common/pagination';
import { InitiativeCollectiveEntity } from '../initiatives/initiative.entity';
import { toCollectiveModel } from './collective.mappers';
import { CollectiveEntity, MembershipEntity } from './collective.entity';
import { CreateCollectiveInput, UpdateCollectiveInput } from './dto/collective.input';
import { CollectivesArgs } from './dto/collectives.args';
import { CollectiveModel } from './models/collective.model';
import { likePattern } from '../common/like-pattern';

@Injectable()
export class CollectivesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /**
   * A collective the viewer may see. Inside a transaction pass its `em`; the viewer's place scope must
   * then already be loaded (call `access.placeScope` before the transaction: PGlite has one connection).
   */
  async get(viewer: Viewer, id: string, em: EntityManager = this.db.manager): Promise<CollectiveEntity> {
    this.access.assertPersonalData(viewer);
    const scope = await this.access.placeScope(viewer);
    const collective = await em.getRepository(CollectiveEntity).findOne({ where: { id, tenantId: viewer.tenantId } });
    if (!collective || !scope.has(collective.placeId)) throw notFound('Collective', id);
    return collective;
  }

  async list(viewer: Viewer, args: CollectivesArgs): Promise<Connection<CollectiveModel>> {
    this.access.assertPersonalData(viewer);
    const places = await this.access.placesUnder(viewer, args.placeId);
    const limit = pageSize(args);
    const qb = this.db
      .getRepository(CollectiveEntity)
      .createQueryBuilder('c')
      .where('c.tenant_id = :tenantId AND c.place_id = ANY(:places)', { tenantId: viewer.tenantId, places });
    if (args.kind) qb.andWhere('c.kind = :kind', { kind: args.kind });
    if (args.search?.trim()) {
      qb.andWhere(`c.name ILIKE :pattern ESCAPE '\\'`, { pattern: likePattern(args.search.trim()) });
    }
    const total = await qb.getCount();
    if (args.after) {
      const [name, id] = decodeCursor(args.after);
      qb.andWhere('(c.name, c.id) > (:name, :id)', { name, id });
    }
    const rows = await qb
      .orderBy('c.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    return toConnection(rows, limit, total, (c) => [c.name, c.id], toCollectiveModel);
  }

  async create(viewer: Viewer, input: CreateCollectiveInput): Promise<CollectiveEntity> {
    this.access.assertPersonalData(viewer);
    await this.access.assertPlace(viewer, input.placeId);
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(CollectiveEntity);
      const collective = await repo.save(
        repo.create({
          tenantId: viewer.tenantId,
          name: input.name.trim(),
          kind: input.kind,
          placeId: input.placeId,
          description: input.description?.trim() || null,
          externalId: input.externalId ?? null,
        }),
      );
      await this.audit.record(viewer, 'CREATE', 'collective', collective.id, null, em);
      return collective;
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateCollectiveInput): Promise<CollectiveEntity> {
    this.access.assertPersonalData(viewer);
    await this.access.placeScope(viewer);
    if (input.placeId) await this.access.assertPlace(viewer, input.placeId);
    return this.db.transaction(async (em) => {
      const collective = await this.get(viewer, id, em);
      if (input.name != null) collective.name = input.name.trim();
      if (input.kind != null) collective.kind = input.kind;
      if (input.placeId != null) collective.placeId = input.placeId;
      if (input.description !== undefined) collective.description = input.description?.trim() || null;
      const saved = await em.getRepository(CollectiveEntity).save(collective);
      await this.audit.record(viewer, 'UPDATE', 'collective', id, { fields: Object.keys(input) }, em);
      return saved;
    });
  }

  /**
   * Deletes a collective recorded by mistake. One with memberships (current or ended) keeps them as
   * history, and one that supports initiatives is part of their record: both give CONFLICT rather than
   * cascading (the foreign keys would cascade silently).
   */
  async remove(viewer: Viewer, id: string): Promise<string> {
    this.access.assertPersonalData(viewer);
    await this.access.placeScope(viewer);
    return this.db.transaction(async (em) => {
      const collective = await this.get(viewer, id, em);
      const memberships = await em.getRepository(MembershipEntity).count({
        where: { tenantId: viewer.tenantId, collectiveId: id },
      });
      if (memberships > 0) {
        throw conflict(
          `${collective.name} has ${memberships} membership${memberships === 1 ? '' : 's'}, current or ended, ` +
            'which are kept as history. If the collective stopped, end its memberships instead; ' +
            'delete it only if it was recorded by mistake, after deleting those memberships.',
        );
      }
      const supports = await em.getRepository(InitiativeCollectiveEntity).count({
        where: { tenantId: viewer.tenantId, collectiveId: id },
      });
      if (supports > 0) {
        throw conflict(
          `${collective.name} supports ${supports} initiative${supports === 1 ? '' : 's'}: ` +
            'remove it from their supporting collectives first.',
        );
      }
      await em.getRepository(CollectiveEntity).delete({ id, tenantId: viewer.tenantId });
      await this.audit.record(viewer, 'ERASE', 'collective', id, null, em);
      return id;
    });
  }
}
