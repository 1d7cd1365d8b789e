/**
 * Gap-filler decisions: accepting a suggestion (the introduction is logged and followed up), dismissing one with
 * a reason, completing the follow-up (TIE_MADE records the tie). The suggestion lists leave decided ones out.
 */
import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../analytics/analytics.module';
import { SuggestionDecisionsResolver } from './suggestion-decisions.resolver';
import { SuggestionDecisionsService } from './suggestion-decisions.service';

@Module({
  imports: [AnalyticsModule],
  providers: [SuggestionDecisionsService, SuggestionDecisionsResolver],
})
export class SuggestionDecisionsModule {}
