/**
 * A small network of the shape the API returns, for the map's tests (imported by specs only, so never bundled):
 * six residents in two streets, two collectives, one initiative, and one of each figure the highlights show.
 *
 *   Anna(p1) —4— Bram(p2, connector) —2— Cees(p3, key figure)        Eva(p5): no tie at all
 *      \          |5                       |1 (weak, bridging)
 *       —3—  Dirk(p4, hidden connector) ——  Fien(p6) —2— Dirk
 */
import type { Network, NetworkEdge, NetworkNode, Suggestion } from './map-api';

export function person(id: string, extra: Partial<NetworkNode> = {}): NetworkNode {
  return {
    id,
    kind: 'PERSON',
    label: id,
    placeId: 's1',
    roles: [],
    community: 0,
    degree: 1,
    betweenness: 0,
    constraint: 0.5,
    clustering: 0,
    isolated: false,
    atRisk: null,
    articulationPoint: false,
    hiddenConnector: false,
    onWatchList: false,
    phase: null,
    atRiskReasons: [],
    x: 0,
    y: 0,
    ...extra,
  };
}

export function group(id: string, kind: 'COLLECTIVE' | 'INITIATIVE', label: string, subKind: string): NetworkNode {
  return {
    id,
    kind,
    label,
    placeId: 's1',
    roles: [subKind],
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
    phase: kind === 'INITIATIVE' ? 'ACTIVE' : null,
    atRiskReasons: [],
    x: 0,
    y: 0,
  };
}

export function tie(id: string, source: string, target: string, strength: number, extra: Partial<NetworkEdge> = {}) {
  return {
    id,
    kind: 'TIE',
    source,
    target,
    strength,
    detail: 'NEIGHBOUR',
    weak: strength <= 2,
    bridge: false,
    localBridge: false,
    span: null,
    bridging: false,
    viaInitiative: false,
    functions: [],
    ...extra,
  } satisfies NetworkEdge;
}

export function link(id: string, kind: 'MEMBERSHIP' | 'PARTICIPATION', person: string, groupId: string): NetworkEdge {
  return {
    id,
    kind,
    source: person,
    target: groupId,
    strength: null,
    detail: 'MEMBER',
    weak: false,
    bridge: false,
    localBridge: false,
    span: null,
    bridging: false,
    viaInitiative: false,
    functions: [],
  };
}

/** The fixture's nodes in a row, 10 apart, in the order listed: as if the API had laid them out so. */
export function fixtureNetwork(extra: Partial<Network> = {}): Network {
  const network = unplacedFixture(extra);
  if (!extra.nodes) network.nodes = network.nodes.map((node, i) => ({ ...node, x: i * 10, y: 0 }));
  return network;
}

function unplacedFixture(extra: Partial<Network>): Network {
  return {
    asOf: '2026-11-01',
    placeId: 'b1',
    pseudonymised: false,
    nodes: [
      person('p1', { label: 'Anna de Boer', degree: 2, community: 0, betweenness: 0.1, clustering: 0.5 }),
      person('p2', {
        label: 'Bram Prins',
        roles: ['CONNECTOR', 'VOLUNTEER'],
        degree: 3,
        community: 0,
        betweenness: 0.4567,
        constraint: 0.3123,
        articulationPoint: true,
      }),
      person('p3', { label: 'Cees Smit', roles: ['KEY_FIGURE'], placeId: 's2', degree: 2, community: 1 }),
      person('p4', { label: 'Dirk Kok', degree: 4, community: 1, hiddenConnector: true }),
      person('p5', {
        label: 'Eva Jansen',
        placeId: 's2',
        degree: 0,
        community: null,
        betweenness: 0,
        constraint: null,
        isolated: true,
        atRisk: 80,
        onWatchList: true,
      }),
      person('p6', { label: 'Fien Bos', placeId: 's2', degree: 1, community: 1, atRisk: 40 }),
      group('c1', 'COLLECTIVE', 'Buurtapp Lindenlaan', 'APP_GROUP'),
      group('c2', 'COLLECTIVE', 'Bewonerscommissie', 'RESIDENT_COMMITTEE'),
      group('i1', 'INITIATIVE', 'TaartExpress', 'ATTENTION'),
    ],
    edges: [
      tie('t1', 'p1', 'p2', 4, { detail: 'FRIEND', functions: ['COMPANIONSHIP', 'EMOTIONAL'] }),
      tie('t2', 'p2', 'p3', 2, { bridge: true, bridging: true }),
      tie('t3', 'p2', 'p4', 5, { detail: 'FAMILY', functions: ['PRACTICAL', 'EMOTIONAL'] }),
      tie('t4', 'p3', 'p4', 1, { detail: 'ACQUAINTANCE', bridging: true }),
      tie('t5', 'p4', 'p6', 2, { functions: ['PRACTICAL'] }),
      tie('t6', 'p1', 'p4', 3, { detail: null }),
      link('m1', 'MEMBERSHIP', 'p1', 'c1'),
      link('m2', 'MEMBERSHIP', 'p2', 'c1'),
      link('m3', 'MEMBERSHIP', 'p2', 'c2'),
      link('m4', 'MEMBERSHIP', 'p3', 'c2'),
      link('q1', 'PARTICIPATION', 'p6', 'i1'),
    ],
    communities: 2,
    modularity: 0.3,
    betweennessExact: true,
    betweennessErrorBound: null,
    ...extra,
  };
}

export function suggestion(id: string, a: string | null, b: string | null, people: string[] = []): Suggestion {
  return {
    id,
    rank: 1,
    kind: 'INTRODUCE_TO_CONNECTOR',
    people: people.length ? people : [a, b].filter((x): x is string => x !== null),
    proposedTie: a && b ? { personAId: a, personBId: b } : null,
    explanation: { nl: `Stel ${a} voor aan ${b}.`, en: `Introduce ${a} to ${b}.` },
    effect: { isolatedChange: -1, componentsChange: -1 },
  };
}

/** Eva to Bram (kept); Anna–Bram already tied, no tie at all, a duplicate the other way round, and someone off
 * the map (all dropped). */
export const FIXTURE_SUGGESTIONS: Suggestion[] = [
  suggestion('s1', 'p5', 'p2'),
  suggestion('s2', 'p1', 'p2'),
  suggestion('s3', null, null, ['p6']),
  suggestion('s4', 'p2', 'p5'),
  suggestion('s5', 'p5', 'elsewhere'),
];
