/**
 * The person page as a worker uses it, in Chromium against the real API: find an isolated resident in the
 * people list, open their page, log a contact, add a tie and watch the figures change (degree 0 → 1, no longer
 * isolated), end the tie again (back to 0), and put them on the watch-list and off again. Each change is also
 * checked through the API, so the page is not just agreeing with itself. The test leaves the data as it found
 * it (the tie is ended, the watch-list flag restored; the contact moment stays, it does not count as a tie).
 */
import type { Browser, Page } from 'playwright-core';
import { signIn } from './support/app';
import { eventually, launchBrowser, openPage, type OpenedPage, PHONE, saveScreenshot } from './support/browser';
import { graphql, tokenFor } from './support/graphql';
import { DEMO } from './support/state';

interface Resident {
  id: string;
  displayName: string;
  onWatchList: boolean;
  homePlace: { name: string };
}

/** Today as the browser (and so the page) counts it; the test machine and Chromium share a time zone. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function firstPlaceOf(token: string): Promise<string> {
  const res = await graphql<{ me: { places: { id: string }[] } }>('{ me { places { id } } }', {}, token);
  const id = res.data?.me.places[0]?.id;
  if (!id) throw new Error('web-e2e: the worker has no places');
  return id;
}

/** An isolated resident today (the analysis says so) with a name nobody else has, and someone to tie them to. */
async function isolatedAndPartner(token: string): Promise<{ isolated: Resident; partner: Resident }> {
  const placeId = await firstPlaceOf(token);
  const res = await graphql<{
    network: { nodes: { id: string; kind: string; isolated: boolean | null }[] };
    people: { edges: { node: Resident }[] };
  }>(
    `
      query ($placeId: ID!, $asOf: LocalDate) {
        network(placeId: $placeId, asOf: $asOf) {
          nodes {
            id
            kind
            isolated
          }
        }
        people(first: 200) {
          edges {
            node {
              id
              displayName
              onWatchList
              homePlace {
                name
              }
            }
          }
        }
      }
    `,
    { placeId, asOf: today() },
    token,
  );
  if (!res.data) throw new Error(`web-e2e: network query failed: ${JSON.stringify(res.errors)}`);
  const people = res.data.people.edges.map((e) => e.node);
  const unique = (p: Resident) => people.filter((q) => q.displayName.includes(p.displayName)).length === 1;
  const isolatedIds = new Set(res.data.network.nodes.filter((n) => n.kind === 'PERSON' && n.isolated).map((n) => n.id));
  const isolated = people.find((p) => isolatedIds.has(p.id) && unique(p));
  const partner = people.find((p) => !isolatedIds.has(p.id) && unique(p) && p.id !== isolated?.id);
  if (!isolated || !partner) throw new Error('web-e2e: the demo has no isolated resident with a unique name');
  return { isolated, partner };
}

async function apiPerson(token: string, id: string) {
  const res = await graphql<{
    person: {
      onWatchList: boolean;
      metrics: { degree: number; isolated: boolean };
      contactMoments: { edges: { node: { summary: string } }[] };
    };
  }>(
    `
      query ($id: ID!, $asOf: LocalDate) {
        person(id: $id) {
          onWatchList
          metrics(asOf: $asOf) {
            degree
            isolated
          }
          contactMoments(first: 1) {
            edges {
              node {
                summary
              }
            }
          }
        }
      }
    `,
    { id, asOf: today() },
    token,
  );
  if (!res.data) throw new Error(`web-e2e: person query failed: ${JSON.stringify(res.errors)}`);
  return res.data.person;
}

/** The big number of a figure on the page ("Banden" → "1"). */
function figure(page: Page, id: string) {
  return page.locator(`[data-figure="${id}"]`);
}

describe('person page', () => {
  let browser: Browser;
  let tab: OpenedPage;
  let token: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    token = await tokenFor(DEMO.worker);
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await tab?.close();
  });

  it('takes an isolated resident from 0 ties to 1 and back, logs a contact and toggles the watch-list', async () => {
    tab = await openPage(browser);
    const { page } = tab;
    const { isolated, partner } = await isolatedAndPartner(token);

    // found through the people list: the name is a link to the page
    await signIn(page, DEMO.worker);
    await page.goto('/people');
    await page.getByLabel('Zoek op naam').fill(isolated.displayName);
    await page.getByRole('link', { name: isolated.displayName, exact: true }).click();
    await page.waitForURL(`**/people/${isolated.id}`);
    await page.getByRole('heading', { level: 1, name: isolated.displayName }).waitFor();
    await eventually(async () => expect(await figure(page, 'degree').locator('.number').innerText()).toBe('0'));
    expect(await figure(page, 'degree').locator('.explanation').innerText()).toContain(
      `${isolated.displayName} heeft geen enkele band`,
    );
    expect(await page.getByText(`${isolated.displayName} heeft nu geen banden.`).isVisible()).toBe(true);
    await saveScreenshot(page, 'person');

    // log a contact: the form checks as you type, the log shows it newest first
    const summary = `Even gesproken bij de bakker (${Date.now()}).`;
    await page
      .getByRole('group', { name: 'Snelle acties' })
      .getByRole('button', { name: 'Contact vastleggen' })
      .click();
    const logDialog = page.getByRole('dialog', { name: `Contact met ${isolated.displayName} vastleggen` });
    await logDialog.waitFor();
    await logDialog.getByRole('button', { name: 'Contact opslaan' }).click();
    await logDialog.getByText('Vul dit veld in.').waitFor();
    await logDialog.getByLabel('Wat kwam er ter sprake').fill(summary);
    await logDialog.getByLabel('zorg om eenzaamheid').check();
    await logDialog.getByRole('button', { name: 'Contact opslaan' }).click();
    await logDialog.waitFor({ state: 'detached' });
    await page.getByText(`Contact met ${isolated.displayName} vastgelegd.`).waitFor();
    await page.locator('.contacts .contact').first().getByText(summary).waitFor();
    expect((await apiPerson(token, isolated.id)).contactMoments.edges[0].node.summary).toBe(summary);

    // add a tie with the person picker: the figures are recomputed by the API and show what moved
    await page.getByRole('group', { name: 'Snelle acties' }).getByRole('button', { name: 'Band toevoegen' }).click();
    const tieDialog = page.getByRole('dialog', { name: `Band van ${isolated.displayName} toevoegen` });
    await tieDialog.waitFor();
    await tieDialog.getByRole('combobox', { name: 'Met wie' }).fill(partner.displayName);
    await tieDialog.getByRole('option', { name: new RegExp(`^${partner.displayName}`) }).click();
    await tieDialog.getByText(`Gekozen: ${partner.displayName}, ${partner.homePlace.name}`).waitFor();
    await tieDialog.getByLabel('Soort band').selectOption('NEIGHBOUR');
    await tieDialog.getByLabel('2', { exact: true }).check();
    await tieDialog.getByLabel('gezelschap').check();
    await tieDialog.getByLabel('Notitie (niet verplicht)').fill('via het hondenuitlaten');
    await tieDialog.getByRole('button', { name: 'Band opslaan' }).click();
    await tieDialog.waitFor({ state: 'detached' });
    await eventually(async () => {
      expect(await figure(page, 'degree').locator('.number').innerText()).toBe('1');
      expect(await figure(page, 'degree').locator('.was').innerText()).toBe('was 0');
    });
    expect(await figure(page, 'degree').locator('.explanation').innerText()).toContain(
      `${isolated.displayName} heeft één contact. Valt dat contact weg, dan is ${isolated.displayName} geïsoleerd.`,
    );
    const tie = page.locator('.tie').filter({ hasText: partner.displayName });
    expect(await tie.innerText()).toContain('“via het hondenuitlaten”');
    expect(await tie.locator('.weak-badge').innerText()).toBe('zwak');
    expect(await apiPerson(token, isolated.id)).toMatchObject({ metrics: { degree: 1, isolated: false } });
    await saveScreenshot(page, 'person-after-tie');

    // end it again, after a confirmation with a date
    await page.getByRole('button', { name: `Band met ${partner.displayName} beëindigen` }).click();
    const endDialog = page.getByRole('dialog', { name: 'Band beëindigen' });
    await endDialog.getByText(`De band tussen ${isolated.displayName} en ${partner.displayName} beëindigen?`).waitFor();
    expect(await endDialog.getByLabel('Einddatum').inputValue()).toBe(today());
    await endDialog.getByRole('button', { name: 'Ja, beëindigen' }).click();
    await endDialog.waitFor({ state: 'detached' });
    await eventually(async () => {
      expect(await figure(page, 'degree').locator('.number').innerText()).toBe('0');
      expect(await figure(page, 'degree').locator('.was').innerText()).toBe('was 1');
    });
    // the ended tie is kept as history
    expect(await page.locator('.ended summary').innerText()).toMatch(/^Eerdere banden \(\d+\)$/);
    expect(await page.locator('.ended').textContent()).toContain(partner.displayName);
    expect(await apiPerson(token, isolated.id)).toMatchObject({ metrics: { degree: 0, isolated: true } });

    // the watch-list, on and off (or off and on: whatever it was, it ends as it was)
    const toggle = page.getByRole('group', { name: 'Snelle acties' }).locator('button[aria-pressed]');
    const was = isolated.onWatchList;
    expect(await toggle.getAttribute('aria-pressed')).toBe(String(was));
    await toggle.click();
    await eventually(async () => expect(await toggle.getAttribute('aria-pressed')).toBe(String(!was)));
    expect((await apiPerson(token, isolated.id)).onWatchList).toBe(!was);
    expect(await page.locator('.chip.watch').count()).toBe(was ? 0 : 1);
    await toggle.click();
    await eventually(async () => expect(await toggle.getAttribute('aria-pressed')).toBe(String(was)));
    expect((await apiPerson(token, isolated.id)).onWatchList).toBe(was);
    expect(tab.pageErrors).toEqual([]);
  });

  it('on a phone: sections stacked, the quick actions in reach; the map opens the page of a person', async () => {
    tab = await openPage(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    const { page } = tab;
    const { isolated } = await isolatedAndPartner(token);
    await signIn(page, DEMO.worker);
    await page.goto(`/people/${isolated.id}`);
    await page.getByRole('heading', { level: 1, name: isolated.displayName }).waitFor();
    await figure(page, 'degree').waitFor();
    await saveScreenshot(page, 'person-phone');

    const layout = await page.evaluate(() => {
      const box = (selector: string) => (document.querySelector(selector) as Element).getBoundingClientRect();
      return {
        pageWidth: document.documentElement.scrollWidth,
        main: box('.layout > .main'),
        side: box('.layout > .side'),
      };
    });
    expect(layout.pageWidth).toBeLessThanOrEqual(PHONE.width);
    expect(layout.side.top).toBeGreaterThanOrEqual(layout.main.bottom);
    // scrolled down to the contact log, "Log contact" is still on screen
    await page.locator('#contacts-heading').scrollIntoViewIfNeeded();
    const action = page
      .getByRole('group', { name: 'Snelle acties' })
      .getByRole('button', { name: 'Contact vastleggen' });
    const box = await action.boundingBox();
    expect(box).not.toBeNull();
    expect(box && box.y >= 0 && box.y + box.height <= PHONE.height).toBe(true);
    await action.click();
    await page.getByRole('dialog').waitFor();
    await saveScreenshot(page, 'person-phone-log-contact');
    await page.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click();

    // from the map's details panel to the page
    await page.goto('/map');
    await page.locator('.map-frame[data-state="ready"]').waitFor({ timeout: 20_000 });
    await page.getByLabel('Zoek op naam').fill('Gerda Prins');
    await page.getByLabel('Zoek op naam').press('Enter');
    await page.getByRole('region', { name: 'Gerda Prins' }).getByRole('link', { name: 'Open pagina' }).click();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Gerda Prins' }).waitFor();
    expect(tab.pageErrors).toEqual([]);
  });
});
