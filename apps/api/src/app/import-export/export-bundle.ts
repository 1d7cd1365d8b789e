/**
 * Reads a tenant's data, or the part under some places, as an import bundle: the same rows an import takes,
 * so an export imports back unchanged and, into an empty organisation, reproduces the data.
 *
 * Self-consistent: a row without an external id is written with its uuid as external id (an import finds it
 * by that uuid again), and a reference to a row outside the export is left empty (a place's parent above the
 * exported places, a tie's origin initiative elsewhere) rather than pointing at nothing.
 */
import { PLACE_LEVEL_RANK } from '@weefsel/domain';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { CollectiveEntity, MembershipEntity } from '../collectives/collective.entity';
import { InitiativeCollectiveEntity, InitiativeEntity, ParticipationEntity } from '../initiatives/initiative.entity';
import { PersonEntity } from '../people/person.entity';
import { PlaceEntity } from '../places/place.entity';
import { TieEntity } from '../ties/tie.entity';
import { keyOf } from './apply/apply-context';
import { ImportBundle, TieRow } from './import-rows';

/** `placeIds`: the places to export (each with its residents, collectives, …); null for the whole tenant. */
export async function readBundle(
  em: EntityManager,
  tenantId: string,
  placeIds: readonly string[] | null,
): Promise<ImportBundle> {
  const rows = <E extends ObjectLiteral>(
    entity: EntityTarget<E>,
    column: string | null,
    ids: readonly string[] | null,
  ) => {
    const qb = em.getRepository(entity).createQueryBuilder('x').where('x.tenant_id = :tenantId', { tenantId });
    if (column && ids) qb.andWhere(`x.${column} = ANY(:ids)`, { ids });
    return qb.getMany();
  };

  // the same data gives the same files: places top-down, everything else by external id
  const places = byKey(await rows(PlaceEntity, 'id', placeIds)).sort(
    (a, b) => PLACE_LEVEL_RANK[b.level] - PLACE_LEVEL_RANK[a.level],
  );
  const placeKey = new Map(places.map((p) => [p.id, keyOf(p)]));
  const people = byKey(await rows(PersonEntity, 'home_place_id', placeIds));
  const personKey = new Map(people.map((p) => [p.id, keyOf(p)]));
  const collectives = byKey(await rows(CollectiveEntity, 'place_id', placeIds));
  const collectiveKey = new Map(collectives.map((c) => [c.id, keyOf(c)]));
  const initiatives = byKey(await rows(InitiativeEntity, 'place_id', placeIds));
  const initiativeKey = new Map(initiatives.map((i) => [i.id, keyOf(i)]));
  const personIds = placeIds ? [...personKey.keys()] : null;
  const memberships = byKey(await rows(MembershipEntity, 'person_id', personIds)).filter((m) =>
    collectiveKey.has(m.collectiveId),
  );
  const participations = byKey(await rows(ParticipationEntity, 'person_id', personIds)).filter((p) =>
    initiativeKey.has(p.initiativeId),
  );
  const ties = byKey(await rows(TieEntity, 'person_a_id', personIds)).filter((t) => personKey.has(t.personBId));
  const links = await em
    .getRepository(InitiativeCollectiveEntity)
    .createQueryBuilder('l')
    .where('l.tenant_id = :tenantId AND l.initiative_id = ANY(:ids)', { tenantId, ids: [...initiativeKey.keys()] })
    .getMany();
  const supporting = new Map<string, string[]>();
  for (const link of links) {
    const key = collectiveKey.get(link.collectiveId);
    if (key) supporting.set(link.initiativeId, [...(supporting.get(link.initiativeId) ?? []), key]);
  }
  const ref = (keys: Map<string, string>, id: string | null): string | null => (id ? (keys.get(id) ?? null) : null);
  const must = (keys: Map<string, string>, id: string): string => keys.get(id) ?? id;

  return {
    places: places.map((p) => ({
      externalId: keyOf(p),
      name: p.name,
      level: p.level,
      parentExternalId: ref(placeKey, p.parentId),
      cbsCode: p.cbsCode,
    })),
    people: people.map((p) => ({
      externalId: keyOf(p),
      displayName: p.displayName,
      homePlaceExternalId: must(placeKey, p.homePlaceId),
      birthYear: p.birthYear,
      roles: p.roles.map((r) => ({ role: r.role, since: r.since, until: r.until ?? null })),
      assets: p.assets.map((a) => ({ kind: a.kind, label: a.label })),
      onWatchList: p.onWatchList,
      consentBasis: p.consent?.basis ?? null,
      consentRecordedOn: p.consent?.recordedOn ?? null,
      consentWithdrawnOn: p.consent?.withdrawnOn ?? null,
    })),
    collectives: collectives.map((c) => ({
      externalId: keyOf(c),
      name: c.name,
      kind: c.kind,
      placeExternalId: must(placeKey, c.placeId),
      description: c.description,
    })),
    memberships: memberships.map((m) => ({
      externalId: keyOf(m),
      collectiveExternalId: must(collectiveKey, m.collectiveId),
      personExternalId: must(personKey, m.personId),
      role: m.role,
      since: m.since,
      until: m.until,
    })),
    initiatives: initiatives.map((i) => ({
      externalId: keyOf(i),
      name: i.name,
      kind: i.kind,
      phase: i.phase,
      placeExternalId: must(placeKey, i.placeId),
      startedOn: i.startedOn,
      endedOn: i.endedOn,
      meaningForStreet: i.meaningForStreet,
      supportNeeded: i.supportNeeded,
      supportingCollectiveExternalIds: (supporting.get(i.id) ?? []).sort(compare),
    })),
    participations: participations.map((p) => ({
      externalId: keyOf(p),
      initiativeExternalId: must(initiativeKey, p.initiativeId),
      personExternalId: must(personKey, p.personId),
      role: p.role,
      since: p.since,
      until: p.until,
    })),
    ties: ties.map((t) =>
      tieRow(t, must(personKey, t.personAId), must(personKey, t.personBId), ref(initiativeKey, t.originInitiativeId)),
    ),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted by external id (or uuid): rows of one import share their created_at, so that cannot order them. */
function byKey<T extends { id: string; externalId: string | null }>(rows: T[]): T[] {
  return rows.sort((a, b) => compare(keyOf(a), keyOf(b)));
}

/** A tie's people in the order of their external ids, so an export does not depend on the uuids of a tenant. */
function tieRow(t: TieEntity, keyA: string, keyB: string, originKey: string | null): TieRow {
  const [a, b] = compare(keyA, keyB) <= 0 ? [keyA, keyB] : [keyB, keyA];
  return {
    externalId: keyOf(t),
    personAExternalId: a,
    personBExternalId: b,
    kind: t.kind,
    functions: [...t.functions],
    strength: t.strength,
    since: t.since,
    until: t.until,
    lastConfirmedOn: t.lastConfirmedOn,
    source: t.source,
    // a real (float4) reads back as 0.800000011920929: six digits are all it holds
    confidence: Number(t.confidence.toPrecision(6)),
    originInitiativeExternalId: originKey,
    visibility: t.visibility,
    note: t.note,
  };
}
