/**
 * Collectives and initiatives of an import, and who belongs to them (memberships, participations).
 * A collective or initiative lies in a place the importer may see. A membership or participation links one
 * person to one collective or initiative for good: changing who or what it links would rewrite history, so
 * that is a problem (end it with `until` and add a new row instead).
 */
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { CollectiveEntity, MembershipEntity } from '../../collectives/collective.entity';
import { InitiativeCollectiveEntity, InitiativeEntity, ParticipationEntity } from '../../initiatives/initiative.entity';
import { ApplyContext, BROKEN, Broken, decide, Planned } from './apply-context';
import { PeopleStep } from './apply-people';
import { PlacesStep } from './apply-places';

export interface GroupRef {
  id: string;
  placeId: string;
}

export interface GroupStep<E> {
  planned: Planned<E>[];
  resolve: (key: string) => GroupRef | Broken | null;
}

export interface PlannedInitiative extends Planned<InitiativeEntity> {
  /** the supporting collectives it will have, and those it has now */
  links: string[];
  currentLinks: string[];
}

const COLLECTIVE_FIELDS = ['name', 'kind', 'placeId', 'description'] as const;
const INITIATIVE_FIELDS = [
  'name',
  'kind',
  'phase',
  'placeId',
  'startedOn',
  'endedOn',
  'meaningForStreet',
  'supportNeeded',
] as const;
const LINK_FIELDS = ['role', 'since', 'until'] as const;

export async function planCollectives(ctx: ApplyContext, places: PlacesStep): Promise<GroupStep<CollectiveEntity>> {
  const { bundle } = ctx;
  const existingByKey = await ctx.loadByKey(CollectiveEntity, [
    ...bundle.collectives.map((c) => c.externalId),
    ...bundle.memberships.map((m) => m.collectiveExternalId),
    ...bundle.initiatives.flatMap((i) => i.supportingCollectiveExternalIds),
  ]);
  const refs = new Map<string, GroupRef>();
  const planned: Planned<CollectiveEntity>[] = [];
  bundle.collectives.forEach((row, index) => {
    const existing = existingByKey.get(row.externalId);
    if (existing && !ctx.inScope(existing.placeId)) {
      return ctx.fail('collectives', index, 'externalId', ctx.taken('collectives', row.externalId));
    }
    const place = places.resolve(row.placeExternalId);
    if (place === BROKEN) return ctx.setAside('collectives', index);
    if (!place) return ctx.fail('collectives', index, 'placeExternalId', ctx.notFound('places', row.placeExternalId));
    const entity = Object.assign(new CollectiveEntity(), {
      id: existing?.id ?? randomUUID(),
      tenantId: ctx.tenantId,
      name: row.name,
      kind: row.kind,
      placeId: place.id,
      description: row.description,
      externalId: existing ? existing.externalId : row.externalId,
    });
    refs.set(row.externalId, entity);
    planned.push({ op: decide(existing, entity, COLLECTIVE_FIELDS), entity });
  });
  return {
    planned,
    resolve: (key) => ctx.resolve('collectives', key, refs, (k) => visibleGroup(ctx, existingByKey.get(k))),
  };
}

export async function planInitiatives(
  ctx: ApplyContext,
  places: PlacesStep,
  collectives: GroupStep<CollectiveEntity>,
): Promise<GroupStep<InitiativeEntity> & { planned: PlannedInitiative[] }> {
  const { bundle } = ctx;
  const existingByKey = await ctx.loadByKey(InitiativeEntity, [
    ...bundle.initiatives.map((i) => i.externalId),
    ...bundle.participations.map((p) => p.initiativeExternalId),
    ...bundle.ties.flatMap((t) => (t.originInitiativeExternalId ? [t.originInitiativeExternalId] : [])),
  ]);
  const currentLinks = await loadLinks(
    ctx,
    bundle.initiatives.flatMap((row) => existingByKey.get(row.externalId)?.id ?? []),
  );
  const refs = new Map<string, GroupRef>();
  const planned: PlannedInitiative[] = [];
  bundle.initiatives.forEach((row, index) => {
    const existing = existingByKey.get(row.externalId);
    if (existing && !ctx.inScope(existing.placeId)) {
      return ctx.fail('initiatives', index, 'externalId', ctx.taken('initiatives', row.externalId));
    }
    const place = places.resolve(row.placeExternalId);
    if (place === BROKEN) return ctx.setAside('initiatives', index);
    if (!place) return ctx.fail('initiatives', index, 'placeExternalId', ctx.notFound('places', row.placeExternalId));
    const links = new Set<string>();
    for (const key of row.supportingCollectiveExternalIds) {
      const collective = collectives.resolve(key);
      if (collective === BROKEN) return ctx.setAside('initiatives', index);
      if (!collective) {
        return ctx.fail('initiatives', index, 'supportingCollectiveExternalIds', ctx.notFound('collectives', key));
      }
      links.add(collective.id);
    }
    const current = existing ? (currentLinks.byInitiative.get(existing.id) ?? []) : [];
    // links to collectives the importer cannot see are not theirs to remove
    for (const id of current) if (!currentLinks.visible.has(id)) links.add(id);
    const entity = Object.assign(new InitiativeEntity(), {
      id: existing?.id ?? randomUUID(),
      tenantId: ctx.tenantId,
      name: row.name,
      kind: row.kind,
      phase: row.phase,
      placeId: place.id,
      startedOn: row.startedOn,
      endedOn: row.endedOn,
      meaningForStreet: row.meaningForStreet,
      supportNeeded: row.supportNeeded,
      externalId: existing ? existing.externalId : row.externalId,
    });
    refs.set(row.externalId, entity);
    const sameLinks = current.length === links.size && current.every((id) => links.has(id));
    const op = decide(existing, entity, INITIATIVE_FIELDS);
    planned.push({
      op: op === 'unchanged' && !sameLinks ? 'update' : op,
      entity,
      links: [...links],
      currentLinks: current,
    });
  });
  return {
    planned,
    resolve: (key) => ctx.resolve('initiatives', key, refs, (k) => visibleGroup(ctx, existingByKey.get(k))),
  };
}

async function loadLinks(
  ctx: ApplyContext,
  initiativeIds: string[],
): Promise<{ byInitiative: Map<string, string[]>; visible: Set<string> }> {
  const byInitiative = new Map<string, string[]>();
  if (!initiativeIds.length) return { byInitiative, visible: new Set() };
  const links = await ctx.em
    .getRepository(InitiativeCollectiveEntity)
    .find({ where: { tenantId: ctx.tenantId, initiativeId: In(initiativeIds) } });
  for (const link of links)
    byInitiative.set(link.initiativeId, [...(byInitiative.get(link.initiativeId) ?? []), link.collectiveId]);
  const collectiveIds = [...new Set(links.map((l) => l.collectiveId))];
  const linked = collectiveIds.length
    ? await ctx.em.getRepository(CollectiveEntity).find({
        select: { id: true, placeId: true },
        where: { tenantId: ctx.tenantId, id: In(collectiveIds) },
      })
    : [];
  return { byInitiative, visible: new Set(linked.filter((c) => ctx.inScope(c.placeId)).map((c) => c.id)) };
}

function visibleGroup(ctx: ApplyContext, group: GroupRef | undefined): GroupRef | undefined {
  return group && ctx.inScope(group.placeId) ? group : undefined;
}

export function planMemberships(
  ctx: ApplyContext,
  collectives: GroupStep<CollectiveEntity>,
  people: PeopleStep,
): Promise<Planned<MembershipEntity>[]> {
  return planLinks(ctx, {
    kind: 'memberships',
    entity: MembershipEntity,
    groupField: 'collectiveExternalId',
    groups: collectives,
    people,
    build: (row, groupId, personId) => ({ collectiveId: groupId, personId, role: row.role }),
    groupIdOf: (m) => m.collectiveId,
    noun: 'membership',
    group: 'collective',
  });
}

export function planParticipations(
  ctx: ApplyContext,
  initiatives: GroupStep<InitiativeEntity>,
  people: PeopleStep,
): Promise<Planned<ParticipationEntity>[]> {
  return planLinks(ctx, {
    kind: 'participations',
    entity: ParticipationEntity,
    groupField: 'initiativeExternalId',
    groups: initiatives,
    people,
    build: (row, groupId, personId) => ({ initiativeId: groupId, personId, role: row.role }),
    groupIdOf: (p) => p.initiativeId,
    noun: 'participation',
    group: 'initiative',
  });
}

interface LinkRow {
  externalId: string;
  personExternalId: string;
  since: string;
  until: string | null;
}

interface LinkEntity {
  id: string;
  tenantId: string;
  personId: string;
  since: string;
  until: string | null;
  externalId: string | null;
}

async function planLinks<K extends 'memberships' | 'participations', E extends LinkEntity>(
  ctx: ApplyContext,
  config: {
    kind: K;
    entity: new () => E;
    groupField: keyof ApplyContext['bundle'][K][number] & string;
    groups: GroupStep<unknown>;
    people: PeopleStep;
    build: (row: ApplyContext['bundle'][K][number], groupId: string, personId: string) => Partial<E>;
    groupIdOf: (entity: E) => string;
    noun: string;
    group: string;
  },
): Promise<Planned<E>[]> {
  const rows = ctx.bundle[config.kind] as (ApplyContext['bundle'][K][number] & LinkRow)[];
  const existingByKey = await ctx.loadByKey(
    config.entity,
    rows.map((r) => r.externalId),
  );
  const groupKind = config.kind === 'memberships' ? 'collectives' : 'initiatives';
  const planned: Planned<E>[] = [];
  rows.forEach((row, index) => {
    const groupKey = row[config.groupField] as unknown as string;
    const group = config.groups.resolve(groupKey);
    const person = config.people.resolve(row.personExternalId);
    if (group === BROKEN || person === BROKEN) return ctx.setAside(config.kind, index);
    if (!group) return ctx.fail(config.kind, index, config.groupField, ctx.notFound(groupKind, groupKey));
    if (!person) {
      return ctx.fail(config.kind, index, 'personExternalId', ctx.notFound('people', row.personExternalId));
    }
    const existing = existingByKey.get(row.externalId);
    if (existing && (existing.personId !== person.id || config.groupIdOf(existing) !== group.id)) {
      return ctx.fail(
        config.kind,
        index,
        'externalId',
        `"${row.externalId}" is already the external id of another ${config.noun}: the person and ${config.group} of a ${config.noun} cannot change. ` +
          `Fill in until on the old one and give the new one its own external id.`,
      );
    }
    const entity = Object.assign(new config.entity(), {
      id: existing?.id ?? randomUUID(),
      tenantId: ctx.tenantId,
      since: row.since,
      until: row.until,
      externalId: existing ? existing.externalId : row.externalId,
      ...config.build(row, group.id, person.id),
    });
    planned.push({ op: decide(existing, entity, LINK_FIELDS as unknown as (keyof E)[]), entity });
  });
  return planned;
}
