/**
 * Ties of an import: both people resolved (in the files or among the residents the importer may see), stored
 * canonically (person_a_id < person_b_id, `canonicalPair`), at most one open tie per pair, and the two people
 * of a tie fixed once recorded. An empty origin keeps an origin initiative the importer cannot see.
 */
import { randomUUID } from 'node:crypto';
import { canonicalPair } from '@weefsel/domain';
import { In } from 'typeorm';
import { InitiativeEntity } from '../../initiatives/initiative.entity';
import { TieEntity } from '../../ties/tie.entity';
import { ApplyContext, BROKEN, decide, keyOf, Planned } from './apply-context';
import { GroupStep } from './apply-groups';
import { PeopleStep } from './apply-people';

const FIELDS = [
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
] as const;

export async function planTies(
  ctx: ApplyContext,
  people: PeopleStep,
  initiatives: GroupStep<InitiativeEntity>,
): Promise<Planned<TieEntity>[]> {
  const rows = ctx.bundle.ties;
  const existingByKey = await ctx.loadByKey(
    TieEntity,
    rows.map((r) => r.externalId),
  );
  const hiddenOrigins = await originsOutOfScope(ctx, [...existingByKey.values()]);
  const planned: { index: number; tie: Planned<TieEntity> }[] = [];
  rows.forEach((row, index) => {
    const a = people.resolve(row.personAExternalId);
    const b = people.resolve(row.personBExternalId);
    const origin = row.originInitiativeExternalId ? initiatives.resolve(row.originInitiativeExternalId) : null;
    if (a === BROKEN || b === BROKEN || origin === BROKEN) return ctx.setAside('ties', index);
    if (!a) return ctx.fail('ties', index, 'personAExternalId', ctx.notFound('people', row.personAExternalId));
    if (!b) return ctx.fail('ties', index, 'personBExternalId', ctx.notFound('people', row.personBExternalId));
    if (row.originInitiativeExternalId && !origin) {
      return ctx.fail(
        'ties',
        index,
        'originInitiativeExternalId',
        ctx.notFound('initiatives', row.originInitiativeExternalId),
      );
    }
    if (a.id === b.id) return ctx.fail('ties', index, 'personBExternalId', 'A tie links two different people.');
    const [personAId, personBId] = canonicalPair(a.id, b.id);
    const existing = existingByKey.get(row.externalId);
    if (existing && (existing.personAId !== personAId || existing.personBId !== personBId)) {
      return ctx.fail(
        'ties',
        index,
        'externalId',
        `"${row.externalId}" is already the external id of a tie between other people: the people of a tie cannot change. ` +
          'Fill in until on the old tie and give the new one its own external id.',
      );
    }
    const keptOrigin =
      existing?.originInitiativeId && hiddenOrigins.has(existing.originInitiativeId)
        ? existing.originInitiativeId
        : null;
    const entity = Object.assign(new TieEntity(), {
      id: existing?.id ?? randomUUID(),
      tenantId: ctx.tenantId,
      personAId,
      personBId,
      kind: row.kind,
      functions: [...row.functions],
      strength: row.strength,
      since: row.since,
      until: row.until,
      lastConfirmedOn: row.lastConfirmedOn,
      source: row.source,
      confidence: row.confidence,
      originInitiativeId: origin ? origin.id : keptOrigin,
      visibility: row.visibility,
      note: row.note,
      externalId: existing ? existing.externalId : row.externalId,
    });
    planned.push({ index, tie: { op: decide(existing, entity, FIELDS), entity } });
  });
  await checkOpenPairs(ctx, planned);
  return planned.filter((p) => !ctx.isSetAside('ties', p.index)).map((p) => p.tie);
}

/** Origins of existing ties that lie outside the importer's places: an import leaves them as they are. */
async function originsOutOfScope(ctx: ApplyContext, ties: TieEntity[]): Promise<Set<string>> {
  const ids = [...new Set(ties.flatMap((t) => t.originInitiativeId ?? []))];
  if (!ctx.scope || !ids.length) return new Set();
  const initiatives = await ctx.em.getRepository(InitiativeEntity).find({
    select: { id: true, placeId: true },
    where: { tenantId: ctx.tenantId, id: In(ids) },
  });
  return new Set(initiatives.filter((i) => !ctx.inScope(i.placeId)).map((i) => i.id));
}

/**
 * One open tie per pair of people (as TiesService.create insists): an open tie in the bundle may not meet
 * another open tie of the same pair in the database, unless this import ends that one.
 */
async function checkOpenPairs(ctx: ApplyContext, planned: { index: number; tie: Planned<TieEntity> }[]): Promise<void> {
  const open = planned.filter((p) => p.tie.entity.until === null);
  if (!open.length) return;
  const pair = (t: { personAId: string; personBId: string }) => `${t.personAId}|${t.personBId}`;
  const byPair = new Map<string, (typeof open)[number]>();
  for (const p of open) {
    const twin = byPair.get(pair(p.tie.entity));
    // two rows naming the same people in different ways (external id and uuid)
    if (twin)
      ctx.fail('ties', p.index, 'personBExternalId', 'These two people already have an open tie in these files.');
    else byPair.set(pair(p.tie.entity), p);
  }
  const inBundle = new Map(planned.map((p) => [p.tie.entity.id, p.tie.entity]));
  const candidates = await ctx.em
    .getRepository(TieEntity)
    .createQueryBuilder('t')
    .where('t.tenant_id = :tenantId AND t.until IS NULL AND t.person_a_id = ANY(:as)', {
      tenantId: ctx.tenantId,
      as: [...new Set(open.map((p) => p.tie.entity.personAId))],
    })
    .getMany();
  for (const other of candidates) {
    const mine = byPair.get(pair(other));
    if (!mine || mine.tie.entity.id === other.id) continue;
    const after = inBundle.get(other.id);
    if (after && after.until !== null) continue;
    if (after && pair(after) !== pair(other)) continue;
    ctx.fail(
      'ties',
      mine.index,
      'personBExternalId',
      `These two people already have an open tie in Weefsel (external id "${keyOf(other)}"): update that one, or fill in its until first.`,
    );
  }
}
