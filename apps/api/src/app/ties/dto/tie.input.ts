import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  EcogramFunction,
  LIMITS,
  TIE_STRENGTH_MAX,
  TIE_STRENGTH_MIN,
  TieKind,
  TieSource,
  TieVisibility,
} from '@weefsel/domain';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { LocalDateScalar } from '../../common/local-date.scalar';

@InputType()
export class CreateTieInput {
  @Field(() => ID)
  @IsUUID()
  personAId: string;

  @Field(() => ID)
  @IsUUID()
  personBId: string;

  @Field(() => TieKind)
  @IsEnum(TieKind)
  kind: TieKind;

  @Field(() => [EcogramFunction], { defaultValue: [] })
  @IsEnum(EcogramFunction, { each: true })
  @ArrayMaxSize(4)
  functions: EcogramFunction[];

  @Field(() => Int)
  @IsInt()
  @Min(TIE_STRENGTH_MIN, { message: `Strength is ${TIE_STRENGTH_MIN} to ${TIE_STRENGTH_MAX}.` })
  @Max(TIE_STRENGTH_MAX, { message: `Strength is ${TIE_STRENGTH_MIN} to ${TIE_STRENGTH_MAX}.` })
  strength: number;

  @Field(() => LocalDateScalar)
  @IsString()
  since: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  lastConfirmedOn?: string | null;

  @Field(() => TieSource, { defaultValue: TieSource.OBSERVED_BY_WORKER })
  @IsEnum(TieSource)
  source: TieSource;

  @Field(() => Float, { defaultValue: 1 })
  @IsNumber()
  @Min(0)
  @Max(1)
  confidence: number;

  @Field(() => ID, { nullable: true, description: 'The initiative through which these two met.' })
  @IsOptional()
  @IsUUID()
  originInitiativeId?: string | null;

  @Field(() => TieVisibility, { defaultValue: TieVisibility.NORMAL })
  @IsEnum(TieVisibility)
  visibility: TieVisibility;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  note?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.externalIdMax)
  externalId?: string | null;
}

@InputType()
export class UpdateTieInput {
  @Field(() => TieKind, { nullable: true })
  @IsOptional()
  @IsEnum(TieKind)
  kind?: TieKind;

  @Field(() => [EcogramFunction], { nullable: true })
  @IsOptional()
  @IsEnum(EcogramFunction, { each: true })
  @ArrayMaxSize(4)
  functions?: EcogramFunction[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(TIE_STRENGTH_MIN, { message: `Strength is ${TIE_STRENGTH_MIN} to ${TIE_STRENGTH_MAX}.` })
  @Max(TIE_STRENGTH_MAX, { message: `Strength is ${TIE_STRENGTH_MIN} to ${TIE_STRENGTH_MAX}.` })
  strength?: number;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  lastConfirmedOn?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  confidence?: number;

  @Field(() => TieVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(TieVisibility)
  visibility?: TieVisibility;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  note?: string | null;
}
