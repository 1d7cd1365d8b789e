import { CBS_CODE_PATTERN, isIsoDate, LIMITS, PersonRole, PlaceLevel, TieKind, UserRole } from '@weefsel/domain';
import { validateBundle } from '../import-export/bundle-rules';
import { parseImportFiles } from '../import-export/csv-parse';
import { bundleToCsvFiles } from '../import-export/csv-write';
import { IMPORT_ORDER, TieRow } from '../import-export/import-rows';
import { DEFAULT_SEED, DEMO_TODAY, DemoNeighbourhood, generateDemoNeighbourhood } from './demo-neighbourhood';

/** A tie counts on `day` from `since` (inclusive) to `until` (exclusive), as in the domain's isValidAt. */
const validOn = (t: TieRow, day: string) => t.since <= day && (t.until === null || t.until > day);

function degreesOn(demo: DemoNeighbourhood, day: string): Map<string, TieRow[]> {
  const byPerson = new Map<string, TieRow[]>(demo.bundle.people.map((p) => [p.externalId, []]));
  for (const t of demo.bundle.ties.filter((x) => validOn(x, day))) {
    byPerson.get(t.personAExternalId)?.push(t);
    byPerson.get(t.personBExternalId)?.push(t);
  }
  return byPerson;
}

/** Every date field with a label, for the date checks. */
function allDates(demo: DemoNeighbourhood): [string, string][] {
  const b = demo.bundle;
  const out: [string, string | null][] = [
    ...b.people.flatMap((p) => [
      [`${p.externalId}.consent`, p.consentRecordedOn] as [string, string | null],
      ...p.roles.flatMap((r) => [
        [`${p.externalId}.role`, r.since] as [string, string | null],
        [`${p.externalId}.role`, r.until] as [string, string | null],
      ]),
    ]),
    ...b.memberships.flatMap(
      (m) =>
        [
          [m.externalId, m.since],
          [m.externalId, m.until],
        ] as [string, string | null][],
    ),
    ...b.participations.flatMap(
      (m) =>
        [
          [m.externalId, m.since],
          [m.externalId, m.until],
        ] as [string, string | null][],
    ),
    ...b.initiatives.flatMap(
      (i) =>
        [
          [i.externalId, i.startedOn],
          [i.externalId, i.endedOn],
        ] as [string, string | null][],
    ),
    ...b.ties.flatMap(
      (t) =>
        [
          [t.externalId, t.since],
          [t.externalId, t.until],
          [t.externalId, t.lastConfirmedOn],
        ] as [string, string | null][],
    ),
    ...demo.contactMoments.map((c, i) => [`contact ${i}`, c.occurredOn] as [string, string]),
    ...demo.helpRequests.map((r) => [r.externalId, r.requestedOn] as [string, string]),
    ...demo.helpOffers.map((o) => [o.externalId, o.offeredOn] as [string, string]),
  ];
  return out.filter((x): x is [string, string] => x[1] !== null);
}

const duplicates = (values: readonly string[]) => values.filter((v, i) => values.indexOf(v) !== i);

describe('generateDemoNeighbourhood', () => {
  const demo = generateDemoNeighbourhood();
  const { places, people, collectives, memberships, initiatives, participations, ties } = demo.bundle;
  const personById = new Map(people.map((p) => [p.externalId, p]));
  const streets = places.filter((p) => p.level === PlaceLevel.STREET);
  const byPerson = degreesOn(demo, DEMO_TODAY);

  it('is deterministic: the same seed gives a deep-equal result, another seed a different one', () => {
    expect(generateDemoNeighbourhood({ seed: DEFAULT_SEED, today: DEMO_TODAY })).toEqual(demo);
    const other = generateDemoNeighbourhood({ seed: 7 });
    expect(other).not.toEqual(demo);
    expect(other.bundle.people.map((p) => p.displayName)).not.toEqual(people.map((p) => p.displayName));
  });

  it('generates quickly (well under 200 ms; typically ~20 ms once warm)', () => {
    const times = [1, 2, 3].map((seed) => {
      const start = performance.now();
      generateDemoNeighbourhood({ seed });
      return performance.now() - start;
    });
    expect(Math.min(...times)).toBeLessThan(200);
  });

  it('has a gemeente → wijk → buurt with matching CBS codes and 6–8 streets without one', () => {
    const [gm, wk, bu] = [PlaceLevel.MUNICIPALITY, PlaceLevel.DISTRICT, PlaceLevel.NEIGHBOURHOOD].map((level) =>
      places.filter((p) => p.level === level),
    );
    expect([gm.length, wk.length, bu.length]).toEqual([1, 1, 1]);
    for (const p of [gm[0], wk[0], bu[0]]) expect(p.cbsCode).toMatch(CBS_CODE_PATTERN);
    // WK and BU repeat the four gemeente digits: GM9001 → WK9001xx → BU9001xxxx
    const digits = gm[0].cbsCode?.slice(2);
    expect(wk[0].cbsCode?.slice(2, 6)).toBe(digits);
    expect(bu[0].cbsCode?.slice(2, 6)).toBe(digits);
    expect(bu[0].cbsCode?.slice(2, 8)).toBe(wk[0].cbsCode?.slice(2));
    expect([wk[0].parentExternalId, bu[0].parentExternalId]).toEqual([gm[0].externalId, wk[0].externalId]);
    expect(demo.landmarks.demoBuurtExternalId).toBe(bu[0].externalId);
    expect(streets.length).toBeGreaterThanOrEqual(6);
    expect(streets.length).toBeLessThanOrEqual(8);
    for (const s of streets) expect([s.parentExternalId, s.cbsCode]).toEqual([bu[0].externalId, null]);
  });

  it('has ~300 residents, unevenly spread, born 1935–2005, in households with strong family ties', () => {
    // eight streets with base sizes summing to 300, each drawn ±2: 284–316
    expect(people.length).toBeGreaterThanOrEqual(280);
    expect(people.length).toBeLessThanOrEqual(320);
    const perStreet = streets.map((s) => people.filter((p) => p.homePlaceExternalId === s.externalId).length);
    expect(Math.max(...perStreet)).toBeGreaterThan(2 * Math.min(...perStreet));
    for (const p of people) {
      expect(p.birthYear).toBeGreaterThanOrEqual(1935);
      expect(p.birthYear).toBeLessThanOrEqual(2005);
    }
    expect(duplicates(people.map((p) => p.displayName))).toEqual([]);
    const family = ties.filter((t) => t.kind === TieKind.FAMILY);
    expect(family.length).toBeGreaterThan(80);
    for (const t of family) {
      expect(t.strength).toBeGreaterThanOrEqual(4);
      expect(personById.get(t.personAExternalId)?.homePlaceExternalId).toBe(
        personById.get(t.personBExternalId)?.homePlaceExternalId,
      );
    }
  });

  it('records assets, roles over time, consent and a watch-list that is mostly the isolated and at risk', () => {
    expect(people.filter((p) => p.assets.length > 0).length / people.length).toBeGreaterThan(0.5);
    const roles = new Set(people.flatMap((p) => p.roles.map((r) => r.role)));
    expect([...roles].sort()).toEqual(Object.values(PersonRole).sort());
    const consented = people.filter((p) => p.consentBasis === 'CONSENT' && p.consentRecordedOn !== null);
    expect(consented.length / people.length).toBeGreaterThan(0.7);
    for (const p of people) expect(p.consentBasis === null).toBe(p.consentRecordedOn === null);
    const watched = people.filter((p) => p.onWatchList);
    expect(watched.length).toBeGreaterThanOrEqual(8);
    const fragile = watched.filter((p) => (byPerson.get(p.externalId)?.length ?? 0) <= 1);
    expect(fragile.length / watched.length).toBeGreaterThan(0.6);
  });

  it('keeps every reference resolvable and every external id unique per kind', () => {
    const ids = (rows: readonly { externalId: string }[]) => new Set(rows.map((r) => r.externalId));
    for (const rows of [
      places,
      people,
      collectives,
      memberships,
      initiatives,
      participations,
      ties,
      demo.helpRequests,
      demo.helpOffers,
    ]) {
      expect(duplicates(rows.map((r) => r.externalId))).toEqual([]);
    }
    const [placeIds, personIds, collectiveIds, initiativeIds] = [
      ids(places),
      ids(people),
      ids(collectives),
      ids(initiatives),
    ];
    const offerIds = ids(demo.helpOffers);
    const refs: [Set<string>, (string | null)[]][] = [
      [placeIds, places.map((p) => p.parentExternalId).filter((x) => x !== null)],
      [
        placeIds,
        [
          ...people.map((p) => p.homePlaceExternalId),
          ...collectives.map((c) => c.placeExternalId),
          ...initiatives.map((i) => i.placeExternalId),
        ],
      ],
      [
        placeIds,
        [...demo.contactMoments.map((c) => c.placeExternalId), ...demo.users.flatMap((u) => u.placeExternalIds)],
      ],
      [
        collectiveIds,
        [
          ...memberships.map((m) => m.collectiveExternalId),
          ...initiatives.flatMap((i) => i.supportingCollectiveExternalIds),
        ],
      ],
      [
        initiativeIds,
        [
          ...participations.map((p) => p.initiativeExternalId),
          ...ties.map((t) => t.originInitiativeExternalId).filter((x) => x !== null),
        ],
      ],
      [personIds, [...memberships.map((m) => m.personExternalId), ...participations.map((p) => p.personExternalId)]],
      [personIds, ties.flatMap((t) => [t.personAExternalId, t.personBExternalId])],
      [
        personIds,
        [
          ...demo.contactMoments.flatMap((c) => c.personExternalIds),
          ...demo.helpRequests.map((r) => r.personExternalId),
          ...demo.helpOffers.map((o) => o.personExternalId),
        ],
      ],
      [offerIds, demo.helpRequests.map((r) => r.matchedOfferExternalId).filter((x) => x !== null)],
      [personIds, [...demo.landmarks.connectorExternalIds, ...demo.landmarks.isolatedExternalIds]],
      [ids(ties), demo.landmarks.bridgeTieExternalIds],
      [ids(streets), [demo.landmarks.streetWorkerStreetExternalId]],
    ];
    for (const [known, used] of refs) expect(used.filter((id) => id === null || !known.has(id))).toEqual([]);
  });

  it.each([DEFAULT_SEED, 1, 42])(
    'writes valid dates, none after today, and every period in order (seed %s)',
    (seed) => {
      const today = seed === 42 ? '2025-06-30' : DEMO_TODAY;
      const d = seed === DEFAULT_SEED ? demo : generateDemoNeighbourhood({ seed, today });
      const bad = allDates(d).filter(([, date]) => !isIsoDate(date) || date > today);
      expect(bad).toEqual([]);
      const b = d.bundle;
      const periods = [...b.memberships, ...b.participations, ...b.ties, ...b.people.flatMap((p) => p.roles)];
      expect(periods.filter((p) => p.until !== null && p.until < p.since)).toEqual([]);
      for (const t of b.ties) {
        expect(
          t.lastConfirmedOn === null || (t.lastConfirmedOn >= t.since && t.lastConfirmedOn <= (t.until ?? today)),
        ).toBe(true);
      }
      for (const i of b.initiatives)
        expect(i.endedOn === null || (i.startedOn !== null && i.endedOn >= i.startedOn)).toBe(true);
    },
  );

  it.each([DEFAULT_SEED, 1, 42])(
    'never has a self-tie or two rows for one pair open at the same time (seed %s)',
    (seed) => {
      const d = seed === DEFAULT_SEED ? demo : generateDemoNeighbourhood({ seed });
      expect(d.bundle.ties.filter((t) => t.personAExternalId === t.personBExternalId)).toEqual([]);
      const byPair = new Map<string, TieRow[]>();
      for (const t of d.bundle.ties) {
        const key = [t.personAExternalId, t.personBExternalId].sort().join('|');
        byPair.set(key, [...(byPair.get(key) ?? []), t]);
      }
      const overlapping = [...byPair.values()].filter((rows) =>
        rows.some((x, i) =>
          rows.some(
            (y, j) => i < j && (x.until === null || y.since < x.until) && (y.until === null || x.since < y.until),
          ),
        ),
      );
      expect(overlapping).toEqual([]);
      // some pairs do have two rows, one after the other (acquaintances who became friends)
      expect([...byPair.values()].some((rows) => rows.length > 1)).toBe(true);
    },
  );

  it('passes the import rules, cell by cell and across rows, and survives a CSV round trip', () => {
    // the seed feeds `bundle` to the import, so it must be exactly what an import accepts
    expect(validateBundle(demo.bundle).problems).toEqual([]);
    const parsed = parseImportFiles(bundleToCsvFiles(demo.bundle));
    expect(parsed.problems).toEqual([]);
    for (const kind of IMPORT_ORDER) expect(parsed.bundle[kind].length).toBe(demo.bundle[kind].length);
    expect(parsed.bundle.ties).toEqual(ties);
  });

  it('keeps every string within LIMITS', () => {
    const names = [
      ...places,
      ...people.map((p) => ({ name: p.displayName })),
      ...collectives,
      ...initiatives,
      ...demo.users.map((u) => ({ name: u.displayName })),
      demo.organisation,
    ];
    expect(names.filter((x) => x.name.length === 0 || x.name.length > LIMITS.nameMax)).toEqual([]);
    expect(people.flatMap((p) => p.assets).filter((a) => a.label.length > LIMITS.labelMax)).toEqual([]);
    expect(people.filter((p) => p.assets.length > LIMITS.assetsMax)).toEqual([]);
    const texts = [
      ...collectives.map((c) => c.description),
      ...initiatives.flatMap((i) => [i.meaningForStreet, i.supportNeeded]),
      ...ties.map((t) => t.note),
      ...demo.contactMoments.map((c) => c.summary),
      ...demo.helpRequests.map((r) => r.description),
      ...demo.helpOffers.map((o) => o.description),
    ];
    expect(texts.filter((t) => t !== null && (t.length === 0 || t.length > LIMITS.textMax))).toEqual([]);
    const externalIds = [places, people, collectives, memberships, initiatives, participations, ties].flatMap((rows) =>
      rows.map((r) => r.externalId),
    );
    expect(externalIds.filter((id) => id.length > LIMITS.externalIdMax)).toEqual([]);
    expect(
      demo.contactMoments.filter(
        (c) => c.personExternalIds.length === 0 || c.personExternalIds.length > LIMITS.personsPerContactMax,
      ),
    ).toEqual([]);
    expect(demo.users.filter((u) => u.email.length > LIMITS.emailMax)).toEqual([]);
  });

  it('has users with the agreed e-mail addresses, roles and places', () => {
    const street = demo.landmarks.streetWorkerStreetExternalId;
    const [gm] = places.filter((p) => p.level === PlaceLevel.MUNICIPALITY);
    const buurt = demo.landmarks.demoBuurtExternalId;
    expect(demo.users.map((u) => [u.email, u.role, u.placeExternalIds])).toEqual([
      ['admin@demo.weefsel.nl', UserRole.ADMIN, [gm.externalId]],
      ['werker@demo.weefsel.nl', UserRole.WORKER, [buurt]],
      ['straat@demo.weefsel.nl', UserRole.WORKER, [street]],
      ['corporatie@demo.weefsel.nl', UserRole.CORPORATION, [buurt]],
      ['analist@demo.weefsel.nl', UserRole.ANALYST, [buurt]],
    ]);
  });
});
