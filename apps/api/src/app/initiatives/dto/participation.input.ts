import { Field, ID, InputType } from '@nestjs/graphql';
import { ParticipationRole } from '@weefsel/domain';
import { IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';
import { LocalDateScalar } from '../../common/local-date.scalar';

@InputType()
export class AddParticipationInput {
  @Field(() => ID)
  @IsUUID()
  initiativeId: string;

  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => ParticipationRole, { defaultValue: ParticipationRole.PARTICIPANT })
  @IsEnum(ParticipationRole)
  role: ParticipationRole;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Taking part since (default: today).' })
  @IsOptional()
  @IsString()
  since?: string | null;
}

@InputType()
export class UpdateParticipationInput {
  @Field(() => ParticipationRole, { nullable: true })
  @IsOptional()
  @IsEnum(ParticipationRole)
  role?: ParticipationRole;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Correct the start date of this participation.' })
  @IsOptional()
  @IsString()
  since?: string;
}
