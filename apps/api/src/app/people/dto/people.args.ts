import { ArgsType, Field, ID } from '@nestjs/graphql';
import { LIMITS } from '@weefsel/domain';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination';

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Residents of this place and every place below it.' })
  @IsOptional()
  @IsUUID()
  placeId?: string;

  @Field({ nullable: true, description: 'Part of a name, case-insensitive.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.nameMax)
  search?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  onWatchList?: boolean;
}
