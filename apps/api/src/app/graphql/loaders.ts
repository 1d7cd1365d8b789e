/**
 * DataLoaders, created per request in the GraphQL context: a page of 100 people with their ties,
 * collectives and street costs one query per kind, not one per person. Batch functions return results in
 * key order, as DataLoader requires. The tenant is read from the signed-in viewer at batch time.
 */
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { CollectiveEntity, MembershipEntity } from '../collectives/collective.entity';
import { InitiativeCollectiveEntity, InitiativeEntity, ParticipationEntity } from '../initiatives/initiative.entity';
import { PersonEntity } from '../people/person.entity';
import { PlaceEntity } from '../places/place.entity';
import { TieEntity } from '../ties/tie.entity';
import { RequestWithViewer } from '../auth/viewer';
import { unauthenticated } from '../common/app-error';

/** A tie with the home places of both ends, so access can be checked without loading the people. */
export interface TieWithPlaces {
  tie: TieEntity;
  homePlaceA: string;
  homePlaceB: string;
}

export interface Loaders {
  place: DataLoader<string, PlaceEntity | null>;
  person: DataLoader<string, PersonEntity | null>;
  collective: DataLoader<string, CollectiveEntity | null>;
  initiative: DataLoader<string, InitiativeEntity | null>;
  tiesByPerson: DataLoader<string, TieWithPlaces[]>;
  membershipsByPerson: DataLoader<string, MembershipEntity[]>;
  membershipsByCollective: DataLoader<string, MembershipEntity[]>;
  participationsByPerson: DataLoader<string, ParticipationEntity[]>;
  participationsByInitiative: DataLoader<string, ParticipationEntity[]>;
  /** collectives that support each initiative */
  supportingCollectives: DataLoader<string, CollectiveEntity[]>;
  /** ties created via each initiative (tie.origin_initiative_id): lesson 2, what it means for neighbour contacts */
  tiesByOrigin: DataLoader<string, TieWithPlaces[]>;
}

export interface GqlContext {
  req: RequestWithViewer;
  loaders: Loaders;
}

function byId<T extends { id: string }>(keys: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return keys.map((k) => map.get(k) ?? null);
}

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string[]): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) for (const k of keyOf(row)) map.get(k)?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

/** Ties matching `condition`, each with the home places of both ends. */
async function tiesWithPlaces(
  db: DataSource,
  tenantId: string,
  condition: string,
  ids: readonly string[],
): Promise<TieWithPlaces[]> {
  const { entities, raw } = await db
    .getRepository(TieEntity)
    .createQueryBuilder('t')
    .innerJoin(PersonEntity, 'pa', 'pa.id = t.person_a_id')
    .innerJoin(PersonEntity, 'pb', 'pb.id = t.person_b_id')
    .addSelect('pa.home_place_id', 'home_a')
    .addSelect('pb.home_place_id', 'home_b')
    .where(`t.tenant_id = :tenantId AND (${condition})`, { tenantId, ids: [...ids] })
    .orderBy('t.since', 'ASC')
    .addOrderBy('t.id', 'ASC')
    .getRawAndEntities();
  return entities.map((tie, i) => ({
    tie,
    homePlaceA: String(raw[i]['home_a']),
    homePlaceB: String(raw[i]['home_b']),
  }));
}

export function createLoaders(db: DataSource, req: RequestWithViewer): Loaders {
  const tenant = (): string => {
    if (!req.viewer) throw unauthenticated();
    return req.viewer.tenantId;
  };
  const entityLoader = <T extends { id: string }>(entity: new () => T) =>
    new DataLoader<string, T | null>(async (ids) =>
      byId(ids, await db.getRepository(entity).find({ where: { tenantId: tenant(), id: In([...ids]) } as never })),
    );
  return {
    place: entityLoader(PlaceEntity),
    person: entityLoader(PersonEntity),
    collective: entityLoader(CollectiveEntity),
    initiative: entityLoader(InitiativeEntity),
    tiesByPerson: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await tiesWithPlaces(db, tenant(), 't.person_a_id = ANY(:ids) OR t.person_b_id = ANY(:ids)', ids),
        (r) => [r.tie.personAId, r.tie.personBId],
      ),
    ),
    tiesByOrigin: new DataLoader(async (ids) =>
      groupBy(ids, await tiesWithPlaces(db, tenant(), 't.origin_initiative_id = ANY(:ids)', ids), (r) =>
        r.tie.originInitiativeId ? [r.tie.originInitiativeId] : [],
      ),
    ),
    supportingCollectives: new DataLoader(async (ids) => {
      const { entities, raw } = await db
        .getRepository(CollectiveEntity)
        .createQueryBuilder('c')
        .innerJoin(InitiativeCollectiveEntity, 'ic', 'ic.collective_id = c.id AND ic.tenant_id = c.tenant_id')
        .addSelect('ic.initiative_id', 'initiative_id')
        .where('c.tenant_id = :tenantId AND ic.initiative_id = ANY(:ids)', { tenantId: tenant(), ids: [...ids] })
        .orderBy('c.name', 'ASC')
        .addOrderBy('c.id', 'ASC')
        .getRawAndEntities();
      // one collective can support several initiatives of the batch: raw rows carry the initiative, in order
      const byId = new Map(entities.map((c) => [c.id, c]));
      const rows = raw
        .map((r: Record<string, unknown>) => ({
          initiativeId: String(r['initiative_id']),
          collective: byId.get(String(r['c_id'])),
        }))
        .filter((r): r is { initiativeId: string; collective: CollectiveEntity } => !!r.collective);
      return groupBy(ids, rows, (r) => [r.initiativeId]).map((group) => group.map((r) => r.collective));
    }),
    membershipsByPerson: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await db.getRepository(MembershipEntity).find({
          where: { tenantId: tenant(), personId: In([...ids]) },
          order: { since: 'ASC', id: 'ASC' },
        }),
        (m) => [m.personId],
      ),
    ),
    membershipsByCollective: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await db.getRepository(MembershipEntity).find({
          where: { tenantId: tenant(), collectiveId: In([...ids]) },
          order: { since: 'ASC', id: 'ASC' },
        }),
        (m) => [m.collectiveId],
      ),
    ),
    participationsByPerson: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await db.getRepository(ParticipationEntity).find({
          where: { tenantId: tenant(), personId: In([...ids]) },
          order: { since: 'ASC', id: 'ASC' },
        }),
        (p) => [p.personId],
      ),
    ),
    participationsByInitiative: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await db.getRepository(ParticipationEntity).find({
          where: { tenantId: tenant(), initiativeId: In([...ids]) },
          order: { since: 'ASC', id: 'ASC' },
        }),
        (p) => [p.initiativeId],
      ),
    ),
  };
}
