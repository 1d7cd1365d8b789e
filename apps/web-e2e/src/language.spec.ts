/** The language switch in the header turns the visible texts from Dutch to English and back, without a reload. */
import type { Browser, Page } from 'playwright-core';
import { residentTotal, signIn, waitForList } from './support/app';
import { eventually, launchBrowser, openPage, type OpenedPage } from './support/browser';
import { DEMO, DEMO_RESIDENTS } from './support/state';

async function visibleTexts(page: Page) {
  return {
    lang: await page.evaluate(() => document.documentElement.lang),
    title: await page.title(),
    heading: (await page.getByRole('heading', { level: 1 }).innerText()).trim(),
    nav: (await page.getByRole('navigation').first().innerText()).trim(),
    total: (await page.getByRole('status').first().innerText()).trim(),
    body: await page.locator('body').innerText(),
  };
}

describe('language', () => {
  let browser: Browser;
  let tab: OpenedPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    tab = await openPage(browser);
  });
  afterAll(async () => {
    await tab?.close();
    await browser?.close();
  });

  it('switches the visible texts from Dutch to English and back', async () => {
    const { page } = tab;
    await signIn(page, DEMO.worker);
    await waitForList(page, DEMO_RESIDENTS);

    const dutch = await visibleTexts(page);
    expect(dutch).toMatchObject({
      lang: 'nl',
      title: 'Bewoners · Weefsel',
      heading: 'Bewoners',
      nav: ['Aandachtslijst', 'Bewoners', 'Kaart', 'Gatenvuller', 'Initiatieven', 'Dashboard', 'Importeren'].join('\n'),
      total: '300 bewoners',
    });
    expect(dutch.body).toContain('Uitloggen');
    expect(dutch.body).toContain('Zoek op naam');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await eventually(async () => expect((await visibleTexts(page)).heading).toBe('Residents'));
    const english = await visibleTexts(page);
    expect(english).toMatchObject({
      lang: 'en',
      title: 'Residents · Weefsel',
      heading: 'Residents',
      nav: ['Watch-list', 'Residents', 'Map', 'Gap filler', 'Initiatives', 'Dashboard', 'Import'].join('\n'),
      total: '300 residents',
    });
    expect(english.body).toContain('Sign out');
    expect(english.body).toContain('Search by name');
    expect(english.body).toContain('Roles today');
    expect(english.body).not.toContain('Uitloggen');
    expect(english.body).not.toContain('Zoek op naam');
    expect(await page.getByLabel('Search by name').count()).toBe(1);
    // same residents, only the words around them change
    expect(await residentTotal(page)).toBe(DEMO_RESIDENTS);

    await page.getByRole('button', { name: 'Schakel over naar Nederlands' }).click();
    await eventually(async () => expect((await visibleTexts(page)).heading).toBe('Bewoners'));
    const back = await visibleTexts(page);
    expect({ ...back, body: undefined }).toEqual({ ...dutch, body: undefined });
    expect(back.body).toContain('Uitloggen');
    expect(back.body).not.toContain('Sign out');
  });
});
