/**
 * What a user does and reads in the web app, by the names a screen reader would use (roles, labels, texts).
 * The texts are Dutch: a fresh browser starts in Weefsel's default language.
 */
import type { Page } from 'playwright-core';
import { eventually } from './browser';
import { DEMO } from './state';

/** Fills in the sign-in form and submits it; does not wait for where the app goes next. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/login')) await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** Signs in and waits until the app has left the sign-in page. */
export async function signIn(page: Page, email: string, password: string = DEMO.password): Promise<void> {
  await submitSignIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

/** The number in "300 bewoners" / "300 residents", or null while there is none. */
export async function residentTotal(page: Page): Promise<number | null> {
  for (const text of await page.getByRole('status').allInnerTexts()) {
    const match = /^(\d+) (bewoners?|residents?)$/.exec(text.trim());
    if (match) return Number(match[1]);
  }
  return null;
}

export interface ListedResident {
  name: string;
  street: string;
}

/** The residents the list shows now: the row header is the name, the first cell the street. */
export function listedResidents(page: Page): Promise<ListedResident[]> {
  return page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') })
    .evaluateAll((rows) =>
      rows.map((row) => ({
        name: row.querySelector('th')?.textContent?.trim() ?? '',
        street: row.querySelector('td')?.textContent?.trim() ?? '',
      })),
    );
}

/** "51–100 van 300" under the list, or null without a pager. */
export async function pagerRange(page: Page): Promise<{ from: number; to: number; total: number } | null> {
  const pager = page.getByRole('navigation', { name: 'Bladeren' });
  if ((await pager.count()) === 0) return null;
  const match = /(\d+)–(\d+) van (\d+)/.exec(await pager.innerText());
  return match ? { from: Number(match[1]), to: Number(match[2]), total: Number(match[3]) } : null;
}

/** Waits until the list has answered the latest request: a total is shown and the table is not busy. */
export async function waitForList(page: Page, expectedTotal?: number): Promise<void> {
  await eventually(async () => {
    const total = await residentTotal(page);
    if (total === null) throw new Error('web-e2e: no resident total on the page yet');
    if (expectedTotal !== undefined && total !== expectedTotal) {
      throw new Error(`web-e2e: the page says ${total} residents, expected ${expectedTotal}`);
    }
    const busy = await page.getByRole('table').getAttribute('aria-busy', { timeout: 1_000 });
    if (busy !== 'false') throw new Error(`web-e2e: the list is still busy (aria-busy=${busy})`);
  });
}
