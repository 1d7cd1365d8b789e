/**
 * A small hand-made neighbourhood for the health specs (test data only; not exported from the package).
 * Every expected figure in the specs is worked out by hand from this picture.
 *
 *   Lindenwijk (DISTRICT W)
 *   ├─ Oost (NEIGHBOURHOOD B)
 *   │   ├─ Lindenlaan (STREET S1): a b c d e f            6 residents
 *   │   └─ Bakkerstraat (STREET S2): g h i j k            5 residents
 *   └─ West (NEIGHBOURHOOD B2)
 *       └─ Kerkpad (STREET S3): nobody
 *   x lives "elsewhere" (not a place of the snapshot): a node, nobody's resident.
 *
 * Ties valid at 2025-06-01 (strength in brackets; w = weak, strength ≤ 2):
 *
 *   a(4)b, b(4)c, a(4)c   triangle in S1          g(4)h, h(4)i, g(3)i   triangle in S2
 *   c(3)d, d(2)e w        S1                      i(1)j w (via TaartExpress), h(4)k   S2
 *   e(2)g w               the weak bridge S1–S2, made by TaartExpress (I1)
 *   j(3)x                 to outside
 *   f                     isolated: b(3)f ended 2025-05-15 (there on 2025-01-01, gone now)
 *   a–j (2, via I1)       2024-04-01 … 2024-10-01: a created tie that did not last
 *
 * Confirmations: every tie 2025-03-01, except d–e (2024-02-10) and e–g (never; since 2024-03-01), so e's newest
 * confirmation is 2024-03-01: 15 months before 2025-06-01.
 * Roles: c CONNECTOR (since 2020), h KEY_FIGURE (since 2021), b CONNECTOR 2022-01-01 … 2025-02-01.
 * Collectives: C1 Bewonerscommissie Lindenlaan (S1): a, c (d left 2024-12-31); C2 App group Bakkerstraat (S2):
 * g, h, i. Initiatives: I1 TaartExpress (B, ACTIVE): a INITIATOR, e PARTICIPANT, g VOLUNTEER, j RECIPIENT;
 * I2 Berenactie (S2, ACTIVE): h INITIATOR, i ORGANISER, b, d, x PARTICIPANT; I3 Soep (S1, ENDED).
 * Assets: f "Koken" (passion), c "koken " (skill), g "Koken" (skill), a "Taart bakken".
 * Help (lesson 3): S1 residents offer 10 (a 4 PRACTICAL, b 2 GROCERIES, c 3 SOCIAL_CONTACT, d 1 INFORMATION; all
 * AVAILABLE since 2025-01-01) plus a withdrawn one; f asks 1 (SOCIAL_CONTACT, OPEN since 2025-04-01); k's
 * PRACTICAL request of 2025-02-01 is MATCHED.
 * f is on the watch list.
 */
import type { NeighbourhoodSnapshot, SnapshotTie } from './snapshot';

function tie(id: string, a: string, b: string, strength: number, extra: Partial<SnapshotTie> = {}): SnapshotTie {
  return {
    id,
    personAId: a,
    personBId: b,
    kind: 'NEIGHBOUR',
    functions: [],
    strength,
    since: '2023-01-01',
    until: null,
    lastConfirmedOn: '2025-03-01',
    source: 'OBSERVED_BY_WORKER',
    originInitiativeId: null,
    ...extra,
  };
}

function person(
  id: string,
  placeId: string,
  extra: Partial<NeighbourhoodSnapshot['people'][number]> = {},
): NeighbourhoodSnapshot['people'][number] {
  return { id, placeId, label: id.toUpperCase(), roles: [], assets: [], onWatchList: false, ...extra };
}

export function lindenwijk(): NeighbourhoodSnapshot {
  return {
    places: [
      { id: 'W', name: 'Lindenwijk', level: 'DISTRICT', parentId: null },
      { id: 'B', name: 'Oost', level: 'NEIGHBOURHOOD', parentId: 'W' },
      { id: 'B2', name: 'West', level: 'NEIGHBOURHOOD', parentId: 'W' },
      { id: 'S1', name: 'Lindenlaan', level: 'STREET', parentId: 'B' },
      { id: 'S2', name: 'Bakkerstraat', level: 'STREET', parentId: 'B' },
      { id: 'S3', name: 'Kerkpad', level: 'STREET', parentId: 'B2' },
    ],
    people: [
      person('a', 'S1', { assets: [{ kind: 'SKILL', label: 'Taart bakken' }] }),
      person('b', 'S1', { roles: [{ role: 'CONNECTOR', since: '2022-01-01', until: '2025-02-01' }] }),
      person('c', 'S1', {
        roles: [{ role: 'CONNECTOR', since: '2020-01-01', until: null }],
        assets: [{ kind: 'SKILL', label: 'koken ' }],
      }),
      person('d', 'S1'),
      person('e', 'S1'),
      person('f', 'S1', { onWatchList: true, assets: [{ kind: 'PASSION', label: 'Koken' }] }),
      person('g', 'S2', { assets: [{ kind: 'SKILL', label: 'Koken' }] }),
      person('h', 'S2', { roles: [{ role: 'KEY_FIGURE', since: '2021-01-01', until: null }] }),
      person('i', 'S2'),
      person('j', 'S2'),
      person('k', 'S2'),
      person('x', 'elsewhere'),
    ],
    ties: [
      tie('t-ab', 'a', 'b', 4),
      tie('t-bc', 'b', 'c', 4),
      tie('t-ac', 'a', 'c', 4),
      tie('t-cd', 'c', 'd', 3),
      tie('t-de', 'd', 'e', 2, { lastConfirmedOn: '2024-02-10' }),
      tie('t-eg', 'e', 'g', 2, {
        kind: 'MET_VIA_INITIATIVE',
        since: '2024-03-01',
        lastConfirmedOn: null,
        originInitiativeId: 'I1',
      }),
      tie('t-gh', 'g', 'h', 4),
      tie('t-hi', 'h', 'i', 4),
      tie('t-gi', 'g', 'i', 3),
      tie('t-ij', 'i', 'j', 1, { kind: 'MET_VIA_INITIATIVE', since: '2024-06-01', originInitiativeId: 'I1' }),
      tie('t-hk', 'h', 'k', 4),
      tie('t-jx', 'j', 'x', 3, { kind: 'FRIEND' }),
      tie('t-bf', 'b', 'f', 3, { until: '2025-05-15' }),
      tie('t-aj', 'a', 'j', 2, {
        kind: 'MET_VIA_INITIATIVE',
        since: '2024-04-01',
        until: '2024-10-01',
        originInitiativeId: 'I1',
      }),
    ],
    collectives: [
      { id: 'C1', name: 'Bewonerscommissie Lindenlaan', kind: 'RESIDENT_COMMITTEE', placeId: 'S1' },
      { id: 'C2', name: 'App group Bakkerstraat', kind: 'APP_GROUP', placeId: 'S2' },
    ],
    memberships: [
      { id: 'm1', collectiveId: 'C1', personId: 'a', role: 'CHAIR', since: '2022-01-01', until: null },
      { id: 'm2', collectiveId: 'C1', personId: 'c', role: 'MEMBER', since: '2022-01-01', until: null },
      { id: 'm3', collectiveId: 'C1', personId: 'd', role: 'MEMBER', since: '2022-01-01', until: '2024-12-31' },
      { id: 'm4', collectiveId: 'C2', personId: 'g', role: 'MODERATOR', since: '2022-01-01', until: null },
      { id: 'm5', collectiveId: 'C2', personId: 'h', role: 'MEMBER', since: '2022-01-01', until: null },
      { id: 'm6', collectiveId: 'C2', personId: 'i', role: 'MEMBER', since: '2022-01-01', until: null },
    ],
    initiatives: [
      {
        id: 'I1',
        name: 'TaartExpress',
        kind: 'ATTENTION',
        phase: 'ACTIVE',
        placeId: 'B',
        startedOn: '2024-01-01',
        endedOn: null,
      },
      {
        id: 'I2',
        name: 'Berenactie',
        kind: 'STREET_ACTION',
        phase: 'ACTIVE',
        placeId: 'S2',
        startedOn: '2024-01-01',
        endedOn: null,
      },
      { id: 'I3', name: 'Soep', kind: 'MEAL_SHARING', phase: 'ENDED', placeId: 'S1', startedOn: null, endedOn: null },
    ],
    participations: [
      { id: 'p1', initiativeId: 'I1', personId: 'a', role: 'INITIATOR', since: '2024-01-01', until: null },
      { id: 'p2', initiativeId: 'I1', personId: 'e', role: 'PARTICIPANT', since: '2024-02-01', until: null },
      { id: 'p3', initiativeId: 'I1', personId: 'g', role: 'VOLUNTEER', since: '2024-02-01', until: null },
      { id: 'p4', initiativeId: 'I1', personId: 'j', role: 'RECIPIENT', since: '2024-03-01', until: null },
      { id: 'p5', initiativeId: 'I2', personId: 'h', role: 'INITIATOR', since: '2024-01-01', until: null },
      { id: 'p6', initiativeId: 'I2', personId: 'i', role: 'ORGANISER', since: '2024-01-01', until: null },
      { id: 'p7', initiativeId: 'I2', personId: 'b', role: 'PARTICIPANT', since: '2024-01-01', until: null },
      { id: 'p8', initiativeId: 'I2', personId: 'd', role: 'PARTICIPANT', since: '2024-01-01', until: null },
      { id: 'p9', initiativeId: 'I2', personId: 'x', role: 'PARTICIPANT', since: '2024-01-01', until: null },
    ],
    helpOffers: [
      ...Array.from({ length: 4 }, (_, n) => offer(`o-a${n}`, 'a', 'PRACTICAL')),
      ...Array.from({ length: 2 }, (_, n) => offer(`o-b${n}`, 'b', 'GROCERIES')),
      ...Array.from({ length: 3 }, (_, n) => offer(`o-c${n}`, 'c', 'SOCIAL_CONTACT')),
      offer('o-d0', 'd', 'INFORMATION'),
      { ...offer('o-a-withdrawn', 'a', 'PRACTICAL'), status: 'WITHDRAWN' },
    ],
    helpRequests: [
      { id: 'r-f', personId: 'f', need: 'SOCIAL_CONTACT', status: 'OPEN', requestedOn: '2025-04-01' },
      { id: 'r-k', personId: 'k', need: 'PRACTICAL', status: 'MATCHED', requestedOn: '2025-02-01' },
    ],
  };
}

function offer(id: string, personId: string, need: string): NeighbourhoodSnapshot['helpOffers'][number] {
  return { id, personId, need, status: 'AVAILABLE', offeredOn: '2025-01-01' };
}
