/**
 * Every migration runs up on an empty database, down again to nothing, and up once more: each has a working
 * `down`. On embedded PGlite (in memory) by default; with DATABASE_URL, on a fresh database of that server.
 */
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { MIGRATIONS } from './entities';

jest.mock('@electric-sql/pglite', () => jest.requireActual('../../testing/real-pglite').realPGlite());

async function tables(db: DataSource): Promise<string[]> {
  const rows: { table_name: string }[] = await db.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> 'migrations' ORDER BY 1`,
  );
  return rows.map((r) => r.table_name);
}

describe('migrations', () => {
  const serverUrl = process.env['DATABASE_URL'];
  const dbName = `weefsel_migrations_${process.pid}_${Date.now()}`;
  let db: DataSource;

  beforeAll(async () => {
    let databaseUrl: string | null = null;
    if (serverUrl) {
      const admin = new Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${dbName}`);
      await admin.end();
      const url = new URL(serverUrl);
      url.pathname = `/${dbName}`;
      databaseUrl = url.toString();
    }
    db = new DataSource(dataSourceOptions({ databaseUrl, pgliteDataDir: 'memory://' }));
    await db.initialize();
  });

  afterAll(async () => {
    await db?.destroy();
    if (serverUrl) {
      const admin = new Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
  });

  it('go up, all the way down, and up again', async () => {
    const applied = await db.runMigrations({ transaction: 'each' });
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => new m().name));
    const schema = await tables(db);
    expect(schema).toEqual(expect.arrayContaining(['person', 'tie', 'audit_log', 'data_version']));
    for (let i = 0; i < MIGRATIONS.length; i++) await db.undoLastMigration({ transaction: 'each' });
    expect(await tables(db)).toEqual([]);
    await db.runMigrations({ transaction: 'each' });
    expect(await tables(db)).toEqual(schema);
  });

  it('bumps the tenant’s data version on every change to what the analyses read', async () => {
    const version = async (tenantId: string): Promise<number> => {
      const rows: { version: string }[] = await db.query(`SELECT version FROM data_version WHERE tenant_id = $1`, [
        tenantId,
      ]);
      return rows.length ? Number(rows[0].version) : 0;
    };
    const [{ id: tenantId }] = await db.query(`INSERT INTO organisation (name) VALUES ('Versie') RETURNING id`);
    const [{ id: placeId }] = await db.query(
      `INSERT INTO place (tenant_id, name, level) VALUES ($1, 'Straat', 'STREET') RETURNING id`,
      [tenantId],
    );
    const afterInsert = await version(tenantId);
    expect(afterInsert).toBe(1);
    await db.query(`UPDATE place SET name = 'Laan' WHERE id = $1`, [placeId]);
    expect(await version(tenantId)).toBe(2);
    await db.query(`DELETE FROM place WHERE id = $1`, [placeId]);
    expect(await version(tenantId)).toBe(3);
  });
});
