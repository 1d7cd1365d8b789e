import { readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { dropDatabase } from './database';
import { RunningServer } from './server';
import { E2eState } from './state';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __weefselServer?: RunningServer }).__weefselServer;
  await server?.stop();
  const file = process.env['WEEFSEL_E2E_STATE'];
  if (!file) return;
  const state = JSON.parse(readFileSync(file, 'utf8')) as E2eState;
  if (state.database) await dropDatabase(state.database.serverUrl, state.database.name);
  if (state.store.pgliteDataDir) rmSync(dirname(state.store.pgliteDataDir), { recursive: true, force: true });
  rmSync(file, { force: true });
}
