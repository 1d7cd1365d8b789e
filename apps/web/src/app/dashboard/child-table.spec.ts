import { nextSort, sortChildren } from './child-table';
import { HOFJE, KERKPAD, LINDENLAAN } from './health-fixture';

const names = (list: { name: string }[]) => list.map((h) => h.name);

describe('sortChildren', () => {
  const children = [LINDENLAAN, HOFJE, KERKPAD];

  it('sorts by name as a Dutch reader expects', () => {
    expect(names(sortChildren(children, { key: 'name', direction: 'ascending' }))).toEqual([
      'Hofje',
      'Kerkpad',
      'Lindenlaan',
    ]);
  });

  it('sorts a figure either way, with a withheld place last both times', () => {
    // shareAtRisk: Kerkpad 0.25, Lindenlaan 0.2, Hofje withheld
    expect(names(sortChildren(children, { key: 'shareAtRisk', direction: 'descending' }))).toEqual([
      'Kerkpad',
      'Lindenlaan',
      'Hofje',
    ]);
    expect(names(sortChildren(children, { key: 'shareAtRisk', direction: 'ascending' }))).toEqual([
      'Lindenlaan',
      'Kerkpad',
      'Hofje',
    ]);
  });
});

describe('nextSort', () => {
  it('turns the sorted column around and starts another with the largest first', () => {
    expect(nextSort({ key: 'residents', direction: 'descending' }, 'residents')).toEqual({
      key: 'residents',
      direction: 'ascending',
    });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'meanDegree')).toEqual({
      key: 'meanDegree',
      direction: 'descending',
    });
    expect(nextSort({ key: 'meanDegree', direction: 'ascending' }, 'name')).toEqual({
      key: 'name',
      direction: 'ascending',
    });
  });
});
