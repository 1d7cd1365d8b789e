import { addMonths, monthsBetween, todayIso } from './as-of';

describe('as-of dates', () => {
  it('today in the local calendar, zero-padded', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('adds and subtracts months, across years, ending on the last day of a shorter month', () => {
    expect(addMonths('2026-11-21', -12)).toBe('2025-11-21');
    expect(addMonths('2026-11-21', -24)).toBe('2024-11-21');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2026-11-21', 0)).toBe('2026-11-21');
    expect(addMonths('2025-12-31', 2)).toBe('2026-02-28');
  });

  it('counts whole months between two dates', () => {
    expect(monthsBetween('2025-11-21', '2026-11-21')).toBe(12);
    expect(monthsBetween('2025-11-22', '2026-11-21')).toBe(11);
    expect(monthsBetween('2026-11-01', '2026-11-21')).toBe(0);
    expect(monthsBetween('2026-11-21', '2025-11-21')).toBe(-12);
    expect(monthsBetween('2026-02-28', '2026-03-31')).toBe(1);
  });

  it('round-trips the slider: n months back is n months between', () => {
    for (const today of ['2026-11-21', '2026-03-31', '2024-02-29']) {
      for (let n = 0; n <= 24; n++) expect(monthsBetween(addMonths(today, -n), today)).toBe(n);
    }
  });
});
