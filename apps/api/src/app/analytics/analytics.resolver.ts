import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { LocalDateScalar } from '../common/local-date.scalar';
import { GqlContext } from '../graphql/loaders';
import { PersonModel } from '../people/models/person.model';
import { toPersonModel } from '../people/people.service';
import { PlaceModel } from '../places/models/place.model';
import { AnalyticsService } from './analytics.service';
import { CompareHealthArgs, HealthTrendArgs, PlaceAnalysisArgs } from './dto/place-analysis.args';
import { AtRiskPersonModel } from './models/at-risk.model';
import { InitiativeHealthModel } from './models/initiative-health.model';
import { NetworkModel } from './models/network.model';
import { PersonMetricsModel } from './models/person-metrics.model';
import { HealthComparisonModel, PlaceHealthModel } from './models/place-health.model';

const asOfArg = { type: () => LocalDateScalar, nullable: true, description: 'default: today' } as const;

@Resolver()
export class AnalyticsResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @Query(() => PlaceHealthModel, {
    description: 'Network health of a place and everything below it (corporations: rounded, small groups withheld).',
  })
  placeHealth(
    @CurrentViewer() viewer: Viewer,
    @Args() { placeId, asOf }: PlaceAnalysisArgs,
  ): Promise<PlaceHealthModel> {
    return this.analytics.health(viewer, placeId, asOf ?? undefined);
  }

  @Query(() => [PlaceHealthModel], { description: 'The health of a place and of every place below it, top first.' })
  placeHealthTree(
    @CurrentViewer() viewer: Viewer,
    @Args() { placeId, asOf }: PlaceAnalysisArgs,
  ): Promise<PlaceHealthModel[]> {
    return this.analytics.healthTree(viewer, placeId, asOf ?? undefined);
  }

  @Query(() => [PlaceHealthModel], { description: 'The health of a place at each date (at most 60), oldest first.' })
  healthTrend(
    @CurrentViewer() viewer: Viewer,
    @Args() { placeId, dates }: HealthTrendArgs,
  ): Promise<PlaceHealthModel[]> {
    return this.analytics.trend(viewer, placeId, dates);
  }

  @Query(() => HealthComparisonModel, { description: 'A place now and at an earlier date, with the change.' })
  compareHealth(
    @CurrentViewer() viewer: Viewer,
    @Args() { placeId, asOf, previousAsOf }: CompareHealthArgs,
  ): Promise<HealthComparisonModel> {
    return this.analytics.compare(viewer, placeId, asOf, previousAsOf);
  }

  @Query(() => [AtRiskPersonModel], {
    description: 'Isolated and at-risk residents, ranked, with reasons and the nearest connector (WORKER).',
  })
  async atRisk(
    @CurrentViewer() viewer: Viewer,
    @Args() { placeId, asOf }: PlaceAnalysisArgs,
    @Context() ctx: GqlContext,
  ): Promise<AtRiskPersonModel[]> {
    const list = await this.analytics.atRiskList(viewer, placeId, asOf ?? undefined);
    const people = await ctx.loaders.person.loadMany(list.map((p) => p.personId));
    return list.map((p, i) => {
      const person = people[i];
      return {
        rank: p.rank,
        personId: p.personId,
        person: person && !(person instanceof Error) ? toPersonModel(person) : null,
        score: p.score,
        ties: p.ties,
        weakTies: p.weakTies,
        isolated: p.isolated,
        reasons: p.reasons.map(({ code, ...detail }) => ({ code, detail })),
        nearest: p.nearest.map((n) => ({
          kind: n.kind,
          id: n.id,
          label: n.label,
          samePlace: n.samePlace,
          sharedAssets: n.sharedAssets,
          hiddenConnector: n.hiddenConnector,
        })),
      };
    });
  }

  @Query(() => [InitiativeHealthModel], { description: 'Health of the initiatives of a place (WORKER).' })
  initiativeHealth(
    @CurrentViewer() viewer: Viewer,
    @Args() { placeId, asOf }: PlaceAnalysisArgs,
  ): Promise<InitiativeHealthModel[]> {
    return this.analytics.initiatives(viewer, placeId, asOf ?? undefined);
  }

  @Query(() => NetworkModel, {
    description:
      'The whole map of a place as of a date: nodes, edges and their figures (WORKER; ANALYST pseudonymised).',
  })
  network(@CurrentViewer() viewer: Viewer, @Args() { placeId, asOf }: PlaceAnalysisArgs): Promise<NetworkModel> {
    return this.analytics.network(viewer, placeId, asOf ?? undefined);
  }
}

@Resolver(() => PlaceModel)
export class PlaceHealthResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @ResolveField(() => PlaceHealthModel, { description: 'Network health of this place as of a date.' })
  health(
    @CurrentViewer() viewer: Viewer,
    @Parent() place: PlaceModel,
    @Args('asOf', asOfArg) asOf?: string,
  ): Promise<PlaceHealthModel> {
    return this.analytics.health(viewer, place.id, asOf ?? undefined);
  }
}

@Resolver(() => PersonModel)
export class PersonMetricsResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @ResolveField(() => PersonMetricsModel, { description: 'Their place in the network as of a date.' })
  metrics(
    @CurrentViewer() viewer: Viewer,
    @Parent() person: PersonModel,
    @Args('asOf', asOfArg) asOf?: string,
  ): Promise<PersonMetricsModel> {
    return this.analytics.personMetrics(viewer, person.id, asOf ?? undefined);
  }
}
