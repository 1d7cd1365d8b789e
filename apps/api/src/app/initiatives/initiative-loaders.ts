/**
 * Per-request DataLoaders this feature needs beyond those in graphql/loaders.ts: the collectives that support
 * an initiative and the ties it created (tie.origin_initiative_id). Kept per GraphQL context in a WeakMap, so
 * they live exactly as long as the request and a page of initiatives costs one query per kind.
 * (They belong in graphql/loaders.ts; they are here because that file belongs to another feature.)
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { CollectiveEntity } from '../collectives/collective.entity';
import { unauthenticated } from '../common/app-error';
import { GqlContext, TieWithPlaces } from '../graphql/loaders';
import { PersonEntity } from '../people/person.entity';
import { TieEntity } from '../ties/tie.entity';
import { InitiativeCollectiveEntity } from './initiative.entity';

export interface InitiativeLoaders {
  supportingCollectives: DataLoader<string, CollectiveEntity[]>;
  tiesByOrigin: DataLoader<string, TieWithPlaces[]>;
}

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

@Injectable()
export class InitiativeLoadersFactory {
  private readonly perRequest = new WeakMap<GqlContext, InitiativeLoaders>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  of(ctx: GqlContext): InitiativeLoaders {
    let loaders = this.perRequest.get(ctx);
    if (!loaders) {
      loaders = this.create(ctx);
      this.perRequest.set(ctx, loaders);
    }
    return loaders;
  }

  private create(ctx: GqlContext): InitiativeLoaders {
    const tenant = (): string => {
      if (!ctx.req.viewer) throw unauthenticated();
      return ctx.req.viewer.tenantId;
    };
    return {
      supportingCollectives: new DataLoader(async (ids) => {
        const { entities, raw } = await this.db
          .getRepository(CollectiveEntity)
          .createQueryBuilder('c')
          .innerJoin(InitiativeCollectiveEntity, 'ic', 'ic.collective_id = c.id AND ic.tenant_id = c.tenant_id')
          .addSelect('ic.initiative_id', 'initiative_id')
          .where('c.tenant_id = :tenantId AND ic.initiative_id = ANY(:ids)', { tenantId: tenant(), ids: [...ids] })
          .orderBy('c.name', 'ASC')
          .addOrderBy('c.id', 'ASC')
          .getRawAndEntities();
        // one collective can support several initiatives of the batch: pair raw rows and entities by position
        const rows = raw.map((r: Record<string, unknown>) => ({
          initiativeId: String(r['initiative_id']),
          collective: entities.find((c) => c.id === String(r['c_id'])),
        }));
        return groupBy(
          ids,
          rows.filter((r): r is { initiativeId: string; collective: CollectiveEntity } => !!r.collective),
          (r) => r.initiativeId,
        ).map((group) => group.map((r) => r.collective));
      }),
      tiesByOrigin: new DataLoader(async (ids) => {
        const { entities, raw } = await this.db
          .getRepository(TieEntity)
          .createQueryBuilder('t')
          .innerJoin(PersonEntity, 'pa', 'pa.id = t.person_a_id')
          .innerJoin(PersonEntity, 'pb', 'pb.id = t.person_b_id')
          .addSelect('pa.home_place_id', 'home_a')
          .addSelect('pb.home_place_id', 'home_b')
          .where('t.tenant_id = :tenantId AND t.origin_initiative_id = ANY(:ids)', {
            tenantId: tenant(),
            ids: [...ids],
          })
          .orderBy('t.since', 'ASC')
          .addOrderBy('t.id', 'ASC')
          .getRawAndEntities();
        const rows: TieWithPlaces[] = entities.map((tie, i) => ({
          tie,
          homePlaceA: String(raw[i]['home_a']),
          homePlaceB: String(raw[i]['home_b']),
        }));
        return groupBy(ids, rows, (r) => r.tie.originInitiativeId ?? '');
      }),
    };
  }
}
