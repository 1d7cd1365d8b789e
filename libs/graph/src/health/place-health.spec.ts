import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { louvain } from '../community/louvain';
import { modularity } from '../community/modularity';
import { buildTieGraph } from '../graph/tie-graph';
import { averageClustering, transitivity } from '../structure/clustering';
import { componentSummary } from '../structure/components';
import { density } from '../structure/density';
import { eiIndex } from '../groups/e-i-index';
import { lindenwijk } from './lindenwijk.fixture';
import {
  compareHealth,
  healthByPlace,
  healthTrend,
  placeHealth,
  PLACE_HEALTH_FIGURES,
  type PlaceHealth,
} from './place-health';
import type { NeighbourhoodSnapshot, SnapshotTie } from './snapshot';

const close = (actual: number | null, expected: number): void => {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9);
};

/**
 * Lindenwijk on 2025-06-01, worked out by hand (picture in lindenwijk.fixture.ts).
 *
 * Lindenlaan S1 {a,b,c,d,e,f}: internal ties a–b, b–c, a–c, c–d, d–e = 5; external e–g = 1; f isolated.
 *   density 2·5/(6·5) = 1/3; mean degree 10/6; with external 11/6; components {a..e} {f}: 2, largest 5/6.
 *   clustering a 1, b 1, c 1/3 (of a–b, a–d, b–d only a–b), d 0, e 0 (in S1 e knows only d), f 0 → 7/18;
 *   transitivity 6·1 triangle / Σ deg(deg−1) (2+2+6+2+0+0 = 12) = 1/2.
 *   weak d–e, a local bridge (d and e share no neighbour) → bridging 1/5. connectors c (b's role ended
 *   2025-02-01) → 100/6 per 100. isolated f (1/6); at risk f, e (2/6). E-I place (1 − 5)/6 = −2/3.
 *   help: offers 10 (practical 4 + groceries 2 = 6, social contact 3, information 1), requests 1 (f, social
 *   contact) → 10 : 1; practical 6 : 0 → null; social contact 3 : 1 → 3.
 * Bakkerstraat S2 {g,h,i,j,k}: internal g–h, h–i, g–i, i–j, h–k = 5; external e–g, j–x = 2.
 *   density 10/20 = 1/2; clustering g 1, h 1/3, i 1/3, j 0, k 0 → 1/3; transitivity 6/(2+6+6) = 3/7;
 *   weak i–j (local bridge, made by TaartExpress) → bridging 1/5, via initiatives 1/5; at risk k;
 *   connectors h → 20 per 100; E-I place (2 − 5)/7 = −3/7. k's request is MATCHED: no open request.
 * Oost B = S1 + S2: residents 6 + 5 = 11; ties 5 + 5 + the cross-street e–g that neither street counts = 11;
 *   external j–x = 1. density 22/110 = 1/5; mean degree 2; components {a..e,g..k} {f} → 2, largest 10/11;
 *   clustering a 1, b 1, c 1/3, g 1/3 (e–h, e–i, h–i), h 1/3, i 1/3, rest 0 → (10/3)/11 = 10/33;
 *   transitivity 6·2/(2+2+6+2+2+0+6+6+6+0+0) = 12/32 = 3/8; weak d–e, e–g (crosses streets), i–j: all
 *   bridging → 3/11; via initiatives e–g, i–j → 2/11; streets 2, same-street 10, cross 1 → E-I −9/11;
 *   E-I place (1 − 11)/12 = −5/6; connectors c, h → 200/11.
 * Lindenwijk W = Oost (West has nobody). Kerkpad S3: nobody — shares null, density 0.
 */
describe('placeHealth', () => {
  const snapshot = lindenwijk();
  const asOf = '2025-06-01';

  it('gives the street figures worked out by hand (Lindenlaan)', () => {
    const s1 = placeHealth(snapshot, 'S1', { asOf });
    expect(s1).toMatchObject({
      placeId: 'S1',
      name: 'Lindenlaan',
      level: 'STREET',
      parentId: 'B',
      asOf,
      residents: 6,
      isolated: 1,
      atRisk: 2,
      ties: 5,
      externalTies: 1,
      components: 2,
      largestComponent: 5,
      weakTies: 1,
      bridgingWeakTies: 1,
      connectors: 1,
      tiesViaInitiatives: 0,
      helpOffers: 10,
      helpRequests: 1,
      helpRatio: 10,
      practicalOffers: 6,
      practicalRequests: 0,
      practicalRatio: null,
      socialContactOffers: 3,
      socialContactRequests: 1,
      socialContactRatio: 3,
      otherOffers: 1,
      otherRequests: 0,
      otherRatio: null,
      streets: 1,
      sameStreetTies: 5,
      crossStreetTies: 0,
      eiIndexStreets: -1,
      shareTiesViaInitiatives: 0,
    });
    close(s1.shareIsolated, 1 / 6);
    close(s1.shareAtRisk, 2 / 6);
    close(s1.meanDegree, 10 / 6);
    close(s1.meanDegreeWithExternal, 11 / 6);
    close(s1.density, 1 / 3);
    close(s1.largestComponentShare, 5 / 6);
    close(s1.bridgingShare, 1 / 5);
    close(s1.connectorsPer100, 100 / 6);
    close(s1.averageClustering, 7 / 18);
    close(s1.transitivity, 1 / 2);
    close(s1.eiIndexPlace, -2 / 3);
  });

  it('gives the second street and the buurt, whose ties include the cross-street tie', () => {
    const s2 = placeHealth(snapshot, 'S2', { asOf });
    expect(s2).toMatchObject({ residents: 5, ties: 5, externalTies: 2, atRisk: 1, isolated: 0, components: 1 });
    expect(s2).toMatchObject({ helpOffers: 0, helpRequests: 0, helpRatio: null, tiesViaInitiatives: 1 });
    close(s2.density, 1 / 2);
    close(s2.averageClustering, 1 / 3);
    close(s2.transitivity, 3 / 7);
    close(s2.bridgingShare, 1 / 5);
    close(s2.connectorsPer100, 20);
    close(s2.eiIndexPlace, -3 / 7);

    const b = placeHealth(snapshot, 'B', { asOf });
    expect(b).toMatchObject({ residents: 11, ties: 11, externalTies: 1, isolated: 1, atRisk: 3, components: 2 });
    expect(b).toMatchObject({ streets: 2, sameStreetTies: 10, crossStreetTies: 1, weakTies: 3, bridgingWeakTies: 3 });
    expect(b).toMatchObject({ connectors: 2, tiesViaInitiatives: 2, largestComponent: 10, helpRatio: 10 });
    close(b.meanDegree, 2);
    close(b.density, 1 / 5);
    close(b.largestComponentShare, 10 / 11);
    close(b.averageClustering, 10 / 33);
    close(b.transitivity, 3 / 8);
    close(b.bridgingShare, 3 / 11);
    close(b.shareTiesViaInitiatives, 2 / 11);
    close(b.eiIndexStreets, -9 / 11);
    close(b.eiIndexPlace, -5 / 6);
    close(b.connectorsPer100, 200 / 11);
  });

  it('gives an empty place nulls for undefined shares, 0 where NetworkX does', () => {
    const s3 = placeHealth(snapshot, 'S3', { asOf });
    expect(s3).toMatchObject({
      residents: 0,
      ties: 0,
      shareIsolated: null,
      shareAtRisk: null,
      meanDegree: null,
      density: 0,
      components: 0,
      largestComponentShare: 0,
      averageClustering: null,
      transitivity: 0,
      modularity: null,
      communities: 0,
      eiIndexStreets: null,
      eiIndexPlace: null,
      connectorsPer100: null,
      bridgingShare: null,
    });
  });

  /** Each graph figure equals the library's (which match NetworkX) on the place's induced subgraph G_P. */
  it('equals the graph functions on each place’s induced subgraph', () => {
    const whole = buildTieGraph(snapshot.people, snapshot.ties, { asOf });
    const partition = louvain(whole, { seed: 1 }).communities;
    for (const health of healthByPlace(snapshot, 'W', { asOf })) {
      expectSubgraphFigures(snapshot, health, partition);
    }
  });

  it('rolls up along the hierarchy: one entry per place, computed per place, from one build', () => {
    const all = healthByPlace(snapshot, 'W', { asOf });
    // depth first, children by name: Oost before West, Bakkerstraat before Lindenlaan
    expect(all.map((h) => h.placeId)).toEqual(['W', 'B', 'S2', 'S1', 'B2', 'S3']);
    const by = Object.fromEntries(all.map((h) => [h.placeId, h]));
    expect(by['B'].residents).toBe(by['S1'].residents + by['S2'].residents);
    expect(by['B'].ties).toBe(by['S1'].ties + by['S2'].ties + by['B'].crossStreetTies);
    expect(by['W'].residents).toBe(by['B'].residents + by['B2'].residents);
    // computed per place, not averaged: the buurt's clustering is not the mean of its streets'
    expect(by['B'].averageClustering).not.toBeCloseTo(
      ((by['S1'].averageClustering as number) + (by['S2'].averageClustering as number)) / 2,
      3,
    );
    for (const h of all) expect(h).toEqual(placeHealth(snapshot, h.placeId, { asOf }));
  });

  /**
   * 2025-01-01: b–f still there (ended 2025-05-15), b still a connector (until 2025-02-01), f's request not yet
   * made (2025-04-01). Lindenlaan then: ties 6, f not isolated, connectors b and c, density 12/30 = 2/5, one
   * component; at risk f (one tie) and e (only weak ties) — 2, as in June.
   * June − January: ties −1, isolated +1, at risk 0, connectors −1, density 1/3 − 2/5 = −1/15, components +1,
   * requests +1, ratio null (no request in January).
   */
  it('compares with an earlier date: the tie that ended last month is still there in January', () => {
    const { current, previous, delta } = compareHealth(snapshot, 'S1', { asOf, previousAsOf: '2025-01-01' });
    expect(current.asOf).toBe(asOf);
    expect(previous).toMatchObject({
      asOf: '2025-01-01',
      ties: 6,
      isolated: 0,
      atRisk: 2,
      connectors: 2,
      components: 1,
    });
    close(previous.density, 2 / 5);
    expect(delta).toMatchObject({
      ties: -1,
      isolated: 1,
      atRisk: 0,
      connectors: -1,
      components: 1,
      helpRequests: 1,
      helpRatio: null,
    });
    close(delta.density, -1 / 15);
    expect(Object.keys(delta).sort()).toEqual([...PLACE_HEALTH_FIGURES].sort());
  });

  it('gives a trend over dates, oldest first, with the change from each to the next', () => {
    const trend = healthTrend(snapshot, 'S1', { dates: ['2025-06-01', '2025-01-01', '2025-06-01'] });
    expect(trend.points.map((p) => p.asOf)).toEqual(['2025-01-01', '2025-06-01']);
    expect(trend.deltas).toHaveLength(1);
    expect(trend.deltas[0]).toEqual(compareHealth(snapshot, 'S1', { asOf, previousAsOf: '2025-01-01' }).delta);
    expect(trend.points[1]).toEqual(placeHealth(snapshot, 'S1', { asOf }));
  });

  it('refuses unknown places and bad dates with namespaced errors', () => {
    expect(() => placeHealth(snapshot, 'nowhere', { asOf })).toThrow(
      'graph/place-health: place "nowhere" is not in the snapshot',
    );
    expect(() => placeHealth(snapshot, 'S1', { asOf: '2025/06/01' })).toThrow('graph/place-health: asOf');
    expect(() => healthTrend(snapshot, 'S1', { dates: [] })).toThrow('graph/place-health: dates');
    expect(() => compareHealth(snapshot, 'S1', { asOf, previousAsOf: 'yesterday' })).toThrow(
      'graph/place-health: previousAsOf',
    );
  });
});

/**
 * Zachary's karate club as one street: the street's figures are NetworkX's on the whole graph (fixture made by
 * tools/graph-fixtures/make_networkx_fixtures.py, NetworkX 2.8.8). Split into two streets by the club's fission
 * (the fixture's fixedPartition), the buurt's E-I of streets is `eiIndex` with that grouping.
 */
describe('placeHealth on the karate club', () => {
  interface Fixture {
    nodes: string[];
    edges: [string, string, number][];
    expected: {
      density: number;
      averageClustering: number;
      transitivity: number;
      components: string[][];
      largestComponentShare: number;
      fixedPartition: string[][];
    };
  }
  const fixture = JSON.parse(
    readFileSync(join(__dirname, '..', 'testing', 'fixtures', 'karate.json'), 'utf8'),
  ) as Fixture;
  const asOf = '2025-01-01';
  const street = new Map<string, string>();
  fixture.expected.fixedPartition.forEach((members, i) => members.forEach((id) => street.set(id, `K${i}`)));
  const karate = (split: boolean): NeighbourhoodSnapshot => ({
    ...emptySnapshot(),
    places: [
      { id: 'KB', name: 'Karate', level: 'NEIGHBOURHOOD', parentId: null },
      { id: 'K0', name: 'Mr. Hi', level: 'STREET', parentId: 'KB' },
      { id: 'K1', name: 'Officer', level: 'STREET', parentId: 'KB' },
    ],
    people: fixture.nodes.map((id) => ({
      id,
      placeId: split ? (street.get(id) as string) : 'K0',
      label: id,
      roles: [],
      assets: [],
      onWatchList: false,
    })),
    ties: fixture.edges.map(([a, b, w]) => plainTie(`${a}-${b}`, a, b, w)),
  });

  it('as one street equals NetworkX on the whole graph', () => {
    const health = placeHealth(karate(false), 'K0', { asOf });
    close(health.density, fixture.expected.density);
    close(health.averageClustering, fixture.expected.averageClustering);
    close(health.transitivity, fixture.expected.transitivity);
    expect(health.components).toBe(fixture.expected.components.length);
    close(health.largestComponentShare, fixture.expected.largestComponentShare);
    expect(health).toMatchObject({ residents: 34, ties: 78, externalTies: 0, isolated: 0, eiIndexStreets: -1 });
    const graph = buildTieGraph(karate(false).people, karate(false).ties, { asOf });
    const communities = louvain(graph, { seed: 1 });
    close(health.modularity, communities.modularity);
    expect(health.communities).toBe(communities.count);
  });

  it('split in two streets: the buurt’s street E-I is eiIndex by street, each street its own subgraph', () => {
    const snapshot = karate(true);
    const graph = buildTieGraph(snapshot.people, snapshot.ties, { asOf });
    const partition = louvain(graph, { seed: 1 }).communities;
    const all = healthByPlace(snapshot, 'KB', { asOf });
    const buurt = all[0];
    close(buurt.eiIndexStreets, eiIndex(graph, (id) => street.get(id) as string).overall as number);
    expect(buurt.sameStreetTies + buurt.crossStreetTies).toBe(78);
    for (const health of all) expectSubgraphFigures(snapshot, health, partition);
  });
});

function expectSubgraphFigures(
  snapshot: NeighbourhoodSnapshot,
  health: PlaceHealth,
  partition: Record<string, number>,
): void {
  const within = placesBelow(snapshot, health.placeId);
  const residents = snapshot.people.filter((p) => within.has(p.placeId));
  const sub = buildTieGraph(residents, snapshot.ties, { asOf: health.asOf, unknownPeople: 'skip' });
  const whole = buildTieGraph(snapshot.people, snapshot.ties, { asOf: health.asOf });
  expect(health.residents).toBe(sub.order);
  expect(health.ties).toBe(sub.size);
  close(health.density, density(sub));
  const summary = componentSummary(sub);
  expect(health.components).toBe(summary.count);
  close(health.largestComponentShare, summary.largestShare);
  if (sub.order > 0) close(health.averageClustering, averageClustering(sub));
  close(health.transitivity, transitivity(sub));
  if (sub.size > 0) {
    const restricted = Object.fromEntries(sub.nodes().map((id) => [id, partition[id]]));
    close(health.modularity, modularity(sub, restricted));
    close(
      health.eiIndexStreets === null ? NaN : health.eiIndexStreets,
      eiOf(sub, (id) => placeOf(snapshot, id)),
    );
  }
  const inside = new Set(residents.map((p) => p.id));
  const placeEi = eiIndex(whole, (id) => (inside.has(id) ? 'in' : 'out')).groups['in'];
  if (placeEi) expect(health.eiIndexPlace).toBe(placeEi.index);
}

function eiOf(graph: ReturnType<typeof buildTieGraph>, groupOf: (id: string) => string): number {
  return eiIndex(graph, groupOf).overall ?? NaN;
}

function placeOf(snapshot: NeighbourhoodSnapshot, id: string): string {
  return (snapshot.people.find((p) => p.id === id) as { placeId: string }).placeId;
}

function placesBelow(snapshot: NeighbourhoodSnapshot, placeId: string): Set<string> {
  const result = new Set([placeId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const place of snapshot.places) {
      if (place.parentId !== null && result.has(place.parentId) && !result.has(place.id)) {
        result.add(place.id);
        grew = true;
      }
    }
  }
  return result;
}

function emptySnapshot(): NeighbourhoodSnapshot {
  return {
    places: [],
    people: [],
    ties: [],
    collectives: [],
    memberships: [],
    initiatives: [],
    participations: [],
    helpRequests: [],
    helpOffers: [],
  };
}

function plainTie(id: string, a: string, b: string, strength: number): SnapshotTie {
  return {
    id,
    personAId: a,
    personBId: b,
    kind: 'OTHER',
    functions: [],
    strength,
    since: '2020-01-01',
    until: null,
    lastConfirmedOn: null,
    source: 'SELF_REPORTED',
    originInitiativeId: null,
  };
}
