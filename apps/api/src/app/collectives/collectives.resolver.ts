import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isValidAt } from '@weefsel/domain';
import { AccessService } from '../auth/access.service';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { today } from '../common/dates';
import { GqlContext } from '../graphql/loaders';
import { PersonModel } from '../people/models/person.model';
import { toPersonModel } from '../people/people.service';
import { PersonEntity } from '../people/person.entity';
import { PlaceModel } from '../places/models/place.model';
import { toPlaceModel } from '../places/places.service';
import { toCollectiveModel, toMembershipModel } from './collective.mappers';
import { CollectivesService } from './collectives.service';
import { CreateCollectiveInput, UpdateCollectiveInput } from './dto/collective.input';
import { CollectivesArgs } from './dto/collectives.args';
import { AsOfArgs, IdArgs, PeriodsArgs } from './dto/id.args';
import { CollectiveConnection, CollectiveModel, MembershipModel } from './models/collective.model';

@Resolver(() => CollectiveModel)
export class CollectivesResolver {
  constructor(
    private readonly service: CollectivesService,
    private readonly access: AccessService,
  ) {}

  @Query(() => CollectiveConnection, { description: 'Collectives of a place and everything below it (WORKER).' })
  collectives(@CurrentViewer() viewer: Viewer, @Args() args: CollectivesArgs): Promise<CollectiveConnection> {
    return this.service.list(viewer, args);
  }

  @Query(() => CollectiveModel)
  async collective(@CurrentViewer() viewer: Viewer, @Args() { id }: IdArgs): Promise<CollectiveModel> {
    return toCollectiveModel(await this.service.get(viewer, id));
  }

  @Mutation(() => CollectiveModel)
  async createCollective(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateCollectiveInput,
  ): Promise<CollectiveModel> {
    return toCollectiveModel(await this.service.create(viewer, input));
  }

  @Mutation(() => CollectiveModel)
  async updateCollective(
    @CurrentViewer() viewer: Viewer,
    @Args() { id }: IdArgs,
    @Args('input') input: UpdateCollectiveInput,
  ): Promise<CollectiveModel> {
    return toCollectiveModel(await this.service.update(viewer, id, input));
  }

  @Mutation(() => ID, {
    description:
      'Delete a collective recorded by mistake. CONFLICT while it has memberships (current or ended: they are ' +
      'history) or supports initiatives. Returns the id.',
  })
  deleteCollective(@CurrentViewer() viewer: Viewer, @Args() { id }: IdArgs): Promise<string> {
    return this.service.remove(viewer, id);
  }

  @ResolveField(() => PlaceModel, { nullable: true })
  async place(@Parent() collective: CollectiveModel, @Context() ctx: GqlContext): Promise<PlaceModel | null> {
    const place = await ctx.loaders.place.load(collective.placeId);
    return place ? toPlaceModel(place) : null;
  }

  @ResolveField(() => [MembershipModel], {
    description:
      'Memberships of people in your places: by default those valid today (or on `asOf`); `includeEnded` gives ' +
      'the history.',
  })
  async memberships(
    @CurrentViewer() viewer: Viewer,
    @Parent() collective: CollectiveModel,
    @Args() args: PeriodsArgs,
    @Context() ctx: GqlContext,
  ): Promise<MembershipModel[]> {
    const day = args.asOf ?? today();
    const memberships = (await ctx.loaders.membershipsByCollective.load(collective.id)).filter(
      (m) => args.includeEnded || isValidAt(m, day),
    );
    const visible = await this.visiblePeople(
      viewer,
      ctx,
      memberships.map((m) => m.personId),
    );
    return memberships.filter((m) => visible.has(m.personId)).map(toMembershipModel);
  }

  @ResolveField(() => [PersonModel], { description: 'Members living in your places on `asOf` (default today).' })
  async members(
    @CurrentViewer() viewer: Viewer,
    @Parent() collective: CollectiveModel,
    @Args() args: AsOfArgs,
    @Context() ctx: GqlContext,
  ): Promise<PersonModel[]> {
    const day = args.asOf ?? today();
    const ids = (await ctx.loaders.membershipsByCollective.load(collective.id))
      .filter((m) => isValidAt(m, day))
      .map((m) => m.personId);
    const visible = await this.visiblePeople(viewer, ctx, ids);
    return [...visible.values()]
      .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.id.localeCompare(b.id))
      .map(toPersonModel);
  }

  @ResolveField(() => Int, {
    description:
      'Number of members on `asOf` (default today), counting also those who live outside your places: the size ' +
      'of the collective, not a list of people.',
  })
  async memberCount(
    @Parent() collective: CollectiveModel,
    @Args() args: AsOfArgs,
    @Context() ctx: GqlContext,
  ): Promise<number> {
    const day = args.asOf ?? today();
    const memberships = await ctx.loaders.membershipsByCollective.load(collective.id);
    return new Set(memberships.filter((m) => isValidAt(m, day)).map((m) => m.personId)).size;
  }

  /** The people among `ids` who live in the viewer's places, by id. */
  private async visiblePeople(
    viewer: Viewer,
    ctx: GqlContext,
    ids: readonly string[],
  ): Promise<Map<string, PersonEntity>> {
    const scope = await this.access.placeScope(viewer);
    const people = await ctx.loaders.person.loadMany([...new Set(ids)]);
    const visible = new Map<string, PersonEntity>();
    for (const p of people) {
      if (p && !(p instanceof Error) && scope.has(p.homePlaceId)) visible.set(p.id, p);
    }
    return visible;
  }
}
