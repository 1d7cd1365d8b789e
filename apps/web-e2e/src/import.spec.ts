/**
 * CSV import from the web against the real API: a new street and two residents are recognised in the browser,
 * checked with a dry run that writes nothing, imported, and importing them again changes nothing; a file with a
 * bad row gets the row-by-row report (file, line, column, reason) and nothing of it is written. The test removes
 * what it imported, so the other browser tests still find the demo's 300 residents.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { signIn } from './support/app';
import { launchBrowser, openPage, type OpenedPage, PHONE, saveScreenshot } from './support/browser';
import { graphql, tokenFor } from './support/graphql';
import { DEMO } from './support/state';

const STREET = 'Wevershof';
const MARK = 'E2E-Import';

async function find(token: string): Promise<{ places: { id: string }[]; people: { id: string }[] }> {
  const res = await graphql<{
    places: { edges: { node: { id: string; name: string } }[] };
    people: { edges: { node: { id: string } }[] };
  }>(
    `
      query ($search: String) {
        places(first: 200) {
          edges {
            node {
              id
              name
            }
          }
        }
        people(search: $search, first: 50) {
          edges {
            node {
              id
            }
          }
        }
      }
    `,
    { search: MARK },
    token,
  );
  if (!res.data) throw new Error(`web-e2e: lookup failed: ${JSON.stringify(res.errors)}`);
  return {
    places: res.data.places.edges.map((e) => e.node).filter((p) => p.name === STREET),
    people: res.data.people.edges.map((e) => e.node),
  };
}

async function choose(page: Page, files: string[]): Promise<void> {
  await page.locator('#import-files').setInputFiles(files);
  await page
    .locator('.files tbody tr')
    .nth(files.length - 1)
    .waitFor();
}

async function rowsOf(page: Page, selector: string): Promise<string[][]> {
  return page
    .locator(`${selector} tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent?.trim() ?? '')),
    );
}

describe('CSV import from the web', () => {
  let browser: Browser;
  let tab: OpenedPage;
  let token: string;
  let dir: string;
  let buurt: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    token = await tokenFor(DEMO.worker);
    const res = await graphql<{ places: { edges: { node: { name: string; externalId: string | null } }[] } }>(
      '{ places(first: 200) { edges { node { name externalId } } } }',
      {},
      token,
    );
    // the buurt's own external id, as an export writes it: a new street refers to its parent by it
    buurt = res.data?.places.edges.find((e) => e.node.name === 'De Lindenhof')?.node.externalId ?? '';
    expect(buurt).not.toBe('');
    dir = mkdtempSync(join(tmpdir(), 'weefsel-import-'));
  });
  afterAll(async () => {
    // leave the demo as it was: the imported residents (erased) and the street
    const left = await find(token);
    for (const person of left.people) await graphql('mutation ($id: ID!) { deletePerson(id: $id) }', person, token);
    for (const place of left.places) await graphql('mutation ($id: ID!) { deletePlace(id: $id) }', place, token);
    await browser?.close();
  });
  beforeEach(async () => {
    tab = await openPage(browser);
  });
  afterEach(async () => {
    await tab.close();
  });

  it('checks first, imports a street and two residents, and importing again changes nothing', async () => {
    const places = join(dir, 'straten.csv');
    const people = join(dir, 'bewoners.csv');
    writeFileSync(places, `external_id,name,level,parent_external_id\ne2e-wevershof,${STREET},STREET,${buurt}\n`);
    writeFileSync(
      people,
      'external_id;display_name;home_place_external_id;birth_year\n' +
        `e2e-p1;Ella ${MARK};e2e-wevershof;1950\ne2e-p2;Joop ${MARK};e2e-wevershof;\n`,
    );
    const { page } = tab;
    await signIn(page, DEMO.worker);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Importeren' }).click();
    await page.waitForURL('**/import');
    await choose(page, [places, people]);
    expect((await rowsOf(page, '.files')).map((r) => r.slice(0, 3))).toEqual([
      ['straten.csv', 'plekken', '1'],
      ['bewoners.csv', 'bewoners', '2'],
    ]);

    await page.getByRole('button', { name: 'Controleren (er wordt nog niets geschreven)' }).click();
    await page.locator('.report[data-ok="true"]').waitFor();
    expect(await page.locator('.report h2').innerText()).toContain('Er is nog niets geschreven');
    expect((await rowsOf(page, '.counts')).map((r) => r.slice(0, 2))).toEqual([
      ['plekken', '1'],
      ['bewoners', '2'],
    ]);
    // a dry run writes nothing
    expect(await find(token)).toEqual({ places: [], people: [] });

    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByRole('heading', { name: 'Geïmporteerd.' }).waitFor();
    expect(await page.locator('.report .outcome p').innerText()).toBe('3 nieuw, 0 bijgewerkt, 0 ongewijzigd.');
    const written = await find(token);
    expect(written.places).toHaveLength(1);
    expect(written.people).toHaveLength(2);

    // the same files again: every row unchanged
    await page.getByRole('button', { name: 'Controleren (er wordt nog niets geschreven)' }).click();
    await page.locator('.report[data-ok="true"]').waitFor();
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByRole('heading', { name: 'Geïmporteerd.' }).waitFor();
    expect(await page.locator('.nothing-changed').innerText()).toContain('Er is niets veranderd');
    expect((await rowsOf(page, '.counts')).map((r) => r.slice(1))).toEqual([
      ['0', '0', '1'],
      ['0', '0', '2'],
    ]);
    expect((await find(token)).people).toHaveLength(2);
    expect(tab.pageErrors).toEqual([]);
  });

  it('reports a bad row by file, line, column and reason, and writes nothing', async () => {
    const people = join(dir, 'nieuwe-bewoners.csv');
    writeFileSync(
      people,
      'external_id,display_name,home_place_external_id,birth_year\n' +
        `e2e-p3,Kees ${MARK},e2e-wevershof,1960\ne2e-p4,Mien ${MARK},e2e-wevershof,19x7\n`,
    );
    const before = (await find(token)).people.length;
    const { page } = tab;
    await signIn(page, DEMO.worker);
    await page.goto('/import');
    await choose(page, [people]);
    await page.getByRole('button', { name: 'Controleren (er wordt nog niets geschreven)' }).click();
    await page.locator('.report[data-ok="false"]').waitFor();
    expect(await page.locator('.report h2').innerText()).toBe('1 probleem gevonden. Er is niets geschreven.');
    const problems = await rowsOf(page, '.problems');
    expect(problems).toHaveLength(1);
    expect(problems[0].slice(0, 3)).toEqual(['nieuwe-bewoners.csv', '3', 'birth_year']);
    expect(problems[0][3]).toContain('19x7');
    expect(await page.getByRole('button', { name: 'Importeren', exact: true }).isDisabled()).toBe(true);
    expect((await find(token)).people).toHaveLength(before);
    await saveScreenshot(page, 'import-errors');

    await page.setViewportSize(PHONE);
    await page.locator('.report').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'import-errors-phone');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    expect(tab.pageErrors).toEqual([]);
  });
});
