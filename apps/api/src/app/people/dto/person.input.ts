import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { AssetKind, ConsentBasis, LIMITS, PersonRole } from '@weefsel/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { LocalDateScalar } from '../../common/local-date.scalar';

@InputType()
export class PersonRoleSpellInput {
  @Field(() => PersonRole)
  @IsEnum(PersonRole)
  role: PersonRole;

  @Field(() => LocalDateScalar)
  @IsString()
  since: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  until?: string | null;
}

@InputType()
export class AssetInput {
  @Field(() => AssetKind)
  @IsEnum(AssetKind)
  kind: AssetKind;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.labelMax)
  label: string;
}

@InputType()
export class ConsentInput {
  @Field(() => ConsentBasis)
  @IsEnum(ConsentBasis)
  basis: ConsentBasis;

  @Field(() => LocalDateScalar)
  @IsString()
  recordedOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  note?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  withdrawnOn?: string | null;
}

@InputType()
export class CreatePersonInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'A person needs a name.' })
  @MaxLength(LIMITS.nameMax)
  displayName: string;

  @Field(() => ID, { description: 'The street they live in.' })
  @IsUUID()
  homePlaceId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  birthYear?: number | null;

  @Field(() => [PersonRoleSpellInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => PersonRoleSpellInput)
  @ArrayMaxSize(50)
  roles: PersonRoleSpellInput[];

  @Field(() => [AssetInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => AssetInput)
  @ArrayMaxSize(LIMITS.assetsMax)
  assets: AssetInput[];

  @Field({ defaultValue: false })
  @IsBoolean()
  onWatchList: boolean;

  @Field(() => ConsentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentInput)
  consent?: ConsentInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.externalIdMax)
  externalId?: string | null;
}

@InputType()
export class UpdatePersonInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'A person needs a name.' })
  @MaxLength(LIMITS.nameMax)
  displayName?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  homePlaceId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  birthYear?: number | null;

  @Field(() => [PersonRoleSpellInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => PersonRoleSpellInput)
  @ArrayMaxSize(50)
  roles?: PersonRoleSpellInput[];

  @Field(() => [AssetInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => AssetInput)
  @ArrayMaxSize(LIMITS.assetsMax)
  assets?: AssetInput[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  onWatchList?: boolean;

  @Field(() => ConsentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentInput)
  consent?: ConsentInput | null;
}
