import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsString, IsUUID } from 'class-validator';
import { LocalDateScalar } from '../../common/local-date.scalar';

@ArgsType()
export class PlaceAnalysisArgs {
  @Field(() => ID)
  @IsUUID()
  placeId: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'default: today' })
  @IsOptional()
  @IsString()
  asOf?: string;
}

@ArgsType()
export class HealthTrendArgs {
  @Field(() => ID)
  @IsUUID()
  placeId: string;

  @Field(() => [LocalDateScalar], { description: '1 to 60 dates' })
  @IsString({ each: true })
  @ArrayMinSize(1, { message: 'Ask for 1 to 60 dates.' })
  @ArrayMaxSize(60, { message: 'Ask for 1 to 60 dates.' })
  dates: string[];
}

@ArgsType()
export class CompareHealthArgs {
  @Field(() => ID)
  @IsUUID()
  placeId: string;

  @Field(() => LocalDateScalar)
  @IsString()
  asOf: string;

  @Field(() => LocalDateScalar)
  @IsString()
  previousAsOf: string;
}
