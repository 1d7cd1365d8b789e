import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService } from '../auth/access.service';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { GqlContext } from '../graphql/loaders';
import { PersonModel } from '../people/models/person.model';
import { toPersonModel } from '../people/people.service';
import { toCollectiveModel, toMembershipModel } from './collective.mappers';
import { EndArgs, IdArgs } from './dto/id.args';
import { AddMembershipInput, UpdateMembershipInput } from './dto/membership.input';
import { MembershipsService } from './memberships.service';
import { CollectiveModel, MembershipModel } from './models/collective.model';

@Resolver(() => MembershipModel)
export class MembershipsResolver {
  constructor(
    private readonly service: MembershipsService,
    private readonly access: AccessService,
  ) {}

  @Mutation(() => MembershipModel, {
    description: 'Add a person to a collective. CONFLICT when they already belong to it (or did, on those dates).',
  })
  async addMembership(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AddMembershipInput,
  ): Promise<MembershipModel> {
    return toMembershipModel(await this.service.add(viewer, input));
  }

  @Mutation(() => MembershipModel)
  async updateMembership(
    @CurrentViewer() viewer: Viewer,
    @Args() { id }: IdArgs,
    @Args('input') input: UpdateMembershipInput,
  ): Promise<MembershipModel> {
    return toMembershipModel(await this.service.update(viewer, id, input));
  }

  @Mutation(() => MembershipModel, { description: 'End a membership (keeps its history); `until` defaults to today.' })
  async endMembership(@CurrentViewer() viewer: Viewer, @Args() args: EndArgs): Promise<MembershipModel> {
    return toMembershipModel(await this.service.end(viewer, args.id, args.until ?? undefined));
  }

  @Mutation(() => ID, {
    description: 'Delete a membership recorded by mistake (someone who left is ended, not deleted). Returns the id.',
  })
  deleteMembership(@CurrentViewer() viewer: Viewer, @Args() { id }: IdArgs): Promise<string> {
    return this.service.remove(viewer, id);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Null when they live outside your places.' })
  async person(
    @CurrentViewer() viewer: Viewer,
    @Parent() membership: MembershipModel,
    @Context() ctx: GqlContext,
  ): Promise<PersonModel | null> {
    const scope = await this.access.placeScope(viewer);
    const person = await ctx.loaders.person.load(membership.personId);
    return person && scope.has(person.homePlaceId) ? toPersonModel(person) : null;
  }

  @ResolveField(() => CollectiveModel, { nullable: true, description: 'Null when it is outside your places.' })
  async collective(
    @CurrentViewer() viewer: Viewer,
    @Parent() membership: MembershipModel,
    @Context() ctx: GqlContext,
  ): Promise<CollectiveModel | null> {
    const scope = await this.access.placeScope(viewer);
    const collective = await ctx.loaders.collective.load(membership.collectiveId);
    return collective && scope.has(collective.placeId) ? toCollectiveModel(collective) : null;
  }
}
