/**
 * Memberships: who belongs to which collective, from when to when. Never overwritten: leaving sets
 * `until`; delete is for mistakes only. A WORKER reaches a membership only when both the person and the
 * collective are in their places; otherwise it is "not found".
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../auth/access.service';
import { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { badInput, conflict, notFound } from '../common/app-error';
import { today } from '../common/dates';
import { PeopleService } from '../people/people.service';
import { PersonEntity } from '../people/person.entity';
import { CollectiveEntity, MembershipEntity } from './collective.entity';
import { CollectivesService } from './collectives.service';
import { AddMembershipInput, UpdateMembershipInput } from './dto/membership.input';
import { findOverlap, overlapMessage, periodProblem } from './periods';

@Injectable()
export class MembershipsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly collectives: CollectivesService,
    private readonly people: PeopleService,
  ) {}

  /** A membership whose person and collective are both in the viewer's places (scope loaded before). */
  async get(viewer: Viewer, id: string, em: EntityManager = this.db.manager): Promise<MembershipEntity> {
    this.access.assertPersonalData(viewer);
    const scope = await this.access.placeScope(viewer);
    const membership = await em.getRepository(MembershipEntity).findOne({ where: { id, tenantId: viewer.tenantId } });
    if (!membership) throw notFound('Membership', id);
    const collective = await em.getRepository(CollectiveEntity).findOne({
      where: { id: membership.collectiveId, tenantId: viewer.tenantId },
      select: { id: true, placeId: true },
    });
    const person = await em.getRepository(PersonEntity).findOne({
      where: { id: membership.personId, tenantId: viewer.tenantId },
      select: { id: true, homePlaceId: true },
    });
    if (!collective || !person || !scope.has(collective.placeId) || !scope.has(person.homePlaceId)) {
      throw notFound('Membership', id);
    }
    return membership;
  }

  async add(viewer: Viewer, input: AddMembershipInput): Promise<MembershipEntity> {
    this.access.assertPersonalData(viewer);
    await this.access.placeScope(viewer);
    return this.db.transaction(async (em) => {
      const collective = await this.collectives.get(viewer, input.collectiveId, em);
      const person = await this.people.get(viewer, input.personId, em);
      // serialise concurrent additions to one collective, so the overlap check below holds
      await em.query(`SELECT id FROM collective WHERE id = $1 FOR UPDATE`, [collective.id]);
      const since = input.since ?? today();
      const repo = em.getRepository(MembershipEntity);
      const existing = await repo.find({
        where: { tenantId: viewer.tenantId, collectiveId: collective.id, personId: person.id },
      });
      const overlap = findOverlap(existing, { since, until: null });
      if (overlap) {
        throw conflict(overlapMessage({ person: person.displayName, group: collective.name }, overlap));
      }
      const membership = await repo.save(
        repo.create({
          tenantId: viewer.tenantId,
          collectiveId: collective.id,
          personId: person.id,
          role: input.role,
          since,
          until: null,
          externalId: null,
        }),
      );
      await this.audit.record(viewer, 'CREATE', 'membership', membership.id, null, em);
      return membership;
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateMembershipInput): Promise<MembershipEntity> {
    this.access.assertPersonalData(viewer);
    await this.access.placeScope(viewer);
    return this.db.transaction(async (em) => {
      const membership = await this.get(viewer, id, em);
      if (input.role != null) membership.role = input.role;
      if (input.since != null && input.since !== membership.since) {
        const changed = { since: input.since, until: membership.until };
        const problem = periodProblem(changed);
        if (problem) throw badInput(problem, 'since');
        const others = await em.getRepository(MembershipEntity).find({
          where: { tenantId: viewer.tenantId, collectiveId: membership.collectiveId, personId: membership.personId },
        });
        const overlap = findOverlap(
          others.filter((m) => m.id !== id),
          changed,
        );
        if (overlap) throw conflict(overlapMessage({ person: 'This person', group: 'this collective' }, overlap));
        membership.since = input.since;
      }
      const saved = await em.getRepository(MembershipEntity).save(membership);
      await this.audit.record(viewer, 'UPDATE', 'membership', id, { fields: Object.keys(input) }, em);
      return saved;
    });
  }

  /** Ends a membership: it stays in the history, valid up to the day before `until`. */
  async end(viewer: Viewer, id: string, until: string = today()): Promise<MembershipEntity> {
    this.access.assertPersonalData(viewer);
    await this.access.placeScope(viewer);
    return this.db.transaction(async (em) => {
      const membership = await this.get(viewer, id, em);
      if (membership.until) throw conflict(`This membership already ended on ${membership.until}.`);
      if (periodProblem({ since: membership.since, until })) {
        throw badInput(`A membership cannot end before it started (${membership.since}).`, 'until');
      }
      membership.until = until;
      const saved = await em.getRepository(MembershipEntity).save(membership);
      await this.audit.record(viewer, 'UPDATE', 'membership', id, { ended: until }, em);
      return saved;
    });
  }

  /** Deletes a membership recorded by mistake. Someone who left is ended, not deleted. */
  async remove(viewer: Viewer, id: string): Promise<string> {
    this.access.assertPersonalData(viewer);
    await this.access.placeScope(viewer);
    return this.db.transaction(async (em) => {
      await this.get(viewer, id, em);
      await em.getRepository(MembershipEntity).delete({ id, tenantId: viewer.tenantId });
      await this.audit.record(viewer, 'ERASE', 'membership', id, null, em);
      return id;
    });
  }
}
