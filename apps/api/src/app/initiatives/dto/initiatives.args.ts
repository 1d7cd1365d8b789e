import { ArgsType, Field, ID } from '@nestjs/graphql';
import { InitiativeKind, InitiativePhase, LIMITS } from '@weefsel/domain';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination';

@ArgsType()
export class InitiativesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Initiatives of this place and every place below it.' })
  @IsOptional()
  @IsUUID()
  placeId?: string;

  @Field(() => InitiativePhase, { nullable: true })
  @IsOptional()
  @IsEnum(InitiativePhase)
  phase?: InitiativePhase;

  @Field(() => InitiativeKind, { nullable: true })
  @IsOptional()
  @IsEnum(InitiativeKind)
  kind?: InitiativeKind;

  @Field({ nullable: true, description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.nameMax)
  search?: string;
}

/** Most collectives an initiative can list as supporting it (a sanity bound on one request). */
export const SUPPORTING_COLLECTIVES_MAX = 100;

@ArgsType()
export class SetSupportingCollectivesArgs {
  @Field(() => ID)
  @IsUUID()
  initiativeId: string;

  @Field(() => [ID], { description: 'The complete list of collectives in your places that support it.' })
  @IsUUID(undefined, { each: true })
  @ArrayMaxSize(SUPPORTING_COLLECTIVES_MAX)
  collectiveIds: string[];
}
