import { Field, ID, InputType } from '@nestjs/graphql';
import { HelpOfferStatus, HelpRequestStatus, LIMITS, NeedKind } from '@weefsel/domain';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { LocalDateScalar } from '../../common/local-date.scalar';

@InputType()
export class CreateHelpRequestInput {
  @Field(() => ID, { description: 'The resident who asks, in one of your places.' })
  @IsUUID()
  personId: string;

  @Field(() => NeedKind)
  @IsEnum(NeedKind)
  need: NeedKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  description?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When they asked; default today, not in the future.' })
  @IsOptional()
  @IsString()
  requestedOn?: string | null;
}

@InputType()
export class UpdateHelpRequestInput {
  @Field(() => NeedKind, { nullable: true })
  @IsOptional()
  @IsEnum(NeedKind)
  need?: NeedKind;

  @Field(() => String, { nullable: true, description: 'null or empty clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  description?: string | null;

  @Field(() => HelpRequestStatus, {
    nullable: true,
    description: 'OPEN, CLOSED (helped) or WITHDRAWN; MATCHED is set by matchHelp.',
  })
  @IsOptional()
  @IsEnum(HelpRequestStatus)
  status?: HelpRequestStatus;
}

@InputType()
export class CreateHelpOfferInput {
  @Field(() => ID, { description: 'The resident who offers, in one of your places.' })
  @IsUUID()
  personId: string;

  @Field(() => NeedKind)
  @IsEnum(NeedKind)
  need: NeedKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  description?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When they offered; default today, not in the future.' })
  @IsOptional()
  @IsString()
  offeredOn?: string | null;
}

@InputType()
export class UpdateHelpOfferInput {
  @Field(() => NeedKind, { nullable: true })
  @IsOptional()
  @IsEnum(NeedKind)
  need?: NeedKind;

  @Field(() => String, { nullable: true, description: 'null or empty clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  description?: string | null;

  @Field(() => HelpOfferStatus, {
    nullable: true,
    description: 'AVAILABLE, PAUSED or WITHDRAWN; MATCHED is set by matchHelp.',
  })
  @IsOptional()
  @IsEnum(HelpOfferStatus)
  status?: HelpOfferStatus;
}
