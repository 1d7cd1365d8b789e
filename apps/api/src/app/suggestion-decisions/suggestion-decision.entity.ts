import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';
import type {
  FollowUpOutcome,
  FollowUpStatus,
  SuggestionDecisionStatus,
  SuggestionDismissReason,
} from './suggestion-decision.rules';

/** The predicted effect, as the suggestion stated it when the decision was taken (SuggestionEffect). */
export type EffectSnapshot = Record<string, string | number | null>;

/** What the suggestion was about besides the people: a collective, an initiative or a tie to check. */
export interface DecisionSubject {
  collectiveId?: string | null;
  initiativeId?: string | null;
  tieId?: string | null;
}

/** A worker's decision about a gap-filler suggestion, with a snapshot of the suggestion as it was then. */
@Entity('suggestion_decision')
export class SuggestionDecisionEntity extends TenantOwnedEntity {
  /** the place whose suggestions it was taken from */
  @Column('uuid', { name: 'place_id' })
  placeId: string;

  /** the suggestion's stable id (libs/graph suggestionId: a hash of its kind and the ids it is about) */
  @Column('varchar', { name: 'suggestion_id', length: 64 })
  suggestionId: string;

  @Column('varchar', { length: 16 })
  status: SuggestionDecisionStatus;

  @Column('varchar', { length: 32 })
  kind: string;

  @Column('jsonb')
  explanation: { nl: string; en: string };

  @Column('jsonb')
  effect: EffectSnapshot;

  @Column('jsonb', { name: 'proposed_tie', nullable: true })
  proposedTie: { personAId: string; personBId: string } | null;

  @Column('jsonb', { default: () => "'{}'" })
  subject: DecisionSubject;

  @Column('uuid', { name: 'decided_by' })
  decidedBy: string;

  @Column('date', { name: 'decided_on' })
  decidedOn: string;

  /** why it was dismissed (DISMISSED only) */
  @Column('varchar', { length: 32, nullable: true })
  reason: SuggestionDismissReason | null;

  @Column('text', { nullable: true })
  note: string | null;

  /** the introduction logged when it was accepted */
  @Column('uuid', { name: 'contact_moment_id', nullable: true })
  contactMomentId: string | null;

  @Column('date', { name: 'follow_up_on', nullable: true })
  followUpOn: string | null;

  @Column('varchar', { name: 'follow_up_status', length: 8, nullable: true })
  followUpStatus: FollowUpStatus | null;

  /** the latest outcome of the follow-up (TRY_AGAIN leaves it open) */
  @Column('varchar', { length: 16, nullable: true })
  outcome: FollowUpOutcome | null;

  @Column('text', { name: 'outcome_note', nullable: true })
  outcomeNote: string | null;

  @Column('date', { name: 'completed_on', nullable: true })
  completedOn: string | null;

  @Column('uuid', { name: 'completed_by', nullable: true })
  completedBy: string | null;

  /** the tie made (or confirmed) when the follow-up ended with TIE_MADE */
  @Column('uuid', { name: 'tie_id', nullable: true })
  tieId: string | null;
}

/** The people a decision is about, in the suggestion's order (the person to help first). */
@Entity('suggestion_decision_person')
export class SuggestionDecisionPersonEntity {
  @Column('uuid', { name: 'decision_id', primary: true })
  decisionId: string;

  @Column('uuid', { name: 'person_id', primary: true })
  personId: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('smallint')
  position: number;
}
