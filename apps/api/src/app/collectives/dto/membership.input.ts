import { Field, ID, InputType } from '@nestjs/graphql';
import { MembershipRole } from '@weefsel/domain';
import { IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';
import { LocalDateScalar } from '../../common/local-date.scalar';

@InputType()
export class AddMembershipInput {
  @Field(() => ID)
  @IsUUID()
  collectiveId: string;

  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => MembershipRole, { defaultValue: MembershipRole.MEMBER })
  @IsEnum(MembershipRole)
  role: MembershipRole;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Member since (default: today).' })
  @IsOptional()
  @IsString()
  since?: string | null;
}

@InputType()
export class UpdateMembershipInput {
  @Field(() => MembershipRole, { nullable: true })
  @IsOptional()
  @IsEnum(MembershipRole)
  role?: MembershipRole;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Correct the start date of this membership.' })
  @IsOptional()
  @IsString()
  since?: string;
}
