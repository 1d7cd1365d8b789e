import { PlaceLevel } from '@weefsel/domain';
import type { PlaceNode } from './people-api';
import { toPlaceOptions } from './place-tree';

const place = (id: string, name: string, level: PlaceLevel, parentId: string | null = null): PlaceNode => ({
  id,
  name,
  level,
  parentId,
  cbsCode: null,
});

const outline = (places: PlaceNode[]) => toPlaceOptions(places).map((o) => `${'-'.repeat(o.depth)}${o.place.name}`);

describe('toPlaceOptions', () => {
  it('lists gemeente → wijk → buurt → straat depth-first with their depth', () => {
    const places = [
      place('s2', 'Zonnebloemstraat', PlaceLevel.STREET, 'b1'),
      place('b1', 'Oosterpark', PlaceLevel.NEIGHBOURHOOD, 'w1'),
      place('w1', 'Oost', PlaceLevel.DISTRICT, 'g1'),
      place('g1', 'Groningen', PlaceLevel.MUNICIPALITY),
      place('s1', 'Asterstraat', PlaceLevel.STREET, 'b1'),
      place('w2', 'Centrum', PlaceLevel.DISTRICT, 'g1'),
    ];
    expect(outline(places)).toEqual([
      'Groningen',
      '-Centrum',
      '-Oost',
      '--Oosterpark',
      '---Asterstraat',
      '---Zonnebloemstraat',
    ]);
  });

  it('puts higher levels first among siblings (a dorp before the loose streets of a gemeente)', () => {
    const places = [
      place('g', 'Het Hogeland', PlaceLevel.MUNICIPALITY),
      place('s', 'Achterweg', PlaceLevel.STREET, 'g'),
      place('v', 'Warffum', PlaceLevel.VILLAGE, 'g'),
    ];
    expect(outline(places)).toEqual(['Het Hogeland', '-Warffum', '-Achterweg']);
  });

  it('sorts names the Dutch way: case-insensitive, numbers by value', () => {
    const places = [
      place('a', 'straat 10', PlaceLevel.STREET),
      place('b', 'Straat 9', PlaceLevel.STREET),
      place('c', "'s-Gravenweg", PlaceLevel.STREET),
    ];
    expect(outline(places)).toEqual(["'s-Gravenweg", 'Straat 9', 'straat 10']);
  });

  it('makes a place whose parent is out of sight a root', () => {
    const places = [place('b', 'Oosterpark', PlaceLevel.NEIGHBOURHOOD, 'not-visible')];
    expect(toPlaceOptions(places)).toEqual([{ place: places[0], depth: 0 }]);
  });

  it('still lists every place when the data has a parent cycle', () => {
    const places = [
      place('a', 'A', PlaceLevel.DISTRICT, 'b'),
      place('b', 'B', PlaceLevel.NEIGHBOURHOOD, 'a'),
      place('c', 'C', PlaceLevel.STREET, 'c'),
    ];
    const names = toPlaceOptions(places).map((o) => o.place.name);
    expect(names).toHaveLength(3);
    expect(new Set(names)).toEqual(new Set(['A', 'B', 'C']));
  });
});
