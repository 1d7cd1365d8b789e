import { Field, ID, InputType } from '@nestjs/graphql';
import { ContactChannel, ContactSignal, LIMITS } from '@weefsel/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { LocalDateScalar } from '../../common/local-date.scalar';

const SIGNALS_MAX = Object.keys(ContactSignal).length;

@InputType()
export class LogContactMomentInput {
  @Field(() => [ID], { description: `The residents met: 1 to ${LIMITS.personsPerContactMax}, all in your places.` })
  @IsArray()
  @ArrayMinSize(1, { message: 'A contact moment is with at least one resident.' })
  @ArrayMaxSize(LIMITS.personsPerContactMax, {
    message: `A contact moment lists at most ${LIMITS.personsPerContactMax} residents; log a larger meeting as an initiative.`,
  })
  @IsUUID('all', { each: true })
  personIds: string[];

  @Field(() => ID, { description: 'Where it happened (usually the street), one of your places.' })
  @IsUUID()
  placeId: string;

  @Field(() => ContactChannel)
  @IsEnum(ContactChannel)
  channel: ContactChannel;

  @Field(() => LocalDateScalar, { description: 'The day it happened; not in the future.' })
  @IsString()
  occurredOn: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Write a short summary of the contact.' })
  @MaxLength(LIMITS.textMax)
  summary: string;

  @Field(() => [ContactSignal], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(SIGNALS_MAX)
  @IsEnum(ContactSignal, { each: true })
  signals: ContactSignal[];
}

@InputType({ description: 'Only the worker who logged a contact moment may change it.' })
export class UpdateContactMomentInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'Write a short summary of the contact.' })
  @MaxLength(LIMITS.textMax)
  summary?: string;

  @Field(() => [ContactSignal], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SIGNALS_MAX)
  @IsEnum(ContactSignal, { each: true })
  signals?: ContactSignal[];

  @Field(() => ContactChannel, { nullable: true })
  @IsOptional()
  @IsEnum(ContactChannel)
  channel?: ContactChannel;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it happened; not in the future.' })
  @IsOptional()
  @IsString()
  occurredOn?: string;
}
