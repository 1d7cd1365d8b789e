/**
 * "Who sees what" (DESIGN.md): the housing corporation and the analyst never see a resident's name. For each,
 * every page reachable in the app — by its links and by typing the known paths — is visited, and its text,
 * its DOM and the GraphQL answers it received are searched for the names of the demo's residents. The
 * corporation starts on the place dashboard (its whole view), which is searched once its figures and charts
 * are on screen.
 */
import type { Browser, Page } from 'playwright-core';
import { pathOf, residentTotal, signIn } from './support/app';
import { eventually, launchBrowser, openPage, type OpenedPage, saveScreenshot } from './support/browser';
import { residents } from './support/graphql';
import { DEMO } from './support/state';

/** Every path of the app's router, and one it does not know. */
const KNOWN_PATHS = ['/', '/people', '/home', '/dashboard', '/map', '/import', '/login', '/no-such-page'];

interface Visit {
  /** where the app ended up */
  path: string;
  text: string;
  html: string;
}

/** Visits the known paths and every same-origin link found on the way; returns what each visit showed. */
async function crawl(page: Page): Promise<Visit[]> {
  const origin = new URL(page.url()).origin;
  const queue = [...KNOWN_PATHS];
  const asked = new Set<string>(queue);
  const visits: Visit[] = [];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.getByRole('main').waitFor();
    // the dashboard computes its figures and trend: search it once they are there, not its loading state
    if (pathOf(page) === '/dashboard') {
      await page.locator('[data-tile="residents"]').waitFor({ timeout: 30_000 });
      await page.locator('wf-health-chart canvas').nth(3).waitFor({ timeout: 60_000 });
    }
    visits.push({
      path: pathOf(page),
      text: await page.locator('body').innerText(),
      html: await page.content(),
    });
    const links = await page
      .locator('a[href]')
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    for (const link of links) {
      const url = new URL(link);
      if (url.origin !== origin || asked.has(url.pathname)) continue;
      asked.add(url.pathname);
      queue.push(url.pathname);
    }
  }
  return visits;
}

describe('privacy of residents', () => {
  let browser: Browser;
  let tab: OpenedPage;
  let names: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    names = (await residents(DEMO.worker, { first: 200 })).names;
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

  it('has resident names to look for', () => {
    expect(names).toHaveLength(200);
    expect(new Set(names).size).toBeGreaterThan(150);
  });

  const roles = [
    {
      role: 'corporation',
      email: DEMO.corporation,
      displayName: 'Wendy Vink',
      landing: '/dashboard',
      screenshot: 'corporation-dashboard',
    },
    { role: 'analyst', email: DEMO.analyst, displayName: 'Pieter Zwart', landing: '/home', screenshot: null },
  ];

  it.each(roles)(
    'shows the $role no resident names on any page',
    async ({ email, displayName, landing, screenshot }) => {
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

      await signIn(page, email);
      await eventually(() => expect(pathOf(page)).toBe(landing));
      if (landing === '/dashboard') await page.locator('[data-tile="residents"] .value').waitFor({ timeout: 30_000 });
      else await page.getByRole('heading', { name: `Welkom, ${displayName}` }).waitFor();
      if (screenshot) await saveScreenshot(page, screenshot);

      const visits = await crawl(page);
      // the crawl saw the signed-in app, not only redirects to the sign-in page
      expect(visits.map((v) => v.path)).toContain('/home');
      expect(visits.map((v) => v.path)).toContain(landing);
      expect(visits.some((v) => v.text.includes(displayName))).toBe(true);

      const leaks = visits.flatMap((visit) =>
        names
          .filter((name) => visit.text.includes(name) || visit.html.includes(name))
          .map((name) => `${name} on ${visit.path}`),
      );
      expect(leaks).toEqual([]);
      expect(answers.length).toBeGreaterThan(0);
      expect(names.filter((name) => answers.some((body) => body.includes(name)))).toEqual([]);
      expect(tab.pageErrors).toEqual([]);
    },
  );

  it.each(roles)('sends the $role from /people to their home page, without residents', async ({ email }) => {
    const { page } = tab;
    await signIn(page, email);
    await page.goto('/people');
    await eventually(() => expect(pathOf(page)).toBe('/home'));
    await page.getByRole('heading', { level: 1 }).waitFor();

    expect(await page.getByRole('heading', { name: 'Bewoners' }).count()).toBe(0);
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Bewoners' }).count()).toBe(0);
    expect(await residentTotal(page)).toBeNull();
    const text = await page.locator('body').innerText();
    expect(names.filter((name) => text.includes(name))).toEqual([]);
  });
});
