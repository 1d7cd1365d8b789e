/**
 * The people list as a worker uses it: narrow it to a street, search a name, page through it; and a worker
 * assigned to one street sees that street's residents only. Expected figures come from the API itself.
 */
import type { Browser, Page } from 'playwright-core';
import {
  type ListedResident,
  listedResidents,
  pagerRange,
  pathOf,
  residentTotal,
  signIn,
  waitForList,
} from './support/app';
import { eventually, launchBrowser, openPage, type OpenedPage } from './support/browser';
import { residents } from './support/graphql';
import { DEMO, DEMO_RESIDENTS, STREET_WORKER_STREET } from './support/state';

const PAGE_SIZE = 50;

/** The select's options as the user reads them (the tree indent trimmed), with the place id behind each. */
async function placeOptions(page: Page): Promise<{ label: string; value: string }[]> {
  return page
    .getByLabel('Plek')
    .locator('option')
    .evaluateAll((options) =>
      options.map((o) => ({ label: (o.textContent ?? '').trim(), value: (o as HTMLOptionElement).value })),
    );
}

/** After a page button: the pager counts from `from` and the new rows are in. */
async function waitForRange(page: Page, from: number, total: number): Promise<void> {
  await eventually(async () => expect((await pagerRange(page))?.from).toBe(from));
  await waitForList(page, total);
}

describe('people list', () => {
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

  it('filters by a street: only that street’s residents, and a smaller total', async () => {
    const { page } = tab;
    await signIn(page, DEMO.worker);
    await waitForList(page, DEMO_RESIDENTS);

    const street = (await placeOptions(page)).find((o) => o.label === 'Bakkerstraat (straat)');
    if (!street) throw new Error(`no Bakkerstraat in the place select: ${JSON.stringify(await placeOptions(page))}`);
    const expected = await residents(DEMO.worker, { placeId: street.value });

    await page.getByLabel('Plek').selectOption(street.value);
    await waitForList(page, expected.totalCount);

    expect(expected.totalCount).toBeGreaterThan(0);
    expect(await residentTotal(page)).toBeLessThan(DEMO_RESIDENTS);
    const rows = await listedResidents(page);
    expect(rows.length).toBe(Math.min(expected.totalCount, PAGE_SIZE));
    expect(new Set(rows.map((r) => r.street))).toEqual(new Set(['Bakkerstraat']));
    expect(rows.map((r) => r.name)).toEqual(expected.names.slice(0, PAGE_SIZE));

    // back to all places: the whole buurt again
    await page.getByLabel('Plek').selectOption({ label: 'Alle plekken' });
    await waitForList(page, DEMO_RESIDENTS);
    expect(new Set((await listedResidents(page)).map((r) => r.street)).size).toBeGreaterThan(1);
  });

  it('narrows the list to the names that match a search', async () => {
    const { page } = tab;
    await signIn(page, DEMO.worker);
    await waitForList(page, DEMO_RESIDENTS);

    // a surname from the list itself, typed in lower case: the search ignores case
    const [first] = await listedResidents(page);
    const surname = first.name.split(' ').at(-1) ?? '';
    const term = surname.toLowerCase();
    const expected = await residents(DEMO.worker, { search: term });
    expect(expected.totalCount).toBeGreaterThan(0);
    expect(expected.totalCount).toBeLessThan(DEMO_RESIDENTS);

    await page.getByLabel('Zoek op naam').pressSequentially(term, { delay: 20 });
    await waitForList(page, expected.totalCount);

    const rows = await listedResidents(page);
    expect(rows.map((r) => r.name)).toEqual(expected.names.slice(0, PAGE_SIZE));
    expect(rows.map((r) => r.name)).toContain(first.name);
    for (const row of rows) expect(row.name.toLowerCase()).toContain(term);

    // a name nobody has: the list says so in words
    await page.getByLabel('Zoek op naam').fill('qxzqxz');
    await page.getByText('Niemand gevonden met “qxzqxz” in de naam.').waitFor();
    expect(await listedResidents(page)).toEqual([]);
    expect(await residentTotal(page)).toBe(0);
  });

  it('loads the next page, and the previous one again', async () => {
    const { page } = tab;
    await signIn(page, DEMO.worker);
    await waitForList(page, DEMO_RESIDENTS);
    const firstPage = await listedResidents(page);
    expect(firstPage).toHaveLength(PAGE_SIZE);
    expect(await pagerRange(page)).toEqual({ from: 1, to: PAGE_SIZE, total: DEMO_RESIDENTS });
    expect(await page.getByRole('button', { name: 'Vorige' }).isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'Volgende' }).click();
    await waitForRange(page, PAGE_SIZE + 1, DEMO_RESIDENTS);
    const secondPage = await listedResidents(page);
    expect(await pagerRange(page)).toEqual({ from: PAGE_SIZE + 1, to: 2 * PAGE_SIZE, total: DEMO_RESIDENTS });
    expect(secondPage).toHaveLength(PAGE_SIZE);
    const firstNames = new Set(firstPage.map((r) => r.name));
    expect(secondPage.filter((r) => firstNames.has(r.name))).toEqual([]);
    expect(await page.getByRole('button', { name: 'Vorige' }).isEnabled()).toBe(true);

    await page.getByRole('button', { name: 'Vorige' }).click();
    await waitForRange(page, 1, DEMO_RESIDENTS);
    expect(await pagerRange(page)).toEqual({ from: 1, to: PAGE_SIZE, total: DEMO_RESIDENTS });
    expect(await listedResidents(page)).toEqual(firstPage);
  });

  it('shows the street worker only the residents of their one street', async () => {
    const { page } = tab;
    await signIn(page, DEMO.streetWorker);
    expect(pathOf(page)).toBe('/people');
    const expected = await residents(DEMO.streetWorker);
    await waitForList(page, expected.totalCount);
    expect(expected.totalCount).toBeGreaterThan(0);
    expect(expected.totalCount).toBeLessThan(DEMO_RESIDENTS);

    expect((await placeOptions(page)).map((o) => o.label)).toEqual([
      'Alle plekken',
      `${STREET_WORKER_STREET} (straat)`,
    ]);

    // every page of the list, not only the first
    const seen: ListedResident[] = [...(await listedResidents(page))];
    const next = page.getByRole('button', { name: 'Volgende' });
    while ((await next.count()) > 0 && (await next.isEnabled())) {
      const shown = await pagerRange(page);
      await next.click();
      await waitForRange(page, (shown?.to ?? 0) + 1, expected.totalCount);
      seen.push(...(await listedResidents(page)));
    }
    expect(seen).toHaveLength(expected.totalCount);
    expect(new Set(seen.map((r) => r.street))).toEqual(new Set([STREET_WORKER_STREET]));
    expect(seen.map((r) => r.name).sort()).toEqual([...expected.names].sort());
  });
});
