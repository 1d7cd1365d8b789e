import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService } from '../auth/access.service';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { EndArgs, IdArgs } from '../collectives/dto/id.args';
import { GqlContext } from '../graphql/loaders';
import { PersonModel } from '../people/models/person.model';
import { toPersonModel } from '../people/people.service';
import { AddParticipationInput, UpdateParticipationInput } from './dto/participation.input';
import { toInitiativeModel, toParticipationModel } from './initiative.mappers';
import { InitiativeModel, ParticipationModel } from './models/initiative.model';
import { ParticipationsService } from './participations.service';

@Resolver(() => ParticipationModel)
export class ParticipationsResolver {
  constructor(
    private readonly service: ParticipationsService,
    private readonly access: AccessService,
  ) {}

  @Mutation(() => ParticipationModel, {
    description: 'Record that a person takes part in an initiative. CONFLICT when they already do (on those dates).',
  })
  async addParticipation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AddParticipationInput,
  ): Promise<ParticipationModel> {
    return toParticipationModel(await this.service.add(viewer, input));
  }

  @Mutation(() => ParticipationModel)
  async updateParticipation(
    @CurrentViewer() viewer: Viewer,
    @Args() { id }: IdArgs,
    @Args('input') input: UpdateParticipationInput,
  ): Promise<ParticipationModel> {
    return toParticipationModel(await this.service.update(viewer, id, input));
  }

  @Mutation(() => ParticipationModel, {
    description: 'End a participation (keeps its history); `until` defaults to today.',
  })
  async endParticipation(@CurrentViewer() viewer: Viewer, @Args() args: EndArgs): Promise<ParticipationModel> {
    return toParticipationModel(await this.service.end(viewer, args.id, args.until ?? undefined));
  }

  @Mutation(() => ID, {
    description: 'Delete a participation recorded by mistake (someone who stopped is ended, not deleted).',
  })
  deleteParticipation(@CurrentViewer() viewer: Viewer, @Args() { id }: IdArgs): Promise<string> {
    return this.service.remove(viewer, id);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Null when they live outside your places.' })
  async person(
    @CurrentViewer() viewer: Viewer,
    @Parent() participation: ParticipationModel,
    @Context() ctx: GqlContext,
  ): Promise<PersonModel | null> {
    const scope = await this.access.placeScope(viewer);
    const person = await ctx.loaders.person.load(participation.personId);
    return person && scope.has(person.homePlaceId) ? toPersonModel(person) : null;
  }

  @ResolveField(() => InitiativeModel, { nullable: true, description: 'Null when it is outside your places.' })
  async initiative(
    @CurrentViewer() viewer: Viewer,
    @Parent() participation: ParticipationModel,
    @Context() ctx: GqlContext,
  ): Promise<InitiativeModel | null> {
    const scope = await this.access.placeScope(viewer);
    const initiative = await ctx.loaders.initiative.load(participation.initiativeId);
    return initiative && scope.has(initiative.placeId) ? toInitiativeModel(initiative) : null;
  }
}
