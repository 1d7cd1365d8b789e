import { Field, ID, InputType } from '@nestjs/graphql';
import { CollectiveKind, LIMITS } from '@weefsel/domain';
import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

const NOT_BLANK = /\S/;

@InputType()
export class CreateCollectiveInput {
  @Field()
  @IsString()
  @Matches(NOT_BLANK, { message: 'A collective needs a name.' })
  @MaxLength(LIMITS.nameMax)
  name: string;

  @Field(() => CollectiveKind)
  @IsEnum(CollectiveKind)
  kind: CollectiveKind;

  @Field(() => ID, { description: 'Where it is active: a street, buurt, wijk, …' })
  @IsUUID()
  placeId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.externalIdMax)
  externalId?: string | null;
}

@InputType()
export class UpdateCollectiveInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'A collective needs a name.' })
  @MaxLength(LIMITS.nameMax)
  name?: string;

  @Field(() => CollectiveKind, { nullable: true })
  @IsOptional()
  @IsEnum(CollectiveKind)
  kind?: CollectiveKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  placeId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  description?: string | null;
}
