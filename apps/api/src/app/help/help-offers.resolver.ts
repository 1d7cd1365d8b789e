import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService } from '../auth/access.service';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { GqlContext } from '../graphql/loaders';
import { PersonModel } from '../people/models/person.model';
import { toPersonModel } from '../people/people.service';
import { CreateHelpOfferInput, UpdateHelpOfferInput } from './dto/help.input';
import { HelpOffersArgs } from './dto/help.args';
import { HelpLoaderFactory } from './help.loaders';
import { HelpService, toHelpOfferModel, toHelpRequestModel } from './help.service';
import { HelpOfferConnection, HelpOfferModel, HelpRequestModel } from './models/help.model';

@Resolver(() => HelpOfferModel)
export class HelpOffersResolver {
  constructor(
    private readonly service: HelpService,
    private readonly access: AccessService,
    private readonly loaders: HelpLoaderFactory,
  ) {}

  @Query(() => HelpOfferConnection, {
    description: 'Help offers of residents of a place and everything below it, newest first (WORKER).',
  })
  helpOffers(@CurrentViewer() viewer: Viewer, @Args() args: HelpOffersArgs): Promise<HelpOfferConnection> {
    return this.service.listOffers(viewer, args);
  }

  @Query(() => HelpOfferModel)
  async helpOffer(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ): Promise<HelpOfferModel> {
    return toHelpOfferModel(await this.service.readOffer(viewer, id));
  }

  @Mutation(() => HelpOfferModel, { description: 'Record that a resident offers help or company.' })
  async createHelpOffer(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateHelpOfferInput,
  ): Promise<HelpOfferModel> {
    return toHelpOfferModel(await this.service.createOffer(viewer, input));
  }

  @Mutation(() => HelpOfferModel, { description: 'Change an offer; a matched offer keeps its status until unmatched.' })
  async updateHelpOffer(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
    @Args('input') input: UpdateHelpOfferInput,
  ): Promise<HelpOfferModel> {
    return toHelpOfferModel(await this.service.updateOffer(viewer, id, input));
  }

  @Mutation(() => ID, { description: 'Delete an offer recorded by mistake (undo its match first).' })
  deleteHelpOffer(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ): Promise<string> {
    return this.service.removeOffer(viewer, id);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'The resident who offers.' })
  async person(
    @CurrentViewer() viewer: Viewer,
    @Parent() offer: HelpOfferModel,
    @Context() ctx: GqlContext,
  ): Promise<PersonModel | null> {
    const scope = await this.access.placeScope(viewer);
    const person = await ctx.loaders.person.load(offer.personId);
    return person && scope.has(person.homePlaceId) ? toPersonModel(person) : null;
  }

  @ResolveField(() => HelpRequestModel, {
    nullable: true,
    description: 'The request it currently answers, when the resident who asked lives in your places.',
  })
  async matchedRequest(
    @CurrentViewer() viewer: Viewer,
    @Parent() offer: HelpOfferModel,
    @Context() ctx: GqlContext,
  ): Promise<HelpRequestModel | null> {
    const request = await this.loaders.for(ctx.req).liveRequestByOffer.load(offer.id);
    if (!request) return null;
    const scope = await this.access.placeScope(viewer);
    const asker = await ctx.loaders.person.load(request.personId);
    return asker && scope.has(asker.homePlaceId) ? toHelpRequestModel(request) : null;
  }
}
