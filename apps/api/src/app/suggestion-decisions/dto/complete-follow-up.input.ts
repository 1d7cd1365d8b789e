import { Field, ID, InputType } from '@nestjs/graphql';
import { LIMITS } from '@weefsel/domain';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { LocalDateScalar } from '../../common/local-date.scalar';
import { FollowUpOutcome, WrittenLanguage } from '../suggestion-decision.rules';

@InputType({ description: 'How an introduction turned out.' })
export class CompleteFollowUpInput {
  @Field(() => ID, { description: 'SuggestionDecision.id of an accepted suggestion' })
  @IsUUID()
  decisionId: string;

  @Field(() => FollowUpOutcome)
  @IsEnum(FollowUpOutcome, { message: 'Choose how the introduction turned out.' })
  outcome: FollowUpOutcome;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  note?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'the day it was followed up (default today); a tie made starts on this day',
  })
  @IsOptional()
  @IsString()
  completedOn?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'TRY_AGAIN: the next follow-up (default 14 days later)',
  })
  @IsOptional()
  @IsString()
  followUpOn?: string | null;

  @Field(() => WrittenLanguage, {
    nullable: true,
    description: 'the language of the note on a new tie (default Dutch)',
  })
  @IsOptional()
  @IsEnum(WrittenLanguage)
  language?: WrittenLanguage | null;
}
