import {
  canBeParentOf,
  canonicalPair,
  CBS_CODE_PATTERN,
  isIsoDate,
  isTieValidAt,
  isWeakTie,
  mayImport,
  mayReadNetwork,
  mayReadPersonalData,
  mayReadPlaceHealth,
  PlaceLevel,
  PersonRole,
  rolesAt,
  UserRole,
} from '../index';

describe('place hierarchy', () => {
  it('lets a street sit in a buurt, a buurt in a wijk, and skips levels upward only', () => {
    expect(canBeParentOf(PlaceLevel.NEIGHBOURHOOD, PlaceLevel.STREET)).toBe(true);
    expect(canBeParentOf(PlaceLevel.DISTRICT, PlaceLevel.NEIGHBOURHOOD)).toBe(true);
    expect(canBeParentOf(PlaceLevel.VILLAGE, PlaceLevel.STREET)).toBe(true);
    expect(canBeParentOf(PlaceLevel.STREET, PlaceLevel.STREET)).toBe(false);
    expect(canBeParentOf(PlaceLevel.STREET, PlaceLevel.NEIGHBOURHOOD)).toBe(false);
  });

  it('accepts CBS codes of the Wijk- en buurtkaart and nothing else', () => {
    expect(CBS_CODE_PATTERN.test('BU03630000')).toBe(true);
    expect(CBS_CODE_PATTERN.test('WK036300')).toBe(true);
    expect(CBS_CODE_PATTERN.test('GM0363')).toBe(true);
    expect(CBS_CODE_PATTERN.test('BU0363')).toBe(false);
    expect(CBS_CODE_PATTERN.test('bu03630000')).toBe(false);
  });
});

describe('validity over time', () => {
  // Intervals are [since, until): a tie ended on 2025-06-01 no longer counts on that day.
  const tie = { since: '2024-01-15', until: '2025-06-01' };
  it('counts a tie from its first day up to the day before it ended', () => {
    expect(isTieValidAt(tie, '2024-01-14')).toBe(false);
    expect(isTieValidAt(tie, '2024-01-15')).toBe(true);
    expect(isTieValidAt(tie, '2025-05-31')).toBe(true);
    expect(isTieValidAt(tie, '2025-06-01')).toBe(false);
  });

  it('keeps an open tie valid', () => {
    expect(isTieValidAt({ since: '2020-01-01', until: null }, '2030-01-01')).toBe(true);
  });

  it('gives the roles held on a date', () => {
    const spells = [
      { role: PersonRole.VOLUNTEER, since: '2020-01-01', until: '2022-01-01' },
      { role: PersonRole.CONNECTOR, since: '2021-06-01', until: null },
    ];
    expect(rolesAt(spells, '2021-07-01')).toEqual([PersonRole.VOLUNTEER, PersonRole.CONNECTOR]);
    expect(rolesAt(spells, '2023-01-01')).toEqual([PersonRole.CONNECTOR]);
  });
});

describe('ties', () => {
  it('calls strength 1 and 2 weak, 3 and up not (DESIGN.md)', () => {
    expect(isWeakTie({ strength: 2 })).toBe(true);
    expect(isWeakTie({ strength: 3 })).toBe(false);
  });

  it('orders a pair the same way whichever end comes first', () => {
    expect(canonicalPair('b', 'a')).toEqual(['a', 'b']);
    expect(canonicalPair('a', 'b')).toEqual(['a', 'b']);
  });
});

describe('dates and roles', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-1')).toBe(false);
  });

  it('lets only workers read personal data', () => {
    expect(mayReadPersonalData(UserRole.WORKER)).toBe(true);
    expect(mayReadPersonalData(UserRole.ADMIN)).toBe(false);
    expect(mayReadPersonalData(UserRole.CORPORATION)).toBe(false);
    expect(mayReadPersonalData(UserRole.ANALYST)).toBe(false);
  });

  // DESIGN.md, "Who sees what": the same table as the API's AccessService and AnalyticsService enforce
  it('lets workers and analysts read the network, not corporations or admins', () => {
    expect([UserRole.WORKER, UserRole.ANALYST, UserRole.CORPORATION, UserRole.ADMIN].map(mayReadNetwork)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('lets everyone but admins read place health', () => {
    expect([UserRole.WORKER, UserRole.ANALYST, UserRole.CORPORATION, UserRole.ADMIN].map(mayReadPlaceHealth)).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('lets workers and admins import', () => {
    expect([UserRole.WORKER, UserRole.ANALYST, UserRole.CORPORATION, UserRole.ADMIN].map(mayImport)).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });
});
