/**
 * The person page as a worker uses it, in Chromium against the real API: find an isolated resident in the
 * people list, open their page, log a contact, add a tie and watch the figures change (degree 0 → 1, no longer
 * isolated), end the tie again (back to 0), and put them on the watch-list and off again. Each change is also
 * checked through the API, so the page is not just agreeing with itself. The test leaves the data as it found
 * it (the tie is ended, the watch-list flag restored; the contact moment stays, it does not count as a tie).
 * A strong tie nobody confirmed for a year — what the gap-filler's CHECK_UNCONFIRMED_TIE asks about — is flagged
 * with its age in months, confirmed in one tap (and the suggestion is gone), and edited; the worker changes and
 * deletes a contact moment of their own. Those tests put the tie and the log back as they were.
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
  homePlace: { id: string; name: string };
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
                id
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

  it('flags a strong tie unconfirmed for a year, confirms it in one tap (the suggestion goes) and edits it', async () => {
    tab = await openPage(browser);
    const { page } = tab;
    const { person, other, tie } = await unconfirmedTieWithSuggestion(token);
    const months = wholeMonthsBetween(tie.lastConfirmedOn, today());
    try {
      await signIn(page, DEMO.worker);
      await page.goto(`/people/${person.id}`);
      await page.getByRole('heading', { level: 1, name: person.displayName }).waitFor();
      const item = page.locator(`.tie[data-tie-id="${tie.id}"]`);
      // "last confirmed 17 months ago", in whole calendar months as the analysis counts them
      await eventually(async () =>
        expect(await item.locator('.stale-line strong').innerText()).toBe(
          `Laatst bevestigd ${months} maanden geleden.`,
        ),
      );
      expect(months).toBeGreaterThanOrEqual(12);
      expect(await page.locator('.stale-summary').innerText()).toMatch(/niet bevestigd\.$/);
      await item.scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'person-unconfirmed-tie');

      await item
        .getByRole('button', {
          name: `Band met ${other.displayName} bevestigen (vandaag gezien of gehoord dat die er nog is)`,
        })
        .click();
      await page.getByText(`Band met ${other.displayName} bevestigd op`).waitFor();
      await eventually(async () => expect(await item.locator('.stale-line').count()).toBe(0));
      expect(await item.locator('.tie-meta').innerText()).toContain('vandaag bevestigd');
      const confirmed = await apiTie(token, tie.id);
      expect(confirmed.lastConfirmedOn).toBe(today());
      // what the gap-filler asked is done: it no longer suggests checking this tie
      expect(await checkSuggestionFor(token, person.id, tie.id)).toBe(false);

      // edit: a stronger tie and a note, checked as typed, only the changes sent
      await item.getByRole('button', { name: `Band met ${other.displayName} wijzigen` }).click();
      const dialog = page.getByRole('dialog', {
        name: `Band tussen ${person.displayName} en ${other.displayName} wijzigen`,
      });
      await dialog.waitFor();
      expect(await dialog.getByLabel(String(tie.strength), { exact: true }).isChecked()).toBe(true);
      await dialog.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await dialog.getByText('Er is nog niets gewijzigd.').waitFor();
      const strength = tie.strength === 5 ? 4 : 5;
      await dialog.getByLabel(String(strength), { exact: true }).check();
      await dialog.getByLabel('Notitie (niet verplicht)').fill('Samen in de moestuin (browsertest)');
      await saveScreenshot(page, 'person-edit-tie');
      await dialog.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText(`Band met ${other.displayName} gewijzigd.`).waitFor();
      await eventually(async () =>
        expect(await item.locator('.note').innerText()).toBe('“Samen in de moestuin (browsertest)”'),
      );
      expect(await apiTie(token, tie.id)).toMatchObject({ strength, note: 'Samen in de moestuin (browsertest)' });
      expect(tab.pageErrors).toEqual([]);
    } finally {
      // the tie as seeded: other suites (the watch-list, suggestions) read it
      await restoreTie(token, tie);
    }
  });

  it('on a phone: changes and deletes a contact moment the worker logged, after a confirmation', async () => {
    tab = await openPage(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    const { page } = tab;
    const { isolated } = await isolatedAndPartner(token);
    const summary = `Kort gesproken bij de brievenbus (${Date.now()}).`;
    const changed = `${summary} Wil graag meedoen met de TaartExpress.`;
    const logged = await graphql<{ logContactMoment: { id: string } }>(
      'mutation ($input: LogContactMomentInput!) { logContactMoment(input: $input) { id } }',
      {
        input: {
          personIds: [isolated.id],
          placeId: isolated.homePlace.id,
          channel: 'STREET',
          occurredOn: today(),
          summary,
          signals: [],
        },
      },
      token,
    );
    if (!logged.data) throw new Error(`web-e2e: logContactMoment failed: ${JSON.stringify(logged.errors)}`);
    const momentId = logged.data.logContactMoment.id;
    try {
      await signIn(page, DEMO.worker);
      await page.goto(`/people/${isolated.id}`);
      await page.getByRole('heading', { level: 1, name: isolated.displayName }).waitFor();
      const moment = page.locator('li.contact').filter({ hasText: summary });
      await moment.waitFor();
      expect(await moment.locator('.contact-meta').innerText()).toContain('door jou');

      await moment.getByRole('button', { name: /^Contact van .+ wijzigen$/ }).click();
      const edit = page.getByRole('dialog', { name: /^Contact van .+ wijzigen$/ });
      await edit.waitFor();
      const text = edit.getByLabel('Wat kwam er ter sprake');
      expect(await text.inputValue()).toBe(summary);
      await text.fill('');
      await edit.getByText('Vul dit veld in.').waitFor();
      await text.fill(changed);
      await edit.getByLabel('idee').check();
      await saveScreenshot(page, 'person-phone-edit-contact');
      await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await edit.waitFor({ state: 'detached' });
      await page.getByText(/^Contact van .+ gewijzigd\.$/).waitFor();
      const after = page.locator('li.contact').filter({ hasText: changed });
      await after.waitFor();
      expect(await after.locator('.chip.signal').allInnerTexts()).toEqual(['idee']);
      expect(await apiMoment(token, momentId)).toEqual({ summary: changed, signals: ['IDEA'], channel: 'STREET' });

      await after.getByRole('button', { name: /^Contact van .+ verwijderen$/ }).click();
      const confirm = page.getByRole('dialog', { name: 'Contact verwijderen' });
      await confirm.getByText(/^Het contact van .+ \(op straat\) verwijderen\?$/).waitFor();
      await confirm.getByText('Dit kan niet ongedaan worden gemaakt.', { exact: false }).waitFor();
      await saveScreenshot(page, 'person-phone-delete-contact');
      await confirm.getByRole('button', { name: 'Ja, verwijderen' }).click();
      await confirm.waitFor({ state: 'detached' });
      await page.getByText(/^Contact van .+ verwijderd\.$/).waitFor();
      await eventually(async () =>
        expect(await page.locator('li.contact').filter({ hasText: summary }).count()).toBe(0),
      );
      expect(await apiMoment(token, momentId)).toBeNull();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      expect(tab.pageErrors).toEqual([]);
    } finally {
      if ((await apiMoment(token, momentId)) !== null) {
        await graphql('mutation ($id: ID!) { deleteContactMoment(id: $id) }', { id: momentId }, token);
      }
    }
  });

  it('in English on a phone: a resident without ties, contacts or groups is told what to do next', async () => {
    tab = await openPage(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    const { page } = tab;
    const { isolated } = await isolatedAndPartner(token);
    await signIn(page, DEMO.worker);
    await page.evaluate(() => localStorage.setItem('weefsel.language', 'en'));
    await page.goto(`/people/${isolated.id}`);
    await page.getByRole('heading', { level: 1, name: isolated.displayName }).waitFor();
    await page
      .getByText(`${isolated.displayName} has no ties now. Do you know whom ${isolated.displayName} knows?`, {
        exact: false,
      })
      .waitFor();
    await saveScreenshot(page, 'person-phone-en');
    const body = await page.locator('body').innerText();
    // no Dutch left over and no text keys: the words of the page in English
    for (const dutch of ['Banden', 'Contactlog', 'Bevestigen', 'Wijzigen', 'Beëindigen', 'bewoner']) {
      expect(body).not.toContain(dutch);
    }
    expect(body).not.toMatch(/\bperson\.[a-z]+\.[a-zA-Z]/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(tab.pageErrors).toEqual([]);
  });
});

interface Person {
  id: string;
  displayName: string;
}

interface ApiTie {
  id: string;
  kind: string;
  strength: number;
  functions: string[];
  note: string | null;
  since: string;
  until: string | null;
  lastConfirmedOn: string | null;
  personA: Person | null;
  personB: Person | null;
}

const TIE_FIELDS = `
  id
  kind
  strength
  functions
  note
  since
  until
  lastConfirmedOn
  personA {
    id
    displayName
  }
  personB {
    id
    displayName
  }
`;

/** Whole calendar months from one day to another, the rule of libs/graph health/snapshot.ts `wholeMonthsBetween`. */
function wholeMonthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  const months = (ty - fy) * 12 + (tm - fm);
  return months > 0 && td < fd ? months - 1 : months;
}

/** Puts a tie back as it was read before the test changed it. */
async function restoreTie(token: string, tie: ApiTie): Promise<void> {
  const res = await graphql(
    'mutation ($id: ID!, $input: UpdateTieInput!) { updateTie(id: $id, input: $input) { id } }',
    {
      id: tie.id,
      input: {
        kind: tie.kind,
        strength: tie.strength,
        functions: tie.functions,
        note: tie.note,
        lastConfirmedOn: tie.lastConfirmedOn,
      },
    },
    token,
  );
  if (!res.data) throw new Error(`web-e2e: restoring tie ${tie.id} failed: ${JSON.stringify(res.errors)}`);
}

async function apiTie(token: string, id: string): Promise<ApiTie> {
  const res = await graphql<{ tie: ApiTie }>(`query ($id: ID!) { tie(id: $id) { ${TIE_FIELDS} } }`, { id }, token);
  if (!res.data) throw new Error(`web-e2e: tie failed: ${JSON.stringify(res.errors)}`);
  return res.data.tie;
}

async function apiMoment(
  token: string,
  id: string,
): Promise<{ summary: string; signals: string[]; channel: string } | null> {
  const res = await graphql<{ contactMoment: { summary: string; signals: string[]; channel: string } }>(
    'query ($id: ID!) { contactMoment(id: $id) { summary signals channel } }',
    { id },
    token,
  );
  if (res.errors?.[0]?.extensions?.code === 'NOT_FOUND') return null;
  if (!res.data) throw new Error(`web-e2e: contactMoment failed: ${JSON.stringify(res.errors)}`);
  return res.data.contactMoment;
}

/** Whether the gap-filler suggests, for this resident, to check this tie (CHECK_UNCONFIRMED_TIE). */
async function checkSuggestionFor(token: string, personId: string, tieId: string): Promise<boolean> {
  const res = await graphql<{ person: { suggestions: { kind: string; tieId: string | null }[] } }>(
    'query ($id: ID!) { person(id: $id) { suggestions { kind tieId } } }',
    { id: personId },
    token,
  );
  if (!res.data) throw new Error(`web-e2e: suggestions failed: ${JSON.stringify(res.errors)}`);
  return res.data.person.suggestions.some((s) => s.kind === 'CHECK_UNCONFIRMED_TIE' && s.tieId === tieId);
}

/**
 * A current tie last confirmed 12 or more months ago that the gap-filler asks the worker to check (the demo seeds
 * 4–7 strong ties like that), with the resident whose page shows it and the other end.
 */
async function unconfirmedTieWithSuggestion(
  token: string,
): Promise<{ person: Person; other: Person; tie: ApiTie & { lastConfirmedOn: string } }> {
  const ties: ApiTie[] = [];
  for (let after: string | null = null, more = true; more;) {
    const res: Awaited<
      ReturnType<
        typeof graphql<{
          ties: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: ApiTie }[] };
        }>
      >
    > = await graphql(
      `query ($after: String) {
        ties(first: 200, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${TIE_FIELDS} } } }
      }`,
      { after },
      token,
    );
    if (!res.data) throw new Error(`web-e2e: ties failed: ${JSON.stringify(res.errors)}`);
    ties.push(...res.data.ties.edges.map((e) => e.node));
    more = res.data.ties.pageInfo.hasNextPage;
    after = res.data.ties.pageInfo.endCursor;
  }
  const day = today();
  const stale = ties.filter(
    (t): t is ApiTie & { lastConfirmedOn: string } =>
      t.until === null &&
      t.lastConfirmedOn !== null &&
      wholeMonthsBetween(t.lastConfirmedOn, day) >= 12 &&
      t.personA !== null &&
      t.personB !== null,
  );
  for (const tie of stale) {
    const person = tie.personA as Person;
    const other = tie.personB as Person;
    if (await checkSuggestionFor(token, person.id, tie.id)) return { person, other, tie };
  }
  throw new Error(`web-e2e: none of ${stale.length} unconfirmed ties has a CHECK_UNCONFIRMED_TIE suggestion`);
}
