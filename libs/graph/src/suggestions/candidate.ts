/**
 * A suggestion before its what-if: what each kind's module proposes to gap-filler.ts, which ranks, evaluates and
 * scores them. Internal to suggestions/.
 */
import type { SuggestionKind, SuggestionReason } from './suggestion';

export interface Candidate {
  kind: SuggestionKind;
  /** the ids the stable suggestion id is made of (after the kind) */
  idParts: string[];
  people: string[];
  collectiveId?: string;
  initiativeId?: string;
  tieId?: string;
  /** simulated as an added tie (scenario ADD_TIE) */
  proposedTie?: { personAId: string; personBId: string };
  /** simulated as ended ties (scenario END_TIES) */
  endTieIds?: string[];
  /** the urgency part of the score (gap-filler.ts) */
  urgency: number;
  reasons: SuggestionReason[];
  explanation: { nl: string; en: string };
  /** the at-risk person an introduction is for (at most `maxPerPerson` each) */
  forPerson?: string;
}
