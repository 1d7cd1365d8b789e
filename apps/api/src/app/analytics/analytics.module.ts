/**
 * The analysis engine over GraphQL: network health of places (rolled up the hierarchy, with the
 * corporation's suppressed view), trends, the at-risk list, initiative health, per-person metrics and the
 * map payload — libs/graph on a cached snapshot of the viewer's places; after a change the maps of the user's
 * places are computed in the background (MapWarmer).
 */
import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AnalysisCache } from './analysis-cache';
import { AnalyticsResolver, PersonMetricsResolver, PlaceHealthResolver } from './analytics.resolver';
import { AnalyticsService } from './analytics.service';
import { MapWarmer } from './map-warmer';
import { MapWarmupInterceptor } from './map-warmup.interceptor';
import { SnapshotService } from './snapshot.service';
import { PersonSuggestionsResolver, SuggestionsResolver } from './suggestions.resolver';
import { SuggestionsService } from './suggestions.service';

@Module({
  providers: [
    AnalysisCache,
    SnapshotService,
    AnalyticsService,
    AnalyticsResolver,
    PlaceHealthResolver,
    PersonMetricsResolver,
    SuggestionsService,
    SuggestionsResolver,
    PersonSuggestionsResolver,
    MapWarmer,
    { provide: APP_INTERCEPTOR, useClass: MapWarmupInterceptor },
  ],
  exports: [AnalyticsService, SnapshotService, AnalysisCache, SuggestionsService],
})
export class AnalyticsModule {}
