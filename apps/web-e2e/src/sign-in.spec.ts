/** Signing in and out as a community worker: the server's refusal, the people page, and the way back out. */
import type { Browser } from 'playwright-core';
import { pathOf, residentTotal, signIn, submitSignIn, waitForList } from './support/app';
import { eventually, launchBrowser, openPage, type OpenedPage, saveScreenshot } from './support/browser';
import { signInRefusal } from './support/graphql';
import { DEMO, DEMO_RESIDENTS } from './support/state';

describe('sign-in', () => {
  let browser: Browser;
  let tab: OpenedPage;

  beforeAll(async () => {
    browser = await launchBrowser();
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

  it('shows the server’s message for a wrong password and stays on /login', async () => {
    const { page } = tab;
    await page.goto('/');
    await page.waitForURL('**/login');
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    await saveScreenshot(page, 'login');

    const wrongPassword = 'not-the-demo-password';
    await submitSignIn(page, DEMO.worker, wrongPassword);

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.innerText()).trim()).toBe(await signInRefusal(DEMO.worker, wrongPassword));
    expect(pathOf(page)).toBe('/login');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    // the form stays usable: the button is back, and the e-mail address is kept
    expect(await page.getByRole('button', { name: 'Inloggen' }).isEnabled()).toBe(true);
    expect(await page.getByLabel('E-mailadres').inputValue()).toBe(DEMO.worker);
    expect(tab.pageErrors).toEqual([]);
  });

  it('signs the demo worker in to the people page with all 300 residents', async () => {
    const { page } = tab;
    await signIn(page, DEMO.worker);

    expect(pathOf(page)).toBe('/people');
    await page.getByRole('heading', { name: 'Bewoners', level: 1 }).waitFor();
    await waitForList(page);
    expect(await residentTotal(page)).toBe(DEMO_RESIDENTS);
    expect(await page.getByRole('banner').innerText()).toContain('Samira Bouchta');
    expect(await page.title()).toBe('Bewoners · Weefsel');
    expect(tab.pageErrors).toEqual([]);
    await saveScreenshot(page, 'people');
  });

  it('sends a signed-in worker who opens /login to their start page', async () => {
    const { page } = tab;
    await signIn(page, DEMO.worker);
    await waitForList(page, DEMO_RESIDENTS);

    // typed in the address bar (or a bookmark, or a reload): a fresh start of the app with the tab's token
    await page.goto('/login', { waitUntil: 'networkidle' });
    await eventually(() => expect(pathOf(page)).toBe('/people'));
    await waitForList(page, DEMO_RESIDENTS);
  });

  it('signs out to /login, after which /people sends back to /login', async () => {
    const { page } = tab;
    await signIn(page, DEMO.worker);
    await waitForList(page, DEMO_RESIDENTS);

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL('**/login');
    expect(pathOf(page)).toBe('/login');
    expect(await page.getByRole('heading', { name: 'Inloggen' }).isVisible()).toBe(true);
    // nothing of the session is left in the tab for the next person at a shared computer
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

    await page.goto('/people');
    await eventually(() => expect(pathOf(page)).toBe('/login'));
    expect(new URL(page.url()).searchParams.get('returnUrl')).toBe('/people');
    await page.getByLabel('E-mailadres').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await residentTotal(page)).toBeNull();
  });
});
