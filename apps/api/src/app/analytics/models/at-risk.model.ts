import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PersonModel } from '../../people/models/person.model';
import { AtRiskReasonModel } from './person-metrics.model';

@ObjectType('NearestLink', { description: 'A connector, collective or initiative near an at-risk resident.' })
export class NearestLinkModel {
  @Field({ description: 'CONNECTOR, COLLECTIVE or INITIATIVE' })
  kind: string;

  @Field(() => ID)
  id: string;

  @Field()
  label: string;

  @Field({ description: 'in the same street' })
  samePlace: boolean;

  @Field(() => [String], { description: 'assets (gifts, skills, passions) they share' })
  sharedAssets: string[];

  @Field({ description: 'a connector by their position in the network, without the role' })
  hiddenConnector: boolean;
}

@ObjectType('AtRiskPerson', { description: '"Wie valt buiten de boot": ranked, each with the reasons.' })
export class AtRiskPersonModel {
  @Field(() => Int)
  rank: number;

  @Field(() => ID)
  personId: string;

  @Field(() => PersonModel, { nullable: true })
  person: PersonModel | null;

  @Field(() => Float)
  score: number;

  @Field(() => Int)
  ties: number;

  @Field(() => Int)
  weakTies: number;

  @Field()
  isolated: boolean;

  @Field(() => [AtRiskReasonModel])
  reasons: AtRiskReasonModel[];

  @Field(() => [NearestLinkModel])
  nearest: NearestLinkModel[];
}
