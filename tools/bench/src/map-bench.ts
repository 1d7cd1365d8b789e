/**
 * `npm run bench:map`: issue 4's "a 2,000-node neighbourhood is interactive within 2 s", measured end to end —
 * the built API on a fresh PGlite with the demo and a 2,000-node buurt imported from CSV, the built web app in
 * Debian's Chromium (playwright-core), the worker of that buurt opening the map.
 *
 * 1. builds the API and the web app if dist/ lacks them, seeds the demo into tmp/bench/map-XXXXXX/, writes the
 *    buurt's CSV files there (./map-neighbourhood.ts) and imports them with the API's CLI;
 * 2. starts the API (serving the web app), creates a worker for the buurt and times the `network` query over
 *    HTTP: right after a change (snapshot, figures and layout computed while the request waits), a few seconds
 *    after a change (precomputed by the API's MapWarmer) and again (cached);
 * 3. in Chromium, `--reps` times each: the first visit (a click on "Kaart" in a signed-in tab with nothing in
 *    its session) right after a change, a few seconds after one, and with the map already in the API's cache;
 *    a highlight on the drawn map; a revisit in the same tab (positions from the session); a reload of the
 *    whole app on the map. "Interactive" is the map's data-state="ready" (every node drawn at its position)
 *    plus two animation frames (the canvas painted);
 * 4. prints the medians and writes them into docs/benchmarks.md between `<!-- bench-map:start -->` and
 *    `<!-- bench-map:end -->`, with a screenshot of the map as docs/screenshots/map-bench-2000.png.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BUURT_EXTERNAL_ID, mapNeighbourhood } from './map-neighbourhood';
import { startApi, type Api } from './map-server';

const ROOT = join(__dirname, '..', '..');
const START = '<!-- bench-map:start -->';
const END = '<!-- bench-map:end -->';
const DEMO_WIJK = 'place-wijk';
const DEMO_ADMIN = 'admin@demo.weefsel.nl';
const DEMO_PASSWORD = 'weefsel-demo';
const WORKER = { email: 'bench@demo.weefsel.nl', password: 'bench-worker-password' };
const CHROMIUM = '/usr/bin/chromium';
/**
 * How long after a change the "precomputed" steps wait: the API's MapWarmer starts 1.5 s after a user's last
 * change and needs about 2.5 s for 2,000 nodes here (snapshot, figures, layout).
 */
const SETTLE_MS = 6000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Row {
  step: string;
  runs: number[];
}

function options(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      nodes: { type: 'string', default: '2000' },
      ties: { type: 'string', default: '8000' },
      seed: { type: 'string', default: '1' },
      reps: { type: 'string', default: '5' },
      doc: { type: 'string', default: join(ROOT, 'docs', 'benchmarks.md') },
      'no-doc': { type: 'boolean', default: false },
    },
  });
  const whole = (name: 'nodes' | 'ties' | 'seed' | 'reps'): number => {
    const value = Number(values[name]);
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
    return value;
  };
  if (whole('reps') < 3) throw new Error('--reps must be at least 3 (the median of three or more runs)');
  return { ...values, nodes: whole('nodes'), ties: whole('ties'), seed: whole('seed'), reps: whole('reps') };
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** A Markdown table with its columns padded, as Prettier writes it (so `npm run format:check` stays green). */
export function markdownTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, 3, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

function ensureBuilt(): void {
  const needed = ['dist/apps/api/main.js', 'dist/apps/api/cli.js', 'dist/apps/web/browser/index.html'];
  if (needed.every((file) => existsSync(join(ROOT, file)))) return;
  console.log('bench:map: building the API and the web app …');
  const nx = join(ROOT, 'node_modules', 'nx', 'dist', 'bin', 'nx.js');
  const result = spawnSync(process.execPath, [nx, 'run-many', '-t', 'build', '-p', 'api', 'web'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  if (result.status !== 0) throw new Error('bench:map: the build failed');
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

const NETWORK = `query($placeId: ID!) { network(placeId: $placeId) { asOf nodes { id kind x y } edges { kind } } }`;
const CREATE_TIE = `mutation($input: CreateTieInput!) { createTie(input: $input) { id } }`;
const PEOPLE = `query($placeId: ID, $first: Int) { people(placeId: $placeId, first: $first) { edges { node { id } } } }`;

/**
 * Changes to the data, one per call: a new weak tie between two residents of the list who have none yet. Each
 * makes a new data version, so every cached analysis of the buurt — the positions too — is cold after it.
 */
async function changer(api: Api, token: string, placeId: string): Promise<() => Promise<void>> {
  const vars = { placeId, first: 200 };
  const people = (await api.gql<{ people: { edges: { node: { id: string } }[] } }>(PEOPLE, vars, token)).people;
  const ids = people.edges.map((e) => e.node.id);
  let next = 0;
  return async () => {
    for (; next + 1 < ids.length; next += 2) {
      const input = { personAId: ids[next], personBId: ids[next + 1], kind: 'OTHER', strength: 1, since: '2026-01-01' };
      const created = await api.gql(CREATE_TIE, { input }, token).then(
        () => true,
        (error: Error) => {
          if (error.message.includes('"CONFLICT"')) return false; // tied already: the next two
          throw error;
        },
      );
      if (created) {
        next += 2;
        return;
      }
    }
    throw new Error('bench:map: no two residents left to tie');
  };
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** The map drawn at its positions, and the canvas painted (two animation frames later). */
async function mapReady(page: Page): Promise<void> {
  await page.locator('.map-frame[data-state="ready"]').waitFor({ timeout: 60_000 });
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/** A new tab (nothing in its session), signed in, on the people list. */
async function openTab(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: url, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await signIn(page, WORKER.email, WORKER.password);
  await page.goto('/people');
  await page.getByRole('link', { name: 'Kaart' }).waitFor();
  return page;
}

async function webglOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  });
}

export async function main(argv: string[]): Promise<number> {
  const opts = options(argv);
  ensureBuilt();
  mkdirSync(join(ROOT, 'tmp', 'bench'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'tmp', 'bench', `map-${opts.nodes}-`));
  const data = mapNeighbourhood({ nodes: opts.nodes, ties: opts.ties, seed: opts.seed, parentExternalId: DEMO_WIJK });
  const csvDir = join(dir, 'csv');
  mkdirSync(csvDir);
  for (const [name, text] of Object.entries(data.files)) writeFileSync(join(csvDir, name), text);
  console.log(
    `bench:map: ${data.residents} residents, ${data.collectives} collectives, ${data.initiatives} initiatives, ` +
      `${data.ties} ties in ${csvDir}`,
  );

  const api = await startApi(ROOT, join(dir, 'pglite'), [csvDir]);
  const rows: Row[] = [];
  let renderer = 'unknown';
  let browser: Browser | null = null;
  try {
    const admin = await api.login(DEMO_ADMIN, DEMO_PASSWORD);
    const placeId = await api.placeId(admin, BUURT_EXTERNAL_ID, 'Benchbuurt');
    await api.createWorker(admin, WORKER.email, WORKER.password, placeId);
    const worker = await api.login(WORKER.email, WORKER.password);
    const network = () => api.gql<{ network: { nodes: unknown[] } }>(NETWORK, { placeId }, worker);
    const first = await network();
    if (first.network.nodes.length !== opts.nodes) {
      throw new Error(`bench:map: the map has ${first.network.nodes.length} nodes, expected ${opts.nodes}`);
    }

    const change = await changer(api, worker, placeId);
    const rightAfter: number[] = [];
    const settledAfter: number[] = [];
    const cached: number[] = [];
    for (let i = 0; i < opts.reps; i++) {
      await change();
      rightAfter.push(await timed(network));
      cached.push(await timed(network));
      await change();
      await sleep(SETTLE_MS);
      settledAfter.push(await timed(network));
    }
    rows.push({
      step: 'API: `network` right after a change (snapshot, figures and layout while it waits)',
      runs: rightAfter,
    });
    rows.push({
      step: `API: \`network\` ${SETTLE_MS / 1000} s after a change (precomputed by the API)`,
      runs: settledAfter,
    });
    rows.push({ step: 'API: `network` again (cached)', runs: cached });

    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    const visitRightAfter: number[] = [];
    const visitSettled: number[] = [];
    const newTab: number[] = [];
    const revisit: number[] = [];
    const highlight: number[] = [];
    const reload: number[] = [];
    // as a worker opens the map: signed in, on another page of the app, a click on "Kaart"
    const visit = (page: Page) =>
      timed(async () => {
        await page.getByRole('link', { name: 'Kaart' }).click();
        await mapReady(page);
      });
    for (let i = 0; i < opts.reps; i++) {
      // signed in, then the data changes, then the map opens: at once, and after a few seconds
      let page = await openTab(browser, api.url);
      renderer = await webglOf(page);
      await change();
      visitRightAfter.push(await visit(page));
      await page.context().close();
      page = await openTab(browser, api.url);
      await change();
      await sleep(SETTLE_MS);
      visitSettled.push(await visit(page));
      await page.context().close();

      // a new tab: nothing in the session, the API has the map
      page = await openTab(browser, api.url);
      newTab.push(await visit(page));
      // what the worker sees: the API's layout of the whole buurt (docs/screenshots, beside the web-e2e ones)
      if (i === 0 && !opts['no-doc'])
        await page.screenshot({ path: join(ROOT, 'docs', 'screenshots', 'map-bench-2000.png') });
      highlight.push(
        await timed(async () => {
          await page.getByRole('button', { name: /^Geïsoleerd/ }).click();
          await page.getByText(/geïsoleerde bewoners: geen enkele band/).waitFor();
          await mapReady(page);
        }),
      );
      await page.getByRole('link', { name: 'Bewoners' }).click();
      await page.waitForURL('**/people');
      revisit.push(
        await timed(async () => {
          await page.getByRole('link', { name: 'Kaart' }).click();
          await mapReady(page);
        }),
      );
      // the worst case: the whole app loads again (a reload, a link from elsewhere), the map with it
      reload.push(
        await timed(async () => {
          await page.reload();
          await mapReady(page);
        }),
      );
      await page.context().close();
    }
    rows.push({
      step: 'browser: first visit right after a change (the API computes while the page waits)',
      runs: visitRightAfter,
    });
    rows.push({ step: `browser: first visit ${SETTLE_MS / 1000} s after a change (precomputed)`, runs: visitSettled });
    rows.push({ step: 'browser: first visit in a new tab (the API has the map)', runs: newTab });
    rows.push({ step: 'browser: a highlight (isolated) on the drawn map', runs: highlight });
    rows.push({ step: 'browser: revisit in the same tab (positions from the session)', runs: revisit });
    rows.push({ step: 'browser: reload of the whole app on the map', runs: reload });
  } finally {
    await browser?.close();
    await api.stop();
  }

  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ` +
      `load average ${loadavg()[0].toFixed(1)} at the end; ${opts.nodes} map nodes (${data.residents} residents, ` +
      `${data.collectives} collectives, ${data.initiatives} initiatives), ${data.ties} ties, seed ${opts.seed}; ` +
      `Chromium headless, WebGL renderer "${renderer}"; median of ${opts.reps} runs.`,
    '',
    ...markdownTable(
      ['step', 'median', 'runs'],
      rows.map((r) => [r.step, seconds(median(r.runs)), r.runs.map((x) => (x / 1000).toFixed(2)).join(' · ')]),
    ),
  ].join('\n');
  console.log(`\n${table}\n`);
  if (!opts['no-doc']) {
    const doc = readFileSync(opts.doc, 'utf8');
    const start = doc.indexOf(START);
    const end = doc.indexOf(END);
    if (start < 0 || end < start) throw new Error(`bench:map: ${opts.doc} lacks the ${START} … ${END} markers`);
    writeFileSync(opts.doc, `${doc.slice(0, start + START.length)}\n\n${table}\n\n${doc.slice(end)}`);
    console.log(`bench:map: written into ${opts.doc}`);
  }
  return 0;
}
