/**
 * Per-request DataLoaders of the help feature, kept beside the request object, so a page of residents
 * with their requests and offers costs one query per kind (candidates for graphql/loaders.ts).
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HelpRequestStatus } from '@weefsel/domain';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { RequestWithViewer } from '../auth/viewer';
import { unauthenticated } from '../common/app-error';
import { HelpOfferEntity, HelpRequestEntity } from './help.entity';

export interface HelpLoaders {
  offer: DataLoader<string, HelpOfferEntity | null>;
  /** newest first */
  requestsByPerson: DataLoader<string, HelpRequestEntity[]>;
  /** newest first */
  offersByPerson: DataLoader<string, HelpOfferEntity[]>;
  /** the request an offer currently answers (status MATCHED), if any */
  liveRequestByOffer: DataLoader<string, HelpRequestEntity | null>;
}

const NEWEST_FIRST = { createdAt: 'DESC', id: 'DESC' } as const;

/** Rows grouped under their key, in key order (as DataLoader requires); each group keeps the rows' order. */
function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

@Injectable()
export class HelpLoaderFactory {
  private readonly byRequest = new WeakMap<RequestWithViewer, HelpLoaders>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  for(req: RequestWithViewer): HelpLoaders {
    let loaders = this.byRequest.get(req);
    if (!loaders) {
      loaders = this.create(req);
      this.byRequest.set(req, loaders);
    }
    return loaders;
  }

  private create(req: RequestWithViewer): HelpLoaders {
    const tenantId = (): string => {
      if (!req.viewer) throw unauthenticated();
      return req.viewer.tenantId;
    };
    const requests = this.db.getRepository(HelpRequestEntity);
    const offers = this.db.getRepository(HelpOfferEntity);
    return {
      offer: new DataLoader(async (ids) => {
        const rows = await offers.find({ where: { tenantId: tenantId(), id: In([...ids]) } });
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      requestsByPerson: new DataLoader(async (ids) => {
        const rows = await requests.find({
          where: { tenantId: tenantId(), personId: In([...ids]) },
          order: { requestedOn: 'DESC', ...NEWEST_FIRST },
        });
        return groupBy(ids, rows, (r) => r.personId);
      }),
      offersByPerson: new DataLoader(async (ids) => {
        const rows = await offers.find({
          where: { tenantId: tenantId(), personId: In([...ids]) },
          order: { offeredOn: 'DESC', ...NEWEST_FIRST },
        });
        return groupBy(ids, rows, (r) => r.personId);
      }),
      liveRequestByOffer: new DataLoader(async (ids) => {
        const rows = await requests.find({
          where: { tenantId: tenantId(), matchedOfferId: In([...ids]), status: HelpRequestStatus.MATCHED },
        });
        return groupBy(ids, rows, (r) => r.matchedOfferId ?? '').map((group) => group[0] ?? null);
      }),
    };
  }
}
