import { findOverlap, overlapMessage, periodProblem, periodsOverlap } from './periods';

describe('periodProblem', () => {
  it('accepts an open period and one that ends on or after its start', () => {
    expect(periodProblem({ since: '2024-01-01', until: null })).toBeNull();
    expect(periodProblem({ since: '2024-01-01', until: '2024-01-01' })).toBeNull();
    expect(periodProblem({ since: '2024-01-01', until: '2025-06-30' })).toBeNull();
  });

  it('refuses a period that ends before it started, naming both dates', () => {
    expect(periodProblem({ since: '2024-05-01', until: '2024-04-30' })).toBe(
      'It cannot end (2024-04-30) before it started (2024-05-01).',
    );
  });
});

describe('periodsOverlap', () => {
  const closed = { since: '2020-01-01', until: '2022-01-01' };

  it('sees an open period as running for ever', () => {
    expect(periodsOverlap({ since: '2020-01-01', until: null }, { since: '2030-01-01', until: null })).toBe(true);
    expect(periodsOverlap(closed, { since: '2019-01-01', until: null })).toBe(true);
  });

  it('lets a new period start on the day the previous one ended (until is exclusive)', () => {
    expect(periodsOverlap(closed, { since: '2022-01-01', until: null })).toBe(false);
    expect(periodsOverlap({ since: '2018-01-01', until: '2020-01-01' }, closed)).toBe(false);
  });

  it('finds a period that starts inside another', () => {
    expect(periodsOverlap(closed, { since: '2021-12-31', until: null })).toBe(true);
    expect(periodsOverlap(closed, { since: '2019-01-01', until: '2020-01-02' })).toBe(true);
  });

  it('is symmetric', () => {
    const other = { since: '2021-06-01', until: '2023-01-01' };
    expect(periodsOverlap(closed, other)).toBe(periodsOverlap(other, closed));
  });

  it('never overlaps an empty period (since = until)', () => {
    expect(periodsOverlap(closed, { since: '2021-01-01', until: '2021-01-01' })).toBe(false);
  });
});

describe('findOverlap', () => {
  it('returns the overlapping period, or undefined', () => {
    const spells = [
      { id: 'a', since: '2018-01-01', until: '2019-01-01' },
      { id: 'b', since: '2020-01-01', until: null },
    ];
    expect(findOverlap(spells, { since: '2021-01-01', until: null })?.id).toBe('b');
    expect(findOverlap(spells, { since: '2019-01-01', until: '2020-01-01' })).toBeUndefined();
  });
});

describe('overlapMessage', () => {
  it('tells an open membership from an earlier one', () => {
    const what = { person: 'Ans', group: 'Bewonerscommissie' };
    expect(overlapMessage(what, { since: '2020-01-01', until: null })).toContain('already belongs');
    expect(overlapMessage(what, { since: '2020-01-01', until: '2021-01-01' })).toContain(
      'from 2020-01-01 to 2021-01-01',
    );
  });

  it('uses the verbs it is given', () => {
    const what = { person: 'Ans', group: 'TaartExpress', verbs: ['takes part in', 'took part in'] as const };
    expect(overlapMessage(what, { since: '2020-01-01', until: null })).toBe(
      'Ans already takes part in TaartExpress since 2020-01-01: change the role, or end that first.',
    );
    expect(overlapMessage(what, { since: '2020-01-01', until: '2021-01-01' })).toContain('already took part in');
  });
});
