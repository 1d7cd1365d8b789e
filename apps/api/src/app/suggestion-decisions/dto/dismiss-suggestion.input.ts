import { Field, ID, InputType } from '@nestjs/graphql';
import { LIMITS } from '@weefsel/domain';
import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { SuggestionDismissReason } from '../suggestion-decision.rules';

@InputType({ description: 'Set a suggestion aside, with the reason (a note is required for OTHER).' })
export class DismissSuggestionInput {
  @Field(() => ID)
  @IsUUID()
  placeId: string;

  @Field(() => ID)
  @IsString()
  @Matches(/^sg-[0-9a-f]{16}$/, { message: 'suggestionId is not the id of a suggestion.' })
  suggestionId: string;

  @Field(() => ID, { nullable: true, description: 'when the suggestion came from a person’s list' })
  @IsOptional()
  @IsUUID()
  personId?: string | null;

  @Field(() => SuggestionDismissReason, {
    description: 'NOT_NOW: the suggestion may come back after 90 days; any other reason keeps it away',
  })
  @IsEnum(SuggestionDismissReason, { message: 'Choose why you dismiss the suggestion.' })
  reason: SuggestionDismissReason;

  @Field(() => String, { nullable: true, description: 'required when the reason is OTHER' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  note?: string | null;
}
