import { Field, ID, InputType } from '@nestjs/graphql';
import { InitiativeKind, InitiativePhase, LIMITS } from '@weefsel/domain';
import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { LocalDateScalar } from '../../common/local-date.scalar';

const NOT_BLANK = /\S/;

@InputType()
export class CreateInitiativeInput {
  @Field()
  @IsString()
  @Matches(NOT_BLANK, { message: 'An initiative needs a name.' })
  @MaxLength(LIMITS.nameMax)
  name: string;

  @Field(() => InitiativeKind)
  @IsEnum(InitiativeKind)
  kind: InitiativeKind;

  @Field(() => InitiativePhase, { defaultValue: InitiativePhase.IDEA })
  @IsEnum(InitiativePhase)
  phase: InitiativePhase;

  @Field(() => ID, { description: 'Where it happens: a street, buurt, wijk, …' })
  @IsUUID()
  placeId: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  startedOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Defaults to today when the phase is ENDED.' })
  @IsOptional()
  @IsString()
  endedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  meaningForStreet?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  supportNeeded?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.externalIdMax)
  externalId?: string | null;
}

@InputType()
export class UpdateInitiativeInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'An initiative needs a name.' })
  @MaxLength(LIMITS.nameMax)
  name?: string;

  @Field(() => InitiativeKind, { nullable: true })
  @IsOptional()
  @IsEnum(InitiativeKind)
  kind?: InitiativeKind;

  @Field(() => InitiativePhase, {
    nullable: true,
    description: 'ENDED records today as endedOn unless given; leaving ENDED clears endedOn unless given.',
  })
  @IsOptional()
  @IsEnum(InitiativePhase)
  phase?: InitiativePhase;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  placeId?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @IsString()
  startedOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @IsString()
  endedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  meaningForStreet?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  supportNeeded?: string | null;
}
