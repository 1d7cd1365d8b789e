import { proposedTies } from './map-elements';
import type { Highlight } from './map-highlights';
import {
  DEFAULT_FILTER,
  type Ego,
  egoNodes,
  elementClasses,
  groupNodes,
  type MapFilter,
  visibleCounts,
} from './map-view';
import { FIXTURE_SUGGESTIONS, fixtureNetwork } from './network-fixture';

const network = fixtureNetwork();
const proposed = proposedTies(network, FIXTURE_SUGGESTIONS);

function classes(
  options: { filter?: Partial<MapFilter>; highlights?: Highlight[]; ego?: Ego | null; selected?: string | null } = {},
) {
  return elementClasses(network, proposed, {
    filter: { ...DEFAULT_FILTER, ...options.filter },
    highlights: new Set(options.highlights ?? []),
    ego: options.ego ?? null,
    selected: options.selected ?? null,
  });
}

describe('map view', () => {
  it('shows every element plainly by default, and hides the proposed ties', () => {
    const all = classes();
    expect(all.size).toBe(9 + 11 + 1);
    for (const [id, cls] of all) {
      if (id.startsWith('proposed:')) expect(cls).toBe('hidden');
      else expect(cls).toBe('');
    }
  });

  it('dims everything a highlight does not light', () => {
    const all = classes({ highlights: ['isolated'] });
    expect(all.get('p5')).toBe('hl hl-isolated');
    expect(all.get('p1')).toBe('dim');
    expect(all.get('c1')).toBe('dim');
    expect(all.get('t1')).toBe('dim');
    expect(all.get('proposed:p2:p5')).toBe('hidden');
  });

  it('draws the proposed ties only while the suggestions highlight is on', () => {
    const all = classes({ highlights: ['suggestions'] });
    expect(all.get('proposed:p2:p5')).toBe('hl hl-proposed');
    expect(all.get('p5')).toBe('hl hl-end');
    expect(all.get('p1')).toBe('dim');
  });

  it('hides ties of a kind switched off; a tie without kind counts as OTHER', () => {
    const family = classes({ filter: { hiddenTieKinds: new Set(['FAMILY']) } });
    expect(family.get('t3')).toBe('hidden');
    expect(family.get('t1')).toBe('');
    const other = classes({ filter: { hiddenTieKinds: new Set(['OTHER']) } });
    expect(other.get('t6')).toBe('hidden');
    expect(other.get('t3')).toBe('');
  });

  it('hides ties below the minimum strength, never people', () => {
    const all = classes({ filter: { minStrength: 3 } });
    expect(['t1', 't2', 't3', 't4', 't5', 't6'].map((id) => all.get(id))).toEqual([
      '',
      'hidden',
      '',
      'hidden',
      'hidden',
      '',
    ]);
    expect(all.get('p6')).toBe('');
    expect(all.get('m1')).toBe('');
  });

  it('hides collectives with their memberships, initiatives with their participations', () => {
    const noCollectives = classes({ filter: { showCollectives: false } });
    expect(['c1', 'c2', 'm1', 'm3'].map((id) => noCollectives.get(id))).toEqual([
      'hidden',
      'hidden',
      'hidden',
      'hidden',
    ]);
    expect(noCollectives.get('i1')).toBe('');
    const noInitiatives = classes({ filter: { showInitiatives: false } });
    expect(noInitiatives.get('i1')).toBe('hidden');
    expect(noInitiatives.get('q1')).toBe('hidden');
    expect(noInitiatives.get('c1')).toBe('');
  });

  it('shows only ties that carry a chosen ecogram function; none chosen shows all', () => {
    // fixture: t1 companionship+emotional, t3 practical+emotional, t5 practical; t2, t4, t6 without a function
    const practical = classes({ filter: { functions: new Set(['PRACTICAL']) } });
    expect(['t1', 't2', 't3', 't4', 't5', 't6'].filter((id) => practical.get(id) !== 'hidden')).toEqual(['t3', 't5']);
    const either = classes({ filter: { functions: new Set(['PRACTICAL', 'COMPANIONSHIP']) } });
    expect(['t1', 't2', 't3', 't4', 't5', 't6'].filter((id) => either.get(id) !== 'hidden')).toEqual([
      't1',
      't3',
      't5',
    ]);
    // people stay: a filter never removes a resident from the map
    expect(practical.get('p5')).toBe('');
    expect(visibleCounts(network, { ...DEFAULT_FILTER, functions: new Set(['EMOTIONAL']) }).ties).toBe(2);
  });

  it('shows one collective or initiative: its people and the ties among them', () => {
    // c2 (Bewonerscommissie): Bram (p2) and Cees (p3), tied by t2
    const c2 = classes({ filter: { group: 'c2' } });
    const shown = [...c2.entries()].filter(([, list]) => !list.includes('hidden')).map(([id]) => id);
    expect(shown.sort()).toEqual(['c2', 'm3', 'm4', 'p2', 'p3', 't2']);
    expect(groupNodes(network, 'i1')).toEqual(new Set(['i1', 'p6']));
    expect(visibleCounts(network, { ...DEFAULT_FILTER, group: 'c2' })).toEqual({
      nodes: 3,
      people: 2,
      collectives: 1,
      initiatives: 0,
      ties: 1,
    });
    // a group that is not on this map filters nothing
    expect(visibleCounts(network, { ...DEFAULT_FILTER, group: 'elsewhere' }).nodes).toBe(9);
  });

  it('counts what is shown: nodes of each kind and social ties', () => {
    expect(visibleCounts(network, DEFAULT_FILTER)).toEqual({
      nodes: 9,
      people: 6,
      collectives: 2,
      initiatives: 1,
      ties: 6,
    });
    expect(visibleCounts(network, { ...DEFAULT_FILTER, showCollectives: false, minStrength: 4 })).toEqual({
      nodes: 7,
      people: 6,
      collectives: 0,
      initiatives: 1,
      ties: 2,
    });
  });

  describe('ego network', () => {
    it('one hop: the ties and the groups of the person', () => {
      expect([...egoNodes(network, { id: 'p1', radius: 1 }, DEFAULT_FILTER)].sort()).toEqual(['c1', 'p1', 'p2', 'p4']);
    });

    it('two hops: through people, not through a collective or initiative', () => {
      // via Bram: Cees and the Bewonerscommissie; via Dirk: Cees and Fien; not the TaartExpress (three hops)
      expect([...egoNodes(network, { id: 'p1', radius: 2 }, DEFAULT_FILTER)].sort()).toEqual([
        'c1',
        'c2',
        'p1',
        'p2',
        'p3',
        'p4',
        'p6',
      ]);
    });

    it('a collective as ego: its members are hop one', () => {
      expect([...egoNodes(network, { id: 'c1', radius: 1 }, DEFAULT_FILTER)].sort()).toEqual(['c1', 'p1', 'p2']);
    });

    it('follows only what the filters show', () => {
      const strong = { ...DEFAULT_FILTER, minStrength: 4, showCollectives: false };
      expect([...egoNodes(network, { id: 'p1', radius: 2 }, strong)].sort()).toEqual(['p1', 'p2', 'p4']);
    });

    it('an isolated person is alone; an unknown id is nobody', () => {
      expect([...egoNodes(network, { id: 'p5', radius: 2 }, DEFAULT_FILTER)]).toEqual(['p5']);
      expect(egoNodes(network, { id: 'gone', radius: 1 }, DEFAULT_FILTER).size).toBe(0);
    });

    it('fades what lies outside, and marks the ego and the selection', () => {
      const all = classes({ ego: { id: 'p1', radius: 1 }, selected: 'p1' });
      expect(all.get('p1')).toBe('in-ego ego selected');
      expect(all.get('p2')).toBe('in-ego');
      expect(all.get('p3')).toBe('faded');
      expect(all.get('t1')).toBe('');
      expect(all.get('t2')).toBe('faded'); // Bram–Cees: Cees is outside
      expect(all.get('m1')).toBe('');
      expect(all.get('m3')).toBe('faded');
    });
  });
});
