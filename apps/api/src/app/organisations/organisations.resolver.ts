import { Args, Field, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { LIMITS } from '@weefsel/domain';
import { Repository } from 'typeorm';
import { AccessService } from '../auth/access.service';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { badInput, notFound } from '../common/app-error';
import { OrganisationEntity } from './organisation.entity';

@ObjectType('Organisation', { description: 'Your organisation: the tenant all your data belongs to.' })
export class OrganisationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

/**
 * Every user sees the name of their own organisation; an ADMIN may rename it. Organisations are created by
 * an operator (`cli.js org:create`), never over the API, and no one sees another organisation.
 */
@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  @Query(() => OrganisationModel)
  async organisation(@CurrentViewer() viewer: Viewer): Promise<OrganisationModel> {
    const org = await this.organisations.findOne({ where: { id: viewer.tenantId } });
    if (!org) throw notFound('Organisation', viewer.tenantId);
    return { id: org.id, name: org.name };
  }

  @Mutation(() => OrganisationModel, { description: 'Rename your organisation (ADMIN).' })
  async updateOrganisation(@CurrentViewer() viewer: Viewer, @Args('name') name: string): Promise<OrganisationModel> {
    this.access.assertAdmin(viewer);
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > LIMITS.nameMax) {
      throw badInput(`An organisation's name has 1 to ${LIMITS.nameMax} characters.`, 'name');
    }
    await this.organisations.update({ id: viewer.tenantId }, { name: trimmed });
    await this.audit.record(viewer, 'UPDATE', 'organisation', viewer.tenantId, { name: trimmed });
    return { id: viewer.tenantId, name: trimmed };
  }
}
