/**
 * The analysis engine over GraphQL (issue 3, items 3, 4, 6 and 7), against the built API over HTTP:
 * - the demo neighbourhood De Lindenhof as the WORKER sees it, as of the demo's "today" (2026-11-01), so the
 *   figures do not depend on the clock; expected values come from the seed's landmarks
 *   (apps/api/src/app/seed/demo-neighbourhood.ts `landmarks`, generated with the default seed);
 * - figures as of a date, comparisons and cache invalidation on small neighbourhoods built through the API in the
 *   second organisation, with every expected figure worked out by hand in the comments;
 * - who sees which figures (DESIGN.md "Who sees what"): CORPORATION (rounded aggregates, small groups withheld,
 *   no names or ids), ANALYST (pseudonymised map), ADMIN and a worker of one street;
 * - bad input.
 */
import { LIMITS } from '@weefsel/domain';
import { buildAnalyticsFixture, consecutiveDays, createTie, endTie } from './support/analytics-fixture';
import { codeOf, gql, GqlResponse, login, ok } from './support/client';
import { allPages, Page } from './support/people-fixture';
import { DEMO } from './support/state';

/** The demo's "today" (DEMO_TODAY): every demo figure is read as of this date. */
const AS_OF = '2026-11-01';

/** Every figure of PlaceHealth (apps/api/src/app/analytics/models/place-health.model.ts HEALTH_FIGURES). */
const FIGURES = [
  'residents',
  'isolated',
  'shareIsolated',
  'atRisk',
  'shareAtRisk',
  'ties',
  'externalTies',
  'meanDegree',
  'meanDegreeWithExternal',
  'density',
  'components',
  'largestComponent',
  'largestComponentShare',
  'weakTies',
  'bridgingWeakTies',
  'bridgingShare',
  'connectors',
  'connectorsPer100',
  'tiesViaInitiatives',
  'shareTiesViaInitiatives',
  'helpOffers',
  'helpRequests',
  'helpRatio',
  'practicalOffers',
  'practicalRequests',
  'practicalRatio',
  'socialContactOffers',
  'socialContactRequests',
  'socialContactRatio',
  'otherOffers',
  'otherRequests',
  'otherRatio',
  'averageClustering',
  'transitivity',
  'communities',
  'modularity',
  'streets',
  'sameStreetTies',
  'crossStreetTies',
  'eiIndexStreets',
  'eiIndexPlace',
] as const;
type Figure = (typeof FIGURES)[number];

/** The figures that count people, ties or groups: a corporation sees them rounded to 5. */
const COUNT_FIGURES: readonly Figure[] = [
  'residents',
  'isolated',
  'atRisk',
  'ties',
  'externalTies',
  'components',
  'largestComponent',
  'weakTies',
  'bridgingWeakTies',
  'connectors',
  'tiesViaInitiatives',
  'helpOffers',
  'helpRequests',
  'practicalOffers',
  'practicalRequests',
  'socialContactOffers',
  'socialContactRequests',
  'otherOffers',
  'otherRequests',
  'communities',
  'streets',
  'sameStreetTies',
  'crossStreetTies',
];

type Health = {
  placeId: string;
  name: string;
  level: string;
  parentId: string | null;
  asOf: string;
  suppressed: boolean;
} & Record<Figure, number | null>;

const HEALTH_FIELDS = `placeId name level parentId asOf suppressed ${FIGURES.join(' ')}`;
const PLACE_HEALTH = `query($placeId: ID!, $asOf: LocalDate) { placeHealth(placeId: $placeId, asOf: $asOf) { ${HEALTH_FIELDS} } }`;
const PLACE_HEALTH_TREE = `query($placeId: ID!, $asOf: LocalDate) {
  placeHealthTree(placeId: $placeId, asOf: $asOf) { ${HEALTH_FIELDS} } }`;
const HEALTH_TREND = `query($placeId: ID!, $dates: [LocalDate!]!) {
  healthTrend(placeId: $placeId, dates: $dates) { ${HEALTH_FIELDS} } }`;
const COMPARE_HEALTH = `query($placeId: ID!, $asOf: LocalDate!, $previousAsOf: LocalDate!) {
  compareHealth(placeId: $placeId, asOf: $asOf, previousAsOf: $previousAsOf) {
    current { ${HEALTH_FIELDS} } previous { ${HEALTH_FIELDS} } delta { ${FIGURES.join(' ')} } } }`;

interface NetworkNode {
  id: string;
  kind: string;
  label: string;
  placeId: string;
  roles: string[];
  degree: number | null;
  betweenness: number | null;
  isolated: boolean | null;
  atRisk: number | null;
  onWatchList: boolean | null;
  x: number;
  y: number;
}

interface NetworkEdge {
  id: string;
  kind: string;
  source: string;
  target: string;
  strength: number | null;
  weak: boolean;
  bridge: boolean;
}

interface Network {
  asOf: string;
  placeId: string;
  pseudonymised: boolean;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

const NETWORK = `query($placeId: ID!, $asOf: LocalDate) { network(placeId: $placeId, asOf: $asOf) {
  asOf placeId pseudonymised communities modularity betweennessExact betweennessErrorBound
  nodes { id kind label placeId roles community degree betweenness constraint clustering isolated atRisk
          articulationPoint hiddenConnector onWatchList x y }
  edges { id kind source target strength detail weak bridge localBridge span bridging viaInitiative } } }`;

/** The API's grid spacing for nodes without any edge (libs/graph networkLayout, TILE_SPACING). */
const TILE_SPACING = 32;

/**
 * The nodes without any edge (no tie, collective or initiative), in the order the grid puts them: row by row
 * from the top, left to right.
 */
function gridOrder(network: Network): NetworkNode[] {
  const linked = new Set(network.edges.flatMap((e) => [e.source, e.target]));
  return network.nodes.filter((n) => !linked.has(n.id)).sort((a, b) => a.y - b.y || a.x - b.x);
}

/** The positions of the map by node id, rounded to a hundredth of a map unit. */
function positionsOf(network: Network): Record<string, string> {
  return Object.fromEntries(network.nodes.map((n) => [n.id, `${n.x.toFixed(2)},${n.y.toFixed(2)}`]));
}

interface Metrics {
  asOf: string;
  degree: number;
  weakTies: number;
  betweenness: number;
  isolated: boolean;
  bridges: number;
  atRiskRank: number | null;
  atRiskScore: number | null;
  atRiskReasons: { code: string }[];
}

const PERSON_METRICS = `query($id: ID!, $asOf: LocalDate) { person(id: $id) { id displayName
  metrics(asOf: $asOf) { asOf degree weakTies betweenness isolated bridges atRiskRank atRiskScore atRiskReasons { code } } } }`;

interface AtRiskRow {
  rank: number;
  personId: string;
  score: number;
  ties: number;
  isolated: boolean;
  person: { displayName: string } | null;
}

const AT_RISK = `query($placeId: ID!, $asOf: LocalDate) { atRisk(placeId: $placeId, asOf: $asOf) {
  rank personId score ties isolated person { displayName } } }`;

interface InitiativeHealthRow {
  initiativeId: string;
  name: string;
  activePeople: number;
  tiesCreated: number;
  tiesCreatedEver: number;
}

const INITIATIVE_HEALTH = `query($placeId: ID!, $asOf: LocalDate) { initiativeHealth(placeId: $placeId, asOf: $asOf) {
  initiativeId name activePeople tiesCreated tiesCreatedEver } }`;

interface PersonRow {
  id: string;
  displayName: string;
  homePlace: { id: string };
}

const PEOPLE = `query($first: Int, $after: String) { people(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id displayName homePlace { id } } } } }`;

/**
 * Landmarks of the demo (generateDemoNeighbourhood() with the default seed, `landmarks`): the three weak ties that
 * are the only link between clusters, the connectors and key figures, and the 21 residents with no tie valid on
 * 2026-11-01. The seed spec (demo-neighbourhood-network.spec.ts) proves these by hand from the generated rows.
 */
const LANDMARK_BRIDGES: [string, string][] = [
  ['Bilal Haddouchi', 'Murat Kılıç'],
  ['Evert van der Meer', 'Kees Smit'],
  ['Iris Timmermans', 'Koen Willems'],
];
const LANDMARK_CONNECTORS = [
  'Gerda Prins',
  'Bep Prins',
  'Malika Ouali',
  'Els Smit',
  'Julia van Vliet',
  'Ramesh Jong A Lock',
];
const LANDMARK_ISOLATED = [
  'Ruud Huisman',
  'Wilma Hendriks',
  'Renate de Haan',
  'Hamza Benali',
  'Emre Doğan',
  'Femke Koster',
  'Wouter Willems',
  'Koen van Vliet',
  'Lotte Mulder',
  'Samira El Amrani',
  'Marco van der Veen',
  'Anneke de Wit',
  'Gerda Mangal',
  'Wilma van Beek',
  'Greetje van Beek',
  'Theo Verhoeven',
  'Klaas van den Berg',
  'Klaas Meijer',
  'Klaas Molenaar',
  'Esra Arslan',
  'Cor Hofman',
];

const PSEUDONYM = /^P-[0-9A-HJKMNP-TV-Z]{6}$/;
const MIN_CELL = 10;

const round5 = (n: number): number => Math.round(n / 5) * 5;
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function allPeople(token: string): Promise<PersonRow[]> {
  const { nodes } = await allPages<PersonRow>(
    async (after) =>
      (await ok<{ people: Page<PersonRow> }>(PEOPLE, { first: LIMITS.maxPageSize, after }, token)).people,
  );
  return nodes;
}

async function healthOf(token: string, placeId: string, asOf: string): Promise<Health> {
  return (await ok<{ placeHealth: Health }>(PLACE_HEALTH, { placeId, asOf }, token)).placeHealth;
}

async function treeOf(token: string, placeId: string, asOf: string): Promise<Health[]> {
  return (await ok<{ placeHealthTree: Health[] }>(PLACE_HEALTH_TREE, { placeId, asOf }, token)).placeHealthTree;
}

async function networkOf(token: string, placeId: string, asOf: string): Promise<Network> {
  return (await ok<{ network: Network }>(NETWORK, { placeId, asOf }, token)).network;
}

async function metricsOf(token: string, id: string, asOf: string): Promise<Metrics> {
  return (await ok<{ person: { metrics: Metrics } }>(PERSON_METRICS, { id, asOf }, token)).person.metrics;
}

async function atRiskOf(token: string, placeId: string, asOf: string): Promise<AtRiskRow[]> {
  return (await ok<{ atRisk: AtRiskRow[] }>(AT_RISK, { placeId, asOf }, token)).atRisk;
}

/** The figures that matter for a hand-computed expectation, picked out of a health record. */
function pick(h: Health, figures: readonly Figure[]): Partial<Record<Figure, number | null>> {
  return Object.fromEntries(figures.map((f) => [f, h[f]]));
}

/** A person's ties in short, from Person.metrics. */
function standing(m: Metrics): { degree: number; isolated: boolean; weakTies: number } {
  return { degree: m.degree, isolated: m.isolated, weakTies: m.weakTies };
}

/**
 * The corporation rules (DESIGN.md "Who sees what", issue 3 item 6; corporation-view.ts), checked place by place
 * against the worker's exact figures of the same tree:
 * - a place with fewer than 10 residents shows no figure at all;
 * - a place that is shown has every count rounded to 5 (the exact count rounded, so it is a multiple of 5);
 * - a suppressed place shows no figure at all;
 * - under each parent, the suppressed children hold at least 10 residents together, or none are suppressed, so
 *   "parent minus the visible children" never gives a group of under 10.
 * Returns the number of suppressed places, so a caller can say how many it expects.
 */
function expectCorporationRules(corporation: readonly Health[], exact: readonly Health[]): number {
  expect(corporation.map((h) => h.placeId)).toEqual(exact.map((h) => h.placeId));
  const exactById = new Map(exact.map((h) => [h.placeId, h]));
  for (const h of corporation) {
    const truth = exactById.get(h.placeId) as Health;
    const residents = truth.residents as number;
    if (residents < MIN_CELL)
      expect({ place: h.name, suppressed: h.suppressed }).toEqual({ place: h.name, suppressed: true });
    if (h.suppressed) {
      expect({ place: h.name, figures: pick(h, FIGURES) }).toEqual({
        place: h.name,
        figures: Object.fromEntries(FIGURES.map((f) => [f, null])),
      });
    } else {
      for (const f of COUNT_FIGURES) {
        const shown = h[f];
        const real = truth[f];
        // a count is null only when the exact one is (it never is for a count, but the rule allows it)
        expect({ place: h.name, figure: f, shown }).toEqual({
          place: h.name,
          figure: f,
          shown: real === null ? null : round5(real),
        });
        if (shown !== null) expect(shown % 5).toBe(0);
      }
    }
  }
  const byParent = new Map<string, Health[]>();
  for (const h of exact) {
    if (h.parentId === null) continue;
    byParent.set(h.parentId, [...(byParent.get(h.parentId) ?? []), h]);
  }
  const suppressed = new Set(corporation.filter((h) => h.suppressed).map((h) => h.placeId));
  for (const [parentId, children] of byParent) {
    const hidden = children.filter((c) => suppressed.has(c.placeId));
    const hiddenResidents = sum(hidden.map((c) => c.residents as number));
    expect({
      parentId,
      hiddenChildren: hidden.length,
      protectedGroup: hidden.length === 0 || hiddenResidents >= MIN_CELL,
    }).toEqual({
      parentId,
      hiddenChildren: hidden.length,
      protectedGroup: true,
    });
  }
  return suppressed.size;
}

/** What the worker of the whole demo buurt sees, read once and shared by the demo tests. */
interface DemoView {
  worker: string;
  buurtId: string;
  people: PersonRow[];
  idByName: Map<string, string>;
  health: Health;
  tree: Health[];
  network: Network;
}

let demoView: Promise<DemoView> | undefined;

function demo(): Promise<DemoView> {
  demoView ??= (async () => {
    const worker = await login(DEMO.worker, DEMO.password);
    const places = await ok<{ places: { edges: { node: { id: string; name: string; level: string } }[] } }>(
      `{ places(first: 100) { edges { node { id name level } } } }`,
      {},
      worker,
    );
    const buurt = places.places.edges.find((e) => e.node.level === 'NEIGHBOURHOOD' && e.node.name === 'De Lindenhof');
    if (!buurt) throw new Error('the demo worker should see the buurt De Lindenhof');
    const buurtId = buurt.node.id;
    const people = await allPeople(worker);
    const idByName = new Map(people.map((p) => [p.displayName, p.id]));
    const [health, tree, network] = await Promise.all([
      healthOf(worker, buurtId, AS_OF),
      treeOf(worker, buurtId, AS_OF),
      networkOf(worker, buurtId, AS_OF),
    ]);
    return { worker, buurtId, people, idByName, health, tree, network };
  })();
  return demoView;
}

function idOf(view: DemoView, name: string): string {
  const id = view.idByName.get(name);
  if (!id) throw new Error(`the demo should have a resident called ${name}`);
  return id;
}

describe('analytics: the WORKER on the demo neighbourhood, as of 2026-11-01', () => {
  let view: DemoView;

  beforeAll(async () => {
    view = await demo();
  });

  it('gives the buurt 300 residents of whom 21 are isolated (the seed’s landmarks)', () => {
    // 300: eight streets whose sizes the seed draws around a total of 300; 21: landmarks.isolatedExternalIds
    expect(view.people).toHaveLength(300);
    expect(pick(view.health, ['residents', 'isolated'])).toEqual({ residents: 300, isolated: 21 });
    expect(view.health).toMatchObject({
      placeId: view.buurtId,
      level: 'NEIGHBOURHOOD',
      asOf: AS_OF,
      suppressed: false,
    });
    expect(view.health.shareIsolated).toBeCloseTo(21 / 300, 9);
  });

  it('lists the buurt first and then its streets, whose residents add up to the buurt’s', () => {
    const [top, ...streets] = view.tree;
    expect(top.placeId).toBe(view.buurtId);
    expect(pick(top, FIGURES)).toEqual(pick(view.health, FIGURES));
    // De Lindenhof has eight streets (demo-places.ts), each directly below the buurt, listed by name
    expect(streets).toHaveLength(8);
    for (const s of streets)
      expect({ level: s.level, parentId: s.parentId }).toEqual({ level: 'STREET', parentId: view.buurtId });
    const names = streets.map((s) => s.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(sum(streets.map((s) => s.residents as number))).toBe(top.residents);
    expect(sum(streets.map((s) => s.isolated as number))).toBe(top.isolated);
    // and each street's residents are the people the worker's list puts in it
    for (const s of streets) {
      expect({ street: s.name, residents: s.residents }).toEqual({
        street: s.name,
        residents: view.people.filter((p) => p.homePlace.id === s.placeId).length,
      });
    }
    // a buurt's ties are those with both ends inside: its streets' own ties plus the ties between streets
    expect(top.ties).toBe(sum(streets.map((s) => s.ties as number)) + (top.crossStreetTies as number));
  });

  it('maps all 300 residents, with the three landmark bridge ties as weak bridges and the connectors above the median degree', () => {
    const { network } = view;
    expect(network).toMatchObject({ asOf: AS_OF, placeId: view.buurtId, pseudonymised: false });
    const people = network.nodes.filter((n) => n.kind === 'PERSON');
    expect(people).toHaveLength(300);
    // the worker sees names and person ids: exactly the residents of the people list
    expect(new Set(people.map((n) => n.id))).toEqual(new Set(view.people.map((p) => p.id)));
    expect(new Set(people.map((n) => n.label))).toEqual(new Set(view.people.map((p) => p.displayName)));
    const ties = network.edges.filter((e) => e.kind === 'TIE');
    // one edge per pair of residents with a valid tie: the buurt's internal ties
    expect(ties).toHaveLength(view.health.ties as number);
    const edgeOf = (a: string, b: string) =>
      ties.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));
    for (const [a, b] of LANDMARK_BRIDGES) {
      const edge = edgeOf(idOf(view, a), idOf(view, b));
      // landmarks.bridgeTieExternalIds: strength ≤ 2 and the only link between two clusters (Tarjan bridge)
      expect({ tie: `${a} – ${b}`, weak: edge?.weak, bridge: edge?.bridge }).toEqual({
        tie: `${a} – ${b}`,
        weak: true,
        bridge: true,
      });
    }
    const middle = median(people.map((n) => n.degree as number));
    for (const name of LANDMARK_CONNECTORS) {
      const node = people.find((n) => n.id === idOf(view, name));
      // the seed gives connectors at least 1.5 × the mean degree (demo-neighbourhood-network.spec.ts)
      expect({ connector: name, aboveMedian: (node?.degree ?? 0) > middle }).toEqual({
        connector: name,
        aboveMedian: true,
      });
    }
    const isolated = people.filter((n) => n.isolated);
    expect(new Set(isolated.map((n) => n.label))).toEqual(new Set(LANDMARK_ISOLATED));
    expect(isolated.every((n) => n.degree === 0)).toBe(true);
  });

  it('places every node of the map, the residents without any edge in a grid left of the rest, in name order', async () => {
    const { network } = view;
    const at = positionsOf(network);
    expect(network.nodes.filter((n) => !Number.isFinite(n.x) || !Number.isFinite(n.y))).toEqual([]);
    // no two nodes on one spot
    expect(new Set(Object.values(at)).size).toBe(network.nodes.length);
    const alone = gridOrder(network);
    // the seed's isolated residents have no tie; some are in a collective, so the grid holds at most those 21
    expect(alone.length).toBeGreaterThan(0);
    expect(alone.every((n) => n.kind === 'PERSON' && n.isolated)).toBe(true);
    const linked = network.nodes.filter((n) => !alone.includes(n));
    expect(Math.max(...alone.map((n) => n.x))).toBeLessThan(Math.min(...linked.map((n) => n.x)));
    // a square-ish grid of ⌈√k⌉ columns, TILE_SPACING apart, filled row by row in name order
    const columns = Math.ceil(Math.sqrt(alone.length));
    alone.forEach((n, i) => {
      expect(n.x - alone[0].x).toBeCloseTo((i % columns) * TILE_SPACING, 6);
      expect(n.y - alone[0].y).toBeCloseTo(Math.floor(i / columns) * TILE_SPACING, 6);
    });
    expect(alone.map((n) => n.label)).toEqual(alone.map((n) => n.label).sort((a, b) => a.localeCompare(b, 'nl')));
    // the next visit, and a colleague's, get the same map
    expect(positionsOf(await networkOf(view.worker, view.buurtId, AS_OF))).toEqual(at);
  });

  it('draws tied residents closer together than residents picked at random', () => {
    // a force layout's point: over all ties, the mean distance between the two ends is well below the mean
    // distance between two residents chosen without regard to ties (here: every resident and the next in the list)
    const { network } = view;
    const byId = new Map(network.nodes.map((n) => [n.id, n]));
    const distance = (a: string, b: string) => {
      const p = byId.get(a) as NetworkNode;
      const q = byId.get(b) as NetworkNode;
      return Math.hypot(p.x - q.x, p.y - q.y);
    };
    const mean = (xs: number[]) => sum(xs) / xs.length;
    const tied = mean(network.edges.filter((e) => e.kind === 'TIE').map((e) => distance(e.source, e.target)));
    const people = network.nodes.filter((n) => n.kind === 'PERSON' && !n.isolated);
    const any = mean(people.slice(1).map((n, i) => distance(n.id, people[i].id)));
    expect(tied).toBeLessThan(any / 3);
  });

  it('gives an isolated resident degree 0 and a place on the at-risk list', async () => {
    // Cor Hofman: one of landmarks.isolatedExternalIds
    const metrics = await metricsOf(view.worker, idOf(view, 'Cor Hofman'), AS_OF);
    expect(metrics).toMatchObject({ asOf: AS_OF, isolated: true, degree: 0, weakTies: 0, bridges: 0, betweenness: 0 });
    expect(metrics.atRiskRank).toEqual(expect.any(Number));
    expect(metrics.atRiskRank).toBeGreaterThanOrEqual(1);
    expect(metrics.atRiskReasons.map((r) => r.code)).toContain('ISOLATED');
  });

  it('gives Bilal Haddouchi, at one end of a landmark bridge, a high betweenness and a bridge', async () => {
    // his weak tie to Murat Kılıç is the only link between two clusters: every shortest path between them runs
    // through him, so his normalised betweenness (NetworkX: 2 / ((n − 1)(n − 2))) is well above 0.1
    const metrics = await metricsOf(view.worker, idOf(view, 'Bilal Haddouchi'), AS_OF);
    expect(metrics.isolated).toBe(false);
    expect(metrics.betweenness).toBeGreaterThan(0.1);
    expect(metrics.bridges).toBeGreaterThanOrEqual(1);
  });

  it('ranks the at-risk list 1, 2, 3, … by non-increasing score, with every isolated resident on it', async () => {
    const list = await atRiskOf(view.worker, view.buurtId, AS_OF);
    expect(list.length).toBeGreaterThan(21);
    expect(list.map((p) => p.rank)).toEqual(list.map((_, i) => i + 1));
    for (let i = 1; i < list.length; i++) expect(list[i].score).toBeLessThanOrEqual(list[i - 1].score);
    const isolatedIds = view.network.nodes.filter((n) => n.kind === 'PERSON' && n.isolated).map((n) => n.id);
    expect(isolatedIds).toHaveLength(21);
    const onList = new Map(list.map((p) => [p.personId, p]));
    for (const id of isolatedIds) expect({ id, isolated: onList.get(id)?.isolated }).toEqual({ id, isolated: true });
    expect(list.filter((p) => p.isolated)).toHaveLength(21);
    // the list and Person.metrics agree on the rank
    const cor = onList.get(idOf(view, 'Cor Hofman'));
    expect((await metricsOf(view.worker, idOf(view, 'Cor Hofman'), AS_OF)).atRiskRank).toBe(cor?.rank);
    expect(cor?.person?.displayName).toBe('Cor Hofman');
  });

  it('reports the health of the demo’s initiatives, some of which created ties', async () => {
    const rows = (
      await ok<{ initiativeHealth: InitiativeHealthRow[] }>(
        INITIATIVE_HEALTH,
        { placeId: view.buurtId, asOf: AS_OF },
        view.worker,
      )
    ).initiativeHealth;
    const listed = await ok<{ initiatives: { edges: { node: { id: string; name: string } }[] } }>(
      `query($placeId: ID) { initiatives(placeId: $placeId, first: 50) { edges { node { id name } } } }`,
      { placeId: view.buurtId },
      view.worker,
    );
    // the same initiatives as the worker's list of the buurt (4–6 in the seed; TaartExpress and Lindenhof Helpt among them)
    expect(new Set(rows.map((r) => r.initiativeId))).toEqual(new Set(listed.initiatives.edges.map((e) => e.node.id)));
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.some((r) => r.name.startsWith('TaartExpress'))).toBe(true);
    expect(rows.some((r) => r.name.startsWith('Lindenhof Helpt'))).toBe(true);
    for (const r of rows) {
      expect(r.tiesCreated).toBeGreaterThanOrEqual(0);
      expect(r.tiesCreated).toBeLessThanOrEqual(r.tiesCreatedEver);
    }
    // the seed records ties met via initiatives (demo-initiatives.ts), most of them valid today
    expect(rows.some((r) => r.tiesCreated > 0)).toBe(true);
    // every pair the buurt counts as tied via an initiative was created by one of these initiatives
    expect(sum(rows.map((r) => r.tiesCreated))).toBeGreaterThanOrEqual(view.health.tiesViaInitiatives as number);
  });
});

describe('analytics as of a date, on a street of four built by hand', () => {
  // Tijdstraat: Anna, Bram, Cor, Dina, and three ties:
  //   T1 Anna–Bram strength 4 since 2026-01-01, open
  //   T2 Cor–Dina  strength 2 since 2026-01-01, ended 2026-06-01 (valid up to 2026-05-31: since <= asOf < until)
  //   T3 Bram–Cor  strength 3 since 2026-03-01, open
  let worker: string;
  let streetId: string;
  let buurtId: string;
  let dina: string;

  beforeAll(async () => {
    const f = await buildAnalyticsFixture('analytics-tijd', {
      streets: [{ name: 'Tijdstraat', residents: ['Anna Tijd', 'Bram Tijd', 'Cor Tijd', 'Dina Tijd'] }],
    });
    worker = f.workerToken;
    buurtId = f.buurtId;
    streetId = f.streetIds[0];
    const [anna, bram, cor, d] = f.residents[0];
    dina = d;
    await createTie(worker, { a: anna, b: bram, strength: 4, since: '2026-01-01' });
    const t2 = await createTie(worker, { a: cor, b: dina, strength: 2, since: '2026-01-01' });
    await createTie(worker, { a: bram, b: cor, strength: 3, since: '2026-03-01' });
    await endTie(worker, t2, '2026-06-01');
  });

  const HAND: readonly Figure[] = [
    'residents',
    'ties',
    'isolated',
    'components',
    'largestComponent',
    'weakTies',
    'atRisk',
  ];

  it('counts the ended tie the day before it ended, and not on the day it ended', async () => {
    const before = await healthOf(worker, streetId, '2026-05-31');
    const after = await healthOf(worker, streetId, '2026-06-01');
    // 2026-05-31: T1, T2, T3 — one path Anna–Bram–Cor–Dina: 3 ties, nobody isolated, 1 component of 4,
    // 1 weak tie (T2, strength 2); at risk (≤ 1 tie, or only weak ties): Anna (only T1) and Dina (only T2) = 2
    expect(pick(before, HAND)).toEqual({
      residents: 4,
      ties: 3,
      isolated: 0,
      components: 1,
      largestComponent: 4,
      weakTies: 1,
      atRisk: 2,
    });
    expect(before.density).toBeCloseTo(3 / 6, 9); // 3 ties of 4·3/2 = 6 pairs
    // 2026-06-01: T1, T3 — Anna–Bram–Cor and Dina alone: 2 ties, 1 isolated, 2 components (3 and 1), no weak tie;
    // at risk: Anna (only T1), Cor (only T3), Dina (isolated) = 3
    expect(pick(after, HAND)).toEqual({
      residents: 4,
      ties: 2,
      isolated: 1,
      components: 2,
      largestComponent: 3,
      weakTies: 0,
      atRisk: 3,
    });
    expect(after.density).toBeCloseTo(2 / 6, 9);
    // the buurt has only this street: the same counts one level up
    expect(pick(await healthOf(worker, buurtId, '2026-06-01'), HAND)).toEqual(pick(after, HAND));
    // and Dina's own metrics follow the same dates
    expect(standing(await metricsOf(worker, dina, '2026-05-31'))).toEqual({ degree: 1, isolated: false, weakTies: 1 });
    expect(standing(await metricsOf(worker, dina, '2026-06-01'))).toEqual({ degree: 0, isolated: true, weakTies: 0 });
  });

  it('gives the change between two dates as current − previous, figure by figure', async () => {
    const { compareHealth } = await ok<{
      compareHealth: { current: Health; previous: Health; delta: Record<Figure, number | null> };
    }>(COMPARE_HEALTH, { placeId: streetId, asOf: '2026-06-01', previousAsOf: '2026-05-31' }, worker);
    expect(compareHealth.current.asOf).toBe('2026-06-01');
    expect(compareHealth.previous.asOf).toBe('2026-05-31');
    // from the two hand counts above: ties 2 − 3, isolated 1 − 0, components 2 − 1, largest 3 − 4, weak 0 − 1, at risk 3 − 2
    expect(pick(compareHealth.delta as Health, HAND)).toEqual({
      residents: 0,
      ties: -1,
      isolated: 1,
      components: 1,
      largestComponent: -1,
      weakTies: -1,
      atRisk: 1,
    });
    for (const f of FIGURES) {
      const current = compareHealth.current[f];
      const previous = compareHealth.previous[f];
      const delta = compareHealth.delta[f];
      if (current === null || previous === null) expect({ figure: f, delta }).toEqual({ figure: f, delta: null });
      else
        expect({ figure: f, delta: Math.round((delta as number) * 1e9) }).toEqual({
          figure: f,
          delta: Math.round((current - previous) * 1e9),
        });
    }
  });

  it('gives a trend oldest first, one point per distinct date', async () => {
    const dates = ['2026-06-01', '2025-12-31', '2026-02-01', '2026-05-31', '2026-02-01'];
    const { healthTrend } = await ok<{ healthTrend: Health[] }>(HEALTH_TREND, { placeId: streetId, dates }, worker);
    // 2025-12-31: no tie yet, all 4 isolated; 2026-02-01: T1 and T2 (T3 starts in March): 2 ties, none isolated;
    // 2026-05-31: 3 ties; 2026-06-01: 2 ties, Dina isolated
    expect(healthTrend.map((h) => [h.asOf, h.ties, h.isolated])).toEqual([
      ['2025-12-31', 0, 4],
      ['2026-02-01', 2, 0],
      ['2026-05-31', 3, 0],
      ['2026-06-01', 2, 1],
    ]);
  });

  it('accepts a trend of 60 dates', async () => {
    const dates = consecutiveDays('2026-04-01', 60);
    const { healthTrend } = await ok<{ healthTrend: Health[] }>(HEALTH_TREND, { placeId: streetId, dates }, worker);
    expect(healthTrend.map((h) => h.asOf)).toEqual(dates);
    // T2 ends on 2026-06-01, the 62nd day from 2026-04-01 … so within these 60 days (to 2026-05-30) nobody is isolated
    expect(healthTrend.every((h) => h.isolated === 0 && h.ties === 3)).toBe(true);
  });
});

describe('analytics after a change: nothing is served stale from the cache', () => {
  // Cachestraat: Eva–Floor tie since 2026-01-01; Gijs and Hans without a tie. As of 2026-07-01: 2 isolated.
  const asOf = '2026-07-01';
  let worker: string;
  let streetId: string;
  let eva: string;
  let floor: string;
  let gijs: string;
  let evaFloor: string;

  beforeAll(async () => {
    const f = await buildAnalyticsFixture('analytics-cache', {
      streets: [{ name: 'Cachestraat', residents: ['Eva Cache', 'Floor Cache', 'Gijs Cache', 'Hans Cache'] }],
    });
    worker = f.workerToken;
    streetId = f.streetIds[0];
    [eva, floor, gijs] = f.residents[0];
    evaFloor = await createTie(worker, { a: eva, b: floor, strength: 3, since: '2026-01-01' });
  });

  it('counts a new tie of an isolated resident at once, in every figure that was read before', async () => {
    // read everything once, so each result is in the cache
    const k = (await healthOf(worker, streetId, asOf)).isolated;
    expect(k).toBe(2); // Gijs and Hans
    expect((await treeOf(worker, streetId, asOf))[0].isolated).toBe(2);
    expect(standing(await metricsOf(worker, gijs, asOf))).toEqual({ degree: 0, isolated: true, weakTies: 0 });
    expect((await atRiskOf(worker, streetId, asOf)).find((p) => p.personId === gijs)?.isolated).toBe(true);
    const gijsNode = (n: Network) => n.nodes.find((x) => x.id === gijs);
    expect(gijsNode(await networkOf(worker, streetId, asOf))?.degree).toBe(0);

    // Gijs meets Eva, recorded with since 2026-02-01 ≤ asOf: as of 2026-07-01 only Hans is left isolated
    await createTie(worker, { a: gijs, b: eva, strength: 3, since: '2026-02-01' });
    expect((await healthOf(worker, streetId, asOf)).isolated).toBe((k as number) - 1);
    expect((await treeOf(worker, streetId, asOf))[0].isolated).toBe(1);
    expect(standing(await metricsOf(worker, gijs, asOf))).toEqual({ degree: 1, isolated: false, weakTies: 0 });
    expect((await atRiskOf(worker, streetId, asOf)).find((p) => p.personId === gijs)?.isolated ?? false).toBe(false);
    const network = await networkOf(worker, streetId, asOf);
    expect(gijsNode(network)?.degree).toBe(1);
    expect(network.edges.filter((e) => e.kind === 'TIE')).toHaveLength(2);
  });

  it('lays the map out again after a change, for a date it had laid out before', async () => {
    // after the test above: Eva–Floor and Gijs–Eva, a path; Hans alone, in a grid of one
    const network = await networkOf(worker, streetId, asOf);
    expect(gridOrder(network).map((n) => n.label)).toEqual(['Hans Cache']);
    const gijsFloor = await createTie(worker, { a: gijs, b: floor, strength: 2, since: '2026-03-01' });
    const after = await networkOf(worker, streetId, asOf);
    expect(gridOrder(after).map((n) => n.label)).toEqual(['Hans Cache']);
    // the path became a triangle: a new layout, not the cached one
    expect(positionsOf(after)).not.toEqual(positionsOf(network));
    // ended before the date again, so the next test sees the street as it was
    await endTie(worker, gijsFloor, '2026-03-02');
  });

  it('counts an ended tie at once too', async () => {
    // Eva–Floor ends on 2026-06-15: as of 2026-07-01 Floor has no tie left (Eva still has Gijs): Floor and Hans
    expect((await healthOf(worker, streetId, asOf)).isolated).toBe(1);
    await endTie(worker, evaFloor, '2026-06-15');
    expect(pick(await healthOf(worker, streetId, asOf), ['isolated', 'ties'])).toEqual({ isolated: 2, ties: 1 });
    expect(standing(await metricsOf(worker, floor, asOf))).toEqual({ degree: 0, isolated: true, weakTies: 0 });
  });
});

describe('the map after a change: precomputed while the worker is quiet', () => {
  // MapWarmer (apps/api): QUIET_MS = 1.5 s after a user's last change, the maps of their places as of today are
  // computed in the background. Seen from outside through the SQL statements of a request (WEEFSEL_QUERY_STATS):
  // a `network` served from the cache sends only the guard's, the scope's and the data version's.
  const QUIET_MS = 1500;
  let worker: string;
  let buurtId: string;
  let people: string[];

  beforeAll(async () => {
    const f = await buildAnalyticsFixture('map-warmup', {
      streets: [{ name: 'Warmstraat', residents: ['Ada Warm', 'Bo Warm', 'Cor Warm', 'Dien Warm'] }],
    });
    worker = f.workerToken;
    buurtId = f.buurtId;
    people = f.residents[0];
  });

  const sqlOf = async (expectedTies: number): Promise<number> => {
    const res = await gql<{ network: Network }>(NETWORK, { placeId: buurtId }, worker);
    expect(res.errors).toBeUndefined();
    expect(res.data?.network.edges.filter((e) => e.kind === 'TIE')).toHaveLength(expectedTies);
    return res.extensions?.sqlQueries as number;
  };

  it('serves the map after a change from the cache once the worker has been quiet, the new tie on it', async () => {
    // right after a change (well within the quiet time) the request loads the snapshot itself
    await createTie(worker, { a: people[0], b: people[1], strength: 3, since: '2026-01-01' });
    const computed = await sqlOf(1);
    const cached = await sqlOf(1);
    expect(computed).toBeGreaterThan(cached);

    await createTie(worker, { a: people[2], b: people[3], strength: 2, since: '2026-01-01' });
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS + 2500));
    // precomputed: as few statements as a cached answer, and the answer has the change
    expect(await sqlOf(2)).toBe(cached);
  });
});

describe('the map payload for the map’s filters: ecogram functions, initiative phase, at-risk reasons', () => {
  // Functiestraat, as of 2026-07-01 (every tie since 2026-03-01, so none is unconfirmed for 12 months):
  //   Ida–Jan strength 4, functions recorded as [EMOTIONAL, PRACTICAL]; Jan–Kim strength 3, no functions;
  //   Lot has no tie and is on the watch-list; Ida is a member of a collective, Jan takes part in the initiative
  //   "Moestuin" (phase NEEDS_SUPPORT).
  // At-risk reasons (libs/graph at-risk.ts, reasons in its fixed order):
  //   Ida: one tie → SINGLE_TIE (member of a collective, so not NO_COLLECTIVE_OR_INITIATIVE)
  //   Jan: two ties of strength 4 and 3 → not at risk → []
  //   Kim: one tie, in nothing → SINGLE_TIE, NO_COLLECTIVE_OR_INITIATIVE
  //   Lot: no tie, in nothing, on the watch-list → ISOLATED, NO_COLLECTIVE_OR_INITIATIVE, ON_WATCH_LIST
  const asOf = '2026-07-01';
  const FILTER_NETWORK = `query($placeId: ID!, $asOf: LocalDate) { network(placeId: $placeId, asOf: $asOf) {
    nodes { id kind label phase atRisk atRiskReasons } edges { id kind source target functions } } }`;
  interface FilterNode {
    id: string;
    kind: string;
    label: string;
    phase: string | null;
    atRisk: number | null;
    atRiskReasons: string[];
  }
  interface FilterEdge {
    id: string;
    kind: string;
    source: string;
    target: string;
    functions: string[];
  }
  type FilterNetwork = { nodes: FilterNode[]; edges: FilterEdge[] };
  let worker: string;
  let analyst: string;
  let streetId: string;
  let ida: string;
  let jan: string;
  let kim: string;
  let lot: string;
  let initiativeId: string;
  let collectiveId: string;

  const mapOf = async (token: string): Promise<FilterNetwork> =>
    (await ok<{ network: FilterNetwork }>(FILTER_NETWORK, { placeId: streetId, asOf }, token)).network;

  beforeAll(async () => {
    const f = await buildAnalyticsFixture('analytics-filters', {
      streets: [{ name: 'Functiestraat', residents: ['Ida Functie', 'Jan Functie', 'Kim Functie', 'Lot Functie'] }],
    });
    worker = f.workerToken;
    streetId = f.streetIds[0];
    [ida, jan, kim, lot] = f.residents[0];
    const tie = `mutation($input: CreateTieInput!) { createTie(input: $input) { id } }`;
    await ok(
      tie,
      {
        input: {
          personAId: ida,
          personBId: jan,
          kind: 'FRIEND',
          strength: 4,
          since: '2026-03-01',
          functions: ['EMOTIONAL', 'PRACTICAL'],
        },
      },
      worker,
    );
    await ok(
      tie,
      { input: { personAId: jan, personBId: kim, kind: 'NEIGHBOUR', strength: 3, since: '2026-03-01' } },
      worker,
    );
    await ok(`mutation($id: ID!) { setWatchList(id: $id, onWatchList: true) { id } }`, { id: lot }, worker);
    collectiveId = (
      await ok<{ createCollective: { id: string } }>(
        `mutation($input: CreateCollectiveInput!) { createCollective(input: $input) { id } }`,
        { input: { name: 'Functiecommissie', kind: 'RESIDENT_COMMITTEE', placeId: streetId } },
        worker,
      )
    ).createCollective.id;
    await ok(
      `mutation($input: AddMembershipInput!) { addMembership(input: $input) { id } }`,
      { input: { collectiveId, personId: ida, since: '2026-03-01' } },
      worker,
    );
    initiativeId = (
      await ok<{ createInitiative: { id: string } }>(
        `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }`,
        {
          input: {
            name: 'Moestuin',
            kind: 'SOCIAL_ACTIVITY',
            phase: 'NEEDS_SUPPORT',
            placeId: streetId,
            startedOn: '2026-03-01',
          },
        },
        worker,
      )
    ).createInitiative.id;
    await ok(
      `mutation($input: AddParticipationInput!) { addParticipation(input: $input) { id } }`,
      { input: { initiativeId, personId: jan, role: 'VOLUNTEER', since: '2026-03-01' } },
      worker,
    );
    await ok(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          email: 'analytics-analist-filters@elders.test',
          displayName: 'Analist filters',
          role: 'ANALYST',
          password: 'fixture-password',
          placeIds: [f.buurtId],
        },
      },
      f.adminToken,
    );
    analyst = await login('analytics-analist-filters@elders.test', 'fixture-password');
  });

  it('gives each tie its ecogram functions in a fixed order, and memberships and participations none', async () => {
    const { edges } = await mapOf(worker);
    const tieOf = (a: string, b: string) =>
      edges.find((e) => e.kind === 'TIE' && [e.source, e.target].sort().join() === [a, b].sort().join());
    // recorded as [EMOTIONAL, PRACTICAL]; the payload lists them in the order of EcogramFunction
    expect(tieOf(ida, jan)?.functions).toEqual(['PRACTICAL', 'EMOTIONAL']);
    expect(tieOf(jan, kim)?.functions).toEqual([]);
    const groupEdges = edges.filter((e) => e.kind !== 'TIE');
    expect(groupEdges.map((e) => e.kind).sort()).toEqual(['MEMBERSHIP', 'PARTICIPATION']);
    for (const e of groupEdges) expect(e.functions).toEqual([]);
  });

  it('gives an initiative its phase and every other node none', async () => {
    const { nodes } = await mapOf(worker);
    expect(nodes.find((n) => n.id === initiativeId)).toMatchObject({ kind: 'INITIATIVE', phase: 'NEEDS_SUPPORT' });
    expect(nodes.filter((n) => n.id !== initiativeId).map((n) => n.phase)).toEqual([null, null, null, null, null]);
    expect(nodes.find((n) => n.id === collectiveId)?.atRiskReasons).toEqual([]);
  });

  it('gives each resident the codes of their at-risk reasons, and none to a resident not at risk', async () => {
    const { nodes } = await mapOf(worker);
    const reasons = Object.fromEntries(
      nodes
        .filter((n) => n.kind === 'PERSON')
        .map((n) => [n.label, { atRisk: n.atRisk !== null, reasons: n.atRiskReasons }]),
    );
    expect(reasons).toEqual({
      'Ida Functie': { atRisk: true, reasons: ['SINGLE_TIE'] },
      'Jan Functie': { atRisk: false, reasons: [] },
      'Kim Functie': { atRisk: true, reasons: ['SINGLE_TIE', 'NO_COLLECTIVE_OR_INITIATIVE'] },
      'Lot Functie': { atRisk: true, reasons: ['ISOLATED', 'NO_COLLECTIVE_OR_INITIATIVE', 'ON_WATCH_LIST'] },
    });
  });

  it('gives the analyst the same functions, phase and reasons, but no trace of the watch-list and no names', async () => {
    const [mine, theirs] = [await mapOf(worker), await mapOf(analyst)];
    const people = theirs.nodes.filter((n) => n.kind === 'PERSON');
    expect(people.map((n) => n.label).every((l) => PSEUDONYM.test(l))).toBe(true);
    // the same residents in the same order (both lists follow the snapshot): Lot is the isolated one
    const isolated = people.filter((n) => n.atRiskReasons.includes('ISOLATED'));
    expect(isolated.map((n) => n.atRiskReasons)).toEqual([['ISOLATED', 'NO_COLLECTIVE_OR_INITIATIVE']]);
    expect(people.flatMap((n) => n.atRiskReasons)).not.toContain('ON_WATCH_LIST');
    expect(people.map((n) => n.atRiskReasons.join()).sort()).toEqual(
      mine.nodes
        .filter((n) => n.kind === 'PERSON')
        .map((n) => n.atRiskReasons.filter((r) => r !== 'ON_WATCH_LIST').join())
        .sort(),
    );
    expect(theirs.edges.map((e) => e.functions.join()).sort()).toEqual(
      mine.edges.map((e) => e.functions.join()).sort(),
    );
    expect(theirs.nodes.find((n) => n.kind === 'INITIATIVE')?.phase).toBe('NEEDS_SUPPORT');
    expect(JSON.stringify(theirs)).not.toMatch(/(Ida|Jan|Kim|Lot) Functie/);
  });
});

describe('analytics on the demo map: functions, phases and reasons agree with the other figures', () => {
  let view: DemoView;

  beforeAll(async () => {
    view = await demo();
  });

  it('gives every isolated resident the reason ISOLATED and reasons exactly to those at risk', async () => {
    const { network } = await ok<{
      network: {
        nodes: {
          kind: string;
          isolated: boolean | null;
          atRisk: number | null;
          atRiskReasons: string[];
          phase: string | null;
        }[];
        edges: { kind: string; functions: string[] }[];
      };
    }>(
      `query($p: ID!) { network(placeId: $p, asOf: "${AS_OF}") { nodes { kind isolated atRisk atRiskReasons phase } edges { kind functions } } }`,
      { p: view.buurtId },
      view.worker,
    );
    const people = network.nodes.filter((n) => n.kind === 'PERSON');
    // 21 isolated residents (the seed's landmarks), each with ISOLATED first (the reasons' fixed order)
    expect(people.filter((n) => n.atRiskReasons[0] === 'ISOLATED')).toHaveLength(21);
    for (const n of people) {
      expect({ atRisk: n.atRisk !== null, hasReasons: n.atRiskReasons.length > 0 }).toEqual({
        atRisk: n.atRisk !== null,
        hasReasons: n.atRisk !== null,
      });
      expect(n.atRiskReasons.includes('ISOLATED')).toBe(n.isolated);
    }
    const phases = new Set(['IDEA', 'STARTING', 'ACTIVE', 'NEEDS_SUPPORT', 'DORMANT', 'ENDED']);
    const initiatives = network.nodes.filter((n) => n.kind === 'INITIATIVE');
    expect(initiatives.length).toBeGreaterThan(0);
    for (const n of initiatives) expect(phases.has(n.phase as string)).toBe(true);
    // the seed records functions on its ties (demo-ties.ts functionsFor): some ties have them, none is unknown
    const known = new Set(['PRACTICAL', 'COMPANIONSHIP', 'ADVICE', 'EMOTIONAL']);
    const ties = network.edges.filter((e) => e.kind === 'TIE');
    expect(ties.some((e) => e.functions.length > 0)).toBe(true);
    for (const e of ties) for (const fn of e.functions) expect(known.has(fn)).toBe(true);
    for (const e of network.edges.filter((x) => x.kind !== 'TIE')) expect(e.functions).toEqual([]);
  });
});

describe('analytics for the CORPORATION: rounded aggregates, small groups withheld, no one named', () => {
  let view: DemoView;
  let corporation: string;

  beforeAll(async () => {
    view = await demo();
    corporation = await login(DEMO.corporation, DEMO.password);
  });

  it('shows the demo tree rounded to 5, with every rule of suppression kept', async () => {
    const tree = await treeOf(corporation, view.buurtId, AS_OF);
    // every street of De Lindenhof has 22 or more residents, so nothing is withheld here (the hand-built
    // neighbourhood below has small streets); the rules themselves are checked place by place
    expect(expectCorporationRules(tree, view.tree)).toBe(0);
    // 300 residents stay 300; 21 isolated are shown as 20
    expect(pick(tree[0], ['residents', 'isolated'])).toEqual({ residents: 300, isolated: 20 });
    // shares are worked out from the rounded counts, so they cannot give the exact count back: 20 / 300
    expect(tree[0].shareIsolated).toBeCloseTo(0.07, 9);
    expect(tree.every((h) => h.suppressed === false)).toBe(true);
  });

  it('names no resident and gives no person id, anywhere in the response', async () => {
    const res = await gql(PLACE_HEALTH_TREE, { placeId: view.buurtId, asOf: AS_OF }, corporation);
    expect(res.errors).toBeUndefined();
    const body = JSON.stringify(res);
    expect(view.people.filter((p) => body.includes(p.displayName)).map((p) => p.displayName)).toEqual([]);
    expect(view.people.filter((p) => body.includes(p.id)).map((p) => p.id)).toEqual([]);
  });

  it.each([
    ['network', NETWORK, () => ({ placeId: view.buurtId, asOf: AS_OF })],
    ['atRisk', AT_RISK, () => ({ placeId: view.buurtId, asOf: AS_OF })],
    ['initiativeHealth', INITIATIVE_HEALTH, () => ({ placeId: view.buurtId, asOf: AS_OF })],
    ['people', `{ people { totalCount } }`, () => ({})],
    ['person', `query($id: ID!) { person(id: $id) { id } }`, () => ({ id: idOf(view, 'Bilal Haddouchi') })],
    ['Person.metrics', PERSON_METRICS, () => ({ id: idOf(view, 'Bilal Haddouchi'), asOf: AS_OF })],
  ])('gets FORBIDDEN on %s', async (_what, query, variables) => {
    const res = await gql(query, variables(), corporation);
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
  });

  describe('on a buurt with small streets', () => {
    // Buurt with Astraat 4 residents, Bstraat 11, Cstraat 13 (28 in all), and a corporation account for it.
    // Astraat < 10: withheld. Then "buurt − Bstraat − Cstraat" would give Astraat's 4, so the smallest visible
    // sibling, Bstraat, is withheld too: together 15 ≥ 10. Cstraat (13 → 15) and the buurt (28 → 30) are shown.
    let f: Awaited<ReturnType<typeof buildAnalyticsFixture>>;
    let corp: string;
    const people = (street: string, n: number) => Array.from({ length: n }, (_, i) => `${street} bewoner ${i + 1}`);

    beforeAll(async () => {
      f = await buildAnalyticsFixture('analytics-corporatie', {
        streets: [
          { name: 'Astraat', residents: people('Astraat', 4) },
          { name: 'Bstraat', residents: people('Bstraat', 11) },
          { name: 'Cstraat', residents: people('Cstraat', 13) },
        ],
        corporation: true,
      });
      corp = f.corporationToken as string;
    });

    it('withholds the small street and, so nothing can be subtracted, its smallest sibling', async () => {
      const exact = await treeOf(f.workerToken, f.buurtId, AS_OF);
      expect(exact.map((h) => [h.name, h.residents])).toEqual([
        ['Buurt analytics-corporatie', 28],
        ['Astraat', 4],
        ['Bstraat', 11],
        ['Cstraat', 13],
      ]);
      const tree = await treeOf(corp, f.buurtId, AS_OF);
      expect(expectCorporationRules(tree, exact)).toBe(2);
      expect(tree.map((h) => [h.name, h.suppressed, h.residents])).toEqual([
        ['Buurt analytics-corporatie', false, 30],
        ['Astraat', true, null],
        ['Bstraat', true, null],
        ['Cstraat', false, 15],
      ]);
    });

    it('withholds a small street asked for on its own', async () => {
      const h = await healthOf(corp, f.streetIds[0], AS_OF);
      expect({ suppressed: h.suppressed, residents: h.residents, isolated: h.isolated }).toEqual({
        suppressed: true,
        residents: null,
        isolated: null,
      });
    });

    it('does not show on its own a street the tree withholds to protect a smaller one', async () => {
      // Bstraat is withheld in the buurt's tree only so that buurt − Bstraat − Cstraat cannot reveal Astraat; shown
      // on its own (11 → 10), it gives that subtraction back: 30 − 10 − 15 = 5 for Astraat's 4 residents.
      const alone = await healthOf(corp, f.streetIds[1], AS_OF);
      expect({ suppressed: alone.suppressed, residents: alone.residents }).toEqual({
        suppressed: true,
        residents: null,
      });
      const trend = (
        await ok<{ healthTrend: Health[] }>(HEALTH_TREND, { placeId: f.streetIds[1], dates: [AS_OF] }, corp)
      ).healthTrend;
      expect(trend.map((h) => [h.suppressed, h.residents])).toEqual([[true, null]]);
    });
  });
});

describe('analytics for the ANALYST: the pseudonymised map', () => {
  let view: DemoView;
  let analyst: string;
  let network: Network;
  let raw: GqlResponse<{ network: Network }>;

  beforeAll(async () => {
    view = await demo();
    analyst = await login(DEMO.analyst, DEMO.password);
    raw = await gql<{ network: Network }>(NETWORK, { placeId: view.buurtId, asOf: AS_OF }, analyst);
    if (!raw.data) throw new Error(`the analyst should get the network: ${JSON.stringify(raw.errors)}`);
    network = raw.data.network;
  });

  it('shows pseudonyms instead of names and ids, and no watch-list', () => {
    expect(network.pseudonymised).toBe(true);
    const people = network.nodes.filter((n) => n.kind === 'PERSON');
    expect(people).toHaveLength(300);
    const bad = people.filter((n) => !PSEUDONYM.test(n.id) || !PSEUDONYM.test(n.label));
    expect(bad.map((n) => [n.id, n.label])).toEqual([]);
    // stable pseudonyms are distinct per person
    expect(new Set(people.map((n) => n.id)).size).toBe(300);
    expect(network.nodes.filter((n) => n.onWatchList !== null).map((n) => n.id)).toEqual([]);
    // every tie edge joins two pseudonymised people
    const ids = new Set(people.map((n) => n.id));
    const ties = network.edges.filter((e) => e.kind === 'TIE');
    expect(ties.filter((e) => !ids.has(e.source) || !ids.has(e.target))).toEqual([]);
  });

  it('names no resident and gives no person or tie id of the worker’s view, anywhere in the response', () => {
    const body = JSON.stringify(raw);
    expect(view.people.filter((p) => body.includes(p.displayName)).map((p) => p.displayName)).toEqual([]);
    expect(view.people.filter((p) => body.includes(p.id)).map((p) => p.id)).toEqual([]);
    const tieIds = view.network.edges.filter((e) => e.kind === 'TIE').map((e) => e.id);
    expect(tieIds.filter((id) => body.includes(id))).toEqual([]);
  });

  it('gets positions too, with the grid of residents without a tie ordered by pseudonym, not by name', () => {
    expect(network.nodes.filter((n) => !Number.isFinite(n.x) || !Number.isFinite(n.y))).toEqual([]);
    const labels = gridOrder(network).map((n) => n.label);
    expect(labels.length).toBe(gridOrder(view.network).length);
    // ordered by name, the grid would tell an analyst the alphabetical order of the names behind the pseudonyms
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'nl')));
  });

  it('has the same structure as the worker’s map', () => {
    const count = (n: Network) => ({
      nodes: n.nodes.length,
      people: n.nodes.filter((x) => x.kind === 'PERSON').length,
      isolated: n.nodes.filter((x) => x.kind === 'PERSON' && x.isolated).length,
      ties: n.edges.filter((e) => e.kind === 'TIE').length,
      bridges: n.edges.filter((e) => e.kind === 'TIE' && e.bridge).length,
      weak: n.edges.filter((e) => e.kind === 'TIE' && e.weak).length,
      degrees: n.nodes
        .filter((x) => x.kind === 'PERSON')
        .map((x) => x.degree as number)
        .sort((a, b) => a - b),
    });
    expect(count(network)).toEqual(count(view.network));
  });

  it.each([
    ['atRisk', AT_RISK, () => ({ placeId: view.buurtId, asOf: AS_OF })],
    ['people', `{ people { totalCount } }`, () => ({})],
  ])('gets FORBIDDEN on %s', async (_what, query, variables) => {
    expect(codeOf(await gql(query, variables(), analyst))).toBe('FORBIDDEN');
  });
});

describe('analytics for the ADMIN and a worker of one street', () => {
  let view: DemoView;

  beforeAll(async () => {
    view = await demo();
  });

  it('gives the administrator FORBIDDEN on place health', async () => {
    const admin = await login(DEMO.admin, DEMO.password);
    const res = await gql(PLACE_HEALTH, { placeId: view.buurtId, asOf: AS_OF }, admin);
    expect(codeOf(res)).toBe('FORBIDDEN');
  });

  it('keeps the street worker to their street: NOT_FOUND for the buurt, their own residents for the street', async () => {
    const street = await login(DEMO.streetWorker, DEMO.password);
    expect(codeOf(await gql(PLACE_HEALTH, { placeId: view.buurtId, asOf: AS_OF }, street))).toBe('NOT_FOUND');
    const own = await allPeople(street);
    const streetIds = [...new Set(own.map((p) => p.homePlace.id))];
    expect(streetIds).toHaveLength(1);
    const total = (await ok<{ people: { totalCount: number } }>(`{ people { totalCount } }`, {}, street)).people
      .totalCount;
    const health = await healthOf(street, streetIds[0], AS_OF);
    expect(health.residents).toBe(total);
    // and the same as the buurt worker's figure for that street
    expect(health.residents).toBe(view.tree.find((h) => h.placeId === streetIds[0])?.residents);
  });
});

describe('analytics: bad input', () => {
  let view: DemoView;

  beforeAll(async () => {
    view = await demo();
  });

  it('refuses a date that does not exist', async () => {
    const res = await gql(PLACE_HEALTH, { placeId: view.buurtId, asOf: '2026-02-30' }, view.worker);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.data).toBeNull();
  });

  it('refuses a trend of 61 dates', async () => {
    const dates = consecutiveDays('2026-01-01', 61);
    expect(new Set(dates).size).toBe(61);
    expect(codeOf(await gql(HEALTH_TREND, { placeId: view.buurtId, dates }, view.worker))).toBe('BAD_USER_INPUT');
  });

  it('refuses a malformed place id, in every query that takes one', async () => {
    const placeId = 'not-a-uuid';
    const cases: [string, string, Record<string, unknown>][] = [
      ['placeHealth', PLACE_HEALTH, { placeId, asOf: AS_OF }],
      ['placeHealthTree', PLACE_HEALTH_TREE, { placeId, asOf: AS_OF }],
      ['healthTrend', HEALTH_TREND, { placeId, dates: [AS_OF] }],
      ['compareHealth', COMPARE_HEALTH, { placeId, asOf: AS_OF, previousAsOf: '2026-01-01' }],
      ['atRisk', AT_RISK, { placeId, asOf: AS_OF }],
      ['initiativeHealth', INITIATIVE_HEALTH, { placeId, asOf: AS_OF }],
      ['network', NETWORK, { placeId, asOf: AS_OF }],
    ];
    const codes: Record<string, string | undefined> = {};
    for (const [name, query, variables] of cases) codes[name] = codeOf(await gql(query, variables, view.worker));
    expect(codes).toEqual(Object.fromEntries(cases.map(([name]) => [name, 'BAD_USER_INPUT'])));
  });
});

describe('gap-filler suggestions and what-if on the demo neighbourhood, as of 2026-11-01', () => {
  let view: DemoView;

  interface SuggestionRow {
    rank: number;
    kind: string;
    score: number;
    people: string[];
    proposedTie: { personAId: string; personBId: string } | null;
    explanation: { nl: string; en: string };
    effect: { scenario: string; isolatedChange: number; componentsChange: number };
  }

  const SUGGESTIONS = `query($p: ID!, $person: ID) { suggestions(placeId: $p, asOf: "${AS_OF}", personId: $person, limit: 20) {
    rank kind score people proposedTie { personAId personBId } explanation { nl en }
    effect { scenario isolatedChange componentsChange } } }`;

  beforeAll(async () => {
    view = await demo();
  });

  it('ranks suggestions of several kinds, explained in Dutch and English without ids', async () => {
    const list = (await ok<{ suggestions: SuggestionRow[] }>(SUGGESTIONS, { p: view.buurtId }, view.worker))
      .suggestions;
    expect(list.length).toBeGreaterThanOrEqual(5);
    expect(list.map((s) => s.rank)).toEqual(list.map((_, i) => i + 1));
    for (let i = 1; i < list.length; i++) expect(list[i].score).toBeLessThanOrEqual(list[i - 1].score);
    // the demo has isolated residents with connectors in their street, weak bridges and unconfirmed ties
    const kinds = new Set(list.map((s) => s.kind));
    expect(kinds.has('INTRODUCE_TO_CONNECTOR') || kinds.has('INTRODUCE_TO_COLLECTIVE')).toBe(true);
    expect(kinds.size).toBeGreaterThanOrEqual(3);
    const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
    for (const s of list) {
      expect(s.explanation.nl.length).toBeGreaterThan(20);
      expect(s.explanation.en.length).toBeGreaterThan(20);
      expect(`${s.explanation.nl} ${s.explanation.en}`).not.toMatch(uuid);
    }
  });

  it('puts an isolated resident first and predicts they leave isolation if introduced', async () => {
    const list = (await ok<{ suggestions: SuggestionRow[] }>(SUGGESTIONS, { p: view.buurtId }, view.worker))
      .suggestions;
    const first = list[0];
    expect(first.kind).toMatch(/^INTRODUCE_TO_/);
    expect(first.effect).toMatchObject({ scenario: 'ADD_TIE', isolatedChange: -1 });
    const isolated = new Set(view.network.nodes.filter((n) => n.kind === 'PERSON' && n.isolated).map((n) => n.id));
    expect(isolated.has(first.people[0])).toBe(true);
  });

  it('gives the same prediction through whatIf as the suggestion states, and refuses unknown people', async () => {
    const list = (await ok<{ suggestions: SuggestionRow[] }>(SUGGESTIONS, { p: view.buurtId }, view.worker))
      .suggestions;
    const proposed = list.find((s) => s.proposedTie && s.effect.scenario === 'ADD_TIE') as SuggestionRow;
    const WHAT_IF = `query($p: ID!, $add: [WhatIfTieInput!]!) { whatIf(placeId: $p, asOf: "${AS_OF}", addTies: $add) {
      before { isolated components } after { isolated components } delta { isolated components } people { personId degreeBefore degreeAfter } } }`;
    const res = await ok<{
      whatIf: {
        before: { isolated: number; components: number };
        after: { isolated: number; components: number };
        delta: { isolated: number; components: number };
        people: { personId: string; degreeBefore: number; degreeAfter: number }[];
      };
    }>(WHAT_IF, { p: view.buurtId, add: [proposed.proposedTie] }, view.worker);
    expect(res.whatIf.before.isolated).toBe(view.health.isolated);
    expect(res.whatIf.delta.isolated).toBe(proposed.effect.isolatedChange);
    expect(res.whatIf.delta.components).toBe(proposed.effect.componentsChange);
    expect(res.whatIf.after.isolated - res.whatIf.before.isolated).toBe(res.whatIf.delta.isolated);
    for (const p of res.whatIf.people) expect(p.degreeAfter).toBe(p.degreeBefore + 1);
    const unknown = await gql(
      WHAT_IF,
      { p: view.buurtId, add: [{ personAId: proposed.people[0], personBId: '00000000-0000-4000-8000-000000000000' }] },
      view.worker,
    );
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
  });

  it('keeps suggestions from the corporation and the analyst, whose views name no one', async () => {
    for (const email of [DEMO.corporation, DEMO.analyst]) {
      const token = await login(email, DEMO.password);
      expect(codeOf(await gql(SUGGESTIONS, { p: view.buurtId }, token))).toBe('FORBIDDEN');
    }
  });
});
