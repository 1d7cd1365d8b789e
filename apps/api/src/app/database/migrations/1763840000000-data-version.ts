import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A change counter per tenant, bumped by triggers on every table that feeds the analyses. Analysis results
 * are cached by (tenant, place, date, version), so any change — through the API, an import or the CLI —
 * invalidates them, on every API instance, without the services having to remember to.
 */
const TABLES = [
  'place',
  'person',
  'collective',
  'membership',
  'initiative',
  'initiative_collective',
  'participation',
  'tie',
  'contact_moment',
  'contact_moment_person',
  'help_request',
  'help_offer',
];

export class DataVersion1763840000000 implements MigrationInterface {
  name = 'DataVersion1763840000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE data_version (
      tenant_id uuid PRIMARY KEY REFERENCES organisation(id) ON DELETE CASCADE,
      version bigint NOT NULL DEFAULT 0)`);
    await q.query(`CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE t uuid;
      BEGIN
        IF TG_OP = 'DELETE' THEN t := OLD.tenant_id; ELSE t := NEW.tenant_id; END IF;
        INSERT INTO data_version (tenant_id, version) VALUES (t, 1)
          ON CONFLICT (tenant_id) DO UPDATE SET version = data_version.version + 1;
        RETURN NULL;
      END $$`);
    for (const table of TABLES) {
      await q.query(`CREATE TRIGGER ${table}_data_version AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION bump_data_version()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`DROP TRIGGER IF EXISTS ${table}_data_version ON ${table}`);
    await q.query(`DROP FUNCTION IF EXISTS bump_data_version()`);
    await q.query(`DROP TABLE IF EXISTS data_version`);
  }
}
