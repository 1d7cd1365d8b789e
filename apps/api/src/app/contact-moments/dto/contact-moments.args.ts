import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ContactSignal } from '@weefsel/domain';
import { IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';
import { LocalDateScalar } from '../../common/local-date.scalar';
import { PageArgs } from '../../common/pagination';

@ArgsType()
export class ContactMomentsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Contact moments that happened in this place or below it.' })
  @IsOptional()
  @IsUUID()
  placeId?: string;

  @Field(() => ID, { nullable: true, description: 'Only contact moments with this resident.' })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'On or after this date.' })
  @IsOptional()
  @IsString()
  from?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'On or before this date.' })
  @IsOptional()
  @IsString()
  to?: string;

  @Field(() => ContactSignal, { nullable: true, description: 'Only contact moments with this signal.' })
  @IsOptional()
  @IsEnum(ContactSignal)
  signal?: ContactSignal;
}
