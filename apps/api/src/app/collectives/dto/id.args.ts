import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID } from 'class-validator';
import { LocalDateScalar } from '../../common/local-date.scalar';

/** `id: ID!`, refused with BAD_USER_INPUT unless it is a UUID (before any query runs). */
@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'id must be a UUID.' })
  id: string;
}

/** Ending a membership or participation: `until` (exclusive) defaults to today. */
@ArgsType()
export class EndArgs extends IdArgs {
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it ended (default: today).' })
  @IsOptional()
  @IsString()
  until?: string;
}

@ArgsType()
export class AsOfArgs {
  @Field(() => LocalDateScalar, { nullable: true, description: 'As of this date (default: today).' })
  @IsOptional()
  @IsString()
  asOf?: string;
}

/** Periods (memberships, participations) valid on `asOf`, or all of them with `includeEnded`. */
@ArgsType()
export class PeriodsArgs extends AsOfArgs {
  @Field({ defaultValue: false, description: 'All periods, ended ones too (history); `asOf` is then ignored.' })
  @IsBoolean()
  includeEnded: boolean;
}
