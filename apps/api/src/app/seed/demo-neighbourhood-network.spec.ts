/**
 * The network the demo promises: isolates, bridges, connectors, the history in the ties, collectives,
 * initiatives, help and the contact log. Graph figures are computed here by hand from the rows (ties valid on
 * `today`), independent of libs/graph, so the demo can serve as a reference for the analytics.
 */
import {
  CollectiveKind,
  ContactChannel,
  ContactSignal,
  EcogramFunction,
  HelpOfferStatus,
  HelpRequestStatus,
  InitiativeKind,
  MembershipRole,
  NeedKind,
  ParticipationRole,
  PersonRole,
  TieKind,
  TieSource,
  TieVisibility,
} from '@weefsel/domain';
import type { TieRow } from '../import-export/import-rows';
import { addDays, daysBetween } from './demo-dates';
import { DEFAULT_SEED, DEMO_TODAY, generateDemoNeighbourhood } from './demo-neighbourhood';

const validOn = (t: TieRow, day: string) => t.since <= day && (t.until === null || t.until > day);
const pairOf = (t: TieRow) => [t.personAExternalId, t.personBExternalId] as const;

/** Connected components by breadth-first search, written by hand as the reference. */
function countComponents(nodes: readonly string[], edges: readonly (readonly [string, string])[]): number {
  const next = new Map<string, string[]>(nodes.map((n) => [n, []]));
  for (const [a, b] of edges) {
    next.get(a)?.push(b);
    next.get(b)?.push(a);
  }
  const seen = new Set<string>();
  let components = 0;
  for (const start of nodes) {
    if (seen.has(start)) continue;
    components++;
    seen.add(start);
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      for (const m of next.get(queue[i]) ?? []) {
        if (!seen.has(m)) {
          seen.add(m);
          queue.push(m);
        }
      }
    }
  }
  return components;
}

describe('countComponents (the reference used below)', () => {
  it('counts components of hand-drawn graphs', () => {
    // a–b–c and d–e, f alone: three components
    expect(
      countComponents(
        ['a', 'b', 'c', 'd', 'e', 'f'],
        [
          ['a', 'b'],
          ['b', 'c'],
          ['d', 'e'],
        ],
      ),
    ).toBe(3);
    // triangle a–b–c with a tail c–d: removing a–b keeps one component, removing c–d makes two
    const triangleWithTail: [string, string][] = [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['c', 'd'],
    ];
    const without = (i: number) => triangleWithTail.filter((_, j) => j !== i);
    expect(countComponents(['a', 'b', 'c', 'd'], triangleWithTail)).toBe(1);
    expect(countComponents(['a', 'b', 'c', 'd'], without(0))).toBe(1);
    expect(countComponents(['a', 'b', 'c', 'd'], without(3))).toBe(2);
  });
});

describe.each([DEFAULT_SEED, 1, 42])('the demo network (seed %s)', (seed) => {
  const today = DEMO_TODAY;
  const demo = generateDemoNeighbourhood({ seed });
  const { people, collectives, memberships, initiatives, participations, ties } = demo.bundle;
  const home = new Map(people.map((p) => [p.externalId, p.homePlaceExternalId]));
  const nodes = people.map((p) => p.externalId);
  const validToday = ties.filter((t) => validOn(t, today));
  const tiesOf = new Map<string, TieRow[]>(nodes.map((id) => [id, []]));
  for (const t of validToday) for (const id of pairOf(t)) tiesOf.get(id)?.push(t);
  const degree = (id: string) => tiesOf.get(id)?.length ?? 0;
  const meanDegree = (2 * validToday.length) / people.length;
  const yearAgo = addDays(today, -365);

  it('has 15–25 isolated residents as of today, exactly the landmark list, and more at risk', () => {
    // planned: 17–22 singles with no tie valid today; everyone else is given at least one tie
    const isolated = nodes.filter((id) => degree(id) === 0);
    expect(isolated.length).toBeGreaterThanOrEqual(15);
    expect(isolated.length).toBeLessThanOrEqual(25);
    expect([...isolated].sort()).toEqual([...demo.landmarks.isolatedExternalIds].sort());
    // at risk (DESIGN.md): one tie, or only weak ties (strength ≤ 2)
    const atRisk = nodes.filter(
      (id) => degree(id) > 0 && (degree(id) === 1 || tiesOf.get(id)?.every((t) => t.strength <= 2)),
    );
    expect(atRisk.length).toBeGreaterThan(isolated.length);
  });

  it('joins its clusters only by weak ties that are bridges as of today', () => {
    const bridges = demo.landmarks.bridgeTieExternalIds.map((id) => ties.find((t) => t.externalId === id) as TieRow);
    expect(bridges.length).toBeGreaterThanOrEqual(2);
    expect(bridges.length).toBeLessThanOrEqual(3);
    const edges = validToday.map(pairOf);
    const before = countComponents(nodes, edges);
    for (const bridge of bridges) {
      expect(validOn(bridge, today)).toBe(true);
      expect(bridge.strength).toBeLessThanOrEqual(2);
      expect(home.get(bridge.personAExternalId)).not.toBe(home.get(bridge.personBExternalId));
      const after = countComponents(nodes, validToday.filter((t) => t !== bridge).map(pairOf));
      expect(after).toBe(before + 1);
    }
    // removing all of them cuts the network into one more part per bridge: 2–4 clusters
    const cut = countComponents(nodes, validToday.filter((t) => !bridges.includes(t)).map(pairOf));
    expect(cut).toBe(before + bridges.length);
  });

  it('has 4–6 connectors and key figures with many ties across streets', () => {
    const connectors = demo.landmarks.connectorExternalIds;
    expect(connectors.length).toBeGreaterThanOrEqual(4);
    expect(connectors.length).toBeLessThanOrEqual(6);
    for (const id of connectors) {
      const person = people.find((p) => p.externalId === id);
      const roles = person?.roles
        .filter((r) => r.since <= today && (r.until === null || r.until > today))
        .map((r) => r.role);
      expect(roles?.some((r) => r === PersonRole.CONNECTOR || r === PersonRole.KEY_FIGURE)).toBe(true);
      // mean degree is about 5; the key figure of the small senior court reaches ~2×, the others 3–5×
      expect(degree(id)).toBeGreaterThanOrEqual(1.5 * meanDegree);
    }
    const wide = connectors.filter((id) => {
      const streets = new Set(
        tiesOf
          .get(id)
          ?.flatMap(pairOf)
          .map((x) => home.get(x)),
      );
      return degree(id) >= 3 * meanDegree && streets.size >= 2;
    });
    expect(wide.length).toBeGreaterThanOrEqual(4);
  });

  it('is mostly neighbours within a street, with triangles, varied functions and sources', () => {
    const betweenHouseholds = validToday.filter((t) => t.kind !== TieKind.FAMILY);
    const neighbours = betweenHouseholds.filter((t) => t.kind === TieKind.NEIGHBOUR);
    const counts = Object.values(TieKind).map((k) => betweenHouseholds.filter((t) => t.kind === k).length);
    expect(neighbours.length).toBe(Math.max(...counts));
    expect(neighbours.every((t) => home.get(t.personAExternalId) === home.get(t.personBExternalId))).toBe(true);
    expect(neighbours.filter((t) => t.strength <= 3).length / neighbours.length).toBeGreaterThan(0.85);
    // transitivity = 3 × triangles / connected triples; a random graph this sparse would have ~0.02
    const adjacent = new Map<string, Set<string>>(nodes.map((id) => [id, new Set()]));
    for (const [a, b] of validToday.map(pairOf)) {
      adjacent.get(a)?.add(b);
      adjacent.get(b)?.add(a);
    }
    let closed = 0;
    let triples = 0;
    for (const around of adjacent.values()) {
      const list = [...around];
      triples += (list.length * (list.length - 1)) / 2;
      list.forEach((x, i) => list.slice(i + 1).forEach((y) => (closed += adjacent.get(x)?.has(y) ? 1 : 0)));
    }
    expect(closed / triples).toBeGreaterThan(0.15);
    expect(new Set(ties.flatMap((t) => t.functions))).toEqual(new Set(Object.values(EcogramFunction)));
    const usual = ties.filter((t) => t.source === TieSource.SELF_REPORTED || t.source === TieSource.OBSERVED_BY_WORKER);
    expect(usual.length / ties.length).toBeGreaterThan(0.85);
    expect(ties.every((t) => t.confidence >= 0.5 && t.confidence <= 1 && t.functions.length > 0)).toBe(true);
    expect(ties.every((t) => Number.isInteger(t.strength) && t.strength >= 1 && t.strength <= 5)).toBe(true);
    const sensitive = ties.filter((t) => t.visibility === TieVisibility.SENSITIVE).length;
    expect(sensitive).toBeGreaterThanOrEqual(2);
    expect(sensitive / ties.length).toBeLessThan(0.05);
  });

  it('has history: ties ended in the past year, recent ties, and a few strong ties unconfirmed for a year', () => {
    expect(ties.filter((t) => t.until !== null && t.until > yearAgo && t.until <= today).length).toBeGreaterThanOrEqual(
      10,
    );
    expect(validToday.filter((t) => t.since > addDays(today, -90)).length).toBeGreaterThanOrEqual(10);
    // 4–7 strong ties are set on purpose to a confirmation more than a year ago; the rest within the year
    const stale = validToday.filter(
      (t) => t.strength >= 4 && t.lastConfirmedOn !== null && t.lastConfirmedOn < yearAgo,
    );
    expect(stale.length).toBeGreaterThanOrEqual(3);
    expect(stale.length).toBeLessThanOrEqual(10);
    const months = new Set(ties.map((t) => t.lastConfirmedOn?.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(12);
  });

  it('has 5–8 collectives, some members who left, and one collective that hangs on one person', () => {
    expect(collectives.length).toBeGreaterThanOrEqual(5);
    expect(collectives.length).toBeLessThanOrEqual(8);
    const kinds = new Set(collectives.map((c) => c.kind));
    for (const k of [
      CollectiveKind.RESIDENT_COMMITTEE,
      CollectiveKind.APP_GROUP,
      CollectiveKind.COMMUNITY_CENTRE_TEAM,
    ]) {
      expect(kinds.has(k)).toBe(true);
    }
    expect(memberships.filter((m) => m.until !== null).length).toBeGreaterThanOrEqual(5);
    const leading = [MembershipRole.CHAIR, MembershipRole.COORDINATOR, MembershipRole.MODERATOR];
    const single = collectives.filter(
      (c) =>
        memberships.filter(
          (m) => m.collectiveExternalId === c.externalId && m.until === null && leading.includes(m.role),
        ).length === 1,
    );
    expect(single.map((c) => c.name)).toEqual(['Koffieochtend Eikenhof']);
    const leader = memberships.find((m) => m.collectiveExternalId === single[0].externalId && leading.includes(m.role));
    expect(demo.landmarks.connectorExternalIds).toContain(leader?.personExternalId);
  });

  it('has the TaartExpress, a berenactie and Lindenhof Helpt among 4–6 initiatives in varied phases', () => {
    const kindOf = (name: string) => initiatives.find((i) => i.name.startsWith(name))?.kind;
    expect(kindOf('TaartExpress')).toBe(InitiativeKind.ATTENTION);
    expect(kindOf('Berenactie')).toBe(InitiativeKind.STREET_ACTION);
    expect(kindOf('Lindenhof Helpt')).toBe(InitiativeKind.NEIGHBOUR_HELP);
    expect(initiatives.length).toBeGreaterThanOrEqual(4);
    expect(initiatives.length).toBeLessThanOrEqual(6);
    expect(new Set(initiatives.map((i) => i.phase)).size).toBeGreaterThanOrEqual(4);
    expect(initiatives.every((i) => i.meaningForStreet !== null || i.supportNeeded !== null)).toBe(true);
    expect(initiatives.filter((i) => i.supportingCollectiveExternalIds.length > 0).length).toBeGreaterThanOrEqual(3);
    expect(new Set(participations.map((p) => p.role))).toEqual(new Set(Object.values(ParticipationRole)));
  });

  it('records ties made via initiatives, between people who both took part', () => {
    const made = ties.filter((t) => t.originInitiativeExternalId !== null);
    expect(made.filter((t) => t.kind === TieKind.MET_VIA_INITIATIVE).length).toBeGreaterThanOrEqual(10);
    for (const t of made) {
      const takingPart = participations.filter((p) => p.initiativeExternalId === t.originInitiativeExternalId);
      for (const id of pairOf(t)) expect(takingPart.some((p) => p.personExternalId === id)).toBe(true);
    }
  });

  it('has far more help offers than requests, contact as a need, and consistent matches', () => {
    // requests 8–11, offers 9 per request plus 0–8: at least 9 : 1
    expect(demo.helpOffers.length / demo.helpRequests.length).toBeGreaterThanOrEqual(8);
    const needs = demo.helpRequests.map((r) => r.need);
    expect(new Set(needs)).toEqual(new Set([NeedKind.PRACTICAL, NeedKind.SOCIAL_CONTACT]));
    const matched = demo.helpRequests.filter((r) => r.status === HelpRequestStatus.MATCHED);
    expect(matched.length).toBeGreaterThanOrEqual(2);
    for (const r of demo.helpRequests) {
      const offer = demo.helpOffers.find((o) => o.externalId === r.matchedOfferExternalId);
      expect(offer !== undefined).toBe(r.status === HelpRequestStatus.MATCHED);
      if (offer)
        expect([offer.need, offer.status, offer.personExternalId !== r.personExternalId]).toEqual([
          r.need,
          HelpOfferStatus.MATCHED,
          true,
        ]);
    }
    const matchedOffers = demo.helpOffers.filter((o) => o.status === HelpOfferStatus.MATCHED).map((o) => o.externalId);
    expect(matchedOffers.sort()).toEqual(matched.map((r) => r.matchedOfferExternalId).sort());
  });

  it('logs a year of contact moments, mostly in the street, straat@ only in their street', () => {
    // werker@ 150–185 and straat@ 35–55 moments
    const moments = demo.contactMoments;
    expect(moments.length).toBeGreaterThanOrEqual(150);
    expect(moments.length).toBeLessThanOrEqual(300);
    const dates = moments.map((c) => c.occurredOn).sort();
    expect(dates[0] > yearAgo && dates[dates.length - 1] <= today).toBe(true);
    // spread over the year: first to last at least 11 months (11 × 30.4 days)
    expect(daysBetween(dates[0], dates[dates.length - 1])).toBeGreaterThanOrEqual(335);
    expect(new Set(moments.map((c) => c.workerEmail))).toEqual(
      new Set(['werker@demo.weefsel.nl', 'straat@demo.weefsel.nl']),
    );
    const street = demo.landmarks.streetWorkerStreetExternalId;
    for (const c of moments.filter((m) => m.workerEmail === 'straat@demo.weefsel.nl')) {
      expect([c.placeExternalId, ...c.personExternalIds.map((id) => home.get(id))].every((p) => p === street)).toBe(
        true,
      );
    }
    expect(
      moments.every((c) => demo.bundle.places.find((p) => p.externalId === c.placeExternalId)?.level === 'STREET'),
    ).toBe(true);
    expect(moments.filter((c) => c.channel === ContactChannel.STREET).length / moments.length).toBeGreaterThan(0.5);
    expect(new Set(moments.map((c) => c.summary)).size / moments.length).toBeGreaterThan(0.5);
    const isolated = new Set(demo.landmarks.isolatedExternalIds);
    const worried = moments.filter((c) => c.signals.includes(ContactSignal.LONELINESS_CONCERN));
    expect(
      new Set(worried.flatMap((c) => c.personExternalIds).filter((id) => isolated.has(id))).size,
    ).toBeGreaterThanOrEqual(3);
    for (const s of [ContactSignal.IDEA, ContactSignal.HELP_REQUEST, ContactSignal.HELP_OFFER]) {
      expect(moments.some((c) => c.signals.includes(s))).toBe(true);
    }
  });
});
