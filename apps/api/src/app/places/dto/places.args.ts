import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../common/pagination';

@ArgsType()
export class PlacesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this place and the places below it.' })
  @IsOptional()
  @IsUUID()
  under?: string;
}
