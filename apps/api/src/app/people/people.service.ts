import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PlaceLevel } from '@weefsel/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessService } from '../auth/access.service';
import { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { badInput, notFound } from '../common/app-error';
import { likePattern } from '../common/like-pattern';
import { Connection, decodeCursor, pageSize, toConnection } from '../common/pagination';
import { PlaceEntity } from '../places/place.entity';
import { CreatePersonInput, UpdatePersonInput } from './dto/person.input';
import { PeopleArgs } from './dto/people.args';
import { PersonModel } from './models/person.model';
import { PersonEntity } from './person.entity';
import { newPseudonym } from './pseudonym';

export function toPersonModel(p: PersonEntity): PersonModel {
  return {
    id: p.id,
    displayName: p.displayName,
    pseudonym: p.pseudonym,
    homePlaceId: p.homePlaceId,
    birthYear: p.birthYear,
    roles: p.roles,
    assets: p.assets,
    onWatchList: p.onWatchList,
    consent: p.consent,
    externalId: p.externalId,
  };
}

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** A resident the viewer may see; one outside their places is "not found", so ids leak nothing. */
  async get(viewer: Viewer, id: string, em: EntityManager = this.db.manager): Promise<PersonEntity> {
    this.access.assertPersonalData(viewer);
    const person = await em.getRepository(PersonEntity).findOne({ where: { id, tenantId: viewer.tenantId } });
    const scope = await this.access.placeScope(viewer);
    if (!person || !scope.has(person.homePlaceId)) throw notFound('Person', id);
    return person;
  }

  async read(viewer: Viewer, id: string): Promise<PersonEntity> {
    const person = await this.get(viewer, id);
    await this.audit.record(viewer, 'READ', 'person', id);
    return person;
  }

  async list(viewer: Viewer, args: PeopleArgs): Promise<Connection<PersonModel>> {
    this.access.assertPersonalData(viewer);
    const places = await this.access.placesUnder(viewer, args.placeId);
    const limit = pageSize(args);
    const qb = this.db
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .where('p.tenant_id = :tenantId AND p.home_place_id = ANY(:places)', { tenantId: viewer.tenantId, places });
    if (args.search?.trim()) {
      qb.andWhere(`p.display_name ILIKE :pattern ESCAPE '\\'`, { pattern: likePattern(args.search.trim()) });
    }
    if (args.onWatchList !== undefined) qb.andWhere('p.on_watch_list = :w', { w: args.onWatchList });
    const total = await qb.getCount();
    if (args.after) {
      const [name, id] = decodeCursor(args.after);
      qb.andWhere('(p.display_name, p.id) > (:name, :id)', { name, id });
    }
    const rows = await qb
      .orderBy('p.display_name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    // a list of residents is a read of personal data too: one audit entry per page, naming who was shown
    await this.audit.record(viewer, 'READ', 'person', null, {
      list: true,
      placeId: args.placeId ?? null,
      personIds: rows.slice(0, limit).map((p) => p.id),
    });
    return toConnection(rows, limit, total, (p) => [p.displayName, p.id], toPersonModel);
  }

  async create(viewer: Viewer, input: CreatePersonInput): Promise<PersonEntity> {
    this.access.assertPersonalData(viewer);
    return this.db.transaction(async (em) => {
      await this.assertHomePlace(em, viewer, input.homePlaceId);
      this.assertRoles(input.roles);
      const repo = em.getRepository(PersonEntity);
      const person = await repo.save(
        repo.create({
          tenantId: viewer.tenantId,
          displayName: input.displayName.trim(),
          pseudonym: await this.uniquePseudonym(em, viewer.tenantId),
          homePlaceId: input.homePlaceId,
          birthYear: input.birthYear ?? null,
          roles: input.roles.map((r) => ({ role: r.role, since: r.since, until: r.until ?? null })),
          assets: input.assets.map((a) => ({ kind: a.kind, label: a.label.trim() })),
          onWatchList: input.onWatchList,
          consent: input.consent
            ? {
                basis: input.consent.basis,
                recordedOn: input.consent.recordedOn,
                recordedBy: viewer.displayName,
                note: input.consent.note ?? null,
                withdrawnOn: input.consent.withdrawnOn ?? null,
              }
            : null,
          externalId: input.externalId ?? null,
        }),
      );
      await this.audit.record(viewer, 'CREATE', 'person', person.id, null, em);
      return person;
    });
  }

  async update(viewer: Viewer, id: string, input: UpdatePersonInput): Promise<PersonEntity> {
    return this.db.transaction(async (em) => {
      const person = await this.get(viewer, id, em);
      if (input.homePlaceId !== undefined && input.homePlaceId !== person.homePlaceId) {
        await this.assertHomePlace(em, viewer, input.homePlaceId);
        person.homePlaceId = input.homePlaceId;
      }
      if (input.displayName !== undefined) person.displayName = input.displayName.trim();
      if (input.birthYear !== undefined) person.birthYear = input.birthYear;
      if (input.roles !== undefined) {
        this.assertRoles(input.roles);
        person.roles = input.roles.map((r) => ({ role: r.role, since: r.since, until: r.until ?? null }));
      }
      if (input.assets !== undefined)
        person.assets = input.assets.map((a) => ({ kind: a.kind, label: a.label.trim() }));
      if (input.onWatchList !== undefined) person.onWatchList = input.onWatchList;
      if (input.consent !== undefined) {
        person.consent = input.consent
          ? {
              basis: input.consent.basis,
              recordedOn: input.consent.recordedOn,
              recordedBy: viewer.displayName,
              note: input.consent.note ?? null,
              withdrawnOn: input.consent.withdrawnOn ?? null,
            }
          : null;
      }
      const saved = await em.getRepository(PersonEntity).save(person);
      await this.audit.record(viewer, 'UPDATE', 'person', id, { fields: Object.keys(input) }, em);
      return saved;
    });
  }

  /**
   * Erasure (AVG art. 17): the person and, by foreign-key cascade, their ties, memberships,
   * participations, help requests and offers and their place in contact moments; contact moments about them
   * alone are deleted (a moment with others stays, without them), and so are gap-filler decisions about them and
   * the introductions logged from those. Help matched with them is reopened for the
   * other side. Aggregate history (counts in the audit log) stays.
   */
  async erase(viewer: Viewer, id: string): Promise<string> {
    return this.db.transaction(async (em) => {
      await this.get(viewer, id, em);
      // help matched with this person goes back to the pool: the other side is not left "matched" with no one
      await em.query(
        `UPDATE help_offer SET status = 'AVAILABLE', updated_at = now()
          WHERE tenant_id = $2 AND status = 'MATCHED' AND id IN
            (SELECT matched_offer_id FROM help_request WHERE person_id = $1 AND tenant_id = $2 AND status = 'MATCHED')`,
        [id, viewer.tenantId],
      );
      await em.query(
        `UPDATE help_request SET status = 'OPEN', matched_offer_id = NULL, updated_at = now()
          WHERE tenant_id = $2 AND status = 'MATCHED' AND matched_offer_id IN
            (SELECT id FROM help_offer WHERE person_id = $1 AND tenant_id = $2)`,
        [id, viewer.tenantId],
      );
      // a contact moment about this person alone is a note about them: it goes too
      await em.query(
        `DELETE FROM contact_moment cm WHERE cm.tenant_id = $2
            AND EXISTS (SELECT 1 FROM contact_moment_person l WHERE l.contact_moment_id = cm.id AND l.person_id = $1)
            AND NOT EXISTS (SELECT 1 FROM contact_moment_person o WHERE o.contact_moment_id = cm.id AND o.person_id <> $1)`,
        [id, viewer.tenantId],
      );
      // gap-filler decisions about them keep the suggestion's explanation, which names them: they go, and so do
      // the introductions logged from them (their summary is that explanation), even when others were there too
      await em.query(
        `DELETE FROM contact_moment WHERE tenant_id = $2 AND id IN
           (SELECT d.contact_moment_id FROM suggestion_decision d
              JOIN suggestion_decision_person dp ON dp.decision_id = d.id AND dp.tenant_id = d.tenant_id
             WHERE dp.person_id = $1 AND d.tenant_id = $2 AND d.contact_moment_id IS NOT NULL)`,
        [id, viewer.tenantId],
      );
      await em.query(
        `DELETE FROM suggestion_decision d WHERE d.tenant_id = $2
            AND EXISTS (SELECT 1 FROM suggestion_decision_person dp WHERE dp.decision_id = d.id AND dp.person_id = $1)`,
        [id, viewer.tenantId],
      );
      await em.getRepository(PersonEntity).delete({ id, tenantId: viewer.tenantId });
      await this.audit.record(viewer, 'ERASE', 'person', id, null, em);
      return id;
    });
  }

  async byIds(tenantId: string, ids: readonly string[]): Promise<PersonEntity[]> {
    return this.db.getRepository(PersonEntity).find({ where: { tenantId, id: In([...ids]) } });
  }

  private async assertHomePlace(em: EntityManager, viewer: Viewer, placeId: string): Promise<void> {
    await this.access.assertPlace(viewer, placeId);
    const place = await em.getRepository(PlaceEntity).findOne({ where: { id: placeId, tenantId: viewer.tenantId } });
    if (!place) throw notFound('Place', placeId);
    if (place.level !== PlaceLevel.STREET) {
      throw badInput(`A resident's home place is a street; ${place.name} is a ${place.level}.`, 'homePlaceId');
    }
  }

  private assertRoles(roles: { since: string; until?: string | null }[]): void {
    for (const r of roles) {
      if (r.until && r.until < r.since) throw badInput('A role cannot end before it started.', 'roles');
    }
  }

  private async uniquePseudonym(em: EntityManager, tenantId: string): Promise<string> {
    for (;;) {
      const candidate = newPseudonym();
      if (!(await em.getRepository(PersonEntity).exist({ where: { tenantId, pseudonym: candidate } }))) {
        return candidate;
      }
    }
  }
}
