/**
 * Places of an import: upsert by external id, parents resolved in the files or the database, the hierarchy
 * kept (a parent ranks above its child), and a WORKER's new places only under a place they work in.
 * An import never detaches a place: an empty parent_external_id on an existing place keeps its parent
 * (so a worker's export, whose top places have no parent in the file, imports back unchanged), and naming the
 * parent a place already has is fine even when that parent lies above the worker's places.
 */
import { randomUUID } from 'node:crypto';
import { canBeParentOf, PLACE_LEVEL_RANK, PlaceLevel } from '@weefsel/domain';
import { PlaceEntity } from '../../places/place.entity';
import { levelName } from '../bundle-rules';
import { ApplyContext, BROKEN, decide, keyOf, Planned } from './apply-context';

export interface PlaceRef {
  id: string;
  level: PlaceLevel;
}

export interface PlacesStep {
  planned: Planned<PlaceEntity>[];
  /** place by external id (or uuid) for the kinds that follow: the bundle's, then the visible existing ones */
  resolve: (key: string) => PlaceRef | typeof BROKEN | null;
}

const FIELDS = ['name', 'level', 'parentId', 'cbsCode'] as const;

export async function planPlaces(ctx: ApplyContext): Promise<PlacesStep> {
  // places are few (streets up to a municipality): load them all, which also gives every level for the checks
  const all = await ctx.em.getRepository(PlaceEntity).find({ where: { tenantId: ctx.tenantId } });
  const existingByKey = new Map(all.map((p) => [keyOf(p), p]));
  const byId = new Map(all.map((p) => [p.id, p]));
  const visible = (key: string): PlaceRef | undefined => {
    const place = existingByKey.get(key);
    return place && ctx.inScope(place.id) ? place : undefined;
  };

  const rows = ctx.bundle.places;
  const refs = new Map<string, PlaceRef>();
  const entries = rows.map((row, index) => {
    const existing = existingByKey.get(row.externalId);
    if (existing && !ctx.inScope(existing.id)) {
      ctx.fail('places', index, 'externalId', ctx.taken('places', row.externalId));
      return null;
    }
    const id = existing?.id ?? randomUUID();
    refs.set(row.externalId, { id, level: row.level });
    return { index, row, existing, id, parentId: null as string | null };
  });
  const resolve = (key: string) => ctx.resolve('places', key, refs, visible);

  // first the rows that cannot be, so that places inside them are set aside rather than judged by a wrong level
  for (const entry of entries) {
    if (entry?.existing && entry.existing.level !== entry.row.level) {
      const { existing, row } = entry;
      ctx.fail(
        'places',
        entry.index,
        'level',
        `The level of a place cannot change: "${row.externalId}" is a ${levelName(existing.level)} in Weefsel.`,
      );
    }
  }
  for (const entry of entries) {
    if (!entry || ctx.isSetAside('places', entry.index)) continue;
    const { index, row, existing } = entry;
    if (row.parentExternalId === null) {
      if (existing) entry.parentId = existing.parentId;
      else if (ctx.scope) {
        ctx.fail(
          'places',
          index,
          'parentExternalId',
          'Empty, but required: the external id of the place it lies in, one of your places. Only an administrator adds top-level places.',
        );
      }
      continue;
    }
    const current = existing?.parentId ? byId.get(existing.parentId) : undefined;
    if (current && keyOf(current) === row.parentExternalId) {
      // the parent it has: fine even when it lies above the importer's places (a worker's top place)
      entry.parentId = current.id;
      continue;
    }
    const parent = resolve(row.parentExternalId);
    if (parent === BROKEN) ctx.setAside('places', index);
    else if (!parent) ctx.fail('places', index, 'parentExternalId', ctx.notFound('places', row.parentExternalId));
    else if (parent.id === entry.id) ctx.fail('places', index, 'parentExternalId', 'A place cannot lie inside itself.');
    else if (!canBeParentOf(parent.level, row.level)) {
      ctx.fail(
        'places',
        index,
        'parentExternalId',
        `A ${levelName(row.level)} cannot lie inside a ${levelName(parent.level)} ("${row.parentExternalId}").`,
      );
    } else entry.parentId = parent.id;
  }

  // a new place is in a worker's scope when its parent is: add them top-down, parents first
  const live = entries.filter((e): e is NonNullable<typeof e> => !!e && !ctx.isSetAside('places', e.index));
  if (ctx.scope) {
    const scope = ctx.scope;
    const byRank = [...live].sort((a, b) => PLACE_LEVEL_RANK[b.row.level] - PLACE_LEVEL_RANK[a.row.level]);
    for (const entry of byRank) {
      if (!entry.existing && entry.parentId && scope.has(entry.parentId)) scope.add(entry.id);
    }
    for (const entry of byRank) {
      if (!scope.has(entry.id) && !ctx.isSetAside('places', entry.index)) {
        ctx.fail('places', entry.index, 'parentExternalId', 'This place would lie outside your places.');
      }
    }
  }

  const planned = live
    .filter((e) => !ctx.isSetAside('places', e.index))
    .map(({ row, existing, id, parentId }): Planned<PlaceEntity> => {
      const entity = Object.assign(new PlaceEntity(), {
        id,
        tenantId: ctx.tenantId,
        name: row.name,
        level: row.level,
        parentId,
        cbsCode: row.cbsCode,
        externalId: existing ? existing.externalId : row.externalId,
      });
      return { op: decide(existing, entity, FIELDS), entity };
    });
  return { planned, resolve };
}
