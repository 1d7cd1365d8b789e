import { ArgsType, Field } from '@nestjs/graphql';
import { LIMITS } from '@weefsel/domain';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class LoginArgs {
  @Field()
  @IsEmail({}, { message: 'Enter a valid e-mail address.' })
  @MaxLength(LIMITS.emailMax)
  email: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter your password.' })
  @MaxLength(LIMITS.passwordMax)
  password: string;
}
