import { initiativeHealth, initiativesHealth } from './initiative-health';
import { lindenwijk } from './lindenwijk.fixture';

/**
 * Worked out by hand from lindenwijk.fixture.ts.
 *
 * TaartExpress (I1) on 2025-06-01: a INITIATOR, e PARTICIPANT, g VOLUNTEER, j RECIPIENT → 4 people, one lead (a):
 *   it hangs on a. Streets: a, e in Lindenlaan, g, j in Bakkerstraat → 2. Ties among them: e–g only (a–j ended
 *   2024-10-01) → 1, across streets → E-I (1 − 0)/1 = 1. Collectives: a in C1, g in C2 → 2; e and j in none.
 *   Ties it created, valid now: e–g (2, across streets; e is in no collective, so not across collectives;
 *   bridging) and i–j (1, same street; a local bridge, so bridging) → 2, both weak; ever: + a–j → 3.
 * On 2024-05-01: i–j not yet (since 2024-06-01), a–j still there (weak, across streets, a local bridge:
 *   a's friends b, c and j's friend x do not meet) → created 2 (e–g, a–j), both across streets; ever 2 (i–j is
 *   in the future); among the people: e–g and a–j, both across streets.
 * Berenactie (I2): h INITIATOR, i ORGANISER, b, d, x PARTICIPANT → 5 people, two leads: not hanging on one.
 *   Streets: Bakkerstraat, Lindenlaan, elsewhere (x) → 3. Ties among them: h–i (same street) → E-I −1.
 *   Collectives: h, i in C2 → 1 (d left C1 on 2024-12-31); b, d, x in none → 3. Created nothing.
 * Soep (I3): ENDED, nobody → not running, E-I null.
 */
describe('initiativeHealth', () => {
  const snapshot = lindenwijk();
  const asOf = '2025-06-01';

  it('shows who is active, that TaartExpress hangs on one initiator, and the ties it created (lesson 2)', () => {
    expect(initiativeHealth(snapshot, 'I1', { asOf })).toEqual({
      initiativeId: 'I1',
      name: 'TaartExpress',
      kind: 'ATTENTION',
      phase: 'ACTIVE',
      placeId: 'B',
      asOf,
      running: true,
      activePeople: 4,
      byRole: { INITIATOR: 1, ORGANISER: 0, VOLUNTEER: 1, PARTICIPANT: 1, RECIPIENT: 1 },
      leads: ['a'],
      dependsOnOneInitiator: true,
      soleInitiatorId: 'a',
      soleInitiatorLabel: 'A',
      streets: 2,
      tiesAmongPeople: 1,
      sameStreetTiesAmongPeople: 0,
      crossStreetTiesAmongPeople: 1,
      eiIndexStreets: 1,
      collectives: 2,
      peopleInNoCollective: 2,
      tiesCreated: 2,
      weakTiesCreated: 2,
      crossStreetTiesCreated: 1,
      crossCollectiveTiesCreated: 0,
      bridgingTiesCreated: 2,
      tiesCreatedEver: 3,
    });
  });

  it('counts created ties as of the date: a tie not yet made and one since ended', () => {
    const then = initiativeHealth(snapshot, 'I1', { asOf: '2024-05-01' });
    expect(then).toMatchObject({
      tiesCreated: 2,
      weakTiesCreated: 2,
      crossStreetTiesCreated: 2,
      bridgingTiesCreated: 2,
      tiesCreatedEver: 2,
      tiesAmongPeople: 2,
      crossStreetTiesAmongPeople: 2,
      eiIndexStreets: 1,
    });
  });

  it('sees an initiative with two leads, and one that has ended', () => {
    const [i1, i2, i3] = initiativesHealth(snapshot, { asOf });
    expect(i1.initiativeId).toBe('I1');
    expect(i2).toMatchObject({
      initiativeId: 'I2',
      activePeople: 5,
      byRole: { INITIATOR: 1, ORGANISER: 1, VOLUNTEER: 0, PARTICIPANT: 3, RECIPIENT: 0 },
      leads: ['h', 'i'],
      dependsOnOneInitiator: false,
      soleInitiatorId: null,
      soleInitiatorLabel: null,
      streets: 3,
      tiesAmongPeople: 1,
      sameStreetTiesAmongPeople: 1,
      eiIndexStreets: -1,
      collectives: 1,
      peopleInNoCollective: 3,
      tiesCreated: 0,
      tiesCreatedEver: 0,
    });
    expect(i3).toMatchObject({ initiativeId: 'I3', running: false, activePeople: 0, leads: [], eiIndexStreets: null });
  });

  it('lists the initiatives based in a place and below', () => {
    expect(initiativesHealth(snapshot, { asOf, placeId: 'S2' }).map((i) => i.initiativeId)).toEqual(['I2']);
    expect(initiativesHealth(snapshot, { asOf, placeId: 'B' }).map((i) => i.initiativeId)).toEqual(['I1', 'I2', 'I3']);
    expect(initiativesHealth(snapshot, { asOf, placeId: 'B2' })).toEqual([]);
  });

  it('refuses an unknown initiative or place and a bad date', () => {
    expect(() => initiativeHealth(snapshot, 'nope', { asOf })).toThrow(
      'graph/initiative-health: initiative "nope" is not in the snapshot',
    );
    expect(() => initiativesHealth(snapshot, { asOf, placeId: 'nowhere' })).toThrow('graph/initiative-health:');
    expect(() => initiativeHealth(snapshot, 'I1', { asOf: '2025-6-1' })).toThrow('graph/initiative-health: asOf');
  });
});
