import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService } from '../auth/access.service';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { GqlContext } from '../graphql/loaders';
import { PersonModel } from '../people/models/person.model';
import { toPersonModel } from '../people/people.service';
import { CreateHelpRequestInput, UpdateHelpRequestInput } from './dto/help.input';
import { HelpRequestsArgs, MatchHelpArgs } from './dto/help.args';
import { HelpLoaderFactory } from './help.loaders';
import { HelpService, toHelpOfferModel, toHelpRequestModel } from './help.service';
import { HelpOfferModel, HelpRequestConnection, HelpRequestModel } from './models/help.model';

@Resolver(() => HelpRequestModel)
export class HelpRequestsResolver {
  constructor(
    private readonly service: HelpService,
    private readonly access: AccessService,
    private readonly loaders: HelpLoaderFactory,
  ) {}

  @Query(() => HelpRequestConnection, {
    description: 'Help requests of residents of a place and everything below it, newest first (WORKER).',
  })
  helpRequests(@CurrentViewer() viewer: Viewer, @Args() args: HelpRequestsArgs): Promise<HelpRequestConnection> {
    return this.service.listRequests(viewer, args);
  }

  @Query(() => HelpRequestModel)
  async helpRequest(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ): Promise<HelpRequestModel> {
    return toHelpRequestModel(await this.service.readRequest(viewer, id));
  }

  @Mutation(() => HelpRequestModel, { description: 'Record that a resident asks for help or for contact.' })
  async createHelpRequest(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateHelpRequestInput,
  ): Promise<HelpRequestModel> {
    return toHelpRequestModel(await this.service.createRequest(viewer, input));
  }

  @Mutation(() => HelpRequestModel, {
    description: 'Change a request. Closing or withdrawing a matched request makes its helper available again.',
  })
  async updateHelpRequest(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
    @Args('input') input: UpdateHelpRequestInput,
  ): Promise<HelpRequestModel> {
    return toHelpRequestModel(await this.service.updateRequest(viewer, id, input));
  }

  @Mutation(() => ID, { description: 'Delete a request recorded by mistake.' })
  deleteHelpRequest(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ): Promise<string> {
    return this.service.removeRequest(viewer, id);
  }

  @Mutation(() => HelpRequestModel, {
    description: 'Match an open request with an available offer of someone else: both become MATCHED.',
  })
  async matchHelp(@CurrentViewer() viewer: Viewer, @Args() args: MatchHelpArgs): Promise<HelpRequestModel> {
    return toHelpRequestModel(await this.service.match(viewer, args.requestId, args.offerId));
  }

  @Mutation(() => HelpRequestModel, {
    description: 'Undo a match: the request is OPEN again and its offer AVAILABLE again.',
  })
  async unmatchHelp(
    @CurrentViewer() viewer: Viewer,
    @Args('requestId', { type: () => ID }, ParseUUIDPipe) requestId: string,
  ): Promise<HelpRequestModel> {
    return toHelpRequestModel(await this.service.unmatch(viewer, requestId));
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'The resident who asks.' })
  async person(
    @CurrentViewer() viewer: Viewer,
    @Parent() request: HelpRequestModel,
    @Context() ctx: GqlContext,
  ): Promise<PersonModel | null> {
    const scope = await this.access.placeScope(viewer);
    const person = await ctx.loaders.person.load(request.personId);
    return person && scope.has(person.homePlaceId) ? toPersonModel(person) : null;
  }

  @ResolveField(() => HelpOfferModel, {
    nullable: true,
    description: 'The offer that answers it (MATCHED, or CLOSED after the help), when its helper lives in your places.',
  })
  async matchedOffer(
    @CurrentViewer() viewer: Viewer,
    @Parent() request: HelpRequestModel,
    @Context() ctx: GqlContext,
  ): Promise<HelpOfferModel | null> {
    if (!request.matchedOfferId) return null;
    const offer = await this.loaders.for(ctx.req).offer.load(request.matchedOfferId);
    if (!offer) return null;
    const scope = await this.access.placeScope(viewer);
    const helper = await ctx.loaders.person.load(offer.personId);
    return helper && scope.has(helper.homePlaceId) ? toHelpOfferModel(offer) : null;
  }
}
