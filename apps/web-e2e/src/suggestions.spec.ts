/**
 * The gap-filler panel in Chromium against the real API and the demo neighbourhood: the worker takes up the top
 * introduction (it leaves the list, a follow-up appears, the introduction is in the resident's contact log on the
 * API), sets another suggestion aside with a reason, completes the follow-up with "they know each other now" and
 * sees the place's isolated count drop by one; Dutch and English; desktop and phone screenshots.
 * Everything it changes is undone afterwards (tie and contact moment deleted, decisions reopened), so the other
 * specs still find the demo's 21 isolated residents.
 */
import type { Browser, Page } from 'playwright-core';
import { signIn } from './support/app';
import { eventually, launchBrowser, openPage, type OpenedPage, PHONE, saveScreenshot } from './support/browser';
import { graphql, tokenFor } from './support/graphql';
import { DEMO } from './support/state';

interface ApiSuggestion {
  id: string;
  kind: string;
  people: string[];
  persons: { id: string; displayName: string }[];
  proposedTie: { personAId: string; personBId: string } | null;
  explanation: { nl: string; en: string };
  effect: { isolatedChange: number };
}

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await graphql<T>(query, variables, await tokenFor(DEMO.worker));
  if (!res.data) throw new Error(`web-e2e: ${JSON.stringify(res.errors)}`);
  return res.data;
}

async function buurtId(): Promise<string> {
  const data = await api<{ me: { places: { id: string; level: string }[] } }>('{ me { places { id level } } }');
  const buurt = data.me.places.find((p) => p.level === 'NEIGHBOURHOOD');
  if (!buurt) throw new Error('web-e2e: the demo worker should work in a buurt');
  return buurt.id;
}

async function apiSuggestions(placeId: string): Promise<ApiSuggestion[]> {
  return (
    await api<{ suggestions: ApiSuggestion[] }>(
      `query($p: ID!) { suggestions(placeId: $p, limit: 20) {
        id kind people persons { id displayName } proposedTie { personAId personBId } explanation { nl en } effect { isolatedChange } } }`,
      { p: placeId },
    )
  ).suggestions;
}

/** "Nu: 21 geïsoleerd en …" / "Now: 21 isolated and …" above the panel. */
async function shownIsolated(page: Page): Promise<number | null> {
  const figures = page.getByTestId('place-figures');
  if ((await figures.count()) === 0) return null;
  const match = /(\d+) (geïsoleerd|isolated)/.exec(await figures.innerText());
  return match ? Number(match[1]) : null;
}

function card(page: Page, text: string) {
  return page.locator('wf-suggestion-card').filter({ hasText: text });
}

describe('gap-filler panel', () => {
  let browser: Browser;
  let tab: OpenedPage;
  let placeId: string;
  /** what to undo afterwards */
  const cleanup = { decisions: [] as string[], tieIds: [] as string[], momentIds: [] as string[] };

  beforeAll(async () => {
    browser = await launchBrowser();
    placeId = await buurtId();
  });

  afterAll(async () => {
    await browser?.close();
    const token = await tokenFor(DEMO.worker);
    for (const id of cleanup.tieIds)
      await graphql(
        `
          mutation ($id: ID!) {
            deleteTie(id: $id)
          }
        `,
        { id },
        token,
      );
    for (const id of cleanup.momentIds) {
      await graphql(
        `
          mutation ($id: ID!) {
            deleteContactMoment(id: $id)
          }
        `,
        { id },
        token,
      );
    }
    for (const id of cleanup.decisions) {
      await graphql(
        `
          mutation ($id: ID!) {
            reopenSuggestion(decisionId: $id)
          }
        `,
        { id },
        token,
      );
    }
  });

  beforeEach(async () => {
    tab = await openPage(browser);
  });

  afterEach(async () => {
    await tab.close();
  });

  it('takes up an introduction, sets another aside, and follows up with a tie that changes the figures', async () => {
    const { page } = tab;
    const listed = await apiSuggestions(placeId);
    const introduction = listed.find((s) => s.proposedTie && s.effect.isolatedChange === -1);
    if (!introduction) throw new Error('web-e2e: the demo should suggest introducing an isolated resident');
    const other = listed.find((s) => s.id !== introduction.id) as ApiSuggestion;
    const isolatedPerson = introduction.persons[0];

    await signIn(page, DEMO.worker);
    await page.goto('/suggestions');
    await page.getByRole('heading', { name: 'Gatenvuller', level: 1 }).waitFor();
    await card(page, introduction.explanation.nl).waitFor({ timeout: 30_000 });
    await eventually(async () => expect(await shownIsolated(page)).not.toBeNull(), 20_000);
    const isolatedBefore = (await shownIsolated(page)) as number;
    // the people are links to their pages
    expect(
      await card(page, introduction.explanation.nl)
        .getByRole('link', { name: isolatedPerson.displayName })
        .getAttribute('href'),
    ).toBe(`/people/${isolatedPerson.id}`);
    await saveScreenshot(page, 'suggestions-desktop');

    // take it up: a home visit, with a note
    const intro = card(page, introduction.explanation.nl);
    await intro.getByRole('button', { name: 'Oppakken', exact: true }).click();
    await intro.getByLabel('Hoe').selectOption('HOME_VISIT');
    await intro.getByLabel('Notitie (optioneel)').fill('Samen koffie gedronken bij de buurtkamer');
    await saveScreenshot(page, 'suggestions-accept-form');
    await intro.getByRole('button', { name: 'Oppakken en vastleggen' }).click();
    await eventually(async () => expect(await card(page, introduction.explanation.nl).count()).toBe(0), 20_000);
    await page.getByRole('status').filter({ hasText: 'de kennismaking staat in het contactlogboek' }).waitFor();
    const followUps = page.getByRole('region', { name: 'Opvolgen', exact: true });
    const followUp = followUps.locator('wf-follow-up-item').filter({ hasText: isolatedPerson.displayName });
    await followUp.waitFor();

    // the resident's contact log on the API has the introduction, with the explanation and the note
    const log = await api<{
      person: {
        contactMoments: { edges: { node: { id: string; channel: string; summary: string; personIds: string[] } }[] };
      };
    }>(
      `query($id: ID!) { person(id: $id) { contactMoments(first: 1) { edges { node { id channel summary personIds } } } } }`,
      { id: isolatedPerson.id },
    );
    const moment = log.person.contactMoments.edges[0].node;
    cleanup.momentIds.push(moment.id);
    expect(moment.channel).toBe('HOME_VISIT');
    expect(moment.summary).toContain(introduction.explanation.nl);
    expect(moment.summary).toContain('Samen koffie gedronken bij de buurtkamer');
    expect([...moment.personIds].sort()).toEqual([...introduction.people].sort());

    // set another suggestion aside: a reason is needed first
    const aside = card(page, other.explanation.nl);
    await aside.getByRole('button', { name: 'Terzijde leggen' }).click();
    await aside.locator('form').getByRole('button', { name: 'Terzijde leggen' }).click();
    await aside.getByText('Kies waarom je dit voorstel terzijde legt.').waitFor();
    await aside.getByLabel('Reden').selectOption('ALREADY_KNOW_EACH_OTHER');
    await aside.locator('form').getByRole('button', { name: 'Terzijde leggen' }).click();
    await eventually(async () => expect(await card(page, other.explanation.nl).count()).toBe(0), 20_000);
    await page.getByRole('button', { name: 'Ongedaan maken' }).waitFor();

    const decisions = await api<{ suggestionDecisions: { edges: { node: { id: string; suggestionId: string } }[] } }>(
      `query($p: ID!) { suggestionDecisions(placeId: $p, first: 10) { edges { node { id suggestionId } } } }`,
      { p: placeId },
    );
    const mine = decisions.suggestionDecisions.edges
      .map((e) => e.node)
      .filter((d) => d.suggestionId === introduction.id || d.suggestionId === other.id);
    expect(mine.map((d) => d.suggestionId).sort()).toEqual([introduction.id, other.id].sort());
    cleanup.decisions.push(...mine.map((d) => d.id));

    // follow up: they know each other now — the tie is recorded and the place has one isolated resident fewer
    await followUp.getByRole('button', { name: 'Ze kennen elkaar nu' }).click();
    await page.getByRole('status').filter({ hasText: 'Band vastgelegd' }).waitFor();
    await eventually(async () => expect(await shownIsolated(page)).toBe(isolatedBefore - 1), 20_000);
    const metrics = await api<{ person: { metrics: { degree: number; isolated: boolean } } }>(
      `query($id: ID!) { person(id: $id) { metrics { degree isolated } } }`,
      { id: isolatedPerson.id },
    );
    expect(metrics.person.metrics).toEqual({ degree: 1, isolated: false });
    const done = await api<{ suggestionFollowUps: { suggestionId: string; outcome: string; tieId: string | null }[] }>(
      `query($p: ID!) { suggestionFollowUps(placeId: $p, includeDone: true) { suggestionId outcome tieId } }`,
      { p: placeId },
    );
    const made = done.suggestionFollowUps.find((f) => f.suggestionId === introduction.id);
    expect(made?.outcome).toBe('TIE_MADE');
    if (made?.tieId) cleanup.tieIds.push(made.tieId);
    expect(await followUps.locator('wf-follow-up-item').filter({ hasText: isolatedPerson.displayName }).count()).toBe(
      0,
    );
    expect(tab.pageErrors).toEqual([]);
  });

  it('speaks English after the switch, and fits a phone', async () => {
    const phoneTab = await openPage(browser, { viewport: PHONE });
    try {
      const { page } = phoneTab;
      const listed = await apiSuggestions(placeId);
      await signIn(page, DEMO.worker);
      await page.goto('/suggestions');
      await card(page, listed[0].explanation.nl).waitFor({ timeout: 30_000 });
      // nothing sticks out sideways on a 390 px screen
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await saveScreenshot(page, 'suggestions-phone');
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.getByRole('heading', { name: 'Gap filler', level: 1 }).waitFor();
      await card(page, listed[0].explanation.en).waitFor();
      await card(page, listed[0].explanation.en).getByRole('button', { name: 'Take up', exact: true }).click();
      await card(page, listed[0].explanation.en).getByLabel('Follow up on').waitFor();
      await saveScreenshot(page, 'suggestions-phone-en');
      expect(phoneTab.pageErrors).toEqual([]);
    } finally {
      await phoneTab.close();
    }
  });
});
