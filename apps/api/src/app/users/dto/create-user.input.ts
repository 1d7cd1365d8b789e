import { Field, ID, InputType } from '@nestjs/graphql';
import { LIMITS, UserRole } from '@weefsel/domain';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail({}, { message: 'Enter a valid e-mail address.' })
  @MaxLength(LIMITS.emailMax)
  email: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.nameMax)
  displayName: string;

  @Field(() => UserRole)
  @IsEnum(UserRole)
  role: UserRole;

  @Field()
  @IsString()
  @MinLength(LIMITS.passwordMin, { message: `A password has at least ${LIMITS.passwordMin} characters.` })
  @MaxLength(LIMITS.passwordMax)
  password: string;

  @Field(() => [ID], { defaultValue: [], description: 'Places the user may see, with everything below them.' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(200)
  placeIds: string[];
}

@InputType()
export class UpdateUserInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.nameMax)
  displayName?: string;

  @Field(() => UserRole, { nullable: true })
  @IsOptional()
  @IsEnum(UserRole)
  role?: UserRole;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(LIMITS.passwordMin, { message: `A password has at least ${LIMITS.passwordMin} characters.` })
  @MaxLength(LIMITS.passwordMax)
  password?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(200)
  placeIds?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}
