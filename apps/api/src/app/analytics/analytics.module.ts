/**
 * The analysis engine over GraphQL: network health of places (rolled up the hierarchy, with the
 * corporation's suppressed view), trends, the at-risk list, initiative health, per-person metrics and the
 * map payload — libs/graph on a cached snapshot of the viewer's places.
 */
import { Module } from '@nestjs/common';
import { AnalysisCache } from './analysis-cache';
import { AnalyticsResolver, PersonMetricsResolver, PlaceHealthResolver } from './analytics.resolver';
import { AnalyticsService } from './analytics.service';
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
  ],
  exports: [AnalyticsService, SnapshotService, AnalysisCache, SuggestionsService],
})
export class AnalyticsModule {}
