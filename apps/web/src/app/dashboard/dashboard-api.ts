/**
 * The GraphQL reads behind the place dashboard: a place's health with every place below it and the comparison
 * with an earlier date (one request), and the trend over a series of dates (a second request: it is the slow
 * one, so the figures do not wait for it). The types mirror apps/api's PlaceHealth; for a corporation the API
 * itself rounds the counts and withholds places with fewer than 10 residents (`suppressed`, figures null).
 */
import { inject, Injectable } from '@angular/core';
import { map, type Observable } from 'rxjs';
import { GraphqlClient, operation } from '../graphql/graphql-client';

/** The figures the dashboard shows, in the order of the CSV export. */
export const FIGURE_NAMES = [
  'residents',
  'isolated',
  'shareIsolated',
  'atRisk',
  'shareAtRisk',
  'ties',
  'meanDegree',
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
] as const;

export type FigureName = (typeof FIGURE_NAMES)[number];
export type HealthFigures = Record<FigureName, number | null>;

export interface PlaceHealth extends HealthFigures {
  placeId: string;
  name: string;
  level: string;
  parentId: string | null;
  asOf: string;
  /** true when the API withheld every figure to protect a small group (corporations: fewer than 10 residents) */
  suppressed: boolean;
}

export interface HealthOverview {
  /** the place first, then every place below it */
  tree: PlaceHealth[];
  previous: PlaceHealth;
  /** current − previous per figure; null when either is null */
  delta: HealthFigures;
}

const FIGURES = FIGURE_NAMES.join(' ');
const PLACE = `placeId name level parentId asOf suppressed ${FIGURES}`;

type OverviewVariables = { placeId: string; asOf: string; previousAsOf: string };

export const HEALTH_OVERVIEW = operation<
  { placeHealthTree: PlaceHealth[]; compareHealth: { previous: PlaceHealth; delta: HealthFigures } },
  OverviewVariables
>(`
  query PlaceDashboard($placeId: ID!, $asOf: LocalDate!, $previousAsOf: LocalDate!) {
    placeHealthTree(placeId: $placeId, asOf: $asOf) { ${PLACE} }
    compareHealth(placeId: $placeId, asOf: $asOf, previousAsOf: $previousAsOf) {
      previous { ${PLACE} }
      delta { ${FIGURES} }
    }
  }
`);

export const HEALTH_TREND = operation<{ healthTrend: PlaceHealth[] }, { placeId: string; dates: string[] }>(`
  query PlaceTrend($placeId: ID!, $dates: [LocalDate!]!) {
    healthTrend(placeId: $placeId, dates: $dates) { ${PLACE} }
  }
`);

@Injectable({ providedIn: 'root' })
export class DashboardApi {
  private readonly graphql = inject(GraphqlClient);

  overview(placeId: string, asOf: string, previousAsOf: string): Observable<HealthOverview> {
    return this.graphql.request(HEALTH_OVERVIEW, { placeId, asOf, previousAsOf }).pipe(
      map(({ placeHealthTree, compareHealth }) => ({
        tree: placeHealthTree,
        previous: compareHealth.previous,
        delta: compareHealth.delta,
      })),
    );
  }

  /** The place at each date, oldest first (the API takes at most 60 dates). */
  trend(placeId: string, dates: readonly string[]): Observable<PlaceHealth[]> {
    return this.graphql
      .request(HEALTH_TREND, { placeId, dates: [...dates] })
      .pipe(map(({ healthTrend }) => healthTrend));
  }
}
