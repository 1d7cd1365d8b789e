/**
 * What the community worker does with a gap-filler suggestion (issue "Gap-filler panel"): accept it — the
 * introduction goes into the contact log and is followed up — or dismiss it with a reason. Follow-ups end in
 * TIE_MADE (the proposed tie is recorded), NO_TIE or TRY_AGAIN (a new date). WORKER only, in their own places;
 * a decision about people outside them is "not found". Each change is one transaction, audited.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { canonicalPair, ContactChannel, ErrorCode, TieKind, TieSource, TieVisibility } from '@weefsel/domain';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';
import { SuggestionsService } from '../analytics/suggestions.service';
import { SuggestionModel } from '../analytics/models/suggestion.model';
import { AccessService } from '../auth/access.service';
import { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { AppError, badInput, conflict, notFound } from '../common/app-error';
import { today } from '../common/dates';
import { Connection } from '../common/pagination';
import { ContactMomentEntity, ContactMomentPersonEntity } from '../contact-moments/contact-moment.entity';
import { toContactMomentModel } from '../contact-moments/contact-moments.service';
import { ContactMomentModel } from '../contact-moments/models/contact-moment.model';
import { newestFirstPage } from '../contact-moments/newest-first';
import { PersonEntity } from '../people/person.entity';
import { TieEntity } from '../ties/tie.entity';
import { UserEntity } from '../users/user.entity';
import { AcceptSuggestionInput } from './dto/accept-suggestion.input';
import { CompleteFollowUpInput } from './dto/complete-follow-up.input';
import { DismissSuggestionInput } from './dto/dismiss-suggestion.input';
import { SuggestionDecisionsArgs, SuggestionFollowUpsArgs } from './dto/suggestion-decisions.args';
import { SuggestionDecisionModel, SuggestionDecisionWorkerModel } from './models/suggestion-decision.model';
import { EffectSnapshot, SuggestionDecisionEntity, SuggestionDecisionPersonEntity } from './suggestion-decision.entity';
import {
  acceptanceDates,
  dismissalNote,
  FollowUpOutcome,
  followUpDates,
  FollowUpStatus,
  hiddenCondition,
  introductionSummary,
  optionalNote,
  SuggestionDecisionStatus,
  tieNote,
} from './suggestion-decision.rules';

/** A tie made through a suggestion is a new acquaintance: weak, seen by the worker. */
const NEW_TIE = { kind: TieKind.ACQUAINTANCE, strength: 2, source: TieSource.OBSERVED_BY_WORKER, confidence: 1 };

/** The decision's people must all live in the viewer's places (`:scope`); the alias of the decision is `d`. */
const ALL_PEOPLE_IN_SCOPE = `NOT EXISTS (
  SELECT 1 FROM suggestion_decision_person dp JOIN person p ON p.id = dp.person_id AND p.tenant_id = dp.tenant_id
   WHERE dp.decision_id = d.id AND NOT (p.home_place_id = ANY(:scope)))`;
/** … and at least one of them in the place asked for (`:places`). */
const SOMEONE_IN_PLACES = `EXISTS (
  SELECT 1 FROM suggestion_decision_person dp JOIN person p ON p.id = dp.person_id AND p.tenant_id = dp.tenant_id
   WHERE dp.decision_id = d.id AND p.home_place_id = ANY(:places))`;

export function suggestionGone(id: string): AppError {
  return new AppError(
    ErrorCode.NOT_FOUND,
    'This suggestion is no longer among the current suggestions of this place: the situation has changed ' +
      '(a tie was recorded, someone moved, or a colleague decided on it). Reload the suggestions.',
    { kind: 'Suggestion', id },
  );
}

@Injectable()
export class SuggestionDecisionsService {
  private readonly momentLoaders = new WeakMap<Viewer, DataLoader<string, ContactMomentModel | null>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly suggestions: SuggestionsService,
    private readonly audit: AuditService,
  ) {}

  async accept(viewer: Viewer, input: AcceptSuggestionInput): Promise<SuggestionDecisionModel> {
    const { occurredOn, followUpOn } = acceptanceDates(input, today());
    const note = optionalNote(input.note);
    const suggestion = await this.currentSuggestion(viewer, input);
    const scope = await this.access.placeScope(viewer);
    return this.db.transaction(async (em) => {
      await this.assertUndecided(em, viewer, suggestion.id);
      const homes = await this.homesInScope(em, viewer, suggestion.people, scope);
      const momentRepo = em.getRepository(ContactMomentEntity);
      const moment = await momentRepo.save(
        momentRepo.create({
          tenantId: viewer.tenantId,
          workerId: viewer.userId,
          // where the introduction happened: the street of the person it is for
          placeId: homes.get(suggestion.people[0]) as string,
          channel: input.channel ?? ContactChannel.STREET,
          occurredOn,
          summary: introductionSummary(suggestion.explanation, input.language, note),
          signals: [],
        }),
      );
      await em.getRepository(ContactMomentPersonEntity).insert(
        suggestion.people.map((personId) => ({
          contactMomentId: moment.id,
          personId,
          tenantId: viewer.tenantId,
        })),
      );
      await this.audit.record(viewer, 'CREATE', 'contact_moment', moment.id, { personIds: suggestion.people }, em);
      const decision = await this.insertDecision(em, viewer, input.placeId, suggestion, {
        status: SuggestionDecisionStatus.ACCEPTED,
        decidedOn: occurredOn,
        note,
        contactMomentId: moment.id,
        followUpOn,
        followUpStatus: FollowUpStatus.OPEN,
      });
      return (await this.toModels(em, viewer, [decision]))[0];
    });
  }

  async dismiss(viewer: Viewer, input: DismissSuggestionInput): Promise<SuggestionDecisionModel> {
    const note = dismissalNote(input.reason, input.note);
    const suggestion = await this.currentSuggestion(viewer, input);
    const scope = await this.access.placeScope(viewer);
    return this.db.transaction(async (em) => {
      await this.assertUndecided(em, viewer, suggestion.id);
      await this.homesInScope(em, viewer, suggestion.people, scope);
      const decision = await this.insertDecision(em, viewer, input.placeId, suggestion, {
        status: SuggestionDecisionStatus.DISMISSED,
        decidedOn: today(),
        reason: input.reason,
        note,
      });
      return (await this.toModels(em, viewer, [decision]))[0];
    });
  }

  async completeFollowUp(viewer: Viewer, input: CompleteFollowUpInput): Promise<SuggestionDecisionModel> {
    this.access.assertPersonalData(viewer);
    const { completedOn, nextFollowUpOn } = followUpDates(input.outcome, input, today());
    const note = optionalNote(input.note);
    const scope = await this.access.placeScope(viewer);
    return this.db.transaction(async (em) => {
      const decision = await this.get(em, viewer, input.decisionId, scope);
      if (decision.status !== SuggestionDecisionStatus.ACCEPTED) {
        throw badInput('Only an accepted suggestion has a follow-up; this one was dismissed.', 'decisionId');
      }
      if (decision.followUpStatus === FollowUpStatus.DONE) {
        throw conflict(`This follow-up was already completed on ${decision.completedOn} (${decision.outcome}).`);
      }
      if (input.outcome === FollowUpOutcome.TIE_MADE) {
        decision.tieId = await this.recordTie(em, viewer, decision, completedOn, input.language, scope);
      }
      decision.outcome = input.outcome;
      decision.outcomeNote = note;
      decision.completedOn = completedOn;
      decision.completedBy = viewer.userId;
      if (nextFollowUpOn) {
        decision.followUpOn = nextFollowUpOn;
      } else {
        decision.followUpStatus = FollowUpStatus.DONE;
      }
      const saved = await em.getRepository(SuggestionDecisionEntity).save(decision);
      await this.audit.record(
        viewer,
        'UPDATE',
        'suggestion_decision',
        saved.id,
        { outcome: input.outcome, tieId: saved.tieId, followUpOn: saved.followUpOn },
        em,
      );
      return (await this.toModels(em, viewer, [saved]))[0];
    });
  }

  /** Undoes a decision: the suggestion may come back. What was logged or recorded (contact moment, tie) stays. */
  async reopen(viewer: Viewer, decisionId: string): Promise<string> {
    this.access.assertPersonalData(viewer);
    const scope = await this.access.placeScope(viewer);
    return this.db.transaction(async (em) => {
      const decision = await this.get(em, viewer, decisionId, scope);
      await em.getRepository(SuggestionDecisionEntity).delete({ id: decision.id, tenantId: viewer.tenantId });
      await this.audit.record(
        viewer,
        'ERASE',
        'suggestion_decision',
        decision.id,
        { suggestionId: decision.suggestionId, status: decision.status },
        em,
      );
      return decision.id;
    });
  }

  /** Accepted suggestions and their follow-ups: open ones first, the earliest date first. */
  async followUps(viewer: Viewer, args: SuggestionFollowUpsArgs): Promise<SuggestionDecisionModel[]> {
    this.access.assertPersonalData(viewer);
    const scope = [...(await this.access.placeScope(viewer))];
    const places = await this.access.placesUnder(viewer, args.placeId);
    const qb = this.db
      .getRepository(SuggestionDecisionEntity)
      .createQueryBuilder('d')
      .where(`d.tenant_id = :tenantId AND d.status = 'ACCEPTED'`, { tenantId: viewer.tenantId })
      .andWhere(SOMEONE_IN_PLACES, { places })
      .andWhere(ALL_PEOPLE_IN_SCOPE, { scope });
    if (!args.includeDone || args.due !== undefined) qb.andWhere(`d.follow_up_status = 'OPEN'`);
    if (args.due === true) qb.andWhere('d.follow_up_on <= :today', { today: today() });
    if (args.due === false) qb.andWhere('d.follow_up_on > :today', { today: today() });
    const rows = await qb
      .orderBy(`CASE WHEN d.follow_up_status = 'OPEN' THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy('d.follow_up_on', 'ASC')
      .addOrderBy('d.created_at', 'ASC')
      .limit(500)
      .getMany();
    return this.toModels(this.db.manager, viewer, rows);
  }

  /** Every decision about people of a place, newest first (Relay connection). */
  async history(viewer: Viewer, args: SuggestionDecisionsArgs): Promise<Connection<SuggestionDecisionModel>> {
    this.access.assertPersonalData(viewer);
    const scope = [...(await this.access.placeScope(viewer))];
    const places = await this.access.placesUnder(viewer, args.placeId);
    const qb = this.db
      .getRepository(SuggestionDecisionEntity)
      .createQueryBuilder('d')
      .where('d.tenant_id = :tenantId', { tenantId: viewer.tenantId })
      .andWhere(SOMEONE_IN_PLACES, { places })
      .andWhere(ALL_PEOPLE_IN_SCOPE, { scope });
    if (args.status) qb.andWhere('d.status = :status', { status: args.status });
    const page = await newestFirstPage(qb, 'd', 'decided_on', args, (d) => d);
    const models = await this.toModels(
      this.db.manager,
      viewer,
      page.edges.map((e) => e.node),
    );
    return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: models[i] })) };
  }

  /** The introduction logged for an accepted suggestion, when it is in the viewer's places (batched per request). */
  contactMoment(viewer: Viewer, id: string): Promise<ContactMomentModel | null> {
    let loader = this.momentLoaders.get(viewer);
    if (!loader) {
      loader = new DataLoader((ids) => this.loadMoments(viewer, ids));
      this.momentLoaders.set(viewer, loader);
    }
    return loader.load(id);
  }

  private async loadMoments(viewer: Viewer, ids: readonly string[]): Promise<(ContactMomentModel | null)[]> {
    const scope = await this.access.placeScope(viewer);
    const moments = await this.db
      .getRepository(ContactMomentEntity)
      .find({ where: { tenantId: viewer.tenantId, id: In([...ids]) } });
    const links = await this.db
      .getRepository(ContactMomentPersonEntity)
      .find({ where: { tenantId: viewer.tenantId, contactMomentId: In([...ids]) } });
    const byId = new Map(
      moments
        .filter((m) => scope.has(m.placeId))
        .map((m) => [
          m.id,
          toContactMomentModel(
            m,
            links.filter((l) => l.contactMomentId === m.id).map((l) => l.personId),
          ),
        ]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The suggestion as the place's list shows it now; a decided or vanished one is an error the worker can act on. */
  private async currentSuggestion(
    viewer: Viewer,
    input: { placeId: string; suggestionId: string; personId?: string | null },
  ): Promise<SuggestionModel> {
    this.access.assertPersonalData(viewer);
    await this.access.assertPlace(viewer, input.placeId);
    await this.assertUndecided(this.db.manager, viewer, input.suggestionId);
    const suggestion = await this.suggestions.findCurrent(viewer, input.placeId, input.suggestionId, input.personId);
    if (!suggestion) throw suggestionGone(input.suggestionId);
    return suggestion;
  }

  private async assertUndecided(em: EntityManager, viewer: Viewer, suggestionId: string): Promise<void> {
    const rows: { status: string; decided_on: string; display_name: string | null }[] = await em.query(
      `SELECT d.status, CAST(d.decided_on AS text) AS decided_on, u.display_name
         FROM suggestion_decision d LEFT JOIN app_user u ON u.id = d.decided_by AND u.tenant_id = d.tenant_id
        WHERE d.tenant_id = $1 AND d.suggestion_id = $2 AND ${hiddenCondition('$3')}
        ORDER BY d.created_at DESC LIMIT 1`,
      [viewer.tenantId, suggestionId, today()],
    );
    if (rows.length) {
      const { status, decided_on, display_name } = rows[0];
      const verb = status === SuggestionDecisionStatus.ACCEPTED ? 'accepted' : 'dismissed';
      throw conflict(`This suggestion was already ${verb} on ${decided_on} by ${display_name ?? 'a colleague'}.`);
    }
  }

  /** The home street of each person; every one must still live in the viewer's places. */
  private async homesInScope(
    em: EntityManager,
    viewer: Viewer,
    personIds: string[],
    scope: ReadonlySet<string>,
  ): Promise<Map<string, string>> {
    const found = await em.getRepository(PersonEntity).find({
      where: { tenantId: viewer.tenantId, id: In(personIds) },
      select: { id: true, homePlaceId: true },
    });
    const homes = new Map(found.map((p) => [p.id, p.homePlaceId]));
    for (const id of personIds) {
      const home = homes.get(id);
      if (!home || !scope.has(home)) throw notFound('Person', id);
    }
    return homes;
  }

  private async insertDecision(
    em: EntityManager,
    viewer: Viewer,
    placeId: string,
    s: SuggestionModel,
    fields: Partial<SuggestionDecisionEntity>,
  ): Promise<SuggestionDecisionEntity> {
    const repo = em.getRepository(SuggestionDecisionEntity);
    const decision = await repo.save(
      repo.create({
        tenantId: viewer.tenantId,
        placeId,
        suggestionId: s.id,
        kind: s.kind,
        explanation: { nl: s.explanation.nl, en: s.explanation.en },
        effect: { ...s.effect } as unknown as EffectSnapshot,
        proposedTie: s.proposedTie ? { personAId: s.proposedTie.personAId, personBId: s.proposedTie.personBId } : null,
        subject: { collectiveId: s.collectiveId, initiativeId: s.initiativeId, tieId: s.tieId },
        decidedBy: viewer.userId,
        reason: null,
        note: null,
        contactMomentId: null,
        followUpOn: null,
        followUpStatus: null,
        outcome: null,
        outcomeNote: null,
        completedOn: null,
        completedBy: null,
        tieId: null,
        ...fields,
      }),
    );
    await em.getRepository(SuggestionDecisionPersonEntity).insert(
      s.people.map((personId, position) => ({
        decisionId: decision.id,
        personId,
        tenantId: viewer.tenantId,
        position,
      })),
    );
    await this.audit.record(
      viewer,
      'CREATE',
      'suggestion_decision',
      decision.id,
      { suggestionId: s.id, status: decision.status, reason: decision.reason, personIds: s.people },
      em,
    );
    return decision;
  }

  /** A decision about people who all live in the viewer's places; any other is "not found". */
  private async get(
    em: EntityManager,
    viewer: Viewer,
    id: string,
    scope: ReadonlySet<string>,
  ): Promise<SuggestionDecisionEntity> {
    const decision = await em
      .getRepository(SuggestionDecisionEntity)
      .findOne({ where: { id, tenantId: viewer.tenantId } });
    if (!decision) throw notFound('Suggestion decision', id);
    const rows: { home: string }[] = await em.query(
      `SELECT p.home_place_id AS home FROM suggestion_decision_person dp
         JOIN person p ON p.id = dp.person_id AND p.tenant_id = dp.tenant_id
        WHERE dp.decision_id = $1 AND dp.tenant_id = $2`,
      [id, viewer.tenantId],
    );
    if (!rows.length || !rows.every((r) => scope.has(r.home))) throw notFound('Suggestion decision', id);
    return decision;
  }

  /**
   * TIE_MADE: records the proposed tie (a new acquaintance since `on`, with the suggestion as its note; made via
   * the initiative when the suggestion was an introduction to one) — or, if the two already have an open tie,
   * confirms that one. A tie to check (CHECK_UNCONFIRMED_TIE) is confirmed. Returns the tie's id.
   */
  private async recordTie(
    em: EntityManager,
    viewer: Viewer,
    decision: SuggestionDecisionEntity,
    on: string,
    language: CompleteFollowUpInput['language'],
    scope: ReadonlySet<string>,
  ): Promise<string> {
    const ties = em.getRepository(TieEntity);
    const confirm = async (tie: TieEntity): Promise<string> => {
      if (!tie.lastConfirmedOn || tie.lastConfirmedOn < on) {
        tie.lastConfirmedOn = on < tie.since ? tie.since : on;
        await ties.save(tie);
        await this.audit.record(viewer, 'UPDATE', 'tie', tie.id, { fields: ['lastConfirmedOn'] }, em);
      }
      return tie.id;
    };
    if (!decision.proposedTie) {
      const tieId = decision.subject?.tieId;
      const tie = tieId ? await ties.findOne({ where: { id: tieId, tenantId: viewer.tenantId } }) : null;
      if (!tie || tie.until) {
        throw badInput(
          'This suggestion proposed no new tie between two people: choose "no tie" or "try again".',
          'outcome',
        );
      }
      return confirm(tie);
    }
    const { personAId, personBId } = decision.proposedTie;
    await this.homesInScope(em, viewer, [personAId, personBId], scope);
    const [a, b] = canonicalPair(personAId, personBId);
    const openTie = await this.openTie(em, viewer, a, b);
    if (openTie) return confirm(openTie);
    const tie = await ties.save(
      ties.create({
        tenantId: viewer.tenantId,
        personAId: a,
        personBId: b,
        kind: NEW_TIE.kind,
        functions: [],
        strength: NEW_TIE.strength,
        since: on,
        until: null,
        lastConfirmedOn: null,
        source: NEW_TIE.source,
        confidence: NEW_TIE.confidence,
        originInitiativeId:
          decision.kind === 'INTRODUCE_TO_INITIATIVE' ? (decision.subject?.initiativeId ?? null) : null,
        visibility: TieVisibility.NORMAL,
        note: tieNote(decision.explanation, language),
        externalId: null,
      }),
    );
    await this.audit.record(viewer, 'CREATE', 'tie', tie.id, { suggestionDecisionId: decision.id }, em);
    return tie.id;
  }

  private async openTie(em: EntityManager, viewer: Viewer, a: string, b: string): Promise<TieEntity | null> {
    return em
      .getRepository(TieEntity)
      .createQueryBuilder('t')
      .where('t.tenant_id = :tenantId AND t.person_a_id = :a AND t.person_b_id = :b AND t.until IS NULL', {
        tenantId: viewer.tenantId,
        a,
        b,
      })
      .getOne();
  }

  private async toModels(
    em: EntityManager,
    viewer: Viewer,
    decisions: SuggestionDecisionEntity[],
  ): Promise<SuggestionDecisionModel[]> {
    if (!decisions.length) return [];
    const ids = decisions.map((d) => d.id);
    const links = await em
      .getRepository(SuggestionDecisionPersonEntity)
      .find({ where: { tenantId: viewer.tenantId, decisionId: In(ids) }, order: { position: 'ASC' } });
    const userIds = [
      ...new Set(decisions.flatMap((d) => [d.decidedBy, d.completedBy].filter((u): u is string => !!u))),
    ];
    const users = await em
      .getRepository(UserEntity)
      .find({ where: { tenantId: viewer.tenantId, id: In(userIds) }, select: { id: true, displayName: true } });
    const worker = (id: string): SuggestionDecisionWorkerModel => ({
      id,
      displayName: users.find((u) => u.id === id)?.displayName ?? 'Former worker',
    });
    const now = today();
    return decisions.map((d) => ({
      id: d.id,
      suggestionId: d.suggestionId,
      placeId: d.placeId,
      status: d.status,
      kind: d.kind,
      personIds: links.filter((l) => l.decisionId === d.id).map((l) => l.personId),
      explanation: d.explanation,
      effect: d.effect as unknown as SuggestionDecisionModel['effect'],
      proposedTie: d.proposedTie,
      collectiveId: d.subject?.collectiveId ?? null,
      initiativeId: d.subject?.initiativeId ?? null,
      decidedOn: d.decidedOn,
      decidedAt: d.createdAt,
      reason: d.reason,
      note: d.note,
      contactMomentId: d.contactMomentId,
      followUpOn: d.followUpOn,
      followUpStatus: d.followUpStatus,
      due: d.followUpStatus === FollowUpStatus.OPEN && !!d.followUpOn && d.followUpOn <= now,
      outcome: d.outcome,
      outcomeNote: d.outcomeNote,
      completedOn: d.completedOn,
      tieId: d.tieId,
      decidedBy: worker(d.decidedBy),
      completedBy: d.completedBy ? worker(d.completedBy) : null,
    }));
  }
}
