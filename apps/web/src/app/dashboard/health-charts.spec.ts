import { helpChart, monthLabel, plotted, trendCharts, trendDates } from './health-charts';
import { BUURT, HOFJE } from './health-fixture';

describe('trendDates', () => {
  it('asks for every month back to a year before, oldest first, ending on the date itself', () => {
    const dates = trendDates('2026-11-21', 12);
    expect(dates).toHaveLength(13);
    expect(dates[0]).toBe('2025-11-21');
    expect(dates[1]).toBe('2025-12-21');
    expect(dates.at(-1)).toBe('2026-11-21');
  });

  it('keeps the 31st within shorter months', () => {
    expect(trendDates('2026-03-31', 1)).toEqual(['2026-02-28', '2026-03-31']);
  });
});

describe('trendCharts', () => {
  const points = [
    { ...BUURT, asOf: '2026-10-21', shareIsolated: 0.1 },
    { ...HOFJE, asOf: '2026-11-21' },
  ];

  it('labels the months and leaves a withheld point empty (a gap, not a 0)', () => {
    const [exclusion, connectedness, initiatives] = trendCharts(points, 'nl-NL');
    expect(exclusion.labels).toEqual([monthLabel('2026-10-21', 'nl-NL'), monthLabel('2026-11-21', 'nl-NL')]);
    expect(exclusion.withheld).toEqual([false, true]);
    expect(exclusion.series.map((s) => s.values)).toEqual([
      [0.1, null],
      [0.15, null],
    ]);
    expect(exclusion.yTitle).toBe('dashboard.chart.axis.percentResidents');
    // ties per resident on the left axis, the share in the largest group on the right one
    expect(connectedness.series.map((s) => s.axis)).toEqual(['y', 'y1']);
    expect(connectedness.y1Title).toBe('dashboard.chart.axis.percentLargest');
    expect(initiatives.kind).toBe('bar');
    expect(initiatives.series[0].values).toEqual([35, null]);
  });
});

describe('helpChart', () => {
  it('puts offers against requests per kind of need', () => {
    const chart = helpChart(BUURT, ['P', 'S', 'O']);
    expect(chart.labels).toEqual(['P', 'S', 'O']);
    expect(chart.series.map((s) => s.values)).toEqual([
      [30, 31, 10],
      [0, 2, 0],
    ]);
  });

  it('withholds all of it for a withheld place', () => {
    const chart = helpChart(HOFJE, ['P', 'S', 'O']);
    expect(chart.withheld).toEqual([true, true, true]);
    expect(chart.series.flatMap((s) => s.values).every((v) => v === null)).toBe(true);
  });
});

describe('plotted', () => {
  it('draws shares as percentages with one decimal', () => {
    expect(plotted(0.0734, true)).toBe(7.3);
    expect(plotted(5.27, false)).toBe(5.27);
    expect(plotted(null, true)).toBeNull();
  });
});
