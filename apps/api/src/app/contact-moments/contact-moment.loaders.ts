/**
 * Per-request DataLoaders of the contact log, kept beside the request object, so a page of contact
 * moments costs one query for all their workers (a candidate for graphql/loaders.ts).
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { RequestWithViewer } from '../auth/viewer';
import { unauthenticated } from '../common/app-error';
import { UserEntity } from '../users/user.entity';
import { ContactMomentWorkerModel } from './models/contact-moment.model';

export interface ContactMomentLoaders {
  /** who logged a contact moment: only the id and name, never the e-mail */
  worker: DataLoader<string, ContactMomentWorkerModel | null>;
}

@Injectable()
export class ContactMomentLoaderFactory {
  private readonly byRequest = new WeakMap<RequestWithViewer, ContactMomentLoaders>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  for(req: RequestWithViewer): ContactMomentLoaders {
    let loaders = this.byRequest.get(req);
    if (!loaders) {
      loaders = this.create(req);
      this.byRequest.set(req, loaders);
    }
    return loaders;
  }

  private create(req: RequestWithViewer): ContactMomentLoaders {
    return {
      worker: new DataLoader(async (ids) => {
        if (!req.viewer) throw unauthenticated();
        const users = await this.db.getRepository(UserEntity).find({
          where: { tenantId: req.viewer.tenantId, id: In([...ids]) },
          select: { id: true, displayName: true },
        });
        const byId = new Map(users.map((u) => [u.id, { id: u.id, displayName: u.displayName }]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    };
  }
}
