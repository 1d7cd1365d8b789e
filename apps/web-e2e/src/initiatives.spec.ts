/**
 * The initiatives and collectives board in Chromium against the real API and the demo neighbourhood: the demo's
 * six initiatives (TaartExpress, Berenactie Lindenlaan, Lindenhof Helpt, …) stand in the column of their phase,
 * a card opens a panel with its people and health as the API has them, moving an initiative to another phase is
 * saved (and put back afterwards: the database is shared with the other suites), the collectives tab lists the
 * collectives, and on a phone the board is one list with a phase filter. Screenshots on desktop and phone.
 */
import type { Browser, Page } from 'playwright-core';
import { signIn } from './support/app';
import { eventually, launchBrowser, openPage, type OpenedPage, PHONE, saveScreenshot } from './support/browser';
import { graphql, tokenFor } from './support/graphql';
import { DEMO } from './support/state';

interface ApiInitiative {
  id: string;
  name: string;
  phase: string;
  participations: { role: string; person: { id: string; displayName: string } | null }[];
}

interface ApiHealth {
  initiativeId: string;
  activePeople: number;
}

async function firstPlaceOf(token: string): Promise<string> {
  const res = await graphql<{ me: { places: { id: string }[] } }>('{ me { places { id } } }', {}, token);
  const id = res.data?.me.places[0]?.id;
  if (!id) throw new Error('web-e2e: the worker has no places');
  return id;
}

async function apiBoard(
  token: string,
  placeId: string,
): Promise<{ initiatives: ApiInitiative[]; health: ApiHealth[] }> {
  const res = await graphql<{ initiatives: { edges: { node: ApiInitiative }[] }; initiativeHealth: ApiHealth[] }>(
    `
      query ($placeId: ID!) {
        initiatives(placeId: $placeId, first: 200) {
          edges {
            node {
              id
              name
              phase
              participations {
                role
                person {
                  id
                  displayName
                }
              }
            }
          }
        }
        initiativeHealth(placeId: $placeId) {
          initiativeId
          activePeople
        }
      }
    `,
    { placeId },
    token,
  );
  if (!res.data) throw new Error(`web-e2e: initiatives failed: ${JSON.stringify(res.errors)}`);
  return { initiatives: res.data.initiatives.edges.map((e) => e.node), health: res.data.initiativeHealth };
}

async function phaseOf(token: string, id: string): Promise<string> {
  const res = await graphql<{ initiative: { phase: string } }>(
    'query ($id: ID!) { initiative(id: $id) { phase } }',
    { id },
    token,
  );
  if (!res.data) throw new Error(`web-e2e: initiative failed: ${JSON.stringify(res.errors)}`);
  return res.data.initiative.phase;
}

async function setPhase(token: string, id: string, phase: string): Promise<void> {
  const res = await graphql(
    'mutation ($id: ID!, $phase: InitiativePhase) { updateInitiative(id: $id, input: { phase: $phase }) { id } }',
    { id, phase },
    token,
  );
  if (!res.data) throw new Error(`web-e2e: updateInitiative failed: ${JSON.stringify(res.errors)}`);
}

function card(page: Page, id: string, phase: string) {
  return page.locator(`section.column[data-phase="${phase}"] li.card[data-initiative-id="${id}"]`);
}

async function openBoard(page: Page): Promise<void> {
  await signIn(page, DEMO.worker);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Initiatieven' }).click();
  await page.waitForURL('**/initiatives**');
  await page.locator('.board').waitFor();
}

describe('initiatives board', () => {
  let browser: Browser;
  let tab: OpenedPage;
  let token: string;
  let buurt: string;
  let board: { initiatives: ApiInitiative[]; health: ApiHealth[] };

  beforeAll(async () => {
    browser = await launchBrowser();
    token = await tokenFor(DEMO.worker);
    buurt = await firstPlaceOf(token);
    board = await apiBoard(token, buurt);
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    tab = await openPage(browser);
  });
  afterEach(async () => {
    expect(tab.pageErrors).toEqual([]);
    await tab.close();
  });

  it('shows the demo initiatives in the columns of their phases', async () => {
    const { page } = tab;
    await openBoard(page);
    // the demo has six initiatives, among them these three (README, seed)
    expect(board.initiatives).toHaveLength(6);
    const names = board.initiatives.map((i) => i.name);
    expect(names).toEqual(expect.arrayContaining(['TaartExpress', 'Berenactie Lindenlaan', 'Lindenhof Helpt']));

    await eventually(async () => expect(await page.locator('li.card').count()).toBe(6));
    for (const initiative of board.initiatives) {
      expect(await card(page, initiative.id, initiative.phase).count()).toBe(1);
    }
    expect(await page.getByRole('status').first().innerText()).toBe('6 initiatieven');
    // the Moestuin hangs on one initiator: the card says so
    const moestuin = board.initiatives.find((i) => i.name === 'Moestuin Molenweg');
    if (!moestuin) throw new Error('web-e2e: no Moestuin Molenweg in the demo');
    expect(await card(page, moestuin.id, moestuin.phase).innerText()).toContain('Hangt op');
    await saveScreenshot(page, 'initiatives-desktop');
  });

  it('opens an initiative with its people and health', async () => {
    const { page } = tab;
    await openBoard(page);
    const taart = board.initiatives.find((i) => i.name === 'TaartExpress');
    if (!taart) throw new Error('web-e2e: no TaartExpress in the demo');
    await page.getByRole('button', { name: 'TaartExpress' }).click();
    const panel = page.getByRole('dialog', { name: 'TaartExpress' });
    await panel.waitFor();

    const visible = taart.participations.filter((p) => p.person !== null);
    expect(await panel.getByRole('heading', { name: /^Mensen/ }).innerText()).toBe(`Mensen (${visible.length})`);
    const initiator = visible.find((p) => p.role === 'INITIATOR')?.person;
    if (!initiator) throw new Error('web-e2e: TaartExpress has no initiator');
    expect(await panel.getByRole('link', { name: initiator.displayName }).first().getAttribute('href')).toBe(
      `/people/${initiator.id}`,
    );
    const active = board.health.find((h) => h.initiativeId === taart.id)?.activePeople;
    const figure = panel.locator('.figure', { hasText: 'Mensen actief' });
    expect(await figure.locator('.value').innerText()).toBe(String(active));
    // the ties it created are loaded with the panel
    await eventually(async () => expect(await panel.locator('.ties li').count()).toBeGreaterThan(0));
    await saveScreenshot(page, 'initiatives-detail-desktop');

    // what it needs is checked while typing: more than 4000 characters cannot be saved
    await panel.getByLabel('Wat is er nodig').fill('x'.repeat(4001));
    expect(await panel.getByText('Gebruik hoogstens 4000 tekens.').count()).toBe(1);
    expect(await panel.getByRole('button', { name: 'Opslaan' }).isDisabled()).toBe(true);

    await page.keyboard.press('Escape');
    await eventually(async () => expect(await page.getByRole('dialog').count()).toBe(0));
  });

  it('moves an initiative to another phase and keeps it there after a reload', async () => {
    const { page } = tab;
    const beren = board.initiatives.find((i) => i.name === 'Berenactie Lindenlaan');
    if (!beren) throw new Error('web-e2e: no Berenactie in the demo');
    expect(beren.phase).toBe('DORMANT');
    try {
      await openBoard(page);
      await page.getByRole('button', { name: 'Berenactie Lindenlaan' }).click();
      const panel = page.getByRole('dialog', { name: 'Berenactie Lindenlaan' });
      await panel.getByLabel('Fase').selectOption('ACTIVE');
      await panel.getByRole('button', { name: 'Verplaatsen' }).click();
      await eventually(async () =>
        expect(await panel.getByRole('status').first().innerText()).toBe('Verplaatst naar “Actief”.'),
      );
      await eventually(async () => expect(await card(page, beren.id, 'ACTIVE').count()).toBe(1));
      expect(await card(page, beren.id, 'DORMANT').count()).toBe(0);
      expect(await phaseOf(token, beren.id)).toBe('ACTIVE');

      await page.reload();
      await page.locator('.board').waitFor();
      await eventually(async () => expect(await card(page, beren.id, 'ACTIVE').count()).toBe(1), 20_000);
    } finally {
      await setPhase(token, beren.id, 'DORMANT');
    }
  });

  it('lists the collectives with their bridges', async () => {
    const { page } = tab;
    await openBoard(page);
    await page.getByRole('tab', { name: 'Collectieven' }).click();
    const list = page.getByRole('list', { name: 'Collectieven' });
    await list.waitFor({ timeout: 30_000 });
    const res = await graphql<{ collectives: { totalCount: number } }>(
      'query ($placeId: ID) { collectives(placeId: $placeId) { totalCount } }',
      { placeId: buurt },
      token,
    );
    const total = res.data?.collectives.totalCount ?? -1;
    expect(total).toBeGreaterThan(0);
    expect(await list.locator(':scope > li').count()).toBe(total);
    expect(await list.innerText()).toContain('E-I');
    await saveScreenshot(page, 'initiatives-collectives-desktop');
  });

  it('is one list with a phase filter on a phone', async () => {
    const phone = await openPage(browser, { viewport: PHONE });
    try {
      const { page } = phone;
      await openBoard(page);
      await eventually(async () => expect(await page.locator('li.card').count()).toBe(6));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await saveScreenshot(page, 'initiatives-phone');

      await page.getByLabel('Fase', { exact: true }).selectOption('ACTIVE');
      const active = board.initiatives.filter((i) => i.phase === 'ACTIVE').length;
      await eventually(async () => expect(await page.locator('li.card').count()).toBe(active));
      expect(await page.locator('section.column').count()).toBe(1);

      await page.getByRole('button', { name: 'TaartExpress' }).click();
      await page.getByRole('dialog', { name: 'TaartExpress' }).waitFor();
      await saveScreenshot(page, 'initiatives-detail-phone');
      expect(phone.pageErrors).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
