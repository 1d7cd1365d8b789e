/**
 * Network health of a place (DESIGN.md 'network health of a place'), as computed by libs/graph
 * `placeHealth`. Every figure is nullable: a figure of 0/0 is null, and a CORPORATION view suppresses
 * figures over fewer than 10 residents (`suppressed`).
 */
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../common/local-date.scalar';

@ObjectType('PlaceHealthFigures', { isAbstract: true })
export abstract class PlaceHealthFiguresModel {
  @Field(() => Int, { nullable: true, description: 'residents known (living in the place or below)' })
  residents: number | null;

  @Field(() => Int, { nullable: true, description: 'residents without any tie at the date' })
  isolated: number | null;

  @Field(() => Float, { nullable: true, description: 'isolated ÷ residents' })
  shareIsolated: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'residents at risk: ≤ 1 tie, only weak ties, or no tie confirmed in 12 months',
  })
  atRisk: number | null;

  @Field(() => Float, { nullable: true, description: 'at risk ÷ residents' })
  shareAtRisk: number | null;

  @Field(() => Int, { nullable: true, description: 'ties with both ends living here' })
  ties: number | null;

  @Field(() => Int, { nullable: true, description: 'ties from residents to people living elsewhere' })
  externalTies: number | null;

  @Field(() => Float, { nullable: true, description: '2 × ties ÷ residents' })
  meanDegree: number | null;

  @Field(() => Float, { nullable: true })
  meanDegreeWithExternal: number | null;

  @Field(() => Float, { nullable: true, description: 'ties ÷ possible pairs (NetworkX density)' })
  density: number | null;

  @Field(() => Int, { nullable: true, description: 'connected components (isolated residents count as one each)' })
  components: number | null;

  @Field(() => Int, { nullable: true })
  largestComponent: number | null;

  @Field(() => Float, { nullable: true, description: 'share of residents in the largest component' })
  largestComponentShare: number | null;

  @Field(() => Int, { nullable: true, description: 'ties of strength ≤ 2' })
  weakTies: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'weak ties that cross a street, community or collective, or are local bridges',
  })
  bridgingWeakTies: number | null;

  @Field(() => Float, { nullable: true, description: 'bridging weak ties ÷ ties' })
  bridgingShare: number | null;

  @Field(() => Int, { nullable: true })
  connectors: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'residents with a CONNECTOR or KEY_FIGURE role per 100 residents',
  })
  connectorsPer100: number | null;

  @Field(() => Int, { nullable: true, description: 'ties created via an initiative (lesson 2)' })
  tiesViaInitiatives: number | null;

  @Field(() => Float, { nullable: true })
  shareTiesViaInitiatives: number | null;

  @Field(() => Int, { nullable: true })
  helpOffers: number | null;

  @Field(() => Int, { nullable: true })
  helpRequests: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'open help offers per open request (lesson 3: helpers outnumber requests)',
  })
  helpRatio: number | null;

  @Field(() => Int, { nullable: true })
  practicalOffers: number | null;

  @Field(() => Int, { nullable: true })
  practicalRequests: number | null;

  @Field(() => Float, { nullable: true })
  practicalRatio: number | null;

  @Field(() => Int, { nullable: true })
  socialContactOffers: number | null;

  @Field(() => Int, { nullable: true })
  socialContactRequests: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'offers per request for social contact: a need for contact is first class',
  })
  socialContactRatio: number | null;

  @Field(() => Int, { nullable: true })
  otherOffers: number | null;

  @Field(() => Int, { nullable: true })
  otherRequests: number | null;

  @Field(() => Float, { nullable: true })
  otherRatio: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'average local clustering coefficient (NetworkX average_clustering)',
  })
  averageClustering: number | null;

  @Field(() => Float, { nullable: true, description: 'transitivity (NetworkX transitivity)' })
  transitivity: number | null;

  @Field(() => Int, { nullable: true, description: 'Louvain communities among residents with a tie' })
  communities: number | null;

  @Field(() => Float, { nullable: true, description: 'modularity of those communities within the place' })
  modularity: number | null;

  @Field(() => Int, { nullable: true })
  streets: number | null;

  @Field(() => Int, { nullable: true })
  sameStreetTies: number | null;

  @Field(() => Int, { nullable: true })
  crossStreetTies: number | null;

  @Field(() => Float, { nullable: true, description: 'E-I index of streets: (cross-street − same-street) ÷ all ties' })
  eiIndexStreets: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'E-I index of the place: (external − internal) ÷ (external + internal)',
  })
  eiIndexPlace: number | null;
}

@ObjectType('PlaceHealth')
export class PlaceHealthModel extends PlaceHealthFiguresModel {
  @Field(() => ID)
  placeId: string;

  @Field()
  name: string;

  @Field()
  level: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field(() => LocalDateScalar)
  asOf: string;

  @Field({ description: 'true when figures were withheld to protect small groups (CORPORATION view)' })
  suppressed: boolean;
}

@ObjectType('PlaceHealthDelta', { description: 'current − previous per figure; null when either is null' })
export class PlaceHealthDeltaModel extends PlaceHealthFiguresModel {}

@ObjectType('HealthComparison')
export class HealthComparisonModel {
  @Field(() => PlaceHealthModel)
  current: PlaceHealthModel;

  @Field(() => PlaceHealthModel)
  previous: PlaceHealthModel;

  @Field(() => PlaceHealthDeltaModel)
  delta: PlaceHealthDeltaModel;
}

/** The figure names in a stable order, shared by the views. */
export const HEALTH_FIGURES = [
  'residents',
  'isolated',
  'shareIsolated',
  'atRisk',
  'shareAtRisk',
  'ties',
  'externalTies',
  'meanDegree',
  'meanDegreeWithExternal',
  'density',
  'components',
  'largestComponent',
  'largestComponentShare',
  'weakTies',
  'bridgingWeakTies',
  'bridgingShare',
  'connectors',
  'connectorsPer100',
  'tiesViaInitiatives',
  'shareTiesViaInitiatives',
  'helpOffers',
  'helpRequests',
  'helpRatio',
  'practicalOffers',
  'practicalRequests',
  'practicalRatio',
  'socialContactOffers',
  'socialContactRequests',
  'socialContactRatio',
  'otherOffers',
  'otherRequests',
  'otherRatio',
  'averageClustering',
  'transitivity',
  'communities',
  'modularity',
  'streets',
  'sameStreetTies',
  'crossStreetTies',
  'eiIndexStreets',
  'eiIndexPlace',
] as const;
export const HEALTH_COUNT_FIGURES = [
  'residents',
  'isolated',
  'atRisk',
  'ties',
  'externalTies',
  'components',
  'largestComponent',
  'weakTies',
  'bridgingWeakTies',
  'connectors',
  'tiesViaInitiatives',
  'helpOffers',
  'helpRequests',
  'practicalOffers',
  'practicalRequests',
  'socialContactOffers',
  'socialContactRequests',
  'otherOffers',
  'otherRequests',
  'communities',
  'streets',
  'sameStreetTies',
  'crossStreetTies',
] as const;
