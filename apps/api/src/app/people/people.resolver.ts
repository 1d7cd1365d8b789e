import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isValidAt } from '@weefsel/domain';
import { AccessService } from '../auth/access.service';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { toCollectiveModel, toMembershipModel } from '../collectives/collective.mappers';
import { CollectiveModel, MembershipModel } from '../collectives/models/collective.model';
import { today } from '../common/dates';
import { LocalDateScalar } from '../common/local-date.scalar';
import { GqlContext } from '../graphql/loaders';
import { PlaceModel } from '../places/models/place.model';
import { toPlaceModel } from '../places/places.service';
import { TieModel } from '../ties/models/tie.model';
import { PersonTiesArgs } from '../ties/dto/ties.args';
import { toTieModel } from '../ties/ties.service';
import { CreatePersonInput, UpdatePersonInput } from './dto/person.input';
import { PeopleArgs } from './dto/people.args';
import { PersonConnection, PersonModel } from './models/person.model';
import { PeopleService, toPersonModel } from './people.service';

@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(
    private readonly service: PeopleService,
    private readonly access: AccessService,
  ) {}

  @Query(() => PersonConnection, { description: 'Residents of a place and everything below it (WORKER).' })
  people(@CurrentViewer() viewer: Viewer, @Args() args: PeopleArgs): Promise<PersonConnection> {
    return this.service.list(viewer, args);
  }

  @Query(() => PersonModel)
  async person(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<PersonModel> {
    return toPersonModel(await this.service.read(viewer, id));
  }

  @Mutation(() => PersonModel)
  async createPerson(@CurrentViewer() viewer: Viewer, @Args('input') input: CreatePersonInput): Promise<PersonModel> {
    return toPersonModel(await this.service.create(viewer, input));
  }

  @Mutation(() => PersonModel)
  async updatePerson(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdatePersonInput,
  ): Promise<PersonModel> {
    return toPersonModel(await this.service.update(viewer, id, input));
  }

  @Mutation(() => PersonModel, { description: 'Put a person on the watch-list, or take them off.' })
  async setWatchList(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('onWatchList') onWatchList: boolean,
  ): Promise<PersonModel> {
    return toPersonModel(await this.service.update(viewer, id, { onWatchList }));
  }

  @Mutation(() => ID, {
    description: 'Erase a person (AVG right to erasure): their ties, memberships and notes go with them.',
  })
  deletePerson(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.erase(viewer, id);
  }

  @ResolveField(() => PlaceModel, { description: 'The street they live in.' })
  async homePlace(@Parent() person: PersonModel, @Context() ctx: GqlContext): Promise<PlaceModel | null> {
    const place = await ctx.loaders.place.load(person.homePlaceId);
    return place ? toPlaceModel(place) : null;
  }

  @ResolveField(() => [TieModel], {
    description: 'Ties with people in your places: by default those valid today; `includeEnded` gives the history.',
  })
  async ties(
    @CurrentViewer() viewer: Viewer,
    @Parent() person: PersonModel,
    @Args() args: PersonTiesArgs,
    @Context() ctx: GqlContext,
  ): Promise<TieModel[]> {
    const scope = await this.access.placeScope(viewer);
    const asOf = args.asOf ?? today();
    return (await ctx.loaders.tiesByPerson.load(person.id))
      .filter((row) => scope.has(row.homePlaceA) && scope.has(row.homePlaceB))
      .filter((row) => args.includeEnded || isValidAt(row.tie, asOf))
      .map((row) => toTieModel(row.tie));
  }

  @ResolveField(() => [MembershipModel], {
    description: 'Memberships of collectives in your places, including ended ones.',
  })
  async memberships(
    @CurrentViewer() viewer: Viewer,
    @Parent() person: PersonModel,
    @Context() ctx: GqlContext,
  ): Promise<MembershipModel[]> {
    const scope = await this.access.placeScope(viewer);
    const memberships = await ctx.loaders.membershipsByPerson.load(person.id);
    const collectives = await ctx.loaders.collective.loadMany([...new Set(memberships.map((m) => m.collectiveId))]);
    const visible = new Set(
      collectives
        .filter((c): c is Exclude<typeof c, Error | null> => !!c && !(c instanceof Error) && scope.has(c.placeId))
        .map((c) => c.id),
    );
    return memberships.filter((m) => visible.has(m.collectiveId)).map(toMembershipModel);
  }

  @ResolveField(() => [CollectiveModel], { description: 'Collectives they belong to on `asOf` (default today).' })
  async collectives(
    @CurrentViewer() viewer: Viewer,
    @Parent() person: PersonModel,
    @Context() ctx: GqlContext,
    @Args('asOf', { nullable: true, type: () => LocalDateScalar }) asOf?: string,
  ): Promise<CollectiveModel[]> {
    const scope = await this.access.placeScope(viewer);
    const day = asOf ?? today();
    const memberships = (await ctx.loaders.membershipsByPerson.load(person.id)).filter((m) => isValidAt(m, day));
    const collectives = await ctx.loaders.collective.loadMany([...new Set(memberships.map((m) => m.collectiveId))]);
    return collectives
      .filter((c): c is Exclude<typeof c, Error | null> => !!c && !(c instanceof Error) && scope.has(c.placeId))
      .map(toCollectiveModel);
  }
}
