/**
 * Participations: who takes part in an initiative, in which role, from when to when. Never overwritten:
 * stopping sets `until`; delete is for mistakes only. A WORKER reaches a participation only when both the
 * person and the initiative are in their places; otherwise it is "not found".
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../auth/access.service';
import { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { findOverlap, overlapMessage, periodProblem } from '../collectives/periods';

const TAKES_PART = ['takes part in', 'took part in'] as const;
import { badInput, conflict, notFound } from '../common/app-error';
import { today } from '../common/dates';
import { PeopleService } from '../people/people.service';
import { PersonEntity } from '../people/person.entity';
import { AddParticipationInput, UpdateParticipationInput } from './dto/participation.input';
import { InitiativeEntity, ParticipationEntity } from './initiative.entity';
import { InitiativesService } from './initiatives.service';

@Injectable()
export class ParticipationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly initiatives: InitiativesService,
    private readonly people: PeopleService,
  ) {}

  /** A participation whose person and initiative are both in the viewer's places (scope loaded before). */
  async get(viewer: Viewer, id: string, em: EntityManager = this.db.manager): Promise<ParticipationEntity> {
    this.access.assertPersonalData(viewer);
    const scope = await this.access.placeScope(viewer);
    const participation = await em
      .getRepository(ParticipationEntity)
      .findOne({ where: { id, tenantId: viewer.tenantId } });
    if (!participation) throw notFound('Participation', id);
    const initiative = await em.getRepository(InitiativeEntity).findOne({
      where: { id: participation.initiativeId, tenantId: viewer.tenantId },
      select: { id: true, placeId: true },
    });
    const person = await em.getRepository(PersonEntity).findOne({
      where: { id: participation.personId, tenantId: viewer.tenantId },
      select: { id: true, homePlaceId: true },
    });
    if (!initiative || !person || !scope.has(initiative.placeId) || !scope.has(person.homePlaceId)) {
      throw notFound('Participation', id);
    }
    return participation;
  }

  async add(viewer: Viewer, input: AddParticipationInput): Promise<ParticipationEntity> {
    this.access.assertPersonalData(viewer);
    await this.access.placeScope(viewer);
    return this.db.transaction(async (em) => {
      const initiative = await this.initiatives.get(viewer, input.initiativeId, em);
      const person = await this.people.get(viewer, input.personId, em);
      // serialise concurrent additions to one initiative, so the overlap check below holds
      await em.query(`SELECT id FROM initiative WHERE id = $1 FOR UPDATE`, [initiative.id]);
      const since = input.since ?? today();
      const repo = em.getRepository(ParticipationEntity);
      const existing = await repo.find({
        where: { tenantId: viewer.tenantId, initiativeId: initiative.id, personId: person.id },
      });
      const overlap = findOverlap(existing, { since, until: null });
      if (overlap) {
        throw conflict(
          overlapMessage({ person: person.displayName, group: initiative.name, verbs: TAKES_PART }, overlap),
        );
      }
      const participation = await repo.save(
        repo.create({
          tenantId: viewer.tenantId,
          initiativeId: initiative.id,
          personId: person.id,
          role: input.role,
          since,
          until: null,
          externalId: null,
        }),
      );
      await this.audit.record(viewer, 'CREATE', 'participation', participation.id, null, em);
      return participation;
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateParticipationInput): Promise<ParticipationEntity> {
    this.access.assertPersonalData(viewer);
    await this.access.placeScope(viewer);
    return this.db.transaction(async (em) => {
      const participation = await this.get(viewer, id, em);
      if (input.role != null) participation.role = input.role;
      if (input.since != null && input.since !== participation.since) {
        const changed = { since: input.since, until: participation.until };
        const problem = periodProblem(changed);
        if (problem) throw badInput(problem, 'since');
        const others = await em.getRepository(ParticipationEntity).find({
          where: {
            tenantId: viewer.tenantId,
            initiativeId: participation.initiativeId,
            personId: participation.personId,
          },
        });
        const overlap = findOverlap(
          others.filter((p) => p.id !== id),
          changed,
        );
        if (overlap)
          throw conflict(
            overlapMessage({ person: 'This person', group: 'this initiative', verbs: TAKES_PART }, overlap),
          );
        participation.since = input.since;
      }
      const saved = await em.getRepository(ParticipationEntity).save(participation);
      await this.audit.record(viewer, 'UPDATE', 'participation', id, { fields: Object.keys(input) }, em);
      return saved;
    });
  }

  /** Ends a participation: it stays in the history, valid up to the day before `until`. */
  async end(viewer: Viewer, id: string, until: string = today()): Promise<ParticipationEntity> {
    this.access.assertPersonalData(viewer);
    await this.access.placeScope(viewer);
    return this.db.transaction(async (em) => {
      const participation = await this.get(viewer, id, em);
      if (participation.until) throw conflict(`This participation already ended on ${participation.until}.`);
      if (periodProblem({ since: participation.since, until })) {
        throw badInput(`A participation cannot end before it started (${participation.since}).`, 'until');
      }
      participation.until = until;
      const saved = await em.getRepository(ParticipationEntity).save(participation);
      await this.audit.record(viewer, 'UPDATE', 'participation', id, { ended: until }, em);
      return saved;
    });
  }

  /** Deletes a participation recorded by mistake. Someone who stopped is ended, not deleted. */
  async remove(viewer: Viewer, id: string): Promise<string> {
    this.access.assertPersonalData(viewer);
    await this.access.placeScope(viewer);
    return this.db.transaction(async (em) => {
      await this.get(viewer, id, em);
      await em.getRepository(ParticipationEntity).delete({ id, tenantId: viewer.tenantId });
      await this.audit.record(viewer, 'ERASE', 'participation', id, null, em);
      return id;
    });
  }
}
