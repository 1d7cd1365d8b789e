import { ArgsType, Field, ID } from '@nestjs/graphql';
import { CollectiveKind, LIMITS } from '@weefsel/domain';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination';

@ArgsType()
export class CollectivesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Collectives of this place and every place below it.' })
  @IsOptional()
  @IsUUID()
  placeId?: string;

  @Field(() => CollectiveKind, { nullable: true })
  @IsOptional()
  @IsEnum(CollectiveKind)
  kind?: CollectiveKind;

  @Field({ nullable: true, description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.nameMax)
  search?: string;
}
