import { ArgsType, Field, ID } from '@nestjs/graphql';
import { HelpOfferStatus, HelpRequestStatus, NeedKind } from '@weefsel/domain';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../common/pagination';

@ArgsType()
export class HelpRequestsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Requests of residents living in this place or below it.' })
  @IsOptional()
  @IsUUID()
  placeId?: string;

  @Field(() => NeedKind, { nullable: true })
  @IsOptional()
  @IsEnum(NeedKind)
  need?: NeedKind;

  @Field(() => HelpRequestStatus, { nullable: true })
  @IsOptional()
  @IsEnum(HelpRequestStatus)
  status?: HelpRequestStatus;
}

@ArgsType()
export class HelpOffersArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Offers of residents living in this place or below it.' })
  @IsOptional()
  @IsUUID()
  placeId?: string;

  @Field(() => NeedKind, { nullable: true })
  @IsOptional()
  @IsEnum(NeedKind)
  need?: NeedKind;

  @Field(() => HelpOfferStatus, { nullable: true })
  @IsOptional()
  @IsEnum(HelpOfferStatus)
  status?: HelpOfferStatus;
}

@ArgsType()
export class HelpBalanceArgs {
  @Field(() => ID, { nullable: true, description: 'Residents of this place and below it (default: all your places).' })
  @IsOptional()
  @IsUUID()
  placeId?: string;
}

@ArgsType()
export class MatchHelpArgs {
  @Field(() => ID)
  @IsUUID()
  requestId: string;

  @Field(() => ID)
  @IsUUID()
  offerId: string;
}

@ArgsType()
export class PersonHelpRequestsArgs {
  @Field(() => HelpRequestStatus, { nullable: true })
  @IsOptional()
  @IsEnum(HelpRequestStatus)
  status?: HelpRequestStatus;
}

@ArgsType()
export class PersonHelpOffersArgs {
  @Field(() => HelpOfferStatus, { nullable: true })
  @IsOptional()
  @IsEnum(HelpOfferStatus)
  status?: HelpOfferStatus;
}
