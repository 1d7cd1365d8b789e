/**
 * What each chart of the dashboard shows, as plain data: title, axes, series and their values. The chart
 * component turns a spec into a chart.js configuration and the same spec into the table beside it (the text
 * alternative), so a screen-reader user reads exactly what the chart draws. Pure; dates are monthly points
 * ending at the chosen date.
 */
import type { TranslationKey } from '../i18n/nl';
import { addMonths } from '../map/as-of';
import type { FigureName, PlaceHealth } from './dashboard-api';
import type { FigureFormat, Locale } from './health-figures';

export type ChartId = 'exclusion' | 'connectedness' | 'initiatives' | 'help';

export interface ChartSeries {
  label: TranslationKey;
  /** one value per label; null where the figure is missing or withheld */
  values: (number | null)[];
  format: FigureFormat;
  /** values are shares (0–1) drawn as percentages */
  percent: boolean;
  axis: 'y' | 'y1';
  colour: string;
}

export interface ChartSpec {
  id: ChartId;
  kind: 'line' | 'bar';
  title: TranslationKey;
  description: TranslationKey;
  labels: string[];
  /** per label: the API withheld this point (corporation view, fewer than 10 residents) */
  withheld: boolean[];
  xTitle: TranslationKey;
  yTitle: TranslationKey;
  y1Title: TranslationKey | null;
  series: ChartSeries[];
}

/** Colours with enough contrast on white, told apart by more than hue (dashes and points differ too). */
export const SERIES_COLOURS = ['#0f5257', '#b45309', '#7c3aed', '#be123c'] as const;

/** The months the trend asks for: `months` months back from `asOf`, monthly, oldest first, `asOf` last. */
export function trendDates(asOf: string, months: number): string[] {
  const dates: string[] = [];
  for (let back = months; back >= 0; back--) dates.push(addMonths(asOf, -back));
  return dates;
}

export function monthLabel(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

function series(
  points: readonly PlaceHealth[],
  figure: FigureName,
  label: TranslationKey,
  options: { format: FigureFormat; axis?: 'y' | 'y1'; colour: string },
): ChartSeries {
  const percent = options.format === 'share';
  return {
    label,
    values: points.map((p) => (p.suppressed ? null : p[figure])),
    format: options.format,
    percent,
    axis: options.axis ?? 'y',
    colour: options.colour,
  };
}

/** The three trend charts over `points` (oldest first). */
export function trendCharts(points: readonly PlaceHealth[], locale: Locale): ChartSpec[] {
  const labels = points.map((p) => monthLabel(p.asOf, locale));
  const withheld = points.map((p) => p.suppressed);
  const common = { labels, withheld, xTitle: 'dashboard.chart.axis.month' as const };
  return [
    {
      ...common,
      id: 'exclusion',
      kind: 'line',
      title: 'dashboard.chart.exclusion',
      description: 'dashboard.chart.exclusion.description',
      yTitle: 'dashboard.chart.axis.percentResidents',
      y1Title: null,
      series: [
        series(points, 'shareIsolated', 'dashboard.tile.isolated', { format: 'share', colour: SERIES_COLOURS[0] }),
        series(points, 'shareAtRisk', 'dashboard.tile.atRisk', { format: 'share', colour: SERIES_COLOURS[1] }),
      ],
    },
    {
      ...common,
      id: 'connectedness',
      kind: 'line',
      title: 'dashboard.chart.connectedness',
      description: 'dashboard.chart.connectedness.description',
      yTitle: 'dashboard.chart.axis.tiesPerResident',
      y1Title: 'dashboard.chart.axis.percentLargest',
      series: [
        series(points, 'meanDegree', 'dashboard.tile.meanDegree', { format: 'decimal', colour: SERIES_COLOURS[0] }),
        series(points, 'largestComponentShare', 'dashboard.chart.series.largestShare', {
          format: 'share',
          axis: 'y1',
          colour: SERIES_COLOURS[2],
        }),
      ],
    },
    {
      ...common,
      id: 'initiatives',
      kind: 'bar',
      title: 'dashboard.chart.initiatives',
      description: 'dashboard.chart.initiatives.description',
      yTitle: 'dashboard.chart.axis.ties',
      y1Title: null,
      series: [
        series(points, 'tiesViaInitiatives', 'dashboard.tile.viaInitiatives', {
          format: 'count',
          colour: SERIES_COLOURS[3],
        }),
        series(points, 'bridgingWeakTies', 'dashboard.chart.series.bridgingTies', {
          format: 'count',
          colour: SERIES_COLOURS[0],
        }),
      ],
    },
  ];
}

/** Help offers against requests at one date, practical vs social contact vs other (lesson 3). */
export function helpChart(health: PlaceHealth, labels: readonly string[]): ChartSpec {
  const value = (figure: FigureName) => (health.suppressed ? null : health[figure]);
  return {
    id: 'help',
    kind: 'bar',
    title: 'dashboard.chart.help',
    description: 'dashboard.chart.help.description',
    labels: [...labels],
    withheld: [health.suppressed, health.suppressed, health.suppressed],
    xTitle: 'dashboard.chart.axis.need',
    yTitle: 'dashboard.chart.axis.count',
    y1Title: null,
    series: [
      {
        label: 'dashboard.chart.series.offers',
        values: [value('practicalOffers'), value('socialContactOffers'), value('otherOffers')],
        format: 'count',
        percent: false,
        axis: 'y',
        colour: SERIES_COLOURS[0],
      },
      {
        label: 'dashboard.chart.series.requests',
        values: [value('practicalRequests'), value('socialContactRequests'), value('otherRequests')],
        format: 'count',
        percent: false,
        axis: 'y',
        colour: SERIES_COLOURS[1],
      },
    ],
  };
}

/** The help chart's categories, in the order of its values (translated by the caller). */
export const HELP_LABELS: readonly TranslationKey[] = [
  'dashboard.chart.need.practical',
  'dashboard.chart.need.social',
  'dashboard.chart.need.other',
];

/** A value as the chart draws it: shares as percentages (0.25 → 25). */
export function plotted(value: number | null, percent: boolean): number | null {
  if (value === null) return null;
  return percent ? Math.round(value * 1000) / 10 : value;
}
