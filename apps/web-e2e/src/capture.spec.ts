/**
 * Quick capture on a phone, as a worker in the street: who (picked by typing), a signal, a short summary and a
 * new tie ("kent Y via het hondenuitlaten"), one Save. The test counts the worker's steps and the time they take
 * (printed as a sanity check for the "under 30 seconds" of the issue, not asserted: this machine's speed is not
 * the worker's), then checks through the API that the contact and the tie arrived, and that "capture another"
 * keeps the place. From the watch-list's visit plan, "Bezoek vastleggen" opens capture with the resident chosen
 * and leads back to the same plan, where the visit is then done.
 * What a test adds to the shared demo database (contact moments, a tie, a help request) it deletes again, so the
 * figures other suites check (isolated residents, at risk, last contacts) stay as seeded.
 */
import type { Browser } from 'playwright-core';
import { signIn } from './support/app';
import {
  DESKTOP,
  eventually,
  launchBrowser,
  openPage,
  type OpenedPage,
  PHONE,
  saveScreenshot,
} from './support/browser';
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

/** Deletes what a test recorded (by id, through the API); failures are reported, not swallowed. */
async function remove(token: string, mutation: 'deleteContactMoment' | 'deleteTie' | 'deleteHelpRequest', id: string) {
  const res = await graphql(`mutation ($id: ID!) { ${mutation}(id: $id) }`, { id }, token);
  if (!res.data) throw new Error(`web-e2e: ${mutation} ${id} failed: ${JSON.stringify(res.errors)}`);
}

/** The ids of the contact moments with this resident whose summary is `summary` (logged by this test). */
async function momentsWith(token: string, personId: string, summary: string): Promise<string[]> {
  const res = await graphql<{ person: { contactMoments: { edges: { node: { id: string; summary: string } }[] } } }>(
    'query ($id: ID!) { person(id: $id) { contactMoments(first: 20) { edges { node { id summary } } } } }',
    { id: personId },
    token,
  );
  if (!res.data) throw new Error(`web-e2e: contact moments failed: ${JSON.stringify(res.errors)}`);
  return res.data.person.contactMoments.edges.filter((e) => e.node.summary === summary).map((e) => e.node.id);
}

function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
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
          edges: { node: { id: string; summary: string; channel: string; signals: string[]; place: { id: string } } }[];
        };
        ties: {
          id: string;
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
                  id
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
              id
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
    const tie = res.data?.person.ties.find((t) => [t.personA.id, t.personB.id].includes(knows.id));
    // put the demo back: the new tie and the contact go again (the tie could make someone no longer isolated)
    if (tie) await remove(token, 'deleteTie', tie.id);
    for (const id of await momentsWith(token, who.id, summary)) await remove(token, 'deleteContactMoment', id);
    expect(contact).toEqual({
      id: expect.any(String),
      summary,
      channel: 'STREET',
      signals: ['LONELINESS_CONCERN'],
      place: { id: who.homePlace.id },
    });
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
    const summary = `Kan niet meer zelf boodschappen doen (${Date.now()}).`;
    await page.getByLabel('In het kort').fill(summary);
    await saveScreenshot(page, 'capture');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Hulpvraag vastgelegd (boodschappen).').waitFor();
    const res = await graphql<{
      person: { helpRequests: { id: string; need: string; description: string | null }[] };
    }>('query ($id: ID!) { person(id: $id) { helpRequests { id need description } } }', { id: who.id }, token);
    const request = res.data?.person.helpRequests.find((r) => r.description === summary);
    if (request) await remove(token, 'deleteHelpRequest', request.id);
    for (const id of await momentsWith(token, who.id, summary)) await remove(token, 'deleteContactMoment', id);
    expect(request).toEqual({ id: expect.any(String), need: 'GROCERIES', description: summary });
    expect(tab.pageErrors).toEqual([]);
  });

  it('from the visit plan: the resident is chosen, and Save leads back to the same plan, where the visit is done', async () => {
    tab = await openPage(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    const { page } = tab;
    const visitor = await notVisitedToday(token);
    const summary = `Op huisbezoek geweest (${Date.now()}).`;
    try {
      await signIn(page, DEMO.worker);
      // the plan lives in the URL (watch-list/visit-plan.ts): one visit, this week from today
      await page.goto(`/watch-list?view=plan&visit=${visitor.personId}`);
      const visit = page.locator('li.visit').filter({ has: page.getByRole('link', { name: visitor.name }) });
      await visit.waitFor();
      expect(await visit.locator('.status').innerText()).toContain('Nog te bezoeken');
      const planUrl = page.url();
      const historyAtPlan = await page.evaluate(() => history.length);

      await visit.getByRole('link', { name: 'Bezoek vastleggen' }).click();
      await page.waitForURL('**/capture?**');
      const link = new URL(page.url());
      expect(link.searchParams.get('person')).toBe(visitor.personId);
      expect(link.searchParams.get('returnUrl')).toBe(new URL(planUrl).pathname + new URL(planUrl).search);
      // already chosen, in their street: no typing
      await eventually(async () =>
        expect(await page.getByRole('combobox', { name: 'Wie' }).inputValue()).toBe(visitor.name),
      );
      expect(await page.getByLabel('Waar').inputValue()).toBe(visitor.streetId);
      await page.getByRole('link', { name: 'Terug naar het bezoekplan' }).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await saveScreenshot(page, 'capture-from-plan-phone');

      await page.getByLabel('huisbezoek').check();
      await page.getByLabel('In het kort').fill(summary);
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await page.getByText(`Contact met ${visitor.name} vastgelegd.`).waitFor();
      await saveScreenshot(page, 'capture-from-plan-done-phone');

      // back to the very same plan, by the browser's Back: no extra page in the history
      await page.getByRole('button', { name: 'Terug naar het bezoekplan' }).click();
      await page.waitForURL((url) => url.pathname === '/watch-list');
      expect(page.url()).toBe(planUrl);
      expect(await page.evaluate(() => history.length)).toBe(historyAtPlan + 1);
      await eventually(async () => expect(await visit.locator('.status').innerText()).toContain('Bezocht'), 20_000);
      expect(tab.pageErrors).toEqual([]);
    } finally {
      for (const id of await momentsWith(token, visitor.personId, summary)) {
        await remove(token, 'deleteContactMoment', id);
      }
    }
  });

  it('in English, opened by a link that names someone outside your places: says so, and nothing is chosen', async () => {
    tab = await openPage(browser, { viewport: DESKTOP });
    const { page } = tab;
    await signIn(page, DEMO.worker);
    // the language choice is kept in localStorage (i18n/translator.ts); the app reads it when it starts
    await page.evaluate(() => localStorage.setItem('weefsel.language', 'en'));
    await page.goto(
      `/capture?person=00000000-0000-4000-8000-000000000000&returnUrl=${encodeURIComponent('/watch-list')}`,
    );
    await page
      .getByText(
        'The resident from the link could not be loaded: they no longer exist or live outside your places. Choose below whom you spoke to.',
      )
      .waitFor();
    expect(await page.getByRole('combobox', { name: 'Who' }).inputValue()).toBe('');
    await page.getByRole('link', { name: 'Back to the watch-list' }).click();
    await page.waitForURL((url) => url.pathname === '/watch-list');
    expect(tab.pageErrors).toEqual([]);
  });
});

/** An at-risk resident nobody has visited today, from the end of the ranking (watch-list.spec uses its top). */
async function notVisitedToday(token: string): Promise<{ personId: string; name: string; streetId: string }> {
  const me = await graphql<{ me: { places: { id: string }[] } }>('{ me { places { id } } }', {}, token);
  const placeId = me.data?.me.places[0]?.id;
  if (!placeId) throw new Error('web-e2e: the worker has no places');
  const res = await graphql<{
    atRisk: {
      personId: string;
      person: {
        displayName: string;
        homePlace: { id: string };
        contactMoments: { edges: { node: { occurredOn: string } }[] };
      };
    }[];
  }>(
    `
      query ($placeId: ID!) {
        atRisk(placeId: $placeId) {
          personId
          person {
            displayName
            homePlace {
              id
            }
            contactMoments(first: 1) {
              edges {
                node {
                  occurredOn
                }
              }
            }
          }
        }
      }
    `,
    { placeId },
    token,
  );
  if (!res.data) throw new Error(`web-e2e: atRisk failed: ${JSON.stringify(res.errors)}`);
  const today = todayIso();
  const found = [...res.data.atRisk]
    .reverse()
    .find((e) => (e.person.contactMoments.edges[0]?.node.occurredOn ?? '') < today);
  if (!found) throw new Error('web-e2e: everyone at risk was visited today already');
  return { personId: found.personId, name: found.person.displayName, streetId: found.person.homePlace.id };
}
