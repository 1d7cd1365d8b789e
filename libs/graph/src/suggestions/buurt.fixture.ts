/**
 * A seeded synthetic buurt of about 300 residents for the suggestion specs' speed and determinism checks (test
 * data only; not exported from the package): 6 streets of 50 in one buurt, ties mostly within the street, some
 * across, a few weak ties between streets, 4 % isolated, a connector per street, collectives and initiatives
 * with assets that match some residents' interests, and a share of ties not confirmed for over a year.
 */
import { createRandom } from '../random';
import type { NeighbourhoodSnapshot, SnapshotTie } from '../health/snapshot';

const ASSETS = ['tuinieren', 'taarten bakken', 'koken voor groepen', 'muziek maken', 'klussen in huis', 'wandelen'];

export function syntheticBuurt(seed: number, people = 300): NeighbourhoodSnapshot {
  const random = createRandom(seed);
  const pick = (n: number): number => Math.floor(random() * n);
  const streets = 6;
  const perStreet = Math.ceil(people / streets);
  const places: NeighbourhoodSnapshot['places'] = [{ id: 'B', name: 'Buurt', level: 'NEIGHBOURHOOD', parentId: null }];
  for (let s = 0; s < streets; s++) places.push({ id: `S${s}`, name: `Straat ${s}`, level: 'STREET', parentId: 'B' });
  const streetOf = (p: number): number => Math.floor(p / perStreet);

  const residents: NeighbourhoodSnapshot['people'] = [];
  for (let p = 0; p < people; p++) {
    residents.push({
      id: `p${p}`,
      placeId: `S${streetOf(p)}`,
      label: `Bewoner ${p}`,
      roles: p % perStreet === 1 ? [{ role: 'CONNECTOR', since: '2020-01-01', until: null }] : [],
      assets: random() < 0.5 ? [{ kind: 'PASSION', label: ASSETS[pick(ASSETS.length)] }] : [],
      onWatchList: p % 37 === 0,
    });
  }
  const isolated = (p: number): boolean => p % 25 === 7;
  const ties: SnapshotTie[] = [];
  const seen = new Set<string>();
  let t = 0;
  while (ties.length < people * 3) {
    const a = pick(people);
    const r = random();
    const b = r < 0.85 ? streetOf(a) * perStreet + pick(perStreet) : pick(people);
    if (a === b || b >= people || isolated(a) || isolated(b)) continue;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ties.push({
      id: `t${t++}`,
      personAId: `p${a}`,
      personBId: `p${b}`,
      kind: 'NEIGHBOUR',
      functions: [],
      strength: streetOf(a) === streetOf(b) ? 1 + pick(5) : 1 + pick(2),
      since: '2023-01-01',
      until: null,
      lastConfirmedOn: random() < 0.2 ? '2023-06-01' : '2025-01-01',
      source: 'OBSERVED_BY_WORKER',
      originInitiativeId: null,
    });
  }
  const collectives = Array.from({ length: 6 }, (_, i) => ({
    id: `C${i}`,
    name: i === 0 ? 'Moestuinclub' : `Appgroep Straat ${i}`,
    kind: i === 0 ? 'INFORMAL_GROUP' : 'APP_GROUP',
    placeId: `S${i}`,
  }));
  const memberships = Array.from({ length: 90 }, (_, i) => ({
    id: `m${i}`,
    collectiveId: `C${i % 6}`,
    personId: `p${(i % 6) * perStreet + pick(perStreet)}`,
    role: i < 6 ? 'CHAIR' : 'MEMBER',
    since: '2023-01-01',
    until: null,
  }));
  const initiatives = [
    { id: 'I0', name: 'TaartExpress', kind: 'ATTENTION' },
    { id: 'I1', name: 'Moestuin', kind: 'GREEN' },
    { id: 'I2', name: 'Eettafel', kind: 'MEAL_SHARING' },
  ].map((i) => ({ ...i, phase: 'ACTIVE', placeId: 'B', startedOn: '2023-01-01', endedOn: null }));
  const participations = Array.from({ length: 45 }, (_, i) => ({
    id: `pa${i}`,
    initiativeId: `I${i % 3}`,
    personId: `p${pick(people)}`,
    role: i < 3 ? 'INITIATOR' : 'PARTICIPANT',
    since: '2023-01-01',
    until: null,
  }));
  return {
    places,
    people: residents,
    ties,
    collectives,
    memberships,
    initiatives,
    participations,
    helpRequests: [],
    helpOffers: [],
  };
}
