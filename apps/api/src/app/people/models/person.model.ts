import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AssetKind, ConsentBasis, PersonRole } from '@weefsel/domain';
import { LocalDateScalar } from '../../common/local-date.scalar';
import { Paginated } from '../../common/pagination';

registerEnumType(PersonRole, { name: 'PersonRole' });
registerEnumType(AssetKind, { name: 'AssetKind', description: 'ABCD: gifts, skills, passions' });
registerEnumType(ConsentBasis, { name: 'ConsentBasis' });

@ObjectType('PersonRoleSpell')
export class PersonRoleSpellModel {
  @Field(() => PersonRole)
  role: PersonRole;

  @Field(() => LocalDateScalar)
  since: string;

  @Field(() => LocalDateScalar, { nullable: true })
  until: string | null;
}

@ObjectType('Asset')
export class AssetModel {
  @Field(() => AssetKind)
  kind: AssetKind;

  @Field()
  label: string;
}

@ObjectType('ConsentRecord')
export class ConsentRecordModel {
  @Field(() => ConsentBasis)
  basis: ConsentBasis;

  @Field(() => LocalDateScalar)
  recordedOn: string;

  @Field(() => String, { nullable: true })
  recordedBy: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  withdrawnOn: string | null;
}

@ObjectType('Person')
export class PersonModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field({ description: 'Stable pseudonym, the only identifier analysts see.' })
  pseudonym: string;

  @Field(() => ID)
  homePlaceId: string;

  @Field(() => Int, { nullable: true })
  birthYear: number | null;

  @Field(() => [PersonRoleSpellModel], { description: 'Roles over time.' })
  roles: PersonRoleSpellModel[];

  @Field(() => [AssetModel])
  assets: AssetModel[];

  @Field({ description: 'On the watch-list: "wie valt buiten de boot".' })
  onWatchList: boolean;

  @Field(() => ConsentRecordModel, { nullable: true })
  consent: ConsentRecordModel | null;

  @Field(() => String, { nullable: true })
  externalId: string | null;
}

@ObjectType()
export class PersonConnection extends Paginated(PersonModel) {}
