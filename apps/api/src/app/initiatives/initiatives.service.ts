/**
 * Initiatives (lesson 2): what residents start together, in which phase they are, what they mean for the
 * street and which collectives back them. A WORKER sees and changes those of their places and below.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessService } from '../auth/access.service';
import { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { CollectiveEntity } from '../collectives/collective.entity';
import { likePattern } from '../common/like-pattern';
import { conflict, notFound } from '../common/app-error';
import { today } from '../common/dates';
import { Connection, decodeCursor, pageSize, toConnection } from '../common/pagination';
import { TieEntity } from '../ties/tie.entity';
import { CreateInitiativeInput, UpdateInitiativeInput } from './dto/initiative.input';
import { InitiativesArgs } from './dto/initiatives.args';
import { InitiativeCollectiveEntity, InitiativeEntity, ParticipationEntity } from './initiative.entity';
import { toInitiativeModel } from './initiative.mappers';
import { applyInitiativeDates } from './initiative-rules';
import { InitiativeModel } from './models/initiative.model';

/** Optional text: trimmed, and blank is stored as null. */
function text(value: string | null | undefined): string | null {
  return value?.trim() || null;
}

@Injectable()
export class InitiativesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** An initiative the viewer may see (inside a transaction, load the viewer's place scope first). */
  async get(viewer: Viewer, id: string, em: EntityManager = this.db.manager): Promise<InitiativeEntity> {
    this.access.assertPersonalData(viewer);
    const scope = await this.access.placeScope(viewer);
    const initiative = await em.getRepository(InitiativeEntity).findOne({ where: { id, tenantId: viewer.tenantId } });
    if (!initiative || !scope.has(initiative.placeId)) throw notFound('Initiative', id);
    return initiative;
  }

  async list(viewer: Viewer, args: InitiativesArgs): Promise<Connection<InitiativeModel>> {
    this.access.assertPersonalData(viewer);
    const places = await this.access.placesUnder(viewer, args.placeId);
    const limit = pageSize(args);
    const qb = this.db
      .getRepository(InitiativeEntity)
      .createQueryBuilder('i')
      .where('i.tenant_id = :tenantId AND i.place_id = ANY(:places)', { tenantId: viewer.tenantId, places });
    if (args.phase) qb.andWhere('i.phase = :phase', { phase: args.phase });
    if (args.kind) qb.andWhere('i.kind = :kind', { kind: args.kind });
    if (args.search?.trim()) {
      qb.andWhere(`i.name ILIKE :pattern ESCAPE '\\'`, { pattern: likePattern(args.search.trim()) });
    }
    const total = await qb.getCount();
    if (args.after) {
      const [name, id] = decodeCursor(args.after);
      qb.andWhere('(i.name, i.id) > (:name, :id)', { name, id });
    }
    const rows = await qb
      .orderBy('i.name', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    return toConnection(rows, limit, total, (i) => [i.name, i.id], toInitiativeModel);
  }

  async create(viewer: Viewer, input: CreateInitiativeInput): Promise<InitiativeEntity> {
    this.access.assertPersonalData(viewer);
    await this.access.assertPlace(viewer, input.placeId);
    const dates = applyInitiativeDates(
      null,
      { phase: input.phase, startedOn: input.startedOn ?? null, endedOn: input.endedOn ?? undefined },
      today(),
    );
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(InitiativeEntity);
      const initiative = await repo.save(
        repo.create({
          tenantId: viewer.tenantId,
          name: input.name.trim(),
          kind: input.kind,
          placeId: input.placeId,
          ...dates,
          meaningForStreet: text(input.meaningForStreet),
          supportNeeded: text(input.supportNeeded),
          externalId: input.externalId ?? null,
        }),
      );
      await this.audit.record(viewer, 'CREATE', 'initiative', initiative.id, null, em);
      return initiative;
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateInitiativeInput): Promise<InitiativeEntity> {
    this.access.assertPersonalData(viewer);
    await this.access.placeScope(viewer);
    if (input.placeId) await this.access.assertPlace(viewer, input.placeId);
    return this.db.transaction(async (em) => {
      const initiative = await this.get(viewer, id, em);
      Object.assign(
        initiative,
        applyInitiativeDates(
          initiative,
          { phase: input.phase ?? undefined, startedOn: input.startedOn, endedOn: input.endedOn },
          today(),
        ),
      );
      if (input.name != null) initiative.name = input.name.trim();
      if (input.kind != null) initiative.kind = input.kind;
      if (input.placeId != null) initiative.placeId = input.placeId;
      if (input.meaningForStreet !== undefined) initiative.meaningForStreet = text(input.meaningForStreet);
      if (input.supportNeeded !== undefined) initiative.supportNeeded = text(input.supportNeeded);
      const saved = await em.getRepository(InitiativeEntity).save(initiative);
      await this.audit.record(viewer, 'UPDATE', 'initiative', id, { fields: Object.keys(input) }, em);
      return saved;
    });
  }

  /**
   * Deletes an initiative recorded by mistake. One with participations (current or ended) or with ties that
   * record it as their origin gives CONFLICT: those are the history of what it meant for the street, and the
   * foreign keys would silently cascade (participations) or forget the origin (ties). Its supporting-collective
   * links belong to the initiative itself and go with it.
   */
  async remove(viewer: Viewer, id: string): Promise<string> {
    this.access.assertPersonalData(viewer);
    await this.access.placeScope(viewer);
    return this.db.transaction(async (em) => {
      const initiative = await this.get(viewer, id, em);
      const participations = await em.getRepository(ParticipationEntity).count({
        where: { tenantId: viewer.tenantId, initiativeId: id },
      });
      if (participations > 0) {
        throw conflict(
          `${initiative.name} has ${participations} participation${participations === 1 ? '' : 's'}, current or ` +
            'ended, which are kept as history. If it stopped, set its phase to ENDED instead; delete it only if ' +
            'it was recorded by mistake, after deleting those participations.',
        );
      }
      const ties = await em.getRepository(TieEntity).count({
        where: { tenantId: viewer.tenantId, originInitiativeId: id },
      });
      if (ties > 0) {
        throw conflict(
          `${ties} tie${ties === 1 ? ' records' : 's record'} that people met through ${initiative.name}. ` +
            'It stays, so what it meant for the street is not lost: if it stopped, set its phase to ENDED.',
        );
      }
      await em.getRepository(InitiativeEntity).delete({ id, tenantId: viewer.tenantId });
      await this.audit.record(viewer, 'ERASE', 'initiative', id, null, em);
      return id;
    });
  }

  /**
   * Replaces the collectives (in the viewer's places) that support an initiative. Links to collectives the
   * viewer cannot see are left as they are: a street worker cannot undo what a buurt colleague recorded.
   */
  async setSupportingCollectives(
    viewer: Viewer,
    initiativeId: string,
    collectiveIds: readonly string[],
  ): Promise<InitiativeEntity> {
    this.access.assertPersonalData(viewer);
    const scope = await this.access.placeScope(viewer);
    const wanted = [...new Set(collectiveIds)];
    return this.db.transaction(async (em) => {
      const initiative = await this.get(viewer, initiativeId, em);
      const found = wanted.length
        ? await em.getRepository(CollectiveEntity).find({
            where: { tenantId: viewer.tenantId, id: In(wanted) },
            select: { id: true, placeId: true },
          })
        : [];
      const visible = new Set(found.filter((c) => scope.has(c.placeId)).map((c) => c.id));
      const missing = wanted.find((id) => !visible.has(id));
      if (missing) throw notFound('Collective', missing);

      const links = em.getRepository(InitiativeCollectiveEntity);
      const current = await links.find({ where: { tenantId: viewer.tenantId, initiativeId } });
      const currentCollectives = current.length
        ? await em.getRepository(CollectiveEntity).find({
            where: { tenantId: viewer.tenantId, id: In(current.map((l) => l.collectiveId)) },
            select: { id: true, placeId: true },
          })
        : [];
      const currentVisible = currentCollectives.filter((c) => scope.has(c.placeId)).map((c) => c.id);
      const removed = currentVisible.filter((id) => !visible.has(id));
      const linked = new Set(current.map((l) => l.collectiveId));
      const added = wanted.filter((id) => !linked.has(id));
      if (removed.length) await links.delete({ tenantId: viewer.tenantId, initiativeId, collectiveId: In(removed) });
      if (added.length) {
        await links.insert(added.map((collectiveId) => ({ tenantId: viewer.tenantId, initiativeId, collectiveId })));
      }
      await this.audit.record(
        viewer,
        'UPDATE',
        'initiative',
        initiativeId,
        { supportingCollectives: { added, removed } },
        em,
      );
      return initiative;
    });
  }
}
