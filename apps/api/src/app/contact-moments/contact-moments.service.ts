/**
 * The community worker's contact log (lesson 5). A contact moment is visible to the workers of the place
 * where it happened; only the worker who logged it may change or delete it.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessService } from '../auth/access.service';
import { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { badInput, forbidden, notFound } from '../common/app-error';
import { Connection, PageArgs, pageSize, toConnection } from '../common/pagination';
import { PeopleService } from '../people/people.service';
import { PersonEntity } from '../people/person.entity';
import { UserEntity } from '../users/user.entity';
import { assertNotInFuture, distinct, newestFirstCursorKey, requiredText } from './contact-moment.rules';
import { ContactMomentEntity, ContactMomentPersonEntity } from './contact-moment.entity';
import { LogContactMomentInput, UpdateContactMomentInput } from './dto/contact-moment.input';
import { ContactMomentsArgs } from './dto/contact-moments.args';
import { ContactMomentModel } from './models/contact-moment.model';
import { newestFirstPage } from './newest-first';

export function toContactMomentModel(m: ContactMomentEntity, personIds: string[]): ContactMomentModel {
  return {
    id: m.id,
    placeId: m.placeId,
    channel: m.channel,
    occurredOn: m.occurredOn,
    summary: m.summary,
    signals: m.signals,
    workerId: m.workerId,
    linkedPersonIds: personIds,
  };
}

const SUMMARY_REQUIRED = 'Write a short summary of the contact.';

/** A row of the windowed first-pages query (snake_case, as PostgreSQL returns it). */
interface FirstPageRow {
  id: string;
  tenant_id: string;
  worker_id: string;
  place_id: string;
  channel: ContactMomentEntity['channel'];
  summary: string;
  signals: ContactMomentEntity['signals'];
  for_person: string;
  cursor_date: string;
  cursor_at: string;
  total: number | string;
}

@Injectable()
export class ContactMomentsService {
  /** per request (the viewer object lives for one request) and page size */
  private readonly firstPages = new WeakMap<Viewer, Map<number, DataLoader<string, Connection<ContactMomentModel>>>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly people: PeopleService,
    private readonly audit: AuditService,
  ) {}

  /**
   * A contact moment that happened in one of the viewer's places; any other is "not found".
   * Inside a transaction, call `access.placeScope` first: it must not query outside `em`.
   */
  async get(viewer: Viewer, id: string, em: EntityManager = this.db.manager): Promise<ContactMomentEntity> {
    this.access.assertPersonalData(viewer);
    const scope = await this.access.placeScope(viewer);
    const moment = await em.getRepository(ContactMomentEntity).findOne({ where: { id, tenantId: viewer.tenantId } });
    if (!moment || !scope.has(moment.placeId)) throw notFound('Contact moment', id);
    return moment;
  }

  async read(viewer: Viewer, id: string): Promise<ContactMomentModel> {
    const moment = await this.get(viewer, id);
    const [model] = await this.toModels(viewer.tenantId, [moment]);
    await this.audit.record(viewer, 'READ', 'contact_moment', id);
    return model;
  }

  /** Newest first (by the day it happened, then by when it was logged). */
  async list(viewer: Viewer, args: ContactMomentsArgs): Promise<Connection<ContactMomentModel>> {
    this.access.assertPersonalData(viewer);
    if (args.from && args.to && args.from > args.to) {
      throw badInput(`The period runs from ${args.from} to ${args.to}: "from" must not be after "to".`, 'from');
    }
    if (args.personId) await this.people.get(viewer, args.personId);
    return this.page(viewer, args);
  }

  /** The contact moments with one resident, who was already found in the viewer's places. */
  async forPerson(
    viewer: Viewer,
    person: { id: string; homePlaceId: string },
    args: PageArgs,
  ): Promise<Connection<ContactMomentModel>> {
    this.access.assertPersonalData(viewer);
    const scope = await this.access.placeScope(viewer);
    if (!scope.has(person.homePlaceId)) throw notFound('Person', person.id);
    if (args.after) return this.page(viewer, { ...args, personId: person.id });
    return this.firstPageLoader(viewer, pageSize(args)).load(person.id);
  }

  async log(viewer: Viewer, input: LogContactMomentInput): Promise<ContactMomentModel> {
    this.access.assertPersonalData(viewer);
    const summary = requiredText(input.summary, 'summary', SUMMARY_REQUIRED);
    assertNotInFuture(input.occurredOn, 'occurredOn', 'A contact moment');
    const personIds = distinct(input.personIds);
    await this.access.assertPlace(viewer, input.placeId);
    const scope = await this.access.placeScope(viewer);
    return this.db.transaction(async (em) => {
      const found = await em.getRepository(PersonEntity).find({
        where: { tenantId: viewer.tenantId, id: In(personIds) },
        select: { id: true, homePlaceId: true },
      });
      const homeOf = new Map(found.map((p) => [p.id, p.homePlaceId]));
      for (const id of personIds) {
        const home = homeOf.get(id);
        if (!home || !scope.has(home)) throw notFound('Person', id);
      }
      const repo = em.getRepository(ContactMomentEntity);
      const moment = await repo.save(
        repo.create({
          tenantId: viewer.tenantId,
          workerId: viewer.userId,
          placeId: input.placeId,
          channel: input.channel,
          occurredOn: input.occurredOn,
          summary,
          signals: distinct(input.signals),
        }),
      );
      await em
        .getRepository(ContactMomentPersonEntity)
        .insert(personIds.map((personId) => ({ contactMomentId: moment.id, personId, tenantId: viewer.tenantId })));
      await this.audit.record(viewer, 'CREATE', 'contact_moment', moment.id, { personIds }, em);
      return toContactMomentModel(moment, personIds);
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateContactMomentInput): Promise<ContactMomentModel> {
    await this.beforeTransaction(viewer);
    return this.db.transaction(async (em) => {
      const moment = await this.get(viewer, id, em);
      await this.assertLoggedBy(viewer, moment, em, 'change');
      if (input.summary !== undefined && input.summary !== null) {
        moment.summary = requiredText(input.summary, 'summary', SUMMARY_REQUIRED);
      }
      if (input.signals !== undefined && input.signals !== null) moment.signals = distinct(input.signals);
      if (input.channel !== undefined && input.channel !== null) moment.channel = input.channel;
      if (input.occurredOn !== undefined && input.occurredOn !== null) {
        assertNotInFuture(input.occurredOn, 'occurredOn', 'A contact moment');
        moment.occurredOn = input.occurredOn;
      }
      const saved = await em.getRepository(ContactMomentEntity).save(moment);
      await this.audit.record(viewer, 'UPDATE', 'contact_moment', id, { fields: Object.keys(input) }, em);
      const [model] = await this.toModels(viewer.tenantId, [saved], em);
      return model;
    });
  }

  /** Deletes a contact moment (and, by cascade, who it was with). */
  async remove(viewer: Viewer, id: string): Promise<string> {
    await this.beforeTransaction(viewer);
    return this.db.transaction(async (em) => {
      const moment = await this.get(viewer, id, em);
      await this.assertLoggedBy(viewer, moment, em, 'delete');
      await em.getRepository(ContactMomentEntity).delete({ id, tenantId: viewer.tenantId });
      await this.audit.record(viewer, 'ERASE', 'contact_moment', id, null, em);
      return id;
    });
  }

  private async page(viewer: Viewer, args: ContactMomentsArgs): Promise<Connection<ContactMomentModel>> {
    const places = await this.access.placesUnder(viewer, args.placeId);
    const qb = this.db
      .getRepository(ContactMomentEntity)
      .createQueryBuilder('cm')
      .where('cm.tenant_id = :tenantId AND cm.place_id = ANY(:places)', { tenantId: viewer.tenantId, places });
    if (args.personId) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM contact_moment_person cmp
                  WHERE cmp.contact_moment_id = cm.id AND cmp.tenant_id = cm.tenant_id AND cmp.person_id = :personId)`,
        { personId: args.personId },
      );
    }
    if (args.from) qb.andWhere('cm.occurred_on >= :from', { from: args.from });
    if (args.to) qb.andWhere('cm.occurred_on <= :to', { to: args.to });
    if (args.signal) qb.andWhere('cm.signals @> CAST(:signal AS jsonb)', { signal: JSON.stringify([args.signal]) });
    const connection = await newestFirstPage(qb, 'cm', 'occurred_on', args, (m) => m);
    const models = await this.toModels(
      viewer.tenantId,
      connection.edges.map((e) => e.node),
    );
    return { ...connection, edges: connection.edges.map((e, i) => ({ cursor: e.cursor, node: models[i] })) };
  }

  /**
   * First pages of many residents' contact logs at once (a list of people with their latest contacts):
   * one windowed query, one for who the moments were with, instead of three queries per resident.
   * Same rows, order, cursors and totals as `page`.
   */
  private firstPageLoader(viewer: Viewer, limit: number): DataLoader<string, Connection<ContactMomentModel>> {
    let byLimit = this.firstPages.get(viewer);
    if (!byLimit) {
      byLimit = new Map();
      this.firstPages.set(viewer, byLimit);
    }
    let loader = byLimit.get(limit);
    if (!loader) {
      loader = new DataLoader((personIds) => this.fetchFirstPages(viewer, personIds, limit));
      byLimit.set(limit, loader);
    }
    return loader;
  }

  private async fetchFirstPages(
    viewer: Viewer,
    personIds: readonly string[],
    limit: number,
  ): Promise<Connection<ContactMomentModel>[]> {
    const places = [...(await this.access.placeScope(viewer))];
    const rows: FirstPageRow[] = await this.db.query(
      `SELECT * FROM (
         SELECT cm.id, cm.tenant_id, cm.worker_id, cm.place_id, cm.channel, cm.summary, cm.signals,
                cmp.person_id AS for_person,
                CAST(cm.occurred_on AS text) AS cursor_date, CAST(cm.created_at AS text) AS cursor_at,
                ROW_NUMBER() OVER (PARTITION BY cmp.person_id
                                   ORDER BY cm.occurred_on DESC, cm.created_at DESC, cm.id DESC) AS rank,
                COUNT(*) OVER (PARTITION BY cmp.person_id) AS total
           FROM contact_moment cm
           JOIN contact_moment_person cmp ON cmp.contact_moment_id = cm.id AND cmp.tenant_id = cm.tenant_id
          WHERE cm.tenant_id = $1 AND cmp.person_id = ANY($2) AND cm.place_id = ANY($3)) ranked
        WHERE rank <= $4
        ORDER BY for_person, rank`,
      [viewer.tenantId, [...personIds], places, limit + 1],
    );
    const entities = new Map<string, ContactMomentEntity>();
    for (const r of rows) {
      entities.set(
        r.id,
        Object.assign(new ContactMomentEntity(), {
          id: r.id,
          tenantId: r.tenant_id,
          workerId: r.worker_id,
          placeId: r.place_id,
          channel: r.channel,
          occurredOn: r.cursor_date,
          summary: r.summary,
          signals: r.signals,
        }),
      );
    }
    const models = new Map(
      (await this.toModels(viewer.tenantId, [...entities.values()])).map((m) => [m.id, m] as const),
    );
    const byPerson = new Map<string, FirstPageRow[]>(personIds.map((id) => [id, []]));
    for (const r of rows) byPerson.get(r.for_person)?.push(r);
    return personIds.map((personId) => {
      const mine = byPerson.get(personId) ?? [];
      return toConnection(
        mine,
        limit,
        mine.length ? Number(mine[0].total) : 0,
        (r) => newestFirstCursorKey({ date: r.cursor_date, createdAt: r.cursor_at, id: r.id }),
        (r) => models.get(r.id) as ContactMomentModel,
      );
    });
  }

  /** Adds who each contact moment was with: one query for a whole page. */
  private async toModels(
    tenantId: string,
    moments: ContactMomentEntity[],
    em: EntityManager = this.db.manager,
  ): Promise<ContactMomentModel[]> {
    if (!moments.length) return [];
    const links = await em.getRepository(ContactMomentPersonEntity).find({
      where: { tenantId, contactMomentId: In(moments.map((m) => m.id)) },
    });
    const byMoment = new Map<string, string[]>();
    for (const link of links) {
      const list = byMoment.get(link.contactMomentId) ?? [];
      list.push(link.personId);
      byMoment.set(link.contactMomentId, list);
    }
    return moments.map((m) => toContactMomentModel(m, byMoment.get(m.id) ?? []));
  }

  private async assertLoggedBy(
    viewer: Viewer,
    moment: ContactMomentEntity,
    em: EntityManager,
    verb: 'change' | 'delete',
  ): Promise<void> {
    if (moment.workerId === viewer.userId) return;
    const worker = await em
      .getRepository(UserEntity)
      .findOne({ where: { id: moment.workerId, tenantId: viewer.tenantId }, select: { id: true, displayName: true } });
    const who = worker ? worker.displayName : 'another worker';
    throw forbidden(
      `Only the worker who logged this contact moment (${who}) can ${verb} it. ` +
        'Log a new contact moment to add what you know.',
    );
  }

  /**
   * Personal data is for workers; and the viewer's places are loaded before a transaction opens, because
   * that query runs outside `em` and PGlite's single connection is held by the transaction.
   */
  private async beforeTransaction(viewer: Viewer): Promise<void> {
    this.access.assertPersonalData(viewer);
    await this.access.placeScope(viewer);
  }
}
