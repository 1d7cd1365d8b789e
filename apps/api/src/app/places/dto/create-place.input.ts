import { Field, ID, InputType } from '@nestjs/graphql';
import { CBS_CODE_PATTERN, LIMITS, PlaceLevel } from '@weefsel/domain';
import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

@InputType()
export class CreatePlaceInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'A place needs a name.' })
  @MaxLength(LIMITS.nameMax)
  name: string;

  @Field(() => PlaceLevel)
  @IsEnum(PlaceLevel)
  level: PlaceLevel;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CBS_CODE_PATTERN, { message: 'A CBS code looks like GM0363, WK036300 or BU03630000.' })
  cbsCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.externalIdMax)
  externalId?: string | null;
}

@InputType()
export class UpdatePlaceInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'A place needs a name.' })
  @MaxLength(LIMITS.nameMax)
  name?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CBS_CODE_PATTERN, { message: 'A CBS code looks like GM0363, WK036300 or BU03630000.' })
  cbsCode?: string | null;
}
