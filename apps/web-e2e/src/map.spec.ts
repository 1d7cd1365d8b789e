/**
 * The relationship map in Chromium against the real API and the demo neighbourhood: what the map says it shows
 * is what the API returned, the highlights count what the analysis found (21 isolated residents on the demo's
 * "today", 2026-11-01), the time slider re-asks the network for an earlier month, a person can be found and
 * focused, the phone layout puts the panel below the map, and a corporation user never reaches it. A 2,000-node
 * network (served in place of the API's answer) shows the large-graph path: the positions sent with the network,
 * no animations, WebGL where there is a GPU, and the session's cached positions on a revisit.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page, Route } from 'playwright-core';
import { pathOf, signIn } from './support/app';
import { eventually, launchBrowser, openPage, type OpenedPage, PHONE, saveScreenshot } from './support/browser';
import { graphql, tokenFor } from './support/graphql';
import { DEMO } from './support/state';

const DEMO_TODAY = '2026-11-01';
const DEMO_ISOLATED = 21;
/**
 * Issue 4: a 2,000-node neighbourhood is interactive within 2 s (with cached or precomputed positions). This test
 * checks that it is drawn from the positions the API precomputed, and a revisit and a reload from the session's
 * cache; it prints the times it saw but asserts none (speed belongs in benchmarks: this machine is shared; see
 * docs/benchmarks.md).
 */
const LARGE_NODES = 2000;

interface ApiNetwork {
  nodes: { id: string; kind: string; label: string; isolated: boolean | null; degree: number | null }[];
  edges: { kind: string }[];
}

async function apiNetwork(email: string, placeId: string, asOf?: string): Promise<ApiNetwork> {
  const res = await graphql<{ network: ApiNetwork }>(
    `
      query ($placeId: ID!, $asOf: LocalDate) {
        network(placeId: $placeId, asOf: $asOf) {
          nodes {
            id
            kind
            label
            isolated
            degree
          }
          edges {
            kind
          }
        }
      }
    `,
    { placeId, asOf: asOf ?? null },
    await tokenFor(email),
  );
  if (!res.data) throw new Error(`web-e2e: network query failed: ${JSON.stringify(res.errors)}`);
  return res.data.network;
}

async function firstPlaceOf(email: string): Promise<string> {
  const res = await graphql<{ me: { places: { id: string }[] } }>(
    '{ me { places { id } } }',
    {},
    await tokenFor(email),
  );
  const id = res.data?.me.places[0]?.id;
  if (!id) throw new Error(`web-e2e: ${email} has no places`);
  return id;
}

const ties = (network: ApiNetwork) => network.edges.filter((e) => e.kind === 'TIE').length;

/** "313 bewoners en groepen · 789 banden" above the map. */
async function shownCounts(page: Page): Promise<{ nodes: number; ties: number } | null> {
  const text = await page.locator('.summary').innerText();
  const nodes = /(\d+) (bewoners en groepen|residents and groups)/.exec(text);
  const tieCount = /(\d+) (banden|ties)/.exec(text);
  return nodes && tieCount ? { nodes: Number(nodes[1]), ties: Number(tieCount[1]) } : null;
}

/** Waits until the map has drawn the network it last loaded. */
async function waitForMap(page: Page, timeout = 20_000): Promise<void> {
  await page.locator('.map-frame[data-state="ready"]').waitFor({ timeout });
}

async function waitForCounts(page: Page, expected: { nodes: number; ties: number }): Promise<void> {
  await eventually(async () => {
    expect(await shownCounts(page)).toEqual(expected);
    expect(await page.locator('.map-frame').getAttribute('data-state')).toBe('ready');
  }, 20_000);
}

/** 'server' (sent with the network), 'cache' (sessionStorage) or 'kept' (moved along from the map on screen). */
function positionsSource(page: Page): Promise<string | null> {
  return page.locator('.map-frame').getAttribute('data-positions');
}

function highlightButton(page: Page, name: string) {
  return page.getByRole('group', { name: 'Markeren' }).getByRole('button', { name: new RegExp(`^${name}`) });
}

describe('relationship map', () => {
  let browser: Browser;
  let tab: OpenedPage;
  let buurt: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    buurt = await firstPlaceOf(DEMO.worker);
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

  it('shows the buurt as the API has it, highlights the isolated, and moves through time', async () => {
    const { page } = tab;
    await signIn(page, DEMO.worker);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kaart' }).click();
    await page.waitForURL('**/map');
    await page.locator('.map-frame canvas').first().waitFor();
    await waitForMap(page);

    // today: what the map says it shows is what the API returned for the worker's buurt
    const today = await apiNetwork(DEMO.worker, buurt);
    expect(today.nodes.length).toBeGreaterThan(300);
    await waitForCounts(page, { nodes: today.nodes.length, ties: ties(today) });
    expect(await page.getByLabel('Plek').inputValue()).toBe(buurt);
    const canvas = await page.locator('.map-frame canvas').first().boundingBox();
    expect(canvas?.width).toBeGreaterThan(400);
    expect(canvas?.height).toBeGreaterThan(300);

    // the demo's "today": 21 residents without a single tie
    const demoDay = await apiNetwork(DEMO.worker, buurt, DEMO_TODAY);
    expect(demoDay.nodes.filter((n) => n.isolated === true)).toHaveLength(DEMO_ISOLATED);
    await page.getByLabel('Peildatum').fill(DEMO_TODAY);
    await waitForCounts(page, { nodes: demoDay.nodes.length, ties: ties(demoDay) });

    const isolated = highlightButton(page, 'Geïsoleerd');
    expect(await isolated.getAttribute('aria-pressed')).toBe('false');
    await isolated.click();
    await eventually(async () => expect(await isolated.getAttribute('aria-pressed')).toBe('true'));
    await page.getByText(`${DEMO_ISOLATED} geïsoleerde bewoners: geen enkele band op de peildatum.`).waitFor();
    expect((await isolated.innerText()).replace(/\s+/g, ' ').trim()).toBe(`Geïsoleerd ${DEMO_ISOLATED}`);

    // a legend for every shape, line and colour, beside the map
    const legend = page.getByRole('region', { name: 'Legenda' });
    expect(await legend.isVisible()).toBe(true);
    for (const entry of [
      'Bewoner',
      'Verbinder of sleutelfiguur',
      'Collectief',
      'Initiatief',
      'Zwakke band (1–2), gestreept',
    ]) {
      expect(await legend.getByText(entry, { exact: true }).isVisible()).toBe(true);
    }
    expect(await legend.getByText(/^Gemeenschap \d+$/).count()).toBeGreaterThan(3);
    await saveScreenshot(page, 'map');

    // two years back with the slider: fewer ties, the same people
    const slider = page.getByLabel('Tijdlijn (24 maanden)');
    await slider.fill('-24');
    const asOf = await page.getByLabel('Peildatum').inputValue();
    expect(asOf).not.toBe(DEMO_TODAY);
    const twoYearsBack = await apiNetwork(DEMO.worker, buurt, asOf);
    expect(ties(twoYearsBack)).toBeLessThan(ties(demoDay));
    await waitForCounts(page, { nodes: demoDay.nodes.length, ties: ties(twoYearsBack) });
    expect(await isolated.innerText()).toContain(String(twoYearsBack.nodes.filter((n) => n.isolated === true).length));
    expect(tab.pageErrors).toEqual([]);
  });

  it('finds a person by name, focuses their circle and shows their figures', async () => {
    const { page } = tab;
    await signIn(page, DEMO.worker);
    await page.goto('/map');
    await waitForMap(page);
    await page.getByLabel('Peildatum').fill(DEMO_TODAY);
    const network = await apiNetwork(DEMO.worker, buurt, DEMO_TODAY);
    await waitForCounts(page, { nodes: network.nodes.length, ties: ties(network) });

    const gerda = network.nodes.find((n) => n.label === 'Gerda Prins');
    if (!gerda) throw new Error('web-e2e: no Gerda Prins in the demo network');
    await page.getByLabel('Zoek op naam').fill('Gerda Prins');
    await page.getByLabel('Zoek op naam').press('Enter');

    const details = page.getByRole('region', { name: 'Gerda Prins' });
    await details.waitFor();
    expect(await details.getByText('Verbinder of sleutelfiguur', { exact: false }).isVisible()).toBe(true);
    const figure = (name: string) =>
      details
        .locator('.figure')
        .filter({ has: page.getByText(name, { exact: true }) })
        .locator('dd')
        .first();
    expect(await figure('Banden').innerText()).toBe(String(gerda.degree));
    await details.getByRole('button', { name: '2 stappen' }).click();
    await eventually(async () =>
      expect(await details.getByRole('button', { name: '2 stappen' }).getAttribute('aria-pressed')).toBe('true'),
    );
    await page.waitForTimeout(500); // the zoom to the circle is animated
    await saveScreenshot(page, 'map-ego');

    await details.getByRole('link', { name: 'Bekijk bij Bewoners' }).click();
    await page.waitForURL('**/people?search=*');
    expect(await page.getByLabel('Zoek op naam').inputValue()).toBe('Gerda Prins');
    expect(tab.pageErrors).toEqual([]);
  });

  // issue 4, item 12: "find an isolated person on the map; open their page"
  it('finds an isolated resident with the highlight and opens their page from the map', async () => {
    const { page } = tab;
    await signIn(page, DEMO.worker);
    await page.goto('/map');
    await waitForMap(page);
    const network = await apiNetwork(DEMO.worker, buurt);
    await waitForCounts(page, { nodes: network.nodes.length, ties: ties(network) });

    // someone the API calls isolated today (the person page shows today's figures)
    const lonely = network.nodes.find((n) => n.kind === 'PERSON' && n.isolated === true);
    if (!lonely) throw new Error('web-e2e: the demo has no isolated resident today');
    await highlightButton(page, 'Geïsoleerd').click();
    await page.getByText(/\d+ geïsoleerde bewoners: geen enkele band op de peildatum\./).waitFor();

    await page.getByLabel('Zoek op naam').fill(lonely.label);
    await page.getByLabel('Zoek op naam').press('Enter');
    const details = page.getByRole('region', { name: lonely.label });
    await details.waitFor();
    expect(await details.locator('.chip.flag').allInnerTexts()).toContain('geïsoleerd');

    await details.getByRole('link', { name: 'Open pagina' }).click();
    await page.waitForURL(`**/people/${lonely.id}`);
    await page.getByRole('heading', { level: 1, name: lonely.label }).waitFor();
    expect(tab.pageErrors).toEqual([]);
  });

  it('on a phone: the map fills the width and the panel comes below it', async () => {
    await tab.close();
    tab = await openPage(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    const { page } = tab;
    await signIn(page, DEMO.worker);
    await page.goto('/map');
    await waitForMap(page);
    await page.getByLabel('Zoek op naam').fill('Gerda Prins');
    await page.getByLabel('Zoek op naam').press('Enter');
    await page.getByRole('region', { name: 'Gerda Prins' }).waitFor();

    const layout = await page.evaluate(() => {
      const box = (selector: string) => {
        const r = (document.querySelector(selector) as Element).getBoundingClientRect();
        return { x: r.x, y: r.y + window.scrollY, width: r.width, height: r.height };
      };
      return {
        pageWidth: document.documentElement.scrollWidth,
        map: box('.map-frame'),
        details: box('wf-map-details'),
        legend: box('wf-map-legend'),
      };
    });
    expect(layout.pageWidth).toBeLessThanOrEqual(PHONE.width);
    expect(layout.map.width).toBeGreaterThan(PHONE.width * 0.85);
    expect(layout.map.height).toBeGreaterThan(300);
    expect(layout.details.y).toBeGreaterThanOrEqual(layout.map.y + layout.map.height);
    expect(layout.legend.y).toBeGreaterThan(layout.details.y);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'map-phone');
    expect(tab.pageErrors).toEqual([]);
  });

  it('gives the analyst pseudonyms and no suggestions, and keeps the corporation user off the map', async () => {
    const { page } = tab;
    await signIn(page, DEMO.analyst);
    await page.getByRole('link', { name: 'Kaart' }).click();
    await waitForMap(page);
    const network = await apiNetwork(DEMO.analyst, buurt);
    const names = await page
      .locator('#map-search-names option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    const people = network.nodes.filter((n) => n.kind === 'PERSON');
    expect(people.every((p) => /^P-[0-9A-Z]{6}$/.test(p.label))).toBe(true);
    expect(names.filter((name) => /^P-[0-9A-Z]{6}$/.test(name))).toHaveLength(people.length);
    expect(await highlightButton(page, 'Voorstellen').count()).toBe(0);
    expect(await highlightButton(page, 'Geïsoleerd').count()).toBe(1);

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL('**/login');
    await signIn(page, DEMO.corporation);
    expect(await page.getByRole('link', { name: 'Kaart' }).count()).toBe(0);
    await page.goto('/map');
    await eventually(() => expect(pathOf(page)).toBe('/home'));
    expect(await page.locator('wf-map-page').count()).toBe(0);
    expect(tab.pageErrors).toEqual([]);
  });

  it('saves the whole map as a PNG, and filters ties by their ecogram function', async () => {
    const { page } = tab;
    await signIn(page, DEMO.worker);
    await page.goto('/map');
    await waitForMap(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Kaart opslaan als PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^weefsel-kaart-de-lindenhof-\d{4}-\d{2}-\d{2}\.png$/);
    const file = await download.path();
    const bytes = readFileSync(file);
    // the PNG signature, then an IHDR chunk whose width and height say it is a real picture
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(300);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(200);

    // ecogram functions: the ties the map keeps are the ones the API says carry practical help
    const res = await graphql<{ network: { edges: { kind: string; functions: string[] }[] } }>(
      'query ($placeId: ID!) { network(placeId: $placeId) { edges { kind functions } } }',
      { placeId: buurt },
      await tokenFor(DEMO.worker),
    );
    const edges = res.data?.network.edges ?? [];
    const practical = edges.filter((e) => e.kind === 'TIE' && e.functions.includes('PRACTICAL')).length;
    expect(practical).toBeGreaterThan(0);
    expect(practical).toBeLessThan(ties({ nodes: [], edges }));
    await page.getByText('Filters', { exact: true }).click();
    await page.locator('input[data-function="PRACTICAL"]').check();
    await eventually(async () => expect((await shownCounts(page))?.ties).toBe(practical));
    await page.locator('input[data-function="PRACTICAL"]').uncheck();
    await eventually(async () => expect((await shownCounts(page))?.ties).toBe(ties({ nodes: [], edges })));

    // one collective: its members and the ties among them, nobody else
    const group = page.getByLabel('Collectief of initiatief');
    const first = await group.locator('optgroup option').first().getAttribute('value');
    await group.selectOption(first ?? '');
    await eventually(async () => {
      const counts = await shownCounts(page);
      expect(counts?.nodes).toBeGreaterThan(1);
      expect(counts?.nodes).toBeLessThan(100);
    });
    await waitForMap(page);
    await saveScreenshot(page, 'map-group-filter');
    expect(tab.pageErrors).toEqual([]);
  });

  it(`draws a ${LARGE_NODES}-node network at the positions sent with it, and again from cached positions`, async () => {
    const { page } = tab;
    const large = syntheticNetwork(buurt, LARGE_NODES);
    // the API's answer replaced by a large neighbourhood; everything else goes to the real API
    await page.route('**/graphql', async (route: Route) => {
      const body = route.request().postDataJSON() as { query?: string } | null;
      if (body?.query?.includes('network(')) {
        await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data: { network: large } }) });
      } else {
        await route.continue();
      }
    });
    await signIn(page, DEMO.worker);
    // what the browser offers: WebGL on a GPU, only in software (headless Chromium: SwiftShader), or none
    const webgl = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'none';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      return /swiftshader|llvmpipe|softpipe|software/i.test(renderer) ? 'software' : 'hardware';
    });

    let started = Date.now();
    await page.goto('/map');
    await waitForMap(page, 30_000);
    const firstVisit = Date.now() - started;
    expect(await positionsSource(page)).toBe('server');
    expect(await shownCounts(page)).toEqual({
      nodes: LARGE_NODES,
      ties: large.edges.filter((e) => e.kind === 'TIE').length,
    });
    const note = {
      hardware: 'Getekend met WebGL.',
      software:
        'WebGL draait in deze browser zonder grafische kaart (in software), dus getekend op canvas: dat is hier sneller.',
      none: 'WebGL is in deze browser niet beschikbaar; getekend op canvas.',
    }[webgl];
    await page.getByText(note).waitFor();
    expect(await page.locator('canvas[data-id="layer3-webgl"]').count()).toBe(webgl === 'hardware' ? 1 : 0);

    // interactive: a highlight answers at once
    started = Date.now();
    await highlightButton(page, 'Geïsoleerd').click();
    await page.getByText(/geïsoleerde bewoners: geen enkele band/).waitFor();
    await waitForMap(page);
    const toggle = Date.now() - started;
    await saveScreenshot(page, 'map-large');

    // a revisit in the same tab (residents, then the map again) draws from the positions in sessionStorage
    await page.getByRole('link', { name: 'Bewoners' }).click();
    await page.waitForURL('**/people');
    started = Date.now();
    await page.getByRole('link', { name: 'Kaart' }).click();
    await waitForMap(page);
    const revisit = Date.now() - started;
    expect(await positionsSource(page)).toBe('cache');
    // and after a reload: the whole app starts again, the positions are still there
    started = Date.now();
    await page.reload();
    await waitForMap(page);
    const reload = Date.now() - started;
    expect(await positionsSource(page)).toBe('cache');
    console.log(
      `web-e2e map: ${LARGE_NODES} nodes (WebGL: ${webgl}): first visit ${firstVisit} ms, ` +
        `highlight ${toggle} ms, revisit from cache ${revisit} ms, reload from cache ${reload} ms`,
    );
    expect(tab.pageErrors).toEqual([]);
  });
});

/**
 * A deterministic neighbourhood of `size` nodes in the API's Network shape: residents in streets of ~40, each
 * tied to a few neighbours and now and then to someone further away, a collective per 80 and an initiative per
 * 130 residents, and one isolated resident in 25. Positions as the API sends them — here each street a
 * sunflower (Vogel's spiral) on a grid, a collective or initiative beside its first member: not the API's fcose
 * layout (api-e2e tests that), since this test is about drawing from positions, not about their quality.
 */
function syntheticNetwork(placeId: string, size: number) {
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const collectives = Math.round(size / 80);
  const initiatives = Math.round(size / 130);
  const people = size - collectives - initiatives;
  const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
  const streetAt = (i: number) => {
    const street = Math.floor(i / 40);
    const k = i % 40;
    const r = 22 * Math.sqrt(k + 0.5);
    return {
      x: (street % 8) * 420 + r * Math.cos(k * GOLDEN_ANGLE),
      y: Math.floor(street / 8) * 420 + r * Math.sin(k * GOLDEN_ANGLE),
    };
  };
  const node = (id: string, kind: string, label: string, extra: Record<string, unknown> = {}) => ({
    id,
    kind,
    label,
    placeId,
    roles: [] as string[],
    community: null,
    degree: null,
    betweenness: null,
    constraint: null,
    clustering: null,
    isolated: null,
    atRisk: null,
    articulationPoint: null,
    hiddenConnector: null,
    onWatchList: null,
    phase: null,
    atRiskReasons: [] as string[],
    x: 0,
    y: 0,
    ...extra,
  });
  const edge = (id: string, kind: string, source: string, target: string, strength: number | null) => ({
    id,
    kind,
    source,
    target,
    strength,
    detail: kind === 'TIE' ? 'NEIGHBOUR' : 'MEMBER',
    weak: strength !== null && strength <= 2,
    bridge: false,
    localBridge: false,
    span: null,
    bridging: false,
    viaInitiative: false,
    functions: [] as string[],
  });
  const edges: ReturnType<typeof edge>[] = [];
  const degree = new Array<number>(people).fill(0);
  const seen = new Set<string>();
  for (let i = 0; i < people; i++) {
    if (i % 25 === 0) continue;
    const street = Math.floor(i / 40);
    for (let k = 0; k < 2; k++) {
      const far = random() < 0.08;
      const j = far ? Math.floor(random() * people) : street * 40 + Math.floor(random() * 40);
      if (j >= people || j === i || j % 25 === 0) continue;
      const key = i < j ? `${i}-${j}` : `${j}-${i}`;
      if (seen.has(key)) continue;
      seen.add(key);
      degree[i]++;
      degree[j]++;
      edges.push(edge(`t${edges.length}`, 'TIE', `p${i}`, `p${j}`, 1 + Math.floor(random() * 5)));
    }
  }
  const nodes = Array.from({ length: people }, (_, i) =>
    node(`p${i}`, 'PERSON', `Bewoner ${i}`, {
      roles: i % 97 === 5 ? ['CONNECTOR'] : [],
      community: degree[i] > 0 ? Math.floor(i / 40) % 30 : null,
      degree: degree[i],
      betweenness: 0,
      constraint: degree[i] > 0 ? 0.5 : null,
      clustering: 0,
      isolated: degree[i] === 0,
      atRisk: degree[i] <= 1 ? 50 : null,
      articulationPoint: false,
      hiddenConnector: false,
      onWatchList: false,
      ...streetAt(i),
    }),
  );
  const group = (id: string, kind: string, label: string, role: string, size: number, prefix: string) => {
    const members = Array.from({ length: size }, () => Math.floor(random() * people));
    const first = streetAt(members[0]);
    nodes.push(node(id, kind, label, { roles: [role], x: first.x + 30, y: first.y + 30 }));
    for (const m of members) {
      edges.push(
        edge(`${prefix}${edges.length}`, kind === 'COLLECTIVE' ? 'MEMBERSHIP' : 'PARTICIPATION', `p${m}`, id, null),
      );
    }
  };
  for (let c = 0; c < collectives; c++) group(`c${c}`, 'COLLECTIVE', `Collectief ${c}`, 'APP_GROUP', 12, 'm');
  for (let c = 0; c < initiatives; c++) group(`i${c}`, 'INITIATIVE', `Initiatief ${c}`, 'GREEN', 8, 'q');
  return {
    asOf: '2026-11-01',
    placeId,
    pseudonymised: false,
    nodes,
    edges,
    communities: 30,
    modularity: 0.8,
    betweennessExact: false,
    betweennessErrorBound: 0.01,
  };
}
