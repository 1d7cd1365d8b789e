import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isValidAt } from '@weefsel/domain';
import { AccessService } from '../auth/access.service';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { toCollectiveModel } from '../collectives/collective.mappers';
import { IdArgs, PeriodsArgs } from '../collectives/dto/id.args';
import { CollectiveModel } from '../collectives/models/collective.model';
import { today } from '../common/dates';
import { GqlContext } from '../graphql/loaders';
import { PlaceModel } from '../places/models/place.model';
import { toPlaceModel } from '../places/places.service';
import { TieModel } from '../ties/models/tie.model';
import { toTieModel } from '../ties/ties.service';
import { CreateInitiativeInput, UpdateInitiativeInput } from './dto/initiative.input';
import { InitiativesArgs, SetSupportingCollectivesArgs } from './dto/initiatives.args';
import { toInitiativeModel, toParticipationModel } from './initiative.mappers';
import { InitiativesService } from './initiatives.service';
import { InitiativeConnection, InitiativeModel, ParticipationModel } from './models/initiative.model';

@Resolver(() => InitiativeModel)
export class InitiativesResolver {
  constructor(
    private readonly service: InitiativesService,
    private readonly access: AccessService,
  ) {}

  @Query(() => InitiativeConnection, { description: 'Initiatives of a place and everything below it (WORKER).' })
  initiatives(@CurrentViewer() viewer: Viewer, @Args() args: InitiativesArgs): Promise<InitiativeConnection> {
    return this.service.list(viewer, args);
  }

  @Query(() => InitiativeModel)
  async initiative(@CurrentViewer() viewer: Viewer, @Args() { id }: IdArgs): Promise<InitiativeModel> {
    return toInitiativeModel(await this.service.get(viewer, id));
  }

  @Mutation(() => InitiativeModel)
  async createInitiative(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateInitiativeInput,
  ): Promise<InitiativeModel> {
    return toInitiativeModel(await this.service.create(viewer, input));
  }

  @Mutation(() => InitiativeModel, {
    description: 'Change phase, dates, what it means for the street, support needed.',
  })
  async updateInitiative(
    @CurrentViewer() viewer: Viewer,
    @Args() { id }: IdArgs,
    @Args('input') input: UpdateInitiativeInput,
  ): Promise<InitiativeModel> {
    return toInitiativeModel(await this.service.update(viewer, id, input));
  }

  @Mutation(() => ID, {
    description:
      'Delete an initiative recorded by mistake. CONFLICT while it has participations (current or ended) or ties ' +
      'record it as where people met; set its phase to ENDED instead. Returns the id.',
  })
  deleteInitiative(@CurrentViewer() viewer: Viewer, @Args() { id }: IdArgs): Promise<string> {
    return this.service.remove(viewer, id);
  }

  @Mutation(() => InitiativeModel, {
    description:
      'Replace the collectives (in your places) that support an initiative; support by collectives outside your ' +
      'places is left as it is.',
  })
  async setSupportingCollectives(
    @CurrentViewer() viewer: Viewer,
    @Args() args: SetSupportingCollectivesArgs,
  ): Promise<InitiativeModel> {
    return toInitiativeModel(
      await this.service.setSupportingCollectives(viewer, args.initiativeId, args.collectiveIds),
    );
  }

  @ResolveField(() => PlaceModel, { nullable: true })
  async place(@Parent() initiative: InitiativeModel, @Context() ctx: GqlContext): Promise<PlaceModel | null> {
    const place = await ctx.loaders.place.load(initiative.placeId);
    return place ? toPlaceModel(place) : null;
  }

  @ResolveField(() => [ParticipationModel], {
    description:
      'Participations of people in your places: by default those valid today (or on `asOf`); `includeEnded` ' +
      'gives the history.',
  })
  async participations(
    @CurrentViewer() viewer: Viewer,
    @Parent() initiative: InitiativeModel,
    @Args() args: PeriodsArgs,
    @Context() ctx: GqlContext,
  ): Promise<ParticipationModel[]> {
    const scope = await this.access.placeScope(viewer);
    const day = args.asOf ?? today();
    const participations = (await ctx.loaders.participationsByInitiative.load(initiative.id)).filter(
      (p) => args.includeEnded || isValidAt(p, day),
    );
    const people = await ctx.loaders.person.loadMany([...new Set(participations.map((p) => p.personId))]);
    const visible = new Set(
      people
        .filter((p): p is Exclude<typeof p, Error | null> => !!p && !(p instanceof Error) && scope.has(p.homePlaceId))
        .map((p) => p.id),
    );
    return participations.filter((p) => visible.has(p.personId)).map(toParticipationModel);
  }

  @ResolveField(() => [CollectiveModel], { description: 'Collectives in your places that support it.' })
  async supportingCollectives(
    @CurrentViewer() viewer: Viewer,
    @Parent() initiative: InitiativeModel,
    @Context() ctx: GqlContext,
  ): Promise<CollectiveModel[]> {
    const scope = await this.access.placeScope(viewer);
    return (await ctx.loaders.supportingCollectives.load(initiative.id))
      .filter((c) => scope.has(c.placeId))
      .map(toCollectiveModel);
  }

  @ResolveField(() => [TieModel], {
    description:
      'Ties that started through this initiative (lesson 2: what it means for small neighbour contacts), between ' +
      'people in your places: by default those valid today (or on `asOf`); `includeEnded` gives all it created.',
  })
  async tiesCreated(
    @CurrentViewer() viewer: Viewer,
    @Parent() initiative: InitiativeModel,
    @Args() args: PeriodsArgs,
    @Context() ctx: GqlContext,
  ): Promise<TieModel[]> {
    const scope = await this.access.placeScope(viewer);
    const day = args.asOf ?? today();
    return (await ctx.loaders.tiesByOrigin.load(initiative.id))
      .filter((row) => scope.has(row.homePlaceA) && scope.has(row.homePlaceB))
      .filter((row) => args.includeEnded || isValidAt(row.tie, day))
      .map((row) => toTieModel(row.tie));
  }
}
