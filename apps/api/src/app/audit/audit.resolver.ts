import { Args, ArgsType, Field, GraphQLISODateTime, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { GraphQLJSONObject } from './json-object.scalar';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { AccessService } from '../auth/access.service';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { Connection, decodeCursor, PageArgs, Paginated, pageSize, toConnection } from '../common/pagination';
import { AuditLogEntity } from './audit-log.entity';

@ObjectType('AuditEntry', { description: 'Who read, exported, changed or erased what, and when.' })
export class AuditEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'null for the operator CLI and the demo seed' })
  userId: string | null;

  @Field({ description: 'READ, CREATE, UPDATE, ERASE, EXPORT or IMPORT' })
  action: string;

  @Field()
  entity: string;

  @Field(() => ID, { nullable: true })
  entityId: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'ids and counts, never names or notes' })
  detail: Record<string, unknown> | null;

  @Field(() => GraphQLISODateTime)
  at: Date;
}

@ObjectType()
export class AuditEntryConnection extends Paginated(AuditEntryModel) {}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @Field(() => ID, { nullable: true, description: 'Entries about this record (e.g. a person).' })
  @IsOptional()
  @IsUUID()
  entityId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  action?: string;
}

/** The audit log of your organisation, newest first (ADMIN): accountability under the AVG. */
@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  @Query(() => AuditEntryConnection)
  async auditLog(@CurrentViewer() viewer: Viewer, @Args() args: AuditLogArgs): Promise<Connection<AuditEntryModel>> {
    this.access.assertAdmin(viewer);
    const limit = pageSize(args);
    const qb = this.db
      .getRepository(AuditLogEntity)
      .createQueryBuilder('a')
      .where('a.tenant_id = :tenantId', { tenantId: viewer.tenantId });
    if (args.userId) qb.andWhere('a.user_id = :userId', { userId: args.userId });
    if (args.action) qb.andWhere('a.action = :action', { action: args.action });
    if (args.entityId) {
      // a list read names the people shown in detail.personIds
      qb.andWhere(`(a.entity_id = :entityId OR a.detail -> 'personIds' ? :entityIdText)`, {
        entityId: args.entityId,
        entityIdText: args.entityId,
      });
    }
    const total = await qb.getCount();
    if (args.after) {
      const [at, id] = decodeCursor(args.after);
      qb.andWhere('(a.at, a.id) < (:at, :id)', { at, id });
    }
    const rows = await qb
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    return toConnection(
      rows,
      limit,
      total,
      (a) => [a.at.toISOString(), a.id],
      (a) => ({
        id: a.id,
        userId: a.userId,
        action: a.action,
        entity: a.entity,
        entityId: a.entityId,
        detail: a.detail,
        at: a.at,
      }),
    );
  }
}
