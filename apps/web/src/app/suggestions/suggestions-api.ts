/**
 * The GraphQL operations of the gap filler: the ranked suggestions of a place (with the people involved), the
 * what-if preview of one, accepting and dismissing, and the follow-ups of accepted ones. Exported, so any page
 * (a person's page, the map) can offer the same actions.
 */
import { inject, Injectable } from '@angular/core';
import type { ContactChannel } from '@weefsel/domain';
import { map, type Observable } from 'rxjs';
import { GraphqlClient, operation } from '../graphql/graphql-client';

export type SuggestionKind =
  | 'INTRODUCE_TO_CONNECTOR'
  | 'INTRODUCE_TO_COLLECTIVE'
  | 'INTRODUCE_TO_INITIATIVE'
  | 'BRIDGE_GROUPS'
  | 'BACK_UP_SINGLE_INITIATOR'
  | 'CHECK_UNCONFIRMED_TIE';

export const SUGGESTION_KINDS: readonly SuggestionKind[] = [
  'INTRODUCE_TO_CONNECTOR',
  'INTRODUCE_TO_COLLECTIVE',
  'INTRODUCE_TO_INITIATIVE',
  'BRIDGE_GROUPS',
  'BACK_UP_SINGLE_INITIATOR',
  'CHECK_UNCONFIRMED_TIE',
];

export type DismissReason = 'ALREADY_KNOW_EACH_OTHER' | 'NOT_SUITABLE' | 'PERSON_DECLINED' | 'NOT_NOW' | 'OTHER';
export const DISMISS_REASONS: readonly DismissReason[] = [
  'ALREADY_KNOW_EACH_OTHER',
  'NOT_SUITABLE',
  'PERSON_DECLINED',
  'NOT_NOW',
  'OTHER',
];

export type FollowUpOutcome = 'TIE_MADE' | 'NO_TIE' | 'TRY_AGAIN';
export const FOLLOW_UP_OUTCOMES: readonly FollowUpOutcome[] = ['TIE_MADE', 'NO_TIE', 'TRY_AGAIN'];

export interface PersonRef {
  id: string;
  displayName: string;
}

/** The predicted change of the place's figures (after − before). */
export interface SuggestionEffect {
  scenario: 'ADD_TIE' | 'END_TIES' | 'NONE';
  residentsLeavingIsolation: number;
  residentsBecomingIsolated: number;
  isolatedChange: number;
  atRiskChange: number;
  tiesChange: number;
  componentsChange: number;
  largestComponentShareChange: number;
  bridgingShareChange: number | null;
  meanDegreeChange: number | null;
  bridgesChange: number;
  articulationPointsChange: number;
}

export interface GapSuggestion {
  id: string;
  kind: SuggestionKind;
  rank: number;
  score: number;
  people: string[];
  persons: PersonRef[];
  proposedTie: { personAId: string; personBId: string } | null;
  reasons: { code: string }[];
  explanation: { nl: string; en: string };
  effect: SuggestionEffect;
}

export interface FollowUp {
  id: string;
  suggestionId: string;
  kind: SuggestionKind;
  people: PersonRef[];
  explanation: { nl: string; en: string };
  effect: SuggestionEffect;
  decidedOn: string;
  decidedBy: { displayName: string };
  followUpOn: string | null;
  followUpStatus: 'OPEN' | 'DONE' | null;
  due: boolean;
  outcome: FollowUpOutcome | null;
  outcomeNote: string | null;
  completedOn: string | null;
  tieId: string | null;
  contactMoment: { id: string; occurredOn: string; channel: ContactChannel; summary: string } | null;
}

/** The place's figures before and after the proposed change. */
export interface WhatIfFigures {
  isolated: number | null;
  atRisk: number | null;
  ties: number | null;
  components: number | null;
  largestComponentShare: number | null;
  meanDegree: number | null;
  bridgingShare: number | null;
}

export interface WhatIfPreview {
  before: WhatIfFigures;
  after: WhatIfFigures;
}

export interface AcceptInput {
  placeId: string;
  suggestionId: string;
  channel: ContactChannel;
  occurredOn: string;
  note: string | null;
  followUpOn: string;
  language: 'NL' | 'EN';
}

export interface DismissInput {
  placeId: string;
  suggestionId: string;
  reason: DismissReason;
  note: string | null;
}

export interface CompleteInput {
  decisionId: string;
  outcome: FollowUpOutcome;
  note: string | null;
  completedOn: string;
  language: 'NL' | 'EN';
}

const EFFECT_FIELDS = `scenario residentsLeavingIsolation residentsBecomingIsolated isolatedChange atRiskChange tiesChange
  componentsChange largestComponentShareChange bridgingShareChange meanDegreeChange bridgesChange articulationPointsChange`;

export const GAP_SUGGESTIONS = operation<{ suggestions: GapSuggestion[] }, { placeId: string; limit: number }>(`
  query GapSuggestions($placeId: ID!, $limit: Int) {
    suggestions(placeId: $placeId, limit: $limit) {
      id kind rank score people persons { id displayName } proposedTie { personAId personBId }
      reasons { code } explanation { nl en } effect { ${EFFECT_FIELDS} }
    }
  }
`);

const FIGURES = 'isolated atRisk ties components largestComponentShare meanDegree bridgingShare';

export const SUGGESTION_WHAT_IF = operation<
  { whatIf: WhatIfPreview },
  { placeId: string; addTies: { personAId: string; personBId: string }[] }
>(`
  query SuggestionWhatIf($placeId: ID!, $addTies: [WhatIfTieInput!]!) {
    whatIf(placeId: $placeId, addTies: $addTies) { before { ${FIGURES} } after { ${FIGURES} } }
  }
`);

const FOLLOW_UP_FIELDS = `id suggestionId kind people { id displayName } explanation { nl en } effect { ${EFFECT_FIELDS} }
  decidedOn decidedBy { displayName } followUpOn followUpStatus due outcome outcomeNote completedOn tieId
  contactMoment { id occurredOn channel summary }`;

export const SUGGESTION_FOLLOW_UPS = operation<
  { suggestionFollowUps: FollowUp[] },
  { placeId: string; includeDone: boolean }
>(`
  query SuggestionFollowUps($placeId: ID!, $includeDone: Boolean!) {
    suggestionFollowUps(placeId: $placeId, includeDone: $includeDone) { ${FOLLOW_UP_FIELDS} }
  }
`);

export const ACCEPT_SUGGESTION = operation<{ acceptSuggestion: FollowUp }, { input: AcceptInput }>(`
  mutation AcceptSuggestion($input: AcceptSuggestionInput!) { acceptSuggestion(input: $input) { ${FOLLOW_UP_FIELDS} } }
`);

export const DISMISS_SUGGESTION = operation<{ dismissSuggestion: { id: string } }, { input: DismissInput }>(`
  mutation DismissSuggestion($input: DismissSuggestionInput!) { dismissSuggestion(input: $input) { id } }
`);

export const REOPEN_SUGGESTION = operation<{ reopenSuggestion: string }, { decisionId: string }>(`
  mutation ReopenSuggestion($decisionId: ID!) { reopenSuggestion(decisionId: $decisionId) }
`);

export const COMPLETE_FOLLOW_UP = operation<{ completeFollowUp: FollowUp }, { input: CompleteInput }>(`
  mutation CompleteFollowUp($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) { ${FOLLOW_UP_FIELDS} } }
`);

export interface PlaceFigures {
  residents: number | null;
  isolated: number | null;
  atRisk: number | null;
}

export const PLACE_FIGURES = operation<{ placeHealth: PlaceFigures }, { placeId: string }>(`
  query GapPlaceFigures($placeId: ID!) { placeHealth(placeId: $placeId) { residents isolated atRisk } }
`);

/** How many suggestions the panel asks for: a morning's work, and the API's default. */
export const PANEL_LIMIT = 20;

@Injectable({ providedIn: 'root' })
export class SuggestionsApi {
  private readonly graphql = inject(GraphqlClient);

  suggestions(placeId: string): Observable<GapSuggestion[]> {
    return this.graphql
      .request(GAP_SUGGESTIONS, { placeId, limit: PANEL_LIMIT })
      .pipe(map(({ suggestions }) => suggestions));
  }

  figures(placeId: string): Observable<PlaceFigures> {
    return this.graphql.request(PLACE_FIGURES, { placeId }).pipe(map(({ placeHealth }) => placeHealth));
  }

  whatIf(placeId: string, tie: { personAId: string; personBId: string }): Observable<WhatIfPreview> {
    return this.graphql
      .request(SUGGESTION_WHAT_IF, { placeId, addTies: [{ personAId: tie.personAId, personBId: tie.personBId }] })
      .pipe(map(({ whatIf }) => whatIf));
  }

  followUps(placeId: string, includeDone = false): Observable<FollowUp[]> {
    return this.graphql
      .request(SUGGESTION_FOLLOW_UPS, { placeId, includeDone })
      .pipe(map(({ suggestionFollowUps }) => suggestionFollowUps));
  }

  accept(input: AcceptInput): Observable<FollowUp> {
    return this.graphql.request(ACCEPT_SUGGESTION, { input }).pipe(map(({ acceptSuggestion }) => acceptSuggestion));
  }

  dismiss(input: DismissInput): Observable<string> {
    return this.graphql
      .request(DISMISS_SUGGESTION, { input })
      .pipe(map(({ dismissSuggestion }) => dismissSuggestion.id));
  }

  reopen(decisionId: string): Observable<string> {
    return this.graphql
      .request(REOPEN_SUGGESTION, { decisionId })
      .pipe(map(({ reopenSuggestion }) => reopenSuggestion));
  }

  complete(input: CompleteInput): Observable<FollowUp> {
    return this.graphql.request(COMPLETE_FOLLOW_UP, { input }).pipe(map(({ completeFollowUp }) => completeFollowUp));
  }
}
