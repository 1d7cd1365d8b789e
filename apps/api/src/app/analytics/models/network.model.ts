import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('NetworkNode', { description: 'A resident, collective or initiative on the map, with its figures.' })
export class NetworkNodeModel {
  @Field(() => ID, { description: 'person id (pseudonym for analysts), collective or initiative id' })
  id: string;

  @Field({ description: 'PERSON, COLLECTIVE or INITIATIVE' })
  kind: string;

  @Field({ description: 'name for workers; pseudonym for analysts; the name of a collective or initiative' })
  label: string;

  @Field(() => ID)
  placeId: string;

  @Field(() => [String], { description: 'roles held at the date (people); kind (collectives, initiatives)' })
  roles: string[];

  @Field(() => Int, { nullable: true })
  community: number | null;

  @Field(() => Int, { nullable: true })
  degree: number | null;

  @Field(() => Float, { nullable: true })
  betweenness: number | null;

  @Field(() => Float, { nullable: true })
  constraint: number | null;

  @Field(() => Float, { nullable: true })
  clustering: number | null;

  @Field(() => Boolean, { nullable: true })
  isolated: boolean | null;

  @Field(() => Float, { nullable: true, description: 'at-risk score; null when not at risk' })
  atRisk: number | null;

  @Field(() => Boolean, { nullable: true })
  articulationPoint: boolean | null;

  @Field(() => Boolean, { nullable: true })
  hiddenConnector: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'workers only' })
  onWatchList: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'the phase of an initiative (IDEA, STARTING, ACTIVE, NEEDS_SUPPORT, DORMANT, ENDED); null otherwise',
  })
  phase: string | null;

  @Field(() => [String], {
    description:
      'why a resident is at risk (codes of AtRiskReason: ISOLATED, SINGLE_TIE, ONLY_WEAK_TIES, …); empty when not at risk. Analysts never get ON_WATCH_LIST',
  })
  atRiskReasons: string[];

  @Field(() => Float, {
    description:
      'where the map draws the node (map units; laid out by the API with fcose, or ForceAtlas2 above 1,000 linked nodes, once per data version and date, so every visit and every colleague sees the same map); nodes without any edge stand in a grid left of the rest',
  })
  x: number;

  @Field(() => Float, { description: 'see x' })
  y: number;
}

@ObjectType('NetworkEdge')
export class NetworkEdgeModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'TIE, MEMBERSHIP or PARTICIPATION' })
  kind: string;

  @Field(() => ID)
  source: string;

  @Field(() => ID)
  target: string;

  @Field(() => Int, { nullable: true, description: 'tie strength 1–5' })
  strength: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'tie kind (NEIGHBOUR, FRIEND, …) or membership/participation role',
  })
  detail: string | null;

  @Field()
  weak: boolean;

  @Field({ description: 'the only link between two parts of the network' })
  bridge: boolean;

  @Field({ description: 'its ends share no neighbour (Granovetter)' })
  localBridge: boolean;

  @Field(() => Int, { nullable: true, description: 'distance between the ends without this tie' })
  span: number | null;

  @Field({ description: 'a weak tie crossing a street, community or collective' })
  bridging: boolean;

  @Field({ description: 'created via an initiative' })
  viaInitiative: boolean;

  @Field(() => [String], {
    description:
      'ecogram functions of a tie (PRACTICAL, COMPANIONSHIP, ADVICE, EMOTIONAL), of every tie of the pair valid at the date; empty for memberships and participations',
  })
  functions: string[];
}

@ObjectType('Network', { description: 'The whole map of a place as of a date, in one response.' })
export class NetworkModel {
  @Field()
  asOf: string;

  @Field(() => ID)
  placeId: string;

  @Field({ description: 'true for analysts: pseudonyms instead of names and ids' })
  pseudonymised: boolean;

  @Field(() => [NetworkNodeModel])
  nodes: NetworkNodeModel[];

  @Field(() => [NetworkEdgeModel])
  edges: NetworkEdgeModel[];

  @Field(() => Int)
  communities: number;

  @Field(() => Float, { nullable: true })
  modularity: number | null;

  @Field()
  betweennessExact: boolean;

  @Field(() => Float, {
    nullable: true,
    description: 'when sampled: bound on the error of each betweenness value (95 % confidence)',
  })
  betweennessErrorBound: number | null;
}
