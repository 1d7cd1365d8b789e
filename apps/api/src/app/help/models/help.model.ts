import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { HelpOfferStatus, HelpRequestStatus, NeedKind } from '@weefsel/domain';
import { LocalDateScalar } from '../../common/local-date.scalar';
import { Paginated } from '../../common/pagination';

registerEnumType(NeedKind, {
  name: 'NeedKind',
  description:
    'What is asked or offered. SOCIAL_CONTACT — company, a chat, someone to know — is a need in its own right.',
});
registerEnumType(HelpRequestStatus, { name: 'HelpRequestStatus' });
registerEnumType(HelpOfferStatus, { name: 'HelpOfferStatus' });

@ObjectType('HelpRequest', { description: 'A resident’s request for help or for contact.' })
export class HelpRequestModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field(() => NeedKind)
  need: NeedKind;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => HelpRequestStatus)
  status: HelpRequestStatus;

  @Field(() => LocalDateScalar)
  requestedOn: string;

  /** the offer that answers it (exposed as `matchedOffer`, when in the viewer's places) */
  matchedOfferId: string | null;
}

@ObjectType('HelpOffer', { description: 'A resident’s offer of help or of company.' })
export class HelpOfferModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field(() => NeedKind)
  need: NeedKind;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => HelpOfferStatus)
  status: HelpOfferStatus;

  @Field(() => LocalDateScalar)
  offeredOn: string;
}

@ObjectType()
export class HelpRequestConnection extends Paginated(HelpRequestModel) {}

@ObjectType()
export class HelpOfferConnection extends Paginated(HelpOfferModel) {}

@ObjectType('NeedBalance')
export class NeedBalanceModel {
  @Field(() => NeedKind)
  need: NeedKind;

  @Field(() => Int, { description: 'Available offers.' })
  offers: number;

  @Field(() => Int, { description: 'Open requests.' })
  requests: number;

  @Field(() => Float, { nullable: true, description: 'Offers per request; null when nobody asked.' })
  ratio: number | null;
}

@ObjectType('HelpBalance', {
  description:
    'Available offers against open requests of the residents of a place (lesson 3: helpers outnumber ' +
    'requests about ten to one, because asking is hard).',
})
export class HelpBalanceModel {
  @Field(() => Int, { description: 'Available offers.' })
  offers: number;

  @Field(() => Int, { description: 'Open requests.' })
  requests: number;

  @Field(() => Float, { nullable: true, description: 'Offers per request; null when nobody asked.' })
  ratio: number | null;

  @Field(() => [NeedBalanceModel], { description: 'Every kind of need, including those nobody asked for.' })
  byNeed: NeedBalanceModel[];
}
