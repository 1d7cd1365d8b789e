import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { LocalDateScalar } from '../../common/local-date.scalar';
import { PageArgs } from '../../common/pagination';

@ArgsType()
export class TiesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Ties with both ends living in this place or below it.' })
  @IsOptional()
  @IsUUID()
  placeId?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Only ties valid on this date.' })
  @IsOptional()
  asOf?: string;
}

@ArgsType()
export class EgoNetworkArgs {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => Int, { defaultValue: 1, description: '1 or 2 hops' })
  @IsInt()
  @Min(1)
  @Max(2)
  radius: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The network as of this date (default: today).' })
  @IsOptional()
  asOf?: string;
}

@ArgsType()
export class PersonTiesArgs {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Only ties valid on this date.' })
  @IsOptional()
  asOf?: string;

  @Field({ defaultValue: false, description: 'Include ended ties (history).' })
  @IsBoolean()
  includeEnded: boolean;
}
