/**
 * Quick capture on a phone, as a worker in the street: who (picked by typing), a signal, a short summary and a
 * new tie ("kent Y via het hondenuitlaten"), one Save. The test counts the worker's steps and the time they take
 * (printed as a sanity check for the "under 30 seconds" of the issue, not asserted: this machine's speed is not
 * the worker's), then checks through the API that the contact and the tie arrived, and that "capture another"
 * keeps the place.
 */
import type { Browser } from 'playwright-core';
import { signIn } from './support/app';
import { DESKTOP, launchBrowser, openPage, type OpenedPage, PHONE, saveScreenshot } from './support/browser';
import { graphql, tokenFor } from './support/graphql';
import { DEMO } from './support/state';

interface Resident {
  id: string;
  displayName: string;
  homePlace: { id: string; name: string };
}

/** Two residents of the same street with unique names and no tie between them yet. */
async function twoStrangers(token: string): Promise<[Resident, Resident]> {
  const res = await graphql<{
    people: { edges: { node: Resident & { ties: { personAId: string; personBId: string }[] } }[] };
  }>(
    `
      {
        people(first: 200) {
          edges {
            node {
              id
              displayName
              homePlace {
                id
                name
              }
              ties {
                personAId
                personBId
              }
            }
          }
        }
      }
    `,
    {},
    token,
  );
  if (!res.data) throw new Error(`web-e2e: people query failed: ${JSON.stringify(res.errors)}`);
  const people = res.data.people.edges.map((e) => e.node);
  const unique = (p: Resident) => people.filter((q) => q.displayName.includes(p.displayName)).length === 1;
  // from the end of the list: person.spec takes its people from the front
  for (const a of [...people].reverse().filter(unique)) {
    const tied = new Set(a.ties.flatMap((t) => [t.personAId, t.personBId]));
    const b = people.find((p) => p.id !== a.id && !tied.has(p.id) && unique(p) && p.homePlace.id === a.homePlace.id);
    if (b && a.ties.length > 0) return [a, b];
  }
  throw new Error('web-e2e: no two untied residents with unique names in one street');
}

describe('quick capture', () => {
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

  it('on a phone: a street contact with a new tie in a few steps, and it reaches the API', async () => {
    tab = await openPage(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    const { page } = tab;
    const [who, knows] = await twoStrangers(token);
    await signIn(page, DEMO.worker);
    await page.getByRole('link', { name: 'Snel vastleggen' }).click();
    await page.waitForURL('**/capture');
    await page.getByRole('heading', { level: 1, name: 'Snel vastleggen' }).waitFor();
    // the likely people are there before anything is typed
    await page.getByRole('group', { name: 'Recent gesproken' }).waitFor();
    expect(await page.getByLabel('op straat').isChecked()).toBe(true);
    await saveScreenshot(page, 'capture-phone');

    const summary = `Vertelt dat ze zich alleen voelt sinds de buurvrouw verhuisde (${Date.now()}).`;
    let steps = 0;
    const started = Date.now();
    const step = async (action: () => Promise<unknown>) => {
      steps += 1;
      await action();
    };
    await step(() => page.getByRole('combobox', { name: 'Wie' }).fill(who.displayName));
    await step(() => page.getByRole('option', { name: new RegExp(`^${who.displayName}`) }).click());
    await step(() => page.getByLabel('zorg om eenzaamheid').check());
    await step(() => page.getByLabel('In het kort').fill(summary));
    await step(() => page.getByRole('button', { name: 'Kent iemand (nieuwe band)' }).click());
    await step(() => page.getByRole('combobox', { name: `${who.displayName} kent` }).fill(knows.displayName));
    await step(() => page.getByRole('option', { name: new RegExp(`^${knows.displayName}`) }).click());
    await step(() => page.getByLabel('Hoe kennen ze elkaar').fill('via het hondenuitlaten'));
    // the place followed the person: their street
    expect(await page.getByLabel('Waar').inputValue()).toBe(who.homePlace.id);
    await saveScreenshot(page, 'capture-phone-filled');
    await step(() => page.getByRole('button', { name: 'Opslaan', exact: true }).click());
    await page.getByText(`Contact met ${who.displayName} vastgelegd.`).waitFor();
    await page.getByText(`Band met ${knows.displayName} toegevoegd.`).waitFor();
    const seconds = (Date.now() - started) / 1000;
    console.log(`quick capture: ${steps} steps in ${seconds.toFixed(1)} s (the issue asks for under 30 s by hand)`);
    expect(steps).toBeLessThanOrEqual(10);
    await saveScreenshot(page, 'capture-phone-done');

    // what the API has now: the contact, in the street, and the tie with its note
    const res = await graphql<{
      person: {
        contactMoments: {
          edges: { node: { summary: string; channel: string; signals: string[]; place: { id: string } } }[];
        };
        ties: {
          note: string | null;
          strength: number;
          source: string;
          personA: { id: string };
          personB: { id: string };
        }[];
      };
    }>(
      `
        query ($id: ID!) {
          person(id: $id) {
            contactMoments(first: 1) {
              edges {
                node {
                  summary
                  channel
                  signals
                  place {
                    id
                  }
                }
              }
            }
            ties {
              note
              strength
              source
              personA {
                id
              }
              personB {
                id
              }
            }
          }
        }
      `,
      { id: who.id },
      token,
    );
    const contact = res.data?.person.contactMoments.edges[0]?.node;
    expect(contact).toEqual({
      summary,
      channel: 'STREET',
      signals: ['LONELINESS_CONCERN'],
      place: { id: who.homePlace.id },
    });
    const tie = res.data?.person.ties.find((t) => [t.personA.id, t.personB.id].includes(knows.id));
    expect(tie).toMatchObject({ note: 'via het hondenuitlaten', strength: 2, source: 'SELF_REPORTED' });

    // the link to the person page, and "capture another" keeps the place
    expect(await page.getByRole('link', { name: `Naar de pagina van ${who.displayName}` }).getAttribute('href')).toBe(
      `/people/${who.id}`,
    );
    await page.getByRole('button', { name: 'Nog een contact vastleggen' }).click();
    expect(await page.getByRole('combobox', { name: 'Wie' }).inputValue()).toBe('');
    expect(await page.getByLabel('Waar').inputValue()).toBe(who.homePlace.id);
    expect(tab.pageErrors).toEqual([]);
  });

  it('on a laptop: the same screen, and a help request recorded with its need', async () => {
    tab = await openPage(browser, { viewport: DESKTOP });
    const { page } = tab;
    const [who] = await twoStrangers(token);
    await signIn(page, DEMO.worker);
    await page.goto('/capture');
    await page.getByRole('combobox', { name: 'Wie' }).fill(who.displayName);
    await page.getByRole('option', { name: new RegExp(`^${who.displayName}`) }).click();
    await page.getByLabel('hulpvraag', { exact: true }).check();
    await page.getByLabel('Waarover').selectOption('GROCERIES');
    await page.getByLabel('In het kort').fill('Kan niet meer zelf boodschappen doen.');
    await saveScreenshot(page, 'capture');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Hulpvraag vastgelegd (boodschappen).').waitFor();
    const res = await graphql<{ person: { helpRequests: { need: string; description: string | null }[] } }>(
      'query ($id: ID!) { person(id: $id) { helpRequests { need description } } }',
      { id: who.id },
      token,
    );
    expect(res.data?.person.helpRequests[0]).toEqual({
      need: 'GROCERIES',
      description: 'Kan niet meer zelf boodschappen doen.',
    });
    expect(tab.pageErrors).toEqual([]);
  });
});
