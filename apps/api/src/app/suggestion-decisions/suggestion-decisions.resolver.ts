import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService } from '../auth/access.service';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { ContactMomentModel } from '../contact-moments/models/contact-moment.model';
import { GqlContext } from '../graphql/loaders';
import { PersonModel } from '../people/models/person.model';
import { toPersonModel } from '../people/people.service';
import { PersonEntity } from '../people/person.entity';
import { AcceptSuggestionInput } from './dto/accept-suggestion.input';
import { CompleteFollowUpInput } from './dto/complete-follow-up.input';
import { DismissSuggestionInput } from './dto/dismiss-suggestion.input';
import { SuggestionDecisionsArgs, SuggestionFollowUpsArgs } from './dto/suggestion-decisions.args';
import { SuggestionDecisionConnection, SuggestionDecisionModel } from './models/suggestion-decision.model';
import { SuggestionDecisionsService } from './suggestion-decisions.service';

@Resolver(() => SuggestionDecisionModel)
export class SuggestionDecisionsResolver {
  constructor(
    private readonly service: SuggestionDecisionsService,
    private readonly access: AccessService,
  ) {}

  @Mutation(() => SuggestionDecisionModel, {
    description:
      'Take up a gap-filler suggestion (WORKER): the introduction is logged as a contact moment with the people ' +
      'involved and a follow-up is planned (default in 14 days). The suggestion leaves the list.',
  })
  acceptSuggestion(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AcceptSuggestionInput,
  ): Promise<SuggestionDecisionModel> {
    return this.service.accept(viewer, input);
  }

  @Mutation(() => SuggestionDecisionModel, {
    description:
      'Dismiss a gap-filler suggestion with a reason (WORKER). It leaves the list; one dismissed as NOT_NOW may ' +
      'come back after 90 days.',
  })
  dismissSuggestion(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: DismissSuggestionInput,
  ): Promise<SuggestionDecisionModel> {
    return this.service.dismiss(viewer, input);
  }

  @Mutation(() => SuggestionDecisionModel, {
    description:
      'Record how an introduction turned out (WORKER). TIE_MADE records the proposed tie (an acquaintance, ' +
      'strength 2, observed by you, since that day) in the same step; TRY_AGAIN plans a new follow-up.',
  })
  completeFollowUp(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CompleteFollowUpInput,
  ): Promise<SuggestionDecisionModel> {
    return this.service.completeFollowUp(viewer, input);
  }

  @Mutation(() => ID, {
    description:
      'Undo a decision (WORKER): the suggestion may come back. The contact moment and any tie recorded stay.',
  })
  reopenSuggestion(
    @CurrentViewer() viewer: Viewer,
    @Args('decisionId', { type: () => ID }, ParseUUIDPipe) decisionId: string,
  ): Promise<string> {
    return this.service.reopen(viewer, decisionId);
  }

  @Query(() => [SuggestionDecisionModel], {
    description:
      'Accepted suggestions and their follow-ups, for people of a place (WORKER): open ones first, earliest first.',
  })
  suggestionFollowUps(
    @CurrentViewer() viewer: Viewer,
    @Args() args: SuggestionFollowUpsArgs,
  ): Promise<SuggestionDecisionModel[]> {
    return this.service.followUps(viewer, args);
  }

  @Query(() => SuggestionDecisionConnection, {
    description: 'Every decision on gap-filler suggestions about people of a place, newest first (WORKER).',
  })
  suggestionDecisions(
    @CurrentViewer() viewer: Viewer,
    @Args() args: SuggestionDecisionsArgs,
  ): Promise<SuggestionDecisionConnection> {
    return this.service.history(viewer, args);
  }

  @ResolveField(() => [PersonModel], { description: 'The people involved who live in your places, in order.' })
  async people(
    @CurrentViewer() viewer: Viewer,
    @Parent() decision: SuggestionDecisionModel,
    @Context() ctx: GqlContext,
  ): Promise<PersonModel[]> {
    const scope = await this.access.placeScope(viewer);
    const people = await ctx.loaders.person.loadMany(decision.personIds);
    return people
      .filter((p): p is PersonEntity => !!p && !(p instanceof Error) && scope.has(p.homePlaceId))
      .map(toPersonModel);
  }

  @ResolveField(() => ContactMomentModel, { nullable: true, description: 'The introduction in the contact log.' })
  contactMoment(
    @CurrentViewer() viewer: Viewer,
    @Parent() decision: SuggestionDecisionModel,
  ): Promise<ContactMomentModel | null> | null {
    return decision.contactMomentId ? this.service.contactMoment(viewer, decision.contactMomentId) : null;
  }
}
