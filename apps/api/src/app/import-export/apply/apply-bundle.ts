/**
 * The database step of an import, usable without GraphQL (the CLI and the demo seed call it too):
 * `applyBundle(em, tenantId, bundle, options)` runs inside the caller's transaction, checks everything first
 * and writes only a bundle without problems; otherwise it throws `ImportRejected` with every problem, and the
 * caller's transaction rolls back. Rows are upserted by (tenant, external id): new ones inserted, changed ones
 * updated, equal ones left alone, so the same files twice change nothing the second time.
 */
import { PLACE_LEVEL_RANK } from '@weefsel/domain';
import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditLogEntity } from '../../audit/audit-log.entity';
import { CollectiveEntity, MembershipEntity } from '../../collectives/collective.entity';
import { InitiativeCollectiveEntity, InitiativeEntity, ParticipationEntity } from '../../initiatives/initiative.entity';
import { PersonEntity } from '../../people/person.entity';
import { PlaceEntity } from '../../places/place.entity';
import { TieEntity } from '../../ties/tie.entity';
import { validateBundle } from '../bundle-rules';
import { IMPORT_ORDER, ImportBundle, ImportCounts, ImportKind, ImportProblem } from '../import-rows';
import { ApplyContext, ApplyOptions, Planned } from './apply-context';
import {
  planCollectives,
  planInitiatives,
  planMemberships,
  planParticipations,
  PlannedInitiative,
} from './apply-groups';
import { planPeople } from './apply-people';
import { planPlaces } from './apply-places';
import { planTies } from './apply-ties';

export type { ApplyOptions } from './apply-context';

/** Thrown when a bundle has problems: nothing was written, and the caller's transaction must roll back. */
export class ImportRejected extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(`The import was refused: ${problems.length} problem(s) in the files.`);
    this.name = 'ImportRejected';
  }
}

const CHUNK = 500;

export async function applyBundle(
  em: EntityManager,
  tenantId: string,
  input: ImportBundle,
  options: ApplyOptions,
): Promise<ImportCounts> {
  const checked = validateBundle(input, options.sources);
  if (checked.problems.length) throw new ImportRejected(checked.problems);

  const ctx = new ApplyContext(em, tenantId, checked.bundle, options);
  const places = await planPlaces(ctx);
  const people = await planPeople(ctx, places);
  const collectives = await planCollectives(ctx, places);
  const memberships = await planMemberships(ctx, collectives, people);
  const initiatives = await planInitiatives(ctx, places, collectives);
  const participations = await planParticipations(ctx, initiatives, people);
  const ties = await planTies(ctx, people, initiatives);
  if (ctx.problems.length) throw new ImportRejected(ctx.problems);

  const placeOrder = [...places.planned].sort(
    (a, b) => PLACE_LEVEL_RANK[b.entity.level] - PLACE_LEVEL_RANK[a.entity.level],
  );
  await write(em, PlaceEntity, placeOrder, ['name', 'parentId', 'cbsCode']);
  await write(em, PersonEntity, people.planned, [
    'displayName',
    'homePlaceId',
    'birthYear',
    'roles',
    'assets',
    'onWatchList',
    'consent',
  ]);
  await write(em, CollectiveEntity, collectives.planned, ['name', 'kind', 'placeId', 'description']);
  await write(em, MembershipEntity, memberships, ['role', 'since', 'until']);
  await write(em, InitiativeEntity, initiatives.planned, [
    'name',
    'kind',
    'phase',
    'placeId',
    'startedOn',
    'endedOn',
    'meaningForStreet',
    'supportNeeded',
  ]);
  await writeLinks(em, tenantId, initiatives.planned);
  await write(em, ParticipationEntity, participations, ['role', 'since', 'until']);
  await write(em, TieEntity, ties, [
    'kind',
    'functions',
    'strength',
    'since',
    'until',
    'lastConfirmedOn',
    'source',
    'confidence',
    'originInitiativeId',
    'visibility',
    'note',
  ]);

  const counts = {
    places: count(places.planned),
    people: count(people.planned),
    collectives: count(collectives.planned),
    memberships: count(memberships),
    initiatives: count(initiatives.planned),
    participations: count(participations),
    ties: count(ties),
  } satisfies ImportCounts;
  await em.getRepository(AuditLogEntity).insert({
    tenantId,
    userId: options.userId,
    action: 'IMPORT',
    entity: 'import',
    entityId: null,
    detail: { counts: compactCounts(counts) } as never,
  });
  return counts;
}

/** Counts without the kinds the import did not touch, for the audit log and reports. */
export function compactCounts(counts: ImportCounts): Partial<ImportCounts> {
  return Object.fromEntries(
    IMPORT_ORDER.filter((k: ImportKind) => counts[k].created + counts[k].updated + counts[k].unchanged > 0).map((k) => [
      k,
      counts[k],
    ]),
  );
}

function count(planned: Planned<unknown>[]): ImportCounts[ImportKind] {
  const result = { created: 0, updated: 0, unchanged: 0 };
  for (const p of planned) {
    if (p.op === 'create') result.created++;
    else if (p.op === 'update') result.updated++;
    else result.unchanged++;
  }
  return result;
}

async function write<E extends ObjectLiteral & { id: string; tenantId: string }>(
  em: EntityManager,
  entity: EntityTarget<E>,
  planned: Planned<E>[],
  fields: (keyof E & string)[],
): Promise<void> {
  const repo = em.getRepository(entity);
  const created = planned.filter((p) => p.op === 'create').map((p) => p.entity);
  for (let i = 0; i < created.length; i += CHUNK) {
    await repo.insert(created.slice(i, i + CHUNK) as QueryDeepPartialEntity<E>[]);
  }
  for (const { entity: row } of planned.filter((p) => p.op === 'update')) {
    const patch = Object.fromEntries(fields.map((f) => [f, row[f]]));
    await repo.update({ id: row.id, tenantId: row.tenantId } as never, patch as unknown as QueryDeepPartialEntity<E>);
  }
}

async function writeLinks(em: EntityManager, tenantId: string, planned: PlannedInitiative[]): Promise<void> {
  const repo = em.getRepository(InitiativeCollectiveEntity);
  const added: InitiativeCollectiveEntity[] = [];
  for (const p of planned) {
    if (p.op === 'unchanged') continue;
    const removed = p.currentLinks.filter((id) => !p.links.includes(id));
    if (removed.length) await repo.delete({ tenantId, initiativeId: p.entity.id, collectiveId: In(removed) });
    for (const collectiveId of p.links.filter((id) => !p.currentLinks.includes(id))) {
      added.push({ initiativeId: p.entity.id, collectiveId, tenantId });
    }
  }
  for (let i = 0; i < added.length; i += CHUNK) await repo.insert(added.slice(i, i + CHUNK));
}
