/**
 * The place dashboard in Chromium against the real API and the demo neighbourhood: the worker sees the figures
 * of De Lindenhof and of a street, as the API computes them, with trend charts; the CSV download holds the
 * API's own figures, a chart downloads as a real PNG; the housing corporation lands on the dashboard, sees a
 * small street withheld (with the reason) and not one resident's name anywhere on the page or in its answers.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { pathOf, signIn } from './support/app';
import { eventually, launchBrowser, openPage, type OpenedPage, PHONE, saveScreenshot } from './support/browser';
import { graphql, residents, tokenFor } from './support/graphql';
import { DEMO } from './support/state';

interface Health {
  placeId: string;
  name: string;
  residents: number | null;
  isolated: number | null;
  shareIsolated: number | null;
  meanDegree: number | null;
  suppressed: boolean;
}

async function placeHealth(email: string, placeId: string): Promise<Health> {
  const res = await graphql<{ placeHealth: Health }>(
    'query ($placeId: ID!) { placeHealth(placeId: $placeId) { placeId name residents isolated shareIsolated meanDegree suppressed } }',
    { placeId },
    await tokenFor(email),
  );
  if (!res.data) throw new Error(`web-e2e: placeHealth failed: ${JSON.stringify(res.errors)}`);
  return res.data.placeHealth;
}

async function placeIds(email: string): Promise<Map<string, string>> {
  const res = await graphql<{ places: { edges: { node: { id: string; name: string } }[] } }>(
    '{ places(first: 200) { edges { node { id name } } } }',
    {},
    await tokenFor(email),
  );
  return new Map((res.data?.places.edges ?? []).map((e) => [e.node.name, e.node.id]));
}

/** The figures are on screen: the residents tile shows a value and nothing is loading any more. */
async function waitForFigures(page: Page, trend = true): Promise<void> {
  await page.locator('[data-tile="residents"] .value').waitFor({ timeout: 30_000 });
  await page.locator('.figures[aria-busy="false"]').waitFor({ timeout: 30_000 });
  if (trend) await page.locator('[data-chart="exclusion"]').waitFor({ timeout: 60_000 });
}

async function downloadBytes(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('place dashboard', () => {
  let browser: Browser;
  let tab: OpenedPage;
  let places: Map<string, string>;
  let buurt: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    places = await placeIds(DEMO.worker);
    buurt = places.get('De Lindenhof') ?? '';
    expect(buurt).not.toBe('');
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    tab = await openPage(browser);
  });
  afterEach(async () => {
    await tab.close();
  });

  it('shows the worker the figures and trend of De Lindenhof and of a street, and exports them', async () => {
    const { page } = tab;
    await signIn(page, DEMO.worker);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.waitForURL('**/dashboard');
    await waitForFigures(page);

    const health = await placeHealth(DEMO.worker, buurt);
    expect(health.residents).toBe(300);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Dashboard: De Lindenhof');
    expect(await page.locator('[data-tile="residents"] .value').innerText()).toBe('300');
    expect(await page.locator('[data-tile="isolated"] .detail').innerText()).toBe(`${health.isolated} bewoners`);
    // three trend charts over 12 months plus the help chart, each drawn on a canvas with a table beside it
    await eventually(async () => expect(await page.locator('wf-health-chart canvas').count()).toBe(4), 60_000);
    expect(await page.locator('[data-chart="exclusion"] tbody tr').count()).toBe(13);
    expect(await page.locator('.compare tbody tr').count()).toBe(8);
    await saveScreenshot(page, 'dashboard-worker');
    await page.locator('.trend').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelector('.trend')?.scrollIntoView());
    await saveScreenshot(page, 'dashboard-worker-charts');

    // the CSV holds the API's own figures for the buurt, and the 13 months of the trend
    const csv = await downloadBytes(page, () => page.getByRole('button', { name: 'Cijfers en verloop (CSV)' }).click());
    expect(csv.name).toMatch(/^weefsel-dashboard-de-lindenhof-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = csv.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
    const column = (name: string) => header.indexOf(name);
    const figures = rows.find((r) => r[0] === 'figures');
    expect(figures?.[1]).toBe('De Lindenhof');
    expect(Number(figures?.[column('residents')])).toBe(health.residents);
    expect(Number(figures?.[column('isolated')])).toBe(health.isolated);
    expect(Number(figures?.[column('shareIsolated')])).toBeCloseTo(health.shareIsolated ?? -1, 10);
    expect(Number(figures?.[column('meanDegree')])).toBeCloseTo(health.meanDegree ?? -1, 10);
    expect(rows.filter((r) => r[0] === 'trend')).toHaveLength(13);
    expect(rows.filter((r) => r[0] === 'children')).toHaveLength(8);

    // a chart as a picture
    const png = await downloadBytes(page, () => page.locator('[data-chart="exclusion"] .chart-actions button').click());
    expect(png.name).toMatch(/^weefsel-exclusion-de-lindenhof-\d{4}-\d{2}-\d{2}\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(200);

    // a street, from the comparison table
    const street = await placeHealth(DEMO.worker, places.get('Lindenlaan') ?? '');
    await page.locator('.compare').getByRole('button', { name: 'Lindenlaan' }).click();
    await eventually(async () =>
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Dashboard: Lindenlaan'),
    );
    await eventually(async () =>
      expect(await page.locator('[data-tile="residents"] .value').innerText()).toBe(String(street.residents)),
    );
    expect(await page.getByText('Lindenlaan heeft geen plekken eronder.').count()).toBe(1);
    expect(tab.pageErrors).toEqual([]);
  });

  it('shows it on a phone in one column', async () => {
    const phone = await openPage(browser, { viewport: PHONE });
    try {
      await signIn(phone.page, DEMO.worker);
      await phone.page.goto('/dashboard');
      await waitForFigures(phone.page);
      const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(PHONE.width);
      await saveScreenshot(phone.page, 'dashboard-worker-phone');
      expect(phone.pageErrors).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('shows the corporation aggregates only: a small street withheld, and no resident name anywhere', async () => {
    const workerToken = await tokenFor(DEMO.worker);
    // an empty street: fewer than 10 residents, so the corporation must not see its figures
    const created = await graphql<{ createPlace: { id: string } }>(
      'mutation ($parentId: ID!) { createPlace(input: { name: "Hofje", level: STREET, parentId: $parentId }) { id } }',
      { parentId: buurt },
      workerToken,
    );
    const hofje = created.data?.createPlace.id;
    expect(hofje).toBeDefined();
    try {
      const names = (await residents(DEMO.worker, { first: 200 })).names;
      expect(names).toHaveLength(200);
      const { page } = tab;
      const answers: string[] = [];
      page.on('response', (response) => {
        if (new URL(response.url()).pathname === '/graphql') {
          response.text().then(
            (body) => answers.push(body),
            () => undefined,
          );
        }
      });

      await signIn(page, DEMO.corporation);
      await eventually(() => expect(pathOf(page)).toBe('/dashboard'));
      await waitForFigures(page);
      await eventually(async () => expect(await page.locator('wf-health-chart canvas').count()).toBe(4), 60_000);
      expect(await page.locator('.privacy-note').innerText()).toContain('afgerond op 5');

      const row = page.locator('.compare tbody tr', { hasText: 'Hofje' });
      expect(await row.locator('td').count()).toBe(1);
      expect(await row.locator('.withheld-cell').innerText()).toContain('afgeschermd');
      expect(await row.innerText()).not.toMatch(/\d/);
      expect(await page.locator('.children .withheld-note').innerText()).toContain('minder dan 10 bewoners');
      // the corporation's figures are the API's rounded ones (21 isolated residents read as 20)
      const rounded = await placeHealth(DEMO.corporation, buurt);
      expect((rounded.isolated ?? 1) % 5).toBe(0);
      expect(await page.locator('[data-tile="isolated"] .detail').innerText()).toBe(`${rounded.isolated} bewoners`);
      await saveScreenshot(page, 'dashboard-corporation');
      await page.evaluate(() => document.querySelector('.children')?.scrollIntoView());
      await saveScreenshot(page, 'dashboard-corporation-table');

      await page.setViewportSize(PHONE);
      await page.evaluate(() => document.querySelector('.children')?.scrollIntoView());
      await saveScreenshot(page, 'dashboard-corporation-phone');
      await page.setViewportSize({ width: 1200, height: 800 });

      const text = await page.locator('body').innerText();
      const html = await page.content();
      expect(names.filter((name) => text.includes(name) || html.includes(name))).toEqual([]);
      expect(answers.length).toBeGreaterThan(0);
      expect(names.filter((name) => answers.some((body) => body.includes(name)))).toEqual([]);
      expect(await page.locator('a[href^="/people"]').count()).toBe(0);
      expect(tab.pageErrors).toEqual([]);
    } finally {
      if (hofje) await graphql('mutation ($id: ID!) { deletePlace(id: $id) }', { id: hofje }, workerToken);
    }
  });
});
