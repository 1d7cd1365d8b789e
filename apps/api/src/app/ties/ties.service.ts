import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { canonicalPair, isTieValidAt } from '@weefsel/domain';
import { egoNetwork } from '@weefsel/graph';
import { UndirectedGraph } from 'graphology';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../auth/access.service';
import { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { badInput, conflict, notFound } from '../common/app-error';
import { today } from '../common/dates';
import { Connection, decodeCursor, pageSize, toConnection } from '../common/pagination';
import { InitiativeEntity } from '../initiatives/initiative.entity';
import { PeopleService } from '../people/people.service';
import { PersonEntity } from '../people/person.entity';
import { CreateTieInput, UpdateTieInput } from './dto/tie.input';
import { EgoNetworkArgs, TiesArgs } from './dto/ties.args';
import { TieModel } from './models/tie.model';
import { TieEntity } from './tie.entity';

export function toTieModel(t: TieEntity): TieModel {
  return {
    id: t.id,
    personAId: t.personAId,
    personBId: t.personBId,
    kind: t.kind,
    functions: t.functions,
    strength: t.strength,
    since: t.since,
    until: t.until,
    lastConfirmedOn: t.lastConfirmedOn,
    source: t.source,
    confidence: t.confidence,
    originInitiativeId: t.originInitiativeId,
    visibility: t.visibility,
    note: t.note,
    externalId: t.externalId,
  };
}

export interface EgoNetworkResult {
  people: { person: PersonEntity; distance: number }[];
  ties: TieEntity[];
}

@Injectable()
export class TiesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly people: PeopleService,
    private readonly audit: AuditService,
  ) {}

  /** A tie the viewer may see: both ends live in the viewer's places. */
  async get(viewer: Viewer, id: string, em: EntityManager = this.db.manager): Promise<TieEntity> {
    this.access.assertPersonalData(viewer);
    const tie = await em.getRepository(TieEntity).findOne({ where: { id, tenantId: viewer.tenantId } });
    if (!tie) throw notFound('Tie', id);
    const scope = await this.access.placeScope(viewer);
    const ends = await em
      .getRepository(PersonEntity)
      .find({ where: [{ id: tie.personAId }, { id: tie.personBId }], select: { id: true, homePlaceId: true } });
    if (ends.length !== 2 || !ends.every((p) => scope.has(p.homePlaceId))) throw notFound('Tie', id);
    return tie;
  }

  async list(viewer: Viewer, args: TiesArgs): Promise<Connection<TieModel>> {
    this.access.assertPersonalData(viewer);
    const places = await this.access.placesUnder(viewer, args.placeId);
    const limit = pageSize(args);
    const qb = this.db
      .getRepository(TieEntity)
      .createQueryBuilder('t')
      .innerJoin(PersonEntity, 'pa', 'pa.id = t.person_a_id AND pa.home_place_id = ANY(:places)', { places })
      .innerJoin(PersonEntity, 'pb', 'pb.id = t.person_b_id AND pb.home_place_id = ANY(:places)', { places })
      .where('t.tenant_id = :tenantId', { tenantId: viewer.tenantId });
    if (args.asOf) {
      qb.andWhere('t.since <= :asOf AND (t.until IS NULL OR t.until > :asOf)', { asOf: args.asOf });
    }
    const total = await qb.getCount();
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after);
      qb.andWhere('(t.created_at, t.id) > (:createdAt, :id)', { createdAt, id });
    }
    const rows = await qb
      .orderBy('t.created_at', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    return toConnection(rows, limit, total, (t) => [t.createdAt.toISOString(), t.id], toTieModel);
  }

  async create(viewer: Viewer, input: CreateTieInput): Promise<TieEntity> {
    this.access.assertPersonalData(viewer);
    if (input.personAId === input.personBId) throw badInput('A tie links two different people.', 'personBId');
    return this.db.transaction(async (em) => {
      await this.people.get(viewer, input.personAId, em);
      await this.people.get(viewer, input.personBId, em);
      if (input.originInitiativeId) await this.assertInitiative(em, viewer, input.originInitiativeId);
      if (input.lastConfirmedOn && input.lastConfirmedOn < input.since) {
        throw badInput('A tie cannot be confirmed before it started.', 'lastConfirmedOn');
      }
      const [a, b] = canonicalPair(input.personAId, input.personBId);
      const open = await em
        .getRepository(TieEntity)
        .createQueryBuilder('t')
        .where('t.tenant_id = :tenantId AND t.person_a_id = :a AND t.person_b_id = :b AND t.until IS NULL', {
          tenantId: viewer.tenantId,
          a,
          b,
        })
        .getExists();
      if (open) throw conflict('These two people already have an open tie: update it, or end it first.');
      const repo = em.getRepository(TieEntity);
      const tie = await repo.save(
        repo.create({
          tenantId: viewer.tenantId,
          personAId: a,
          personBId: b,
          kind: input.kind,
          functions: [...new Set(input.functions)],
          strength: input.strength,
          since: input.since,
          until: null,
          lastConfirmedOn: input.lastConfirmedOn ?? null,
          source: input.source,
          confidence: input.confidence,
          originInitiativeId: input.originInitiativeId ?? null,
          visibility: input.visibility,
          note: input.note ?? null,
          externalId: input.externalId ?? null,
        }),
      );
      await this.audit.record(viewer, 'CREATE', 'tie', tie.id, null, em);
      return tie;
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateTieInput): Promise<TieEntity> {
    return this.db.transaction(async (em) => {
      const tie = await this.get(viewer, id, em);
      if (input.kind !== undefined) tie.kind = input.kind;
      if (input.functions !== undefined) tie.functions = [...new Set(input.functions)];
      if (input.strength !== undefined) tie.strength = input.strength;
      if (input.confidence !== undefined) tie.confidence = input.confidence;
      if (input.visibility !== undefined) tie.visibility = input.visibility;
      if (input.note !== undefined) tie.note = input.note;
      if (input.lastConfirmedOn !== undefined) {
        if (input.lastConfirmedOn && input.lastConfirmedOn < tie.since) {
          throw badInput('A tie cannot be confirmed before it started.', 'lastConfirmedOn');
        }
        tie.lastConfirmedOn = input.lastConfirmedOn;
      }
      const saved = await em.getRepository(TieEntity).save(tie);
      await this.audit.record(viewer, 'UPDATE', 'tie', id, { fields: Object.keys(input) }, em);
      return saved;
    });
  }

  /** Ends a tie: it stays in the history, valid up to the day before `until`. */
  async end(viewer: Viewer, id: string, until: string = today()): Promise<TieEntity> {
    return this.db.transaction(async (em) => {
      const tie = await this.get(viewer, id, em);
      if (tie.until) throw conflict(`This tie already ended on ${tie.until}.`);
      if (until < tie.since) throw badInput(`A tie cannot end before it started (${tie.since}).`, 'until');
      tie.until = until;
      const saved = await em.getRepository(TieEntity).save(tie);
      await this.audit.record(viewer, 'UPDATE', 'tie', id, { ended: until }, em);
      return saved;
    });
  }

  /** Deletes a tie recorded by mistake. A tie that really ended is ended, not deleted. */
  async remove(viewer: Viewer, id: string): Promise<string> {
    return this.db.transaction(async (em) => {
      await this.get(viewer, id, em);
      await em.getRepository(TieEntity).delete({ id, tenantId: viewer.tenantId });
      await this.audit.record(viewer, 'ERASE', 'tie', id, null, em);
      return id;
    });
  }

  /**
   * The people within `radius` hops of a person and the ties among them, as of a date
   * (NetworkX `ego_graph` semantics, see libs/graph). Only people in the viewer's places take part.
   * One query per hop plus one for the ties among the people found.
   */
  async egoNetwork(viewer: Viewer, args: EgoNetworkArgs): Promise<EgoNetworkResult> {
    const ego = await this.people.get(viewer, args.personId);
    const asOf = args.asOf ?? today();
    const scope = [...(await this.access.placeScope(viewer))];
    const graph = new UndirectedGraph();
    graph.addNode(ego.id);
    let frontier = [ego.id];
    const seen = new Set(frontier);
    const ties = new Map<string, TieEntity>();
    for (let hop = 0; hop < args.radius && frontier.length; hop++) {
      const found = await this.validTiesTouching(viewer.tenantId, frontier, scope, asOf);
      const next: string[] = [];
      for (const tie of found) {
        ties.set(tie.id, tie);
        for (const end of [tie.personAId, tie.personBId]) {
          if (!seen.has(end)) {
            seen.add(end);
            next.push(end);
          }
        }
      }
      frontier = next;
    }
    // the ties among the outermost ring were not fetched yet: fetch the induced subgraph's ties
    if (frontier.length) {
      for (const tie of await this.validTiesTouching(viewer.tenantId, frontier, scope, asOf)) {
        if (seen.has(tie.personAId) && seen.has(tie.personBId)) ties.set(tie.id, tie);
      }
    }
    for (const tie of ties.values()) graph.mergeEdgeWithKey(tie.id, tie.personAId, tie.personBId);
    const result = egoNetwork(graph, ego.id, { radius: args.radius });
    const people = await this.people.byIds(viewer.tenantId, [...result.distances.keys()]);
    return {
      people: people
        .map((person) => ({ person, distance: result.distances.get(person.id) ?? 0 }))
        .sort((x, y) => x.distance - y.distance || x.person.displayName.localeCompare(y.person.displayName)),
      ties: result.edges.map((key) => ties.get(key)).filter((t): t is TieEntity => !!t && isTieValidAt(t, asOf)),
    };
  }

  private validTiesTouching(tenantId: string, ids: string[], places: string[], asOf: string): Promise<TieEntity[]> {
    return this.db
      .getRepository(TieEntity)
      .createQueryBuilder('t')
      .innerJoin(PersonEntity, 'pa', 'pa.id = t.person_a_id AND pa.home_place_id = ANY(:places)', { places })
      .innerJoin(PersonEntity, 'pb', 'pb.id = t.person_b_id AND pb.home_place_id = ANY(:places)', { places })
      .where('t.tenant_id = :tenantId AND (t.person_a_id = ANY(:ids) OR t.person_b_id = ANY(:ids))', { tenantId, ids })
      .andWhere('t.since <= :asOf AND (t.until IS NULL OR t.until > :asOf)', { asOf })
      .getMany();
  }

  private async assertInitiative(em: EntityManager, viewer: Viewer, id: string): Promise<void> {
    const initiative = await em.getRepository(InitiativeEntity).findOne({ where: { id, tenantId: viewer.tenantId } });
    if (!initiative) throw notFound('Initiative', id);
    await this.access.assertPlace(viewer, initiative.placeId, 'Initiative');
  }
}
