import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { SuggestionDecisionStatus } from '../suggestion-decision.rules';

@ArgsType()
export class SuggestionFollowUpsArgs {
  @Field(() => ID, { description: 'follow-ups of introductions of people living in this place or below it' })
  @IsUUID()
  placeId: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only open ones due today or earlier; false: only open ones not yet due; omitted: every open one',
  })
  @IsOptional()
  @IsBoolean()
  due?: boolean | null;

  @Field(() => Boolean, { defaultValue: false, description: 'also the completed ones (after the open ones)' })
  @IsBoolean()
  includeDone: boolean;
}

@ArgsType()
export class SuggestionDecisionsArgs extends PageArgs {
  @Field(() => ID, { description: 'decisions about people living in this place or below it' })
  @IsUUID()
  placeId: string;

  @Field(() => SuggestionDecisionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SuggestionDecisionStatus)
  status?: SuggestionDecisionStatus | null;
}
