import { Field, ID, InputType } from '@nestjs/graphql';
import { ContactChannel, LIMITS } from '@weefsel/domain';
import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { LocalDateScalar } from '../../common/local-date.scalar';
import { WrittenLanguage } from '../suggestion-decision.rules';

@InputType({ description: 'Take up a suggestion: the introduction is logged as a contact moment and followed up.' })
export class AcceptSuggestionInput {
  @Field(() => ID, { description: 'the place whose suggestions it is among' })
  @IsUUID()
  placeId: string;

  @Field(() => ID, { description: 'Suggestion.id' })
  @IsString()
  @Matches(/^sg-[0-9a-f]{16}$/, { message: 'suggestionId is not the id of a suggestion.' })
  suggestionId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'when the suggestion came from a person’s list (Person.suggestions): that person',
  })
  @IsOptional()
  @IsUUID()
  personId?: string | null;

  @Field(() => ContactChannel, { defaultValue: ContactChannel.STREET })
  @IsEnum(ContactChannel)
  channel: ContactChannel;

  @Field(() => LocalDateScalar, { nullable: true, description: 'the day of the introduction (default today)' })
  @IsOptional()
  @IsString()
  occurredOn?: string | null;

  @Field(() => String, { nullable: true, description: 'added to the contact log summary' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  note?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'when to follow it up (default 14 days later)' })
  @IsOptional()
  @IsString()
  followUpOn?: string | null;

  @Field(() => WrittenLanguage, {
    nullable: true,
    description: 'the language of the contact log summary (default: Dutch and English)',
  })
  @IsOptional()
  @IsEnum(WrittenLanguage)
  language?: WrittenLanguage | null;
}
