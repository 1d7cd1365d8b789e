/**
 * The watch-list in Chromium against the real API and the demo neighbourhood: the ranked list is the API's
 * `atRisk` (same people, same order, same number of isolated residents — 21 in De Lindenhof), reasons are in
 * words, a visit plan made from the list lives in the URL (not in storage), is grouped by street and marks a
 * visit done once a contact moment is logged; the watch-list toggle persists. Screenshots on desktop and phone.
 * Everything a test changes in the shared demo database (a contact moment, a watch-list flag) is put back.
 */
import type { Browser, Page } from 'playwright-core';
import { signIn } from './support/app';
import { eventually, launchBrowser, openPage, type OpenedPage, PHONE, saveScreenshot } from './support/browser';
import { graphql, tokenFor } from './support/graphql';
import { DEMO } from './support/state';

interface ApiAtRisk {
  rank: number;
  personId: string;
  isolated: boolean;
  reasons: { code: string }[];
  person: { displayName: string; onWatchList: boolean; homePlace: { id: string; name: string } };
}

async function firstPlaceOf(token: string): Promise<string> {
  const res = await graphql<{ me: { places: { id: string }[] } }>('{ me { places { id } } }', {}, token);
  const id = res.data?.me.places[0]?.id;
  if (!id) throw new Error('web-e2e: the worker has no places');
  return id;
}

async function apiAtRisk(token: string, placeId: string): Promise<ApiAtRisk[]> {
  const res = await graphql<{ atRisk: ApiAtRisk[] }>(
    `
      query ($placeId: ID!) {
        atRisk(placeId: $placeId) {
          rank
          personId
          isolated
          reasons {
            code
          }
          person {
            displayName
            onWatchList
            homePlace {
              id
              name
            }
          }
        }
      }
    `,
    { placeId },
    token,
  );
  if (!res.data) throw new Error(`web-e2e: atRisk failed: ${JSON.stringify(res.errors)}`);
  return res.data.atRisk;
}

async function setWatchList(token: string, id: string, onWatchList: boolean): Promise<void> {
  const res = await graphql(
    'mutation ($id: ID!, $on: Boolean!) { setWatchList(id: $id, onWatchList: $on) { id } }',
    { id, on: onWatchList },
    token,
  );
  if (!res.data) throw new Error(`web-e2e: setWatchList failed: ${JSON.stringify(res.errors)}`);
}

async function onWatchList(token: string, id: string): Promise<boolean> {
  const res = await graphql<{ person: { onWatchList: boolean } }>(
    'query ($id: ID!) { person(id: $id) { onWatchList } }',
    { id },
    token,
  );
  if (!res.data) throw new Error(`web-e2e: person failed: ${JSON.stringify(res.errors)}`);
  return res.data.person.onWatchList;
}

function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The names of the ranked list, in the order shown. */
function rankedNames(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: 'Ranglijst van wie risico loopt' })
    .locator(':scope > li .who .name')
    .allInnerTexts();
}

async function openWatchList(page: Page): Promise<void> {
  await signIn(page, DEMO.worker);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aandachtslijst' }).click();
  await page.waitForURL('**/watch-list**');
  await page.getByRole('list', { name: 'Ranglijst van wie risico loopt' }).waitFor();
}

describe('watch-list', () => {
  let browser: Browser;
  let tab: OpenedPage;
  let token: string;
  let buurt: string;
  let atRisk: ApiAtRisk[];

  beforeAll(async () => {
    browser = await launchBrowser();
    token = await tokenFor(DEMO.worker);
    buurt = await firstPlaceOf(token);
    atRisk = await apiAtRisk(token, buurt);
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    tab = await openPage(browser);
  });
  afterEach(async () => {
    expect(tab.pageErrors).toEqual([]);
    await tab.close();
  });

  it('ranks the at-risk residents as the API does, with their reasons in words', async () => {
    const { page } = tab;
    await openWatchList(page);

    // the demo buurt has isolated residents (21 on the demo's today): the page counts what the API returned
    const isolated = atRisk.filter((p) => p.isolated).length;
    expect(isolated).toBeGreaterThan(0);
    await eventually(async () =>
      expect(await page.getByRole('status').first().innerText()).toContain(
        `${atRisk.length} bewoners lopen risico, van wie ${isolated} zonder enige band.`,
      ),
    );
    // same people in the same order as the API's ranking
    expect(await rankedNames(page)).toEqual(atRisk.map((p) => p.person.displayName));

    // the most urgent resident is isolated (the API ranks the isolated first): "geen banden" in words, no code
    const first = page.locator(`li.entry[data-person-id="${atRisk[0].personId}"]`);
    expect(atRisk[0].reasons.map((r) => r.code)).toContain('ISOLATED');
    expect(await first.locator('.reasons').innerText()).toContain('geen banden');
    expect(await first.innerText()).not.toContain('ISOLATED');
    expect(await first.locator('.nearest').innerText()).toMatch(/Verbinder|Collectief|Initiatief/);

    // the reason filter keeps only the isolated
    await page.getByLabel('Reden').selectOption('ISOLATED');
    await eventually(async () => expect((await rankedNames(page)).length).toBe(isolated));
    await saveScreenshot(page, 'watch-list-desktop');
  });

  it('makes a visit plan grouped by street, kept in the URL, and marks a logged visit as done', async () => {
    const { page } = tab;
    await openWatchList(page);

    const [a, b] = atRisk;
    await page.getByRole('button', { name: `${a.person.displayName} in het bezoekplan` }).click();
    await page.getByRole('button', { name: `${b.person.displayName} in het bezoekplan` }).click();
    await eventually(async () => expect(new URL(page.url()).searchParams.get('visit')?.split(',')).toHaveLength(2));
    // and the top 3 not visited in four weeks come on top of the two chosen by hand
    await page.getByLabel('Aantal').fill('3');
    await page.getByRole('button', { name: 'Plan de top 3 die 4 weken niet bezocht zijn' }).click();
    await eventually(async () => expect(new URL(page.url()).searchParams.get('visit')?.split(',')).toHaveLength(5));
    const planned = (new URL(page.url()).searchParams.get('visit') ?? '').split(',');

    // personal data must not outlive the session: the plan is not in localStorage
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    for (const id of planned) expect(stored).not.toContain(id);

    await page.getByRole('tab', { name: /Bezoekplan/ }).click();
    await page.getByRole('heading', { name: /Bezoekplan/ }).waitFor();
    const plannedPeople = atRisk.filter((p) => planned.includes(p.personId));
    const streets = new Set(plannedPeople.map((p) => p.person.homePlace.name));
    // one section per street, five visits in all, none done yet unless visited today
    await eventually(async () => expect(await page.locator('.plan-street').count()).toBe(streets.size));
    expect(await page.locator('li.visit').count()).toBe(5);
    for (const street of streets) {
      expect(await page.locator('.plan-street h3').allInnerTexts()).toContainEqual(expect.stringContaining(street));
    }
    const visitA = page.locator('li.visit', { has: page.getByRole('link', { name: a.person.displayName }) });
    // the link names the resident and the way back: this plan, with its whole query (capture.spec follows it)
    const logLink = new URL(
      (await visitA.getByRole('link', { name: 'Bezoek vastleggen' }).getAttribute('href')) ?? '',
      page.url(),
    );
    expect(logLink.pathname).toBe('/capture');
    expect(logLink.searchParams.get('person')).toBe(a.personId);
    const planNow = new URL(page.url());
    expect(logLink.searchParams.get('returnUrl')).toBe(planNow.pathname + planNow.search);
    expect(await visitA.innerText()).toContain('Breng ter sprake');
    const doneBefore = await page.locator('li.visit.done').count();

    // the plan survives a reload: it is in the URL
    await page.reload();
    await eventually(async () => expect(await page.locator('li.visit').count()).toBe(5), 20_000);
    await saveScreenshot(page, 'watch-list-plan-desktop');

    // a contact moment on or after the plan's start makes the visit done
    const logged = await graphql<{ logContactMoment: { id: string } }>(
      `
        mutation ($input: LogContactMomentInput!) {
          logContactMoment(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          personIds: [a.personId],
          placeId: a.person.homePlace.id,
          channel: 'HOME_VISIT',
          occurredOn: todayIso(),
          summary: 'Langs geweest (browsertest).',
          signals: [],
        },
      },
      token,
    );
    if (!logged.data) throw new Error(`web-e2e: logContactMoment failed: ${JSON.stringify(logged.errors)}`);
    try {
      await page.getByRole('button', { name: 'Vernieuwen' }).click();
      await eventually(async () => {
        expect(await visitA.locator('.status').innerText()).toContain('Bezocht');
        expect(await page.locator('li.visit.done').count()).toBe(doneBefore + 1);
      }, 20_000);
      expect(await page.locator('.progress').innerText()).toContain(`${doneBefore + 1} van 5 bezocht`);
    } finally {
      await graphql(
        'mutation ($id: ID!) { deleteContactMoment(id: $id) }',
        { id: logged.data.logContactMoment.id },
        token,
      );
    }
  });

  it('puts someone on the watch-list and keeps it after a reload', async () => {
    const { page } = tab;
    const person = atRisk.find((p) => !p.person.onWatchList);
    if (!person) throw new Error('web-e2e: everyone at risk is on the watch-list already');
    try {
      await openWatchList(page);
      const toggle = page.getByRole('button', { name: `${person.person.displayName} op de aandachtslijst` });
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      await toggle.click();
      await eventually(async () => expect(await toggle.getAttribute('aria-pressed')).toBe('true'));
      expect(await onWatchList(token, person.personId)).toBe(true);

      await page.reload();
      await page.getByRole('list', { name: 'Ranglijst van wie risico loopt' }).waitFor();
      const again = page.getByRole('button', { name: `${person.person.displayName} op de aandachtslijst` });
      await eventually(async () => expect(await again.getAttribute('aria-pressed')).toBe('true'), 20_000);
      expect(await page.locator(`li.entry[data-person-id="${person.personId}"] .reasons`).innerText()).toContain(
        'op de aandachtslijst',
      );
    } finally {
      await setWatchList(token, person.personId, false);
    }
  });

  it('works on a phone', async () => {
    const phone = await openPage(browser, { viewport: PHONE });
    try {
      const { page } = phone;
      await openWatchList(page);
      await eventually(async () => expect((await rankedNames(page)).length).toBe(atRisk.length));
      // no sideways scrolling on a 390 px screen
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await saveScreenshot(page, 'watch-list-phone');
      await page.locator('li.entry').first().scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'watch-list-phone-entries');

      await page.getByRole('button', { name: `${atRisk[0].person.displayName} in het bezoekplan` }).click();
      await page.getByRole('tab', { name: /Bezoekplan/ }).click();
      await page.locator('li.visit').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await page.locator('li.visit').first().scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'watch-list-plan-phone');

      // the same plan in English (kept in the URL, so a reload keeps it): no Dutch left, nothing wider than the phone
      await page.evaluate(() => localStorage.setItem('weefsel.language', 'en'));
      await page.reload();
      await page.getByRole('tab', { name: /Visit plan/ }).waitFor();
      await page.locator('li.visit').first().waitFor();
      const body = await page.locator('main').innerText();
      for (const dutch of ['Bezoekplan', 'Bezoek vastleggen', 'Nog te bezoeken', 'Aandachtslijst', 'bewoners']) {
        expect(body).not.toContain(dutch);
      }
      expect(await page.locator('li.visit').first().getByRole('link', { name: 'Log visit' }).count()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await page.locator('li.visit').first().scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'watch-list-plan-phone-en');
      expect(phone.pageErrors).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
