import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { TIE_STRENGTH_MAX, TIE_STRENGTH_MIN } from '@weefsel/domain';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { GraphQLJSONObject } from '../../audit/json-object.scalar';
import { PlaceHealthDeltaModel, PlaceHealthModel } from './place-health.model';

@ObjectType('SuggestionExplanation')
export class SuggestionExplanationModel {
  @Field()
  nl: string;

  @Field()
  en: string;
}

@ObjectType('SuggestionReason')
export class SuggestionReasonModel {
  @Field()
  code: string;

  @Field(() => GraphQLJSONObject, { description: 'the ids and numbers behind the reason' })
  detail: Record<string, unknown>;
}

@ObjectType('SuggestionEffect', { description: 'Predicted change of the place’s figures (what-if), after − before.' })
export class SuggestionEffectModel {
  @Field({ description: 'ADD_TIE (if the proposed tie is made), END_TIES (if the tie is lost), NONE' })
  scenario: string;

  @Field(() => Int)
  residentsLeavingIsolation: number;

  @Field(() => Int)
  residentsBecomingIsolated: number;

  @Field(() => Int)
  isolatedChange: number;

  @Field(() => Int)
  atRiskChange: number;

  @Field(() => Int)
  tiesChange: number;

  @Field(() => Int)
  componentsChange: number;

  @Field(() => Float)
  largestComponentShareChange: number;

  @Field(() => Float, { nullable: true })
  bridgingShareChange: number | null;

  @Field(() => Float, { nullable: true })
  meanDegreeChange: number | null;

  @Field(() => Int)
  bridgesChange: number;

  @Field(() => Int)
  articulationPointsChange: number;
}

@ObjectType('ProposedTie')
export class ProposedTieModel {
  @Field(() => ID)
  personAId: string;

  @Field(() => ID)
  personBId: string;
}

@ObjectType('Suggestion', { description: 'A gap-filler action, ranked and explained, with its predicted effect.' })
export class SuggestionModel {
  @Field(() => ID, { description: 'stable across requests for the same situation' })
  id: string;

  @Field({
    description:
      'INTRODUCE_TO_CONNECTOR, INTRODUCE_TO_COLLECTIVE, INTRODUCE_TO_INITIATIVE, BRIDGE_GROUPS, BACK_UP_SINGLE_INITIATOR, CHECK_UNCONFIRMED_TIE',
  })
  kind: string;

  @Field(() => Int)
  rank: number;

  @Field(() => Float)
  score: number;

  @Field(() => [ID], { description: 'the people involved, the one to help first' })
  people: string[];

  @Field(() => ID, { nullable: true })
  collectiveId: string | null;

  @Field(() => ID, { nullable: true })
  initiativeId: string | null;

  @Field(() => ID, { nullable: true })
  tieId: string | null;

  @Field(() => ProposedTieModel, { nullable: true })
  proposedTie: ProposedTieModel | null;

  @Field(() => [SuggestionReasonModel])
  reasons: SuggestionReasonModel[];

  @Field(() => SuggestionExplanationModel)
  explanation: SuggestionExplanationModel;

  @Field(() => SuggestionEffectModel)
  effect: SuggestionEffectModel;
}

@InputType()
export class WhatIfTieInput {
  @Field(() => ID)
  @IsUUID()
  personAId: string;

  @Field(() => ID)
  @IsUUID()
  personBId: string;

  @Field(() => Int, { nullable: true, description: 'default 2 (a new acquaintance)' })
  @IsOptional()
  @IsInt()
  @Min(TIE_STRENGTH_MIN)
  @Max(TIE_STRENGTH_MAX)
  strength?: number;
}

@ObjectType('WhatIfPerson')
export class WhatIfPersonModel {
  @Field(() => ID)
  personId: string;

  @Field(() => Int)
  degreeBefore: number;

  @Field(() => Int)
  degreeAfter: number;

  @Field()
  isolatedBefore: boolean;

  @Field()
  isolatedAfter: boolean;

  @Field()
  atRiskBefore: boolean;

  @Field()
  atRiskAfter: boolean;
}

@ObjectType('WhatIf', { description: 'The place’s figures before and after ties are added or ended.' })
export class WhatIfModel {
  @Field(() => PlaceHealthModel)
  before: PlaceHealthModel;

  @Field(() => PlaceHealthModel)
  after: PlaceHealthModel;

  @Field(() => PlaceHealthDeltaModel)
  delta: PlaceHealthDeltaModel;

  @Field(() => [WhatIfPersonModel], { description: 'the people the change touches' })
  people: WhatIfPersonModel[];
}
