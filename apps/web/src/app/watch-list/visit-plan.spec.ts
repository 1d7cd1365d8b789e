import {
  addDays,
  buildPlan,
  daysBetween,
  notVisitedFor,
  parseIds,
  parseSince,
  PLAN_MAX,
  serialiseIds,
  topNotVisited,
  weekOf,
  type PlanCandidate,
} from './visit-plan';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function candidate(n: number, extra: Partial<PlanCandidate> = {}): PlanCandidate {
  return {
    id: id(n),
    name: `Bewoner ${n}`,
    streetId: 's1',
    streetName: 'Asterstraat',
    rank: n,
    lastContact: null,
    ...extra,
  };
}

describe('dates', () => {
  it('counts whole days across a month and a year boundary', () => {
    expect(daysBetween('2026-10-25', '2026-11-21')).toBe(27);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-11-21', '2026-11-20')).toBe(-1);
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
  });

  it('gives Monday to Sunday of the week (21 Nov 2026 is a Saturday)', () => {
    expect(weekOf('2026-11-21')).toEqual({ start: '2026-11-16', end: '2026-11-22' });
    expect(weekOf('2026-11-16')).toEqual({ start: '2026-11-16', end: '2026-11-22' });
    expect(weekOf('2026-11-22')).toEqual({ start: '2026-11-16', end: '2026-11-22' });
  });
});

describe('not visited in four weeks', () => {
  it('counts no contact, and a contact 28 days or longer ago, as not visited', () => {
    expect(notVisitedFor({ lastContact: null }, '2026-11-21')).toBe(true);
    expect(notVisitedFor({ lastContact: '2026-10-24' }, '2026-11-21')).toBe(true); // 28 days
    expect(notVisitedFor({ lastContact: '2026-10-25' }, '2026-11-21')).toBe(false); // 27 days
  });

  it('picks the first n ranked residents not visited, skipping the visited and the unranked', () => {
    const entries = [
      candidate(1, { lastContact: '2026-11-20' }),
      candidate(2),
      candidate(3, { lastContact: '2026-09-01' }),
      candidate(4, { rank: null }),
      candidate(5),
    ];
    expect(topNotVisited(entries, 2, '2026-11-21')).toEqual([id(2), id(3)]);
    expect(topNotVisited(entries, 10, '2026-11-21')).toEqual([id(2), id(3), id(5)]);
    expect(topNotVisited(entries, 0, '2026-11-21')).toEqual([]);
  });
});

describe('the plan in the URL', () => {
  it('keeps only UUIDs, each once, at most PLAN_MAX', () => {
    expect(parseIds(`${id(1)}, ${id(2).toUpperCase()},nonsense,${id(1)}`)).toEqual([id(1), id(2)]);
    expect(parseIds(null)).toEqual([]);
    const many = Array.from({ length: PLAN_MAX + 5 }, (_, i) => id(i + 1)).join(',');
    expect(parseIds(many)).toHaveLength(PLAN_MAX);
  });

  it('writes no parameter for an empty plan', () => {
    expect(serialiseIds([])).toBeNull();
    expect(serialiseIds([id(1), id(2)])).toBe(`${id(1)},${id(2)}`);
  });

  it('accepts a start date only when it is real and not in the future', () => {
    expect(parseSince('2026-11-16', '2026-11-21')).toBe('2026-11-16');
    expect(parseSince('2026-11-22', '2026-11-21')).toBeNull();
    expect(parseSince('2026-02-30', '2026-11-21')).toBeNull();
    expect(parseSince('', '2026-11-21')).toBeNull();
  });
});

describe('buildPlan', () => {
  const entries = [
    candidate(1, { streetId: 's2', streetName: 'Beukenlaan' }),
    candidate(2, { lastContact: '2026-11-18' }),
    candidate(3, { streetId: 's2', streetName: 'Beukenlaan', lastContact: '2026-11-10' }),
    candidate(4),
    candidate(5, { rank: null, streetId: 's3', streetName: 'Cederhof' }),
  ];

  it('groups by street, the street of the most urgent resident first, and numbers the walk', () => {
    const plan = buildPlan(entries, [id(4), id(5), id(2), id(3), id(1)], '2026-11-16');
    // Beukenlaan holds rank 1, Asterstraat rank 2, Cederhof only an unranked resident
    expect(plan.streets.map((s) => s.streetName)).toEqual(['Beukenlaan', 'Asterstraat', 'Cederhof']);
    expect(plan.streets.map((s) => s.visits.map((v) => [v.order, v.entry.id]))).toEqual([
      [
        [1, id(1)],
        [2, id(3)],
      ],
      [
        [3, id(2)],
        [4, id(4)],
      ],
      [[5, id(5)]],
    ]);
    expect(plan.total).toBe(5);
  });

  it('counts a visit done when the last contact is on or after the start, not before', () => {
    const plan = buildPlan(entries, [id(2), id(3)], '2026-11-16');
    const done = plan.streets.flatMap((s) => s.visits).map((v) => [v.entry.id, v.done]);
    // 2: contact on 18 Nov, after the start; 3: on 10 Nov, before it
    expect(done).toEqual(
      expect.arrayContaining([
        [id(2), true],
        [id(3), false],
      ]),
    );
    expect(plan.done).toBe(1);
    expect(buildPlan(entries, [id(2)], '2026-11-18').done).toBe(1); // the same day counts
    expect(buildPlan(entries, [id(2)], '2026-11-19').done).toBe(0);
  });

  it('reports selected ids it cannot find instead of dropping them silently', () => {
    const plan = buildPlan(entries, [id(1), id(99)], '2026-11-16');
    expect(plan.total).toBe(1);
    expect(plan.missing).toEqual([id(99)]);
  });
});
