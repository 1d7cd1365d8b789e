/** Where the server of this run listens, and the demo accounts the seed creates (README). */
export const URL_VARIABLE = 'WEEFSEL_WEB_E2E_URL';

export function baseUrl(): string {
  const url = process.env[URL_VARIABLE];
  if (!url) throw new Error('web-e2e: run through jest with the global setup (npx nx run web-e2e:test)');
  return url;
}

export const DEMO = {
  password: 'weefsel-demo',
  worker: 'werker@demo.weefsel.nl',
  streetWorker: 'straat@demo.weefsel.nl',
  corporation: 'corporatie@demo.weefsel.nl',
  analyst: 'analist@demo.weefsel.nl',
} as const;

/** The demo neighbourhood: 300 residents in De Lindenhof; the street worker works in Lindenlaan only. */
export const DEMO_RESIDENTS = 300;
export const STREET_WORKER_STREET = 'Lindenlaan';
