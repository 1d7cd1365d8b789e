import { helpBalance } from './help-balance';
import { lindenwijk } from './lindenwijk.fixture';

/**
 * Lesson 3 in lindenwijk.fixture.ts: Lindenlaan offers 10 (a 4 PRACTICAL, b 2 GROCERIES, c 3 SOCIAL_CONTACT,
 * d 1 INFORMATION; AVAILABLE since 2025-01-01; a's fifth is WITHDRAWN) against 1 open request (f, SOCIAL_CONTACT,
 * 2025-04-01); k's PRACTICAL request (2025-02-01) is MATCHED: made, not open.
 *   open: 10 : 1 → 10. practical (practical + groceries) 6 : 0 → null; social contact 3 : 1 → 3; other 1 : 0.
 *   made: 10 : 2 → 5; practical 6 : 1 → 6.
 */
describe('helpBalance', () => {
  const snapshot = lindenwijk();

  it('gives offers : requests, ten to one, split by practical help and social contact', () => {
    const balance = helpBalance(snapshot, { asOf: '2025-06-01' });
    expect(balance).toMatchObject({
      asOf: '2025-06-01',
      placeId: null,
      offers: 10,
      requests: 1,
      ratio: 10,
      offersMade: 10,
      requestsMade: 2,
      ratioMade: 5,
    });
    expect(balance.byGroup).toEqual({
      PRACTICAL: { offers: 6, requests: 0, ratio: null, offersMade: 6, requestsMade: 1, ratioMade: 6 },
      SOCIAL_CONTACT: { offers: 3, requests: 1, ratio: 3, offersMade: 3, requestsMade: 1, ratioMade: 3 },
      OTHER: { offers: 1, requests: 0, ratio: null, offersMade: 1, requestsMade: 0, ratioMade: null },
    });
    expect(Object.keys(balance.byNeed)).toEqual(['GROCERIES', 'INFORMATION', 'PRACTICAL', 'SOCIAL_CONTACT']);
    expect(balance.byNeed['PRACTICAL']).toEqual({
      offers: 4,
      requests: 0,
      ratio: null,
      offersMade: 4,
      requestsMade: 1,
      ratioMade: 4,
    });
  });

  it('counts only what was offered or asked by the date', () => {
    // 2025-02-15: the offers (2025-01-01) and k's request (2025-02-01) are there; f's (2025-04-01) is not yet
    const balance = helpBalance(snapshot, { asOf: '2025-02-15' });
    expect(balance).toMatchObject({ offers: 10, requests: 0, ratio: null, requestsMade: 1, ratioMade: 10 });
    expect(helpBalance(snapshot, { asOf: '2024-12-31' })).toMatchObject({ offers: 0, offersMade: 0, requestsMade: 0 });
  });

  it('counts the residents of a place and below', () => {
    expect(helpBalance(snapshot, { asOf: '2025-06-01', placeId: 'S2' })).toMatchObject({
      offers: 0,
      requests: 0,
      requestsMade: 1,
    });
    expect(helpBalance(snapshot, { asOf: '2025-06-01', placeId: 'B' })).toMatchObject({ offers: 10, requests: 1 });
  });

  it('takes other need groups when asked', () => {
    const balance = helpBalance(snapshot, { asOf: '2025-06-01', needGroups: { INFORMATION: 'PRACTICAL' } });
    expect(balance.byGroup.PRACTICAL.offers).toBe(1);
    expect(balance.byGroup.SOCIAL_CONTACT.offers).toBe(0);
    expect(balance.byGroup.OTHER).toMatchObject({ offers: 9, requests: 1 });
  });

  it('refuses a bad date and an unknown place', () => {
    expect(() => helpBalance(snapshot, { asOf: 'now' })).toThrow('graph/help-balance: asOf must be a date');
    expect(() => helpBalance(snapshot, { asOf: '2025-06-01', placeId: 'nowhere' })).toThrow(
      'graph/help-balance: place "nowhere" is not in the snapshot',
    );
  });
});
