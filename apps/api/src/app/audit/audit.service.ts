/** Writes who read, exported, changed or erased whose personal data, and when (AVG art. 5(2), 30). */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { AuditLogEntity } from './audit-log.entity';

export type AuditAction = 'READ' | 'CREATE' | 'UPDATE' | 'ERASE' | 'EXPORT' | 'IMPORT';

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(
    viewer: Pick<Viewer, 'tenantId' | 'userId'>,
    action: AuditAction,
    entity: string,
    entityId: string | null,
    detail: Record<string, unknown> | null = null,
    em: EntityManager = this.db.manager,
  ): Promise<void> {
    await em.getRepository(AuditLogEntity).insert({
      tenantId: viewer.tenantId,
      userId: viewer.userId,
      action,
      entity,
      entityId,
      detail: detail as never,
    });
  }
}
