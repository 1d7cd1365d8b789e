import { readFileSync } from 'node:fs';

export interface E2eState {
  url: string;
  store: { databaseUrl?: string; pgliteDataDir?: string };
  database: { serverUrl: string; name: string } | null;
}

export function e2eState(): E2eState {
  const file = process.env['WEEFSEL_E2E_STATE'];
  if (!file) throw new Error('api-e2e: run through jest with the global setup (npx nx run api-e2e:test)');
  return JSON.parse(readFileSync(file, 'utf8')) as E2eState;
}

/** The demo accounts the seed creates (README), all with the demo password. */
export const DEMO = {
  password: 'weefsel-demo',
  admin: 'admin@demo.weefsel.nl',
  worker: 'werker@demo.weefsel.nl',
  streetWorker: 'straat@demo.weefsel.nl',
  corporation: 'corporatie@demo.weefsel.nl',
  analyst: 'analist@demo.weefsel.nl',
} as const;

/** A second organisation, created by the global setup: its rows must never meet the demo's. */
export const OTHER_TENANT = {
  name: 'Stichting Elders',
  adminEmail: 'admin@elders.test',
  adminPassword: 'elders-secret-1',
} as const;
