import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CollectiveKind, MembershipRole } from '@weefsel/domain';
import { LocalDateScalar } from '../../common/local-date.scalar';
import { Paginated } from '../../common/pagination';

registerEnumType(CollectiveKind, { name: 'CollectiveKind' });
registerEnumType(MembershipRole, { name: 'MembershipRole' });

@ObjectType('Collective', { description: 'A bewonerscommissie, app group, buurthuis team, association, …' })
export class CollectiveModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => CollectiveKind)
  kind: CollectiveKind;

  @Field(() => ID)
  placeId: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true })
  externalId: string | null;
}

@ObjectType('Membership', { description: 'Never overwritten: leaving sets `until`.' })
export class MembershipModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  collectiveId: string;

  @Field(() => ID)
  personId: string;

  @Field(() => MembershipRole)
  role: MembershipRole;

  @Field(() => LocalDateScalar)
  since: string;

  @Field(() => LocalDateScalar, { nullable: true })
  until: string | null;

  @Field(() => String, { nullable: true })
  externalId: string | null;
}

@ObjectType()
export class CollectiveConnection extends Paginated(CollectiveModel) {}
