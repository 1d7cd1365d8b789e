import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from '../../audit/json-object.scalar';

@ObjectType('AtRiskReason', { description: 'Why someone is on the at-risk list, with the numbers behind it.' })
export class AtRiskReasonModel {
  @Field({
    description:
      'ISOLATED, SINGLE_TIE, ONLY_WEAK_TIES, NO_TIE_CONFIRMED_SINCE, LOST_TIES, NO_COLLECTIVE_OR_INITIATIVE, ON_WATCH_LIST',
  })
  code: string;

  @Field(() => GraphQLJSONObject, { description: 'the numbers of the reason, e.g. { "months": 14 }' })
  detail: Record<string, unknown>;
}

@ObjectType('PersonMetrics', {
  description: 'A resident’s place in the network as of a date; definitions in DESIGN.md (NetworkX where one exists).',
})
export class PersonMetricsModel {
  @Field()
  asOf: string;

  @Field(() => Int, { description: 'ties valid at the date, with people in your places' })
  degree: number;

  @Field(() => Int, { description: 'of which weak (strength ≤ 2)' })
  weakTies: number;

  @Field(() => Float, { description: 'betweenness, normalised as NetworkX (2/((n−1)(n−2)))' })
  betweenness: number;

  @Field({ description: 'false when betweenness was estimated from a sample (large networks)' })
  betweennessExact: boolean;

  @Field(() => Float, { nullable: true, description: 'Burt’s constraint (NetworkX): low = a broker between groups' })
  constraint: number | null;

  @Field(() => Float, { nullable: true, description: 'Burt’s effective size (NetworkX)' })
  effectiveSize: number | null;

  @Field(() => Float, { description: 'local clustering coefficient' })
  clustering: number;

  @Field(() => Int, { nullable: true, description: 'Louvain community (seeded); null when isolated' })
  community: number | null;

  @Field()
  isolated: boolean;

  @Field({ description: 'removing them would split their part of the network (a single point of failure)' })
  articulationPoint: boolean;

  @Field(() => Int, { description: 'their ties that are bridges: the only link between two parts' })
  bridges: number;

  @Field({ description: 'high betweenness without a CONNECTOR or KEY_FIGURE role: a connector nobody noted yet' })
  hiddenConnector: boolean;

  @Field(() => Int, { nullable: true, description: 'rank on the at-risk list (1 = most urgent); null when not on it' })
  atRiskRank: number | null;

  @Field(() => Float, { nullable: true })
  atRiskScore: number | null;

  @Field(() => [AtRiskReasonModel])
  atRiskReasons: AtRiskReasonModel[];
}
