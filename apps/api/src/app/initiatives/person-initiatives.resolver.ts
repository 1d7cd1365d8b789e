/** The initiative side of a Person: kept here so the people feature does not depend on initiatives. */
import { Context, Parent, ResolveField, Resolver, Args } from '@nestjs/graphql';
import { isValidAt } from '@weefsel/domain';
import { AccessService } from '../auth/access.service';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { AsOfArgs } from '../collectives/dto/id.args';
import { today } from '../common/dates';
import { GqlContext } from '../graphql/loaders';
import { PersonModel } from '../people/models/person.model';
import { InitiativeEntity } from './initiative.entity';
import { toInitiativeModel, toParticipationModel } from './initiative.mappers';
import { InitiativeModel, ParticipationModel } from './models/initiative.model';

@Resolver(() => PersonModel)
export class PersonInitiativesResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => [ParticipationModel], {
    description: 'Participations in initiatives of your places, including ended ones.',
  })
  async participations(
    @CurrentViewer() viewer: Viewer,
    @Parent() person: PersonModel,
    @Context() ctx: GqlContext,
  ): Promise<ParticipationModel[]> {
    const participations = await ctx.loaders.participationsByPerson.load(person.id);
    const visible = await this.visibleInitiatives(
      viewer,
      ctx,
      participations.map((p) => p.initiativeId),
    );
    return participations.filter((p) => visible.has(p.initiativeId)).map(toParticipationModel);
  }

  @ResolveField(() => [InitiativeModel], {
    description: 'Initiatives of your places they take part in on `asOf` (default today).',
  })
  async initiatives(
    @CurrentViewer() viewer: Viewer,
    @Parent() person: PersonModel,
    @Args() args: AsOfArgs,
    @Context() ctx: GqlContext,
  ): Promise<InitiativeModel[]> {
    const day = args.asOf ?? today();
    const participations = (await ctx.loaders.participationsByPerson.load(person.id)).filter((p) => isValidAt(p, day));
    const visible = await this.visibleInitiatives(
      viewer,
      ctx,
      participations.map((p) => p.initiativeId),
    );
    return [...visible.values()]
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
      .map(toInitiativeModel);
  }

  private async visibleInitiatives(
    viewer: Viewer,
    ctx: GqlContext,
    ids: readonly string[],
  ): Promise<Map<string, InitiativeEntity>> {
    const scope = await this.access.placeScope(viewer);
    const initiatives = await ctx.loaders.initiative.loadMany([...new Set(ids)]);
    const visible = new Map<string, InitiativeEntity>();
    for (const i of initiatives) {
      if (i && !(i instanceof Error) && scope.has(i.placeId)) visible.set(i.id, i);
    }
    return visible;
  }
}
