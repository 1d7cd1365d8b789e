import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditService } from './audit/audit.service';
import { AccessService } from './auth/access.service';
import { ENTITIES } from './database/entities';

/** What every feature uses: the repositories, the access rules and the audit log. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(ENTITIES)],
  providers: [AccessService, AuditService],
  exports: [AccessService, AuditService, TypeOrmModule],
})
export class CoreModule {}
