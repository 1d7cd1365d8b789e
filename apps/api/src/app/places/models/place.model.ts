import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlaceLevel } from '@weefsel/domain';
import { Paginated } from '../../common/pagination';

registerEnumType(PlaceLevel, {
  name: 'PlaceLevel',
  description: 'street → buurt (NEIGHBOURHOOD) → wijk (DISTRICT) → dorp (VILLAGE) / gemeente (MUNICIPALITY)',
});

@ObjectType('Place')
export class PlaceModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => PlaceLevel)
  level: PlaceLevel;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field(() => String, { nullable: true, description: 'CBS region code, e.g. BU03630000' })
  cbsCode: string | null;

  @Field(() => String, { nullable: true })
  externalId: string | null;
}

@ObjectType()
export class PlaceConnection extends Paginated(PlaceModel) {}
