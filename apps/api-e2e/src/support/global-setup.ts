/**
 * Once per run: a fresh database (PGlite directory, or a new database on DATABASE_URL's server), the demo
 * neighbourhood seeded through the CLI, a second organisation to prove tenant isolation, and the API
 * started as a child process.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFreshDatabase } from './database';
import { apiEnv, newPgliteDir, runCli, startServer } from './server';
import { E2eState, OTHER_TENANT } from './state';

export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env['DATABASE_URL'];
  const fresh = serverUrl ? await createFreshDatabase(serverUrl) : null;
  const store = fresh ? { databaseUrl: fresh.url } : { pgliteDataDir: newPgliteDir() };
  const env = apiEnv(store);
  await runCli(['seed'], env);
  await runCli(
    [
      'org:create',
      '--name',
      OTHER_TENANT.name,
      '--admin-email',
      OTHER_TENANT.adminEmail,
      '--admin-password',
      OTHER_TENANT.adminPassword,
    ],
    env,
  );
  const server = await startServer(env);
  const state: E2eState = {
    url: server.url,
    store,
    database: fresh ? { serverUrl: serverUrl as string, name: fresh.name } : null,
  };
  const stateFile = join(tmpdir(), `weefsel-e2e-${process.pid}.json`);
  writeFileSync(stateFile, JSON.stringify(state));
  process.env['WEEFSEL_E2E_STATE'] = stateFile;
  (globalThis as { __weefselServer?: typeof server }).__weefselServer = server;
}
