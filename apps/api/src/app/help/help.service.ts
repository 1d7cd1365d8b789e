/**
 * Help requests and offers of residents (lesson 3), matched by a worker who knows both. A request or offer
 * is visible to the workers of the place where its resident lives; a match needs both sides in the
 * worker's places and is made or undone in one transaction.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HelpOfferStatus, HelpRequestStatus } from '@weefsel/domain';
import { DataSource, EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import { AccessService } from '../auth/access.service';
import { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { conflict, notFound } from '../common/app-error';
import { today } from '../common/dates';
import { Connection } from '../common/pagination';
import { assertNotInFuture, optionalText } from '../contact-moments/contact-moment.rules';
import { newestFirstPage } from '../contact-moments/newest-first';
import { PeopleService } from '../people/people.service';
import { PersonEntity } from '../people/person.entity';
import {
  CreateHelpOfferInput,
  CreateHelpRequestInput,
  UpdateHelpOfferInput,
  UpdateHelpRequestInput,
} from './dto/help.input';
import { HelpOffersArgs, HelpRequestsArgs } from './dto/help.args';
import { HelpBalance, helpBalance, NeedCount } from './help-balance';
import { matchError, offerStatusChangeError, requestStatusChange } from './help-status';
import { HelpOfferEntity, HelpRequestEntity } from './help.entity';
import { HelpOfferModel, HelpRequestModel } from './models/help.model';

export function toHelpRequestModel(r: HelpRequestEntity): HelpRequestModel {
  return {
    id: r.id,
    personId: r.personId,
    need: r.need,
    description: r.description,
    status: r.status,
    requestedOn: r.requestedOn,
    matchedOfferId: r.matchedOfferId,
  };
}

export function toHelpOfferModel(o: HelpOfferEntity): HelpOfferModel {
  return {
    id: o.id,
    personId: o.personId,
    need: o.need,
    description: o.description,
    status: o.status,
    offeredOn: o.offeredOn,
  };
}

type HelpEntity = HelpRequestEntity | HelpOfferEntity;

@Injectable()
export class HelpService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly people: PeopleService,
    private readonly audit: AuditService,
  ) {}

  /** A request of a resident in the viewer's places; any other is "not found". */
  getRequest(viewer: Viewer, id: string, em: EntityManager = this.db.manager, lock = false) {
    return this.getInScope(viewer, HelpRequestEntity, 'Help request', id, em, lock);
  }

  /** An offer of a resident in the viewer's places; any other is "not found". */
  getOffer(viewer: Viewer, id: string, em: EntityManager = this.db.manager, lock = false) {
    return this.getInScope(viewer, HelpOfferEntity, 'Help offer', id, em, lock);
  }

  async readRequest(viewer: Viewer, id: string): Promise<HelpRequestEntity> {
    const request = await this.getRequest(viewer, id);
    await this.audit.record(viewer, 'READ', 'help_request', id);
    return request;
  }

  async readOffer(viewer: Viewer, id: string): Promise<HelpOfferEntity> {
    const offer = await this.getOffer(viewer, id);
    await this.audit.record(viewer, 'READ', 'help_offer', id);
    return offer;
  }

  /** Requests of residents living in a place or below it, newest first. */
  async listRequests(viewer: Viewer, args: HelpRequestsArgs): Promise<Connection<HelpRequestModel>> {
    this.access.assertPersonalData(viewer);
    const places = await this.access.placesUnder(viewer, args.placeId);
    const qb = this.db
      .getRepository(HelpRequestEntity)
      .createQueryBuilder('r')
      .innerJoin(PersonEntity, 'p', 'p.id = r.person_id AND p.tenant_id = r.tenant_id')
      .where('r.tenant_id = :tenantId AND p.home_place_id = ANY(:places)', { tenantId: viewer.tenantId, places });
    if (args.need) qb.andWhere('r.need = :need', { need: args.need });
    if (args.status) qb.andWhere('r.status = :status', { status: args.status });
    return newestFirstPage(qb, 'r', 'requested_on', args, toHelpRequestModel);
  }

  /** Offers of residents living in a place or below it, newest first. */
  async listOffers(viewer: Viewer, args: HelpOffersArgs): Promise<Connection<HelpOfferModel>> {
    this.access.assertPersonalData(viewer);
    const places = await this.access.placesUnder(viewer, args.placeId);
    const qb = this.db
      .getRepository(HelpOfferEntity)
      .createQueryBuilder('o')
      .innerJoin(PersonEntity, 'p', 'p.id = o.person_id AND p.tenant_id = o.tenant_id')
      .where('o.tenant_id = :tenantId AND p.home_place_id = ANY(:places)', { tenantId: viewer.tenantId, places });
    if (args.need) qb.andWhere('o.need = :need', { need: args.need });
    if (args.status) qb.andWhere('o.status = :status', { status: args.status });
    return newestFirstPage(qb, 'o', 'offered_on', args, toHelpOfferModel);
  }

  /** Available offers against open requests of the residents of a place and below (default: all the viewer's). */
  async balance(viewer: Viewer, placeId?: string): Promise<HelpBalance> {
    this.access.assertPersonalData(viewer);
    const places = await this.access.placesUnder(viewer, placeId);
    const requests = await this.countByNeed(HelpRequestEntity, viewer.tenantId, HelpRequestStatus.OPEN, places);
    const offers = await this.countByNeed(HelpOfferEntity, viewer.tenantId, HelpOfferStatus.AVAILABLE, places);
    return helpBalance(requests, offers);
  }

  async createRequest(viewer: Viewer, input: CreateHelpRequestInput): Promise<HelpRequestEntity> {
    this.access.assertPersonalData(viewer);
    const requestedOn = input.requestedOn ?? today();
    assertNotInFuture(requestedOn, 'requestedOn', 'A help request');
    await this.beforeTransaction(viewer);
    return this.db.transaction(async (em) => {
      await this.people.get(viewer, input.personId, em);
      const repo = em.getRepository(HelpRequestEntity);
      const request = await repo.save(
        repo.create({
          tenantId: viewer.tenantId,
          personId: input.personId,
          need: input.need,
          description: optionalText(input.description),
          status: HelpRequestStatus.OPEN,
          requestedOn,
          matchedOfferId: null,
          externalId: null,
        }),
      );
      await this.audit.record(viewer, 'CREATE', 'help_request', request.id, { personId: input.personId }, em);
      return request;
    });
  }

  async updateRequest(viewer: Viewer, id: string, input: UpdateHelpRequestInput): Promise<HelpRequestEntity> {
    await this.beforeTransaction(viewer);
    return this.db.transaction(async (em) => {
      const request = await this.getRequest(viewer, id, em, true);
      if (input.need !== undefined && input.need !== null) request.need = input.need;
      if (input.description !== undefined) request.description = optionalText(input.description);
      if (input.status !== undefined && input.status !== null) {
        const effect = requestStatusChange(request.status, input.status);
        if (effect.releaseOffer && request.matchedOfferId) await this.releaseOffer(em, viewer, request.matchedOfferId);
        if (effect.clearMatch) request.matchedOfferId = null;
        request.status = input.status;
      }
      const saved = await em.getRepository(HelpRequestEntity).save(request);
      await this.audit.record(viewer, 'UPDATE', 'help_request', id, { fields: Object.keys(input) }, em);
      return saved;
    });
  }

  /** Deletes a request recorded by mistake; a matched helper becomes available again. */
  async removeRequest(viewer: Viewer, id: string): Promise<string> {
    await this.beforeTransaction(viewer);
    return this.db.transaction(async (em) => {
      const request = await this.getRequest(viewer, id, em, true);
      if (request.status === HelpRequestStatus.MATCHED && request.matchedOfferId) {
        await this.releaseOffer(em, viewer, request.matchedOfferId);
      }
      await em.getRepository(HelpRequestEntity).delete({ id, tenantId: viewer.tenantId });
      await this.audit.record(viewer, 'ERASE', 'help_request', id, null, em);
      return id;
    });
  }

  async createOffer(viewer: Viewer, input: CreateHelpOfferInput): Promise<HelpOfferEntity> {
    this.access.assertPersonalData(viewer);
    const offeredOn = input.offeredOn ?? today();
    assertNotInFuture(offeredOn, 'offeredOn', 'A help offer');
    await this.beforeTransaction(viewer);
    return this.db.transaction(async (em) => {
      await this.people.get(viewer, input.personId, em);
      const repo = em.getRepository(HelpOfferEntity);
      const offer = await repo.save(
        repo.create({
          tenantId: viewer.tenantId,
          personId: input.personId,
          need: input.need,
          description: optionalText(input.description),
          status: HelpOfferStatus.AVAILABLE,
          offeredOn,
          externalId: null,
        }),
      );
      await this.audit.record(viewer, 'CREATE', 'help_offer', offer.id, { personId: input.personId }, em);
      return offer;
    });
  }

  async updateOffer(viewer: Viewer, id: string, input: UpdateHelpOfferInput): Promise<HelpOfferEntity> {
    await this.beforeTransaction(viewer);
    return this.db.transaction(async (em) => {
      const offer = await this.getOffer(viewer, id, em, true);
      if (input.need !== undefined && input.need !== null) offer.need = input.need;
      if (input.description !== undefined) offer.description = optionalText(input.description);
      if (input.status !== undefined && input.status !== null && input.status !== offer.status) {
        const live = await this.liveRequestOf(em, viewer.tenantId, offer.id);
        const error = offerStatusChangeError(offer.status, input.status, live?.id ?? null);
        if (error) throw error;
        offer.status = input.status;
      }
      const saved = await em.getRepository(HelpOfferEntity).save(offer);
      await this.audit.record(viewer, 'UPDATE', 'help_offer', id, { fields: Object.keys(input) }, em);
      return saved;
    });
  }

  /** Deletes an offer recorded by mistake; a live match must be undone first, so the resident who asked is not left waiting. */
  async removeOffer(viewer: Viewer, id: string): Promise<string> {
    await this.beforeTransaction(viewer);
    return this.db.transaction(async (em) => {
      const offer = await this.getOffer(viewer, id, em, true);
      if (await this.liveRequestOf(em, viewer.tenantId, offer.id)) {
        throw conflict(
          'This offer is matched with a help request. Undo that match first (unmatchHelp), ' +
            'or close the request when the help was given.',
        );
      }
      await em.getRepository(HelpOfferEntity).delete({ id, tenantId: viewer.tenantId });
      await this.audit.record(viewer, 'ERASE', 'help_offer', id, null, em);
      return id;
    });
  }

  /** Matches an open request with an available offer: both become MATCHED, in one transaction. */
  async match(viewer: Viewer, requestId: string, offerId: string): Promise<HelpRequestEntity> {
    await this.beforeTransaction(viewer);
    return this.db.transaction(async (em) => {
      const request = await this.getRequest(viewer, requestId, em, true);
      const offer = await this.getOffer(viewer, offerId, em, true);
      const error = matchError(request, offer);
      if (error) throw error;
      request.status = HelpRequestStatus.MATCHED;
      request.matchedOfferId = offer.id;
      offer.status = HelpOfferStatus.MATCHED;
      await em.getRepository(HelpOfferEntity).save(offer);
      const saved = await em.getRepository(HelpRequestEntity).save(request);
      await this.audit.record(viewer, 'UPDATE', 'help_request', request.id, { matchedOfferId: offer.id }, em);
      await this.audit.record(viewer, 'UPDATE', 'help_offer', offer.id, { matchedRequestId: request.id }, em);
      return saved;
    });
  }

  /** Undoes a match: the request is open again and its helper available again. */
  async unmatch(viewer: Viewer, requestId: string): Promise<HelpRequestEntity> {
    await this.beforeTransaction(viewer);
    return this.db.transaction(async (em) => {
      const request = await this.getRequest(viewer, requestId, em, true);
      if (request.status !== HelpRequestStatus.MATCHED) {
        throw conflict(`This request is ${request.status}, not MATCHED: there is no match to undo.`);
      }
      const offerId = request.matchedOfferId;
      if (offerId) await this.releaseOffer(em, viewer, offerId);
      request.status = HelpRequestStatus.OPEN;
      request.matchedOfferId = null;
      const saved = await em.getRepository(HelpRequestEntity).save(request);
      await this.audit.record(viewer, 'UPDATE', 'help_request', request.id, { unmatchedOfferId: offerId }, em);
      return saved;
    });
  }

  /**
   * The matched offer becomes AVAILABLE again, if it is still MATCHED (a helper who paused or withdrew
   * meanwhile stays so). The offer may live outside the viewer's places: the match is undone from the
   * request's side, and leaving the helper marked busy would hide them from every other worker.
   */
  private async releaseOffer(em: EntityManager, viewer: Viewer, offerId: string): Promise<void> {
    const result = await em
      .getRepository(HelpOfferEntity)
      .update(
        { id: offerId, tenantId: viewer.tenantId, status: HelpOfferStatus.MATCHED },
        { status: HelpOfferStatus.AVAILABLE },
      );
    if (result.affected) {
      await this.audit.record(viewer, 'UPDATE', 'help_offer', offerId, { status: HelpOfferStatus.AVAILABLE }, em);
    }
  }

  /** The request this offer currently answers (at most one: only an AVAILABLE offer can be matched). */
  private liveRequestOf(em: EntityManager, tenantId: string, offerId: string): Promise<HelpRequestEntity | null> {
    return em
      .getRepository(HelpRequestEntity)
      .findOne({ where: { tenantId, matchedOfferId: offerId, status: HelpRequestStatus.MATCHED } });
  }

  /** Inside a transaction, call `access.placeScope` first: it must not query outside `em`. */
  private async getInScope<E extends HelpEntity>(
    viewer: Viewer,
    entity: EntityTarget<E>,
    kind: string,
    id: string,
    em: EntityManager,
    lock: boolean,
  ): Promise<E> {
    this.access.assertPersonalData(viewer);
    const scope = await this.access.placeScope(viewer);
    const row = await em.getRepository(entity).findOne({
      where: { id, tenantId: viewer.tenantId } as FindOptionsWhere<E>,
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!row) throw notFound(kind, id);
    const person = await em
      .getRepository(PersonEntity)
      .findOne({ where: { id: row.personId, tenantId: viewer.tenantId }, select: { id: true, homePlaceId: true } });
    if (!person || !scope.has(person.homePlaceId)) throw notFound(kind, id);
    return row;
  }

  private async countByNeed(
    entity: EntityTarget<HelpEntity>,
    tenantId: string,
    status: string,
    places: string[],
  ): Promise<NeedCount[]> {
    const rows: { need: NeedCount['need']; count: number | string }[] = await this.db
      .getRepository(entity)
      .createQueryBuilder('x')
      .innerJoin(PersonEntity, 'p', 'p.id = x.person_id AND p.tenant_id = x.tenant_id')
      .select('x.need', 'need')
      .addSelect('CAST(COUNT(*) AS int)', 'count')
      .where('x.tenant_id = :tenantId AND x.status = :status AND p.home_place_id = ANY(:places)', {
        tenantId,
        status,
        places,
      })
      .groupBy('x.need')
      .getRawMany();
    return rows.map((r) => ({ need: r.need, count: Number(r.count) }));
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
