import { buildTieGraph, type TieRecord } from './tie-graph';

interface Resident {
  id: string;
  name: string;
  street: string;
}

const people: Resident[] = [
  { id: 'anna', name: 'Anna', street: 'Lindenlaan' },
  { id: 'bert', name: 'Bert', street: 'Lindenlaan' },
  { id: 'cor', name: 'Cor', street: 'Bakkerstraat' },
  { id: 'dini', name: 'Dini', street: 'Bakkerstraat' },
];

/**
 * Hand-worked: which ties are valid (since <= asOf < until) on 2024-06-01?
 *   t1 anna–bert  2023-01-01 .. open        valid              strength 2
 *   t2 bert–anna  2024-06-01 .. open        valid (since = asOf counts)  strength 4
 *   t3 anna–bert  2020-01-01 .. 2024-06-01  not valid (until = asOf is already over)
 *   t4 bert–cor   2024-06-02 .. open        not valid yet
 *   t5 cor–dini   2022-03-15 .. 2025-01-01  valid              strength 1
 *   t6 anna–bert  2023-05-05 .. open        valid              strength 4 (equal to t2, comes after it)
 * So on 2024-06-01: anna–bert has weight max(2, 4, 4) = 4 and tieIds [t2, t6, t1] (strongest first, input order
 * among equals); cor–dini weight 1; bert–cor absent. Everyone is a node.
 * On 2024-06-02 t4 starts: bert–cor appears.
 */
const ties: (TieRecord & { kind: string })[] = [
  { id: 't1', personAId: 'anna', personBId: 'bert', strength: 2, since: '2023-01-01', until: null, kind: 'neighbour' },
  { id: 't2', personAId: 'bert', personBId: 'anna', strength: 4, since: '2024-06-01', until: null, kind: 'friend' },
  {
    id: 't3',
    personAId: 'anna',
    personBId: 'bert',
    strength: 5,
    since: '2020-01-01',
    until: '2024-06-01',
    kind: 'family',
  },
  { id: 't4', personAId: 'bert', personBId: 'cor', strength: 3, since: '2024-06-02', until: null, kind: 'neighbour' },
  {
    id: 't5',
    personAId: 'cor',
    personBId: 'dini',
    strength: 1,
    since: '2022-03-15',
    until: '2025-01-01',
    kind: 'neighbour',
  },
  { id: 't6', personAId: 'anna', personBId: 'bert', strength: 4, since: '2023-05-05', until: null, kind: 'friend' },
];

describe('buildTieGraph', () => {
  it('keeps the ties valid at asOf, one edge per pair with the strongest strength', () => {
    const graph = buildTieGraph(people, ties, { asOf: '2024-06-01' });
    expect(graph.nodes()).toEqual(['anna', 'bert', 'cor', 'dini']);
    expect(graph.size).toBe(2);
    expect(graph.getEdgeAttributes('anna', 'bert')).toEqual({ weight: 4, tieIds: ['t2', 't6', 't1'] });
    expect(graph.getEdgeAttributes('dini', 'cor')).toEqual({ weight: 1, tieIds: ['t5'] });
    expect(graph.hasEdge('bert', 'cor')).toBe(false);
  });

  it('lets a tie start on its since date and end on its until date', () => {
    expect(buildTieGraph(people, ties, { asOf: '2024-06-02' }).getEdgeAttribute('bert', 'cor', 'weight')).toBe(3);
    // on 2024-05-31 t2 has not started; t1, t6 and t3 (until 2024-06-01) run: max(2, 4, 5) = 5
    const before = buildTieGraph(people, ties, { asOf: '2024-05-31' });
    expect(before.getEdgeAttributes('anna', 'bert')).toEqual({ weight: 5, tieIds: ['t3', 't6', 't1'] });
    // on 2025-01-01 t5 has ended: Cor and Dini are isolated, but still nodes
    const later = buildTieGraph(people, ties, { asOf: '2025-01-01' });
    expect(later.degree('dini')).toBe(0);
    expect(later.order).toBe(4);
  });

  it('copies the people’s attributes onto the nodes, so groupings can read them', () => {
    const graph = buildTieGraph(people, ties, { asOf: '2024-06-01' });
    expect(graph.getNodeAttributes('cor')).toEqual({ id: 'cor', name: 'Cor', street: 'Bakkerstraat' });
    expect(graph.getNodeAttribute('anna', 'street')).toBe('Lindenlaan');
    expect(graph.getNodeAttributes('anna')).not.toBe(people[0]);
  });

  it('compares the date part of longer ISO strings', () => {
    const graph = buildTieGraph(
      people,
      [{ id: 'x', personAId: 'anna', personBId: 'dini', strength: 2, since: '2024-06-01T15:00:00Z', until: null }],
      { asOf: '2024-06-01' },
    );
    expect(graph.hasEdge('anna', 'dini')).toBe(true);
  });

  it('refuses bad input with namespaced errors', () => {
    const tie = { id: 'x', personAId: 'anna', personBId: 'bert', strength: 2, since: '2024-01-01', until: null };
    expect(() => buildTieGraph(people, [], { asOf: '1 June 2024' })).toThrow('graph/tie-graph: asOf must be a date');
    expect(() => buildTieGraph([...people, people[0]], [], { asOf: '2024-06-01' })).toThrow(
      'graph/tie-graph: person "anna" is listed twice',
    );
    expect(() => buildTieGraph(people, [{ ...tie, personBId: 'anna' }], { asOf: '2024-06-01' })).toThrow(
      'graph/tie-graph: tie "x" is a self-loop on "anna"',
    );
    // a self-loop is refused even when the tie is not valid at asOf
    expect(() =>
      buildTieGraph(people, [{ ...tie, personBId: 'anna', since: '2030-01-01' }], { asOf: '2024-06-01' }),
    ).toThrow('graph/tie-graph: tie "x" is a self-loop');
    expect(() => buildTieGraph(people, [{ ...tie, strength: 0 }], { asOf: '2024-06-01' })).toThrow(
      'graph/tie-graph: tie "x" needs a strength > 0',
    );
    expect(() => buildTieGraph(people, [{ ...tie, since: 'yesterday' }], { asOf: '2024-06-01' })).toThrow(
      'graph/tie-graph: tie "x" needs dates YYYY-MM-DD',
    );
  });

  it('refuses a tie to someone unknown, or skips it when asked', () => {
    const tie = { id: 'x', personAId: 'anna', personBId: 'zoe', strength: 2, since: '2024-01-01', until: null };
    expect(() => buildTieGraph(people, [tie], { asOf: '2024-06-01' })).toThrow(
      'graph/tie-graph: tie "x" names "zoe", who is not among the people',
    );
    const graph = buildTieGraph(people, [tie], { asOf: '2024-06-01', unknownPeople: 'skip' });
    expect(graph.size).toBe(0);
    expect(graph.hasNode('zoe')).toBe(false);
  });
});
