import { createRandom } from '../random';
import { atRisk } from './at-risk';
import { initiativesHealth } from './initiative-health';
import { healthByPlace } from './place-health';
import type { NeighbourhoodSnapshot, SnapshotTie } from './snapshot';

/**
 * Scale: a seeded synthetic neighbourhood of 10,000 people in 200 streets (50 each), 20 buurten, 1 wijk, with
 * about 50,000 ties (most within the street, some within the buurt, a few anywhere) and 5 % isolated people.
 * The health figures must come from one graph build per date, not a build per place or per person.
 */
function synthetic(seed: number): NeighbourhoodSnapshot {
  const random = createRandom(seed);
  const pick = (n: number): number => Math.floor(random() * n);
  const places: NeighbourhoodSnapshot['places'] = [{ id: 'W', name: 'Wijk', level: 'DISTRICT', parentId: null }];
  for (let b = 0; b < 20; b++) {
    places.push({ id: `B${b}`, name: `Buurt ${b}`, level: 'NEIGHBOURHOOD', parentId: 'W' });
    for (let s = 0; s < 10; s++) {
      places.push({ id: `S${b * 10 + s}`, name: `Straat ${b * 10 + s}`, level: 'STREET', parentId: `B${b}` });
    }
  }
  const people: NeighbourhoodSnapshot['people'] = [];
  for (let p = 0; p < 10_000; p++) {
    people.push({
      id: `p${p}`,
      placeId: `S${Math.floor(p / 50)}`,
      label: `P${p}`,
      roles: p % 97 === 0 ? [{ role: 'CONNECTOR', since: '2020-01-01', until: null }] : [],
      assets: [{ kind: 'SKILL', label: `skill ${pick(30)}` }],
      onWatchList: p % 211 === 0,
    });
  }
  const ties: SnapshotTie[] = [];
  let t = 0;
  while (ties.length < 50_000) {
    const a = pick(10_000);
    if (a % 20 === 0) continue; // 5 % isolated
    const r = random();
    const street = Math.floor(a / 50);
    const b = r < 0.75 ? street * 50 + pick(50) : r < 0.95 ? Math.floor(street / 10) * 500 + pick(500) : pick(10_000);
    if (a === b || b % 20 === 0) continue;
    ties.push({
      id: `t${t++}`,
      personAId: `p${a}`,
      personBId: `p${b}`,
      kind: 'NEIGHBOUR',
      functions: [],
      strength: 1 + pick(5),
      since: '2023-01-01',
      until: random() < 0.05 ? '2025-03-01' : null,
      lastConfirmedOn: random() < 0.2 ? '2023-06-01' : '2025-01-01',
      source: 'OBSERVED_BY_WORKER',
      originInitiativeId: random() < 0.05 ? `I${pick(40)}` : null,
    });
  }
  const initiatives = Array.from({ length: 40 }, (_, i) => ({
    id: `I${i}`,
    name: `Initiative ${i}`,
    kind: 'OTHER',
    phase: 'ACTIVE',
    placeId: `B${i % 20}`,
    startedOn: '2023-01-01',
    endedOn: null,
  }));
  const participations = Array.from({ length: 2_000 }, (_, i) => ({
    id: `pa${i}`,
    initiativeId: `I${i % 40}`,
    personId: `p${pick(10_000)}`,
    role: i < 40 ? 'INITIATOR' : 'PARTICIPANT',
    since: '2023-01-01',
    until: null,
  }));
  const collectives = Array.from({ length: 60 }, (_, i) => ({
    id: `C${i}`,
    name: `Collective ${i}`,
    kind: 'APP_GROUP',
    placeId: `S${i * 3}`,
  }));
  const memberships = Array.from({ length: 3_000 }, (_, i) => ({
    id: `m${i}`,
    collectiveId: `C${i % 60}`,
    personId: `p${pick(10_000)}`,
    role: 'MEMBER',
    since: '2023-01-01',
    until: null,
  }));
  return {
    places,
    people,
    ties,
    collectives,
    memberships,
    initiatives,
    participations,
    helpRequests: Array.from({ length: 100 }, (_, i) => ({
      id: `r${i}`,
      personId: `p${pick(10_000)}`,
      need: i % 2 ? 'PRACTICAL' : 'SOCIAL_CONTACT',
      status: 'OPEN',
      requestedOn: '2025-01-01',
    })),
    helpOffers: Array.from({ length: 1_000 }, (_, i) => ({
      id: `o${i}`,
      personId: `p${pick(10_000)}`,
      need: i % 3 ? 'PRACTICAL' : 'SOCIAL_CONTACT',
      status: 'AVAILABLE',
      offeredOn: '2025-01-01',
    })),
  };
}

describe('health figures at the scale of a neighbourhood of 10,000 people', () => {
  const snapshot = synthetic(7);
  const asOf = '2025-06-01';

  it('rolls up 221 places from one build, consistently', () => {
    const all = healthByPlace(snapshot, 'W', { asOf });
    expect(all).toHaveLength(221);
    const by = new Map(all.map((h) => [h.placeId, h]));
    const wijk = by.get('W');
    expect(wijk?.residents).toBe(10_000);
    expect(wijk?.isolated).toBeGreaterThanOrEqual(500);
    let residents = 0;
    let ties = 0;
    for (let b = 0; b < 20; b++) {
      const buurt = by.get(`B${b}`);
      residents += buurt?.residents ?? 0;
      ties += buurt?.ties ?? 0;
      let streetResidents = 0;
      let streetTies = 0;
      for (let s = 0; s < 10; s++) {
        streetResidents += by.get(`S${b * 10 + s}`)?.residents ?? 0;
        streetTies += by.get(`S${b * 10 + s}`)?.ties ?? 0;
      }
      expect(buurt?.residents).toBe(streetResidents);
      expect(buurt?.ties).toBe(streetTies + (buurt?.crossStreetTies ?? 0));
    }
    expect(residents).toBe(10_000);
    // the wijk's ties = its buurten's + the ties between buurten (every tie is inside the wijk)
    expect(wijk?.externalTies).toBe(0);
    expect((wijk?.ties ?? 0) - ties).toBeGreaterThan(0);
  }, 60_000);

  it('ranks the people at risk with their nearest links, and the initiatives', () => {
    const result = atRisk(snapshot, { asOf });
    expect(result.atRisk.length).toBeGreaterThan(500);
    expect(result.betweenness?.exact).toBe(false);
    expect(result.atRisk.every((p, i) => i === 0 || result.atRisk[i - 1].score >= p.score)).toBe(true);
    expect(result.atRisk[0].nearest.length).toBeGreaterThan(0);
    expect(initiativesHealth(snapshot, { asOf })).toHaveLength(40);
  }, 60_000);
});
