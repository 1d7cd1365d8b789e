import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the community worker decided about a gap-filler suggestion: accepted (the introduction is logged as a
 * contact moment and followed up) or dismissed with a reason. A decision keeps a snapshot of the suggestion
 * (kind, explanation, predicted effect), because the suggestion itself is recomputed and may be gone tomorrow.
 * The people involved are in suggestion_decision_person, so erasure (AVG) can find every decision that names them.
 */
export class SuggestionDecisions1764000000000 implements MigrationInterface {
  name = 'SuggestionDecisions1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE suggestion_decision (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      place_id uuid NOT NULL REFERENCES place(id) ON DELETE CASCADE,
      suggestion_id varchar(64) NOT NULL,
      status varchar(16) NOT NULL CHECK (status IN ('ACCEPTED','DISMISSED')),
      kind varchar(32) NOT NULL,
      explanation jsonb NOT NULL,
      effect jsonb NOT NULL,
      proposed_tie jsonb,
      subject jsonb NOT NULL DEFAULT '{}',
      decided_by uuid NOT NULL REFERENCES app_user(id) ON DELETE RESTRICT,
      decided_on date NOT NULL,
      reason varchar(32)
        CHECK (reason IN ('ALREADY_KNOW_EACH_OTHER','NOT_SUITABLE','PERSON_DECLINED','NOT_NOW','OTHER')),
      note text,
      contact_moment_id uuid REFERENCES contact_moment(id) ON DELETE SET NULL,
      follow_up_on date,
      follow_up_status varchar(8) CHECK (follow_up_status IN ('OPEN','DONE')),
      outcome varchar(16) CHECK (outcome IN ('TIE_MADE','NO_TIE','TRY_AGAIN')),
      outcome_note text,
      completed_on date,
      completed_by uuid REFERENCES app_user(id) ON DELETE RESTRICT,
      tie_id uuid REFERENCES tie(id) ON DELETE SET NULL,
      CHECK ((status = 'ACCEPTED') = (follow_up_on IS NOT NULL AND follow_up_status IS NOT NULL)),
      CHECK ((status = 'DISMISSED') = (reason IS NOT NULL)))`);
    await q.query(`CREATE INDEX ix_suggestion_decision_suggestion ON suggestion_decision (tenant_id, suggestion_id)`);
    await q.query(
      `CREATE INDEX ix_suggestion_decision_follow_up ON suggestion_decision (tenant_id, follow_up_status, follow_up_on)`,
    );
    await q.query(
      `CREATE INDEX ix_suggestion_decision_decided ON suggestion_decision (tenant_id, decided_on, created_at)`,
    );
    await q.query(`CREATE TABLE suggestion_decision_person (
      decision_id uuid NOT NULL REFERENCES suggestion_decision(id) ON DELETE CASCADE,
      person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
      tenant_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
      position smallint NOT NULL,
      PRIMARY KEY (decision_id, person_id))`);
    await q.query(`CREATE INDEX ix_suggestion_decision_person ON suggestion_decision_person (tenant_id, person_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS suggestion_decision_person`);
    await q.query(`DROP TABLE IF EXISTS suggestion_decision`);
  }
}
