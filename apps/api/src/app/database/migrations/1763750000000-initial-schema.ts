import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first schema: organisations (tenants), users, the place hierarchy, residents, collectives, initiatives,
 * ties, contact moments, help, and the audit log. Every tenant-owned table has tenant_id, indexed first,
 * and unique external ids per tenant (imports are idempotent by them).
 */
export class InitialSchema1763750000000 implements MigrationInterface {
  name = 'InitialSchema1763750000000';

  async up(q: QueryRunner): Promise<void> {
    const owned = `
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()`;
    await q.query(`CREATE TABLE organisation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name varchar(120) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE TABLE app_user (${owned},
      email varchar(254) NOT NULL,
      display_name varchar(120) NOT NULL,
      role varchar(16) NOT NULL CHECK (role IN ('WORKER','CORPORATION','ANALYST','ADMIN')),
      password_hash varchar(255) NOT NULL,
      disabled boolean NOT NULL DEFAULT false)`);
    await q.query(`CREATE UNIQUE INDEX uq_app_user_email ON app_user (email)`);
    await q.query(`CREATE TABLE place (${owned},
      name varchar(120) NOT NULL,
      level varchar(16) NOT NULL CHECK (level IN ('STREET','NEIGHBOURHOOD','DISTRICT','VILLAGE','MUNICIPALITY')),
      parent_id uuid REFERENCES place(id) ON DELETE RESTRICT,
      cbs_code varchar(10),
      external_id varchar(100))`);
    await q.query(`CREATE INDEX ix_place_tenant_parent ON place (tenant_id, parent_id)`);
    await q.query(`CREATE UNIQUE INDEX uq_place_external ON place (tenant_id, external_id)`);
    await q.query(`CREATE TABLE user_place (
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      place_id uuid NOT NULL REFERENCES place(id) ON DELETE CASCADE,
      tenant_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
      PRIMARY KEY (user_id, place_id))`);
    await q.query(`CREATE TABLE person (${owned},
      display_name varchar(120) NOT NULL,
      pseudonym varchar(8) NOT NULL,
      home_place_id uuid NOT NULL REFERENCES place(id) ON DELETE RESTRICT,
      birth_year smallint CHECK (birth_year BETWEEN 1900 AND 2100),
      roles jsonb NOT NULL DEFAULT '[]',
      assets jsonb NOT NULL DEFAULT '[]',
      on_watch_list boolean NOT NULL DEFAULT false,
      consent jsonb,
      external_id varchar(100))`);
    await q.query(`CREATE UNIQUE INDEX uq_person_pseudonym ON person (tenant_id, pseudonym)`);
    await q.query(`CREATE UNIQUE INDEX uq_person_external ON person (tenant_id, external_id)`);
    await q.query(`CREATE INDEX ix_person_tenant_place_name ON person (tenant_id, home_place_id, display_name, id)`);
    await q.query(`CREATE INDEX ix_person_tenant_name ON person (tenant_id, display_name, id)`);
    await q.query(`CREATE TABLE collective (${owned},
      name varchar(120) NOT NULL,
      kind varchar(32) NOT NULL,
      place_id uuid NOT NULL REFERENCES place(id) ON DELETE RESTRICT,
      description text,
      external_id varchar(100))`);
    await q.query(`CREATE UNIQUE INDEX uq_collective_external ON collective (tenant_id, external_id)`);
    await q.query(`CREATE INDEX ix_collective_tenant_place ON collective (tenant_id, place_id)`);
    await q.query(`CREATE TABLE membership (${owned},
      collective_id uuid NOT NULL REFERENCES collective(id) ON DELETE CASCADE,
      person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
      role varchar(16) NOT NULL,
      since date NOT NULL,
      until date,
      external_id varchar(100),
      CHECK (until IS NULL OR until >= since))`);
    await q.query(`CREATE UNIQUE INDEX uq_membership_external ON membership (tenant_id, external_id)`);
    await q.query(`CREATE INDEX ix_membership_person ON membership (tenant_id, person_id)`);
    await q.query(`CREATE INDEX ix_membership_collective ON membership (tenant_id, collective_id)`);
    await q.query(`CREATE TABLE initiative (${owned},
      name varchar(120) NOT NULL,
      kind varchar(32) NOT NULL,
      phase varchar(16) NOT NULL,
      place_id uuid NOT NULL REFERENCES place(id) ON DELETE RESTRICT,
      started_on date,
      ended_on date,
      meaning_for_street text,
      support_needed text,
      external_id varchar(100),
      CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on))`);
    await q.query(`CREATE UNIQUE INDEX uq_initiative_external ON initiative (tenant_id, external_id)`);
    await q.query(`CREATE INDEX ix_initiative_tenant_place ON initiative (tenant_id, place_id)`);
    await q.query(`CREATE TABLE initiative_collective (
      initiative_id uuid NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
      collective_id uuid NOT NULL REFERENCES collective(id) ON DELETE CASCADE,
      tenant_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
      PRIMARY KEY (initiative_id, collective_id))`);
    await q.query(`CREATE TABLE participation (${owned},
      initiative_id uuid NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
      person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
      role varchar(16) NOT NULL,
      since date NOT NULL,
      until date,
      external_id varchar(100),
      CHECK (until IS NULL OR until >= since))`);
    await q.query(`CREATE UNIQUE INDEX uq_participation_external ON participation (tenant_id, external_id)`);
    await q.query(`CREATE INDEX ix_participation_person ON participation (tenant_id, person_id)`);
    await q.query(`CREATE INDEX ix_participation_initiative ON participation (tenant_id, initiative_id)`);
    await q.query(`CREATE TABLE tie (${owned},
      person_a_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
      person_b_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
      kind varchar(32) NOT NULL,
      functions jsonb NOT NULL DEFAULT '[]',
      strength smallint NOT NULL CHECK (strength BETWEEN 1 AND 5),
      since date NOT NULL,
      until date,
      last_confirmed_on date,
      source varchar(32) NOT NULL,
      confidence real NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
      origin_initiative_id uuid REFERENCES initiative(id) ON DELETE SET NULL,
      visibility varchar(16) NOT NULL DEFAULT 'NORMAL',
      note text,
      external_id varchar(100),
      CHECK (person_a_id < person_b_id),
      CHECK (until IS NULL OR until >= since))`);
    await q.query(`CREATE UNIQUE INDEX uq_tie_external ON tie (tenant_id, external_id)`);
    await q.query(`CREATE INDEX ix_tie_a ON tie (tenant_id, person_a_id)`);
    await q.query(`CREATE INDEX ix_tie_b ON tie (tenant_id, person_b_id)`);
    await q.query(`CREATE TABLE contact_moment (${owned},
      worker_id uuid NOT NULL REFERENCES app_user(id) ON DELETE RESTRICT,
      place_id uuid NOT NULL REFERENCES place(id) ON DELETE RESTRICT,
      channel varchar(16) NOT NULL,
      occurred_on date NOT NULL,
      summary text NOT NULL,
      signals jsonb NOT NULL DEFAULT '[]')`);
    await q.query(`CREATE INDEX ix_contact_moment_place ON contact_moment (tenant_id, place_id, occurred_on)`);
    await q.query(`CREATE TABLE contact_moment_person (
      contact_moment_id uuid NOT NULL REFERENCES contact_moment(id) ON DELETE CASCADE,
      person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
      tenant_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
      PRIMARY KEY (contact_moment_id, person_id))`);
    await q.query(`CREATE INDEX ix_contact_moment_person ON contact_moment_person (tenant_id, person_id)`);
    await q.query(`CREATE TABLE help_offer (${owned},
      person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
      need varchar(32) NOT NULL,
      description text,
      status varchar(16) NOT NULL,
      offered_on date NOT NULL,
      external_id varchar(100))`);
    await q.query(`CREATE UNIQUE INDEX uq_help_offer_external ON help_offer (tenant_id, external_id)`);
    await q.query(`CREATE INDEX ix_help_offer_person ON help_offer (tenant_id, person_id)`);
    await q.query(`CREATE TABLE help_request (${owned},
      person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
      need varchar(32) NOT NULL,
      description text,
      status varchar(16) NOT NULL,
      requested_on date NOT NULL,
      matched_offer_id uuid REFERENCES help_offer(id) ON DELETE SET NULL,
      external_id varchar(100))`);
    await q.query(`CREATE UNIQUE INDEX uq_help_request_external ON help_request (tenant_id, external_id)`);
    await q.query(`CREATE INDEX ix_help_request_person ON help_request (tenant_id, person_id)`);
    await q.query(`CREATE TABLE audit_log (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
      user_id uuid,
      action varchar(32) NOT NULL,
      entity varchar(32) NOT NULL,
      entity_id uuid,
      detail jsonb,
      at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX ix_audit_log_tenant_at ON audit_log (tenant_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_log',
      'help_request',
      'help_offer',
      'contact_moment_person',
      'contact_moment',
      'tie',
      'participation',
      'initiative_collective',
      'initiative',
      'membership',
      'collective',
      'person',
      'user_place',
      'place',
      'app_user',
      'organisation',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
