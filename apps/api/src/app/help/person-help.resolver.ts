import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService } from '../auth/access.service';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { GqlContext } from '../graphql/loaders';
import { PersonModel } from '../people/models/person.model';
import { PersonHelpOffersArgs, PersonHelpRequestsArgs } from './dto/help.args';
import { HelpLoaderFactory } from './help.loaders';
import { toHelpOfferModel, toHelpRequestModel } from './help.service';
import { HelpOfferModel, HelpRequestModel } from './models/help.model';

/** Adds a resident's help requests and offers to a Person, without the people feature knowing about help. */
@Resolver(() => PersonModel)
export class PersonHelpResolver {
  constructor(
    private readonly access: AccessService,
    private readonly loaders: HelpLoaderFactory,
  ) {}

  @ResolveField(() => [HelpRequestModel], { description: 'What they asked for, newest first.' })
  async helpRequests(
    @CurrentViewer() viewer: Viewer,
    @Parent() person: PersonModel,
    @Args() args: PersonHelpRequestsArgs,
    @Context() ctx: GqlContext,
  ): Promise<HelpRequestModel[]> {
    if (!(await this.visible(viewer, person))) return [];
    return (await this.loaders.for(ctx.req).requestsByPerson.load(person.id))
      .filter((r) => !args.status || r.status === args.status)
      .map(toHelpRequestModel);
  }

  @ResolveField(() => [HelpOfferModel], { description: 'What they offered, newest first.' })
  async helpOffers(
    @CurrentViewer() viewer: Viewer,
    @Parent() person: PersonModel,
    @Args() args: PersonHelpOffersArgs,
    @Context() ctx: GqlContext,
  ): Promise<HelpOfferModel[]> {
    if (!(await this.visible(viewer, person))) return [];
    return (await this.loaders.for(ctx.req).offersByPerson.load(person.id))
      .filter((o) => !args.status || o.status === args.status)
      .map(toHelpOfferModel);
  }

  private async visible(viewer: Viewer, person: PersonModel): Promise<boolean> {
    this.access.assertPersonalData(viewer);
    return (await this.access.placeScope(viewer)).has(person.homePlaceId);
  }
}
