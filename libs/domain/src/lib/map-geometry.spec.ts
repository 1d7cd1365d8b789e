import { isConnector, mapNodeSize, mapTieWidth } from './map-geometry';

describe('map geometry', () => {
  it('sizes residents by the square root of their ties, connectors larger, groups fixed', () => {
    // 14 + 2·√0 = 14; 14 + 2·√4 = 18; a connector 26 + 2·√9 = 32
    expect(mapNodeSize({ kind: 'PERSON', roles: [], degree: 0 })).toBe(14);
    expect(mapNodeSize({ kind: 'PERSON', roles: [], degree: 4 })).toBe(18);
    expect(mapNodeSize({ kind: 'PERSON', roles: [], degree: null })).toBe(14);
    expect(mapNodeSize({ kind: 'PERSON', roles: ['CONNECTOR'], degree: 9 })).toBe(32);
    expect(mapNodeSize({ kind: 'PERSON', roles: ['KEY_FIGURE'], degree: 0 })).toBe(26);
    expect(mapNodeSize({ kind: 'COLLECTIVE', roles: ['APP_GROUP'], degree: 40 })).toBe(34);
    expect(mapNodeSize({ kind: 'INITIATIVE', roles: [], degree: null })).toBe(32);
  });

  it('knows connectors by the CONNECTOR or KEY_FIGURE role', () => {
    expect(isConnector(['VOLUNTEER', 'INITIATOR'])).toBe(false);
    expect(isConnector(['VOLUNTEER', 'KEY_FIGURE'])).toBe(true);
    expect(isConnector([])).toBe(false);
  });

  it('makes a tie wider the stronger it is, 1 to 5, and clamps what is out of range', () => {
    // 0.5 + 0.8·s, to one decimal
    expect([1, 2, 3, 4, 5].map(mapTieWidth)).toEqual([1.3, 2.1, 2.9, 3.7, 4.5]);
    expect(mapTieWidth(null)).toBe(1.3);
    expect(mapTieWidth(0)).toBe(1.3);
    expect(mapTieWidth(9)).toBe(4.5);
  });
});
