import { confirmation, UNCONFIRMED_MONTHS, wholeMonthsBetween } from './tie-confirmation';

describe('wholeMonthsBetween', () => {
  // the examples of libs/graph health/snapshot.ts, whose rule this copies
  it('counts whole calendar months, a month only once its day is reached', () => {
    expect(wholeMonthsBetween('2024-01-15', '2025-01-15')).toBe(12);
    expect(wholeMonthsBetween('2024-01-15', '2025-01-14')).toBe(11);
    expect(wholeMonthsBetween('2025-06-21', '2026-11-21')).toBe(17);
    expect(wholeMonthsBetween('2026-11-21', '2025-06-21')).toBe(-17);
  });
});

describe('confirmation', () => {
  const today = '2026-11-21';

  it('flags a tie last confirmed 12 months ago or longer, as the gap-filler does', () => {
    expect(UNCONFIRMED_MONTHS).toBe(12);
    expect(confirmation({ since: '2020-01-01', lastConfirmedOn: '2025-06-21' }, today)).toEqual({
      months: 17,
      stale: true,
      today: false,
    });
    expect(confirmation({ since: '2020-01-01', lastConfirmedOn: '2025-11-21' }, today).stale).toBe(true);
    expect(confirmation({ since: '2020-01-01', lastConfirmedOn: '2025-11-22' }, today)).toEqual({
      months: 11,
      stale: false,
      today: false,
    });
  });

  it('counts from the start of a tie that was never confirmed', () => {
    expect(confirmation({ since: '2024-03-01', lastConfirmedOn: null }, today)).toEqual({
      months: 32,
      stale: true,
      today: false,
    });
    expect(confirmation({ since: '2026-10-01', lastConfirmedOn: null }, today).stale).toBe(false);
  });

  it('knows a tie confirmed today, and takes a date after today as today', () => {
    expect(confirmation({ since: '2020-01-01', lastConfirmedOn: today }, today)).toEqual({
      months: 0,
      stale: false,
      today: true,
    });
    expect(confirmation({ since: '2027-01-01', lastConfirmedOn: null }, today).months).toBe(0);
  });
});
