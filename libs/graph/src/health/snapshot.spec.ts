import { lindenwijk } from './lindenwijk.fixture';
import {
  PlaceIndex,
  assetKey,
  isValidAt,
  monthsBefore,
  placesOfPerson,
  placesWithin,
  residentsOf,
  rolesAt,
  wholeMonthsBetween,
} from './snapshot';

describe('snapshot helpers', () => {
  const snapshot = lindenwijk();

  it('walks the place hierarchy: a place and everything below, depth first by name; the chain up', () => {
    expect(placesWithin(snapshot, 'W')).toEqual(['W', 'B', 'S2', 'S1', 'B2', 'S3']);
    expect(placesWithin(snapshot, 'S1')).toEqual(['S1']);
    const index = new PlaceIndex(snapshot.places);
    expect(index.chainOf('S1')).toEqual(['S1', 'B', 'W']);
    expect(index.chainOf('elsewhere')).toEqual([]);
    expect(index.childrenOf('B')).toEqual(['S2', 'S1']);
    expect(index.depthOf('S3')).toBe(2);
  });

  it('gives a person’s street and its ancestors, and the residents of a place', () => {
    expect(placesOfPerson(snapshot, 'f')).toEqual(['S1', 'B', 'W']);
    expect(placesOfPerson(snapshot, 'x')).toEqual([]);
    expect(residentsOf(snapshot, 'B').map((p) => p.id)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h',
      'i',
      'j',
      'k',
    ]);
    expect(residentsOf(snapshot, 'B2')).toEqual([]);
    expect(() => placesOfPerson(snapshot, 'nobody')).toThrow('graph/snapshot: person "nobody"');
  });

  it('refuses a place listed twice, an unknown parent and a cycle', () => {
    const place = (id: string, parentId: string | null) => ({ id, name: id, level: 'STREET', parentId });
    expect(() => new PlaceIndex([place('a', null), place('a', null)])).toThrow(
      'graph/snapshot: place "a" is listed twice',
    );
    expect(() => new PlaceIndex([place('a', 'b')])).toThrow('graph/snapshot: place "a" has parent "b"');
    expect(() => new PlaceIndex([place('a', 'b'), place('b', 'a')])).toThrow('form a cycle');
    expect(() => placesWithin(snapshot, 'nowhere')).toThrow('graph/snapshot: place "nowhere"');
  });

  it('tells validity at a date: since inclusive, until exclusive, null open', () => {
    const spell = { since: '2024-01-01', until: '2025-01-01' };
    expect(isValidAt(spell, '2023-12-31')).toBe(false);
    expect(isValidAt(spell, '2024-01-01')).toBe(true);
    expect(isValidAt(spell, '2024-12-31')).toBe(true);
    expect(isValidAt(spell, '2025-01-01')).toBe(false);
    expect(isValidAt({ since: null, until: null }, '1900-01-01')).toBe(true);
    expect(isValidAt({ since: '2024-01-01T10:00:00Z', until: null }, '2024-01-01')).toBe(true);
    const b = snapshot.people[1];
    expect(rolesAt(b, '2025-01-31')).toEqual(['CONNECTOR']);
    expect(rolesAt(b, '2025-02-01')).toEqual([]);
  });

  it('counts whole calendar months and steps back by months', () => {
    expect(wholeMonthsBetween('2024-01-15', '2025-01-15')).toBe(12);
    expect(wholeMonthsBetween('2024-01-15', '2025-01-14')).toBe(11);
    expect(wholeMonthsBetween('2024-03-01', '2025-06-01')).toBe(15);
    expect(wholeMonthsBetween('2025-01-15', '2024-01-15')).toBe(-12);
    expect(wholeMonthsBetween('2025-01-14', '2024-01-15')).toBe(-11);
    expect(monthsBefore('2025-01-15', 1)).toBe('2024-12-15');
    expect(monthsBefore('2025-06-01', 12)).toBe('2024-06-01');
    expect(monthsBefore('2025-03-31', 1)).toBe('2025-02-28');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2025-03-31', 0)).toBe('2025-03-31');
  });

  it('compares asset labels loosely', () => {
    expect(assetKey(' Koken  Thuis ')).toBe('koken thuis');
    expect(assetKey('koken ')).toBe(assetKey('Koken'));
  });
});
