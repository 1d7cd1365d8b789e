import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../common/local-date.scalar';
import { Paginated } from '../../common/pagination';
import {
  ProposedTieModel,
  SuggestionEffectModel,
  SuggestionExplanationModel,
} from '../../analytics/models/suggestion.model';
import {
  FollowUpOutcome,
  FollowUpStatus,
  SuggestionDecisionStatus,
  SuggestionDismissReason,
  WrittenLanguage,
} from '../suggestion-decision.rules';

registerEnumType(SuggestionDecisionStatus, {
  name: 'SuggestionDecisionStatus',
  description: 'ACCEPTED (the introduction was logged and is followed up) or DISMISSED (with a reason).',
});
registerEnumType(SuggestionDismissReason, {
  name: 'SuggestionDismissReason',
  description:
    'Why a suggestion was dismissed. NOT_NOW keeps it off the list for 90 days, after which it may come back; ' +
    'the others keep it off for good (reopenSuggestion undoes a decision).',
});
registerEnumType(FollowUpStatus, { name: 'FollowUpStatus', description: 'OPEN until the follow-up is completed.' });
registerEnumType(FollowUpOutcome, {
  name: 'FollowUpOutcome',
  description:
    'TIE_MADE (they know each other now: the proposed tie is recorded), NO_TIE (it did not work out), ' +
    'TRY_AGAIN (not yet: a new follow-up date is set).',
});
registerEnumType(WrittenLanguage, {
  name: 'WrittenLanguage',
  description: 'The language in which Weefsel writes the contact log summary and the tie note for you.',
});

@ObjectType('SuggestionDecisionWorker', { description: 'The community worker who decided or completed.' })
export class SuggestionDecisionWorkerModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}

@ObjectType('SuggestionDecision', {
  description:
    'A worker’s decision about a gap-filler suggestion, with the suggestion as it was then (kind, people, ' +
    'explanation, predicted effect) and, when accepted, its follow-up.',
})
export class SuggestionDecisionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'the id of the suggestion decided on (Suggestion.id)' })
  suggestionId: string;

  @Field(() => ID, { description: 'the place whose suggestions it came from' })
  placeId: string;

  @Field(() => SuggestionDecisionStatus)
  status: SuggestionDecisionStatus;

  @Field({ description: 'the suggestion’s kind (Suggestion.kind)' })
  kind: string;

  @Field(() => [ID], { description: 'the people involved, the one to help first' })
  personIds: string[];

  @Field(() => SuggestionExplanationModel)
  explanation: SuggestionExplanationModel;

  @Field(() => SuggestionEffectModel, { description: 'the predicted effect when it was decided' })
  effect: SuggestionEffectModel;

  @Field(() => ProposedTieModel, { nullable: true })
  proposedTie: ProposedTieModel | null;

  @Field(() => ID, { nullable: true })
  collectiveId: string | null;

  @Field(() => ID, { nullable: true })
  initiativeId: string | null;

  @Field(() => LocalDateScalar)
  decidedOn: string;

  @Field({ description: 'when the decision was recorded' })
  decidedAt: Date;

  @Field(() => SuggestionDismissReason, { nullable: true, description: 'DISMISSED only' })
  reason: SuggestionDismissReason | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true, description: 'the introduction in the contact log (ACCEPTED)' })
  contactMomentId: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'ACCEPTED only' })
  followUpOn: string | null;

  @Field(() => FollowUpStatus, { nullable: true, description: 'ACCEPTED only' })
  followUpStatus: FollowUpStatus | null;

  @Field({ description: 'an open follow-up whose date has come (today or earlier)' })
  due: boolean;

  @Field(() => FollowUpOutcome, { nullable: true, description: 'the latest outcome (TRY_AGAIN leaves it open)' })
  outcome: FollowUpOutcome | null;

  @Field(() => String, { nullable: true })
  outcomeNote: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  completedOn: string | null;

  @Field(() => ID, { nullable: true, description: 'the tie made or confirmed (TIE_MADE)' })
  tieId: string | null;

  @Field(() => SuggestionDecisionWorkerModel)
  decidedBy: SuggestionDecisionWorkerModel;

  @Field(() => SuggestionDecisionWorkerModel, { nullable: true, description: 'who completed the follow-up' })
  completedBy: SuggestionDecisionWorkerModel | null;
}

@ObjectType()
export class SuggestionDecisionConnection extends Paginated(SuggestionDecisionModel) {}
