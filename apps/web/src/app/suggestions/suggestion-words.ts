/**
 * The gap filler's numbers in words: a predicted effect as "isolated −1, separate parts −1, ties +1" (only what
 * changes), signed numbers with a real minus sign, shares as percentage points, and dates for people.
 */
import type { Language } from '../i18n/translator';
import type { SuggestionEffect, WhatIfFigures } from './suggestions-api';

export type FigureKey =
  | 'isolated'
  | 'atRisk'
  | 'ties'
  | 'components'
  | 'bridges'
  | 'articulationPoints'
  | 'largestComponentShare'
  | 'bridgingShare'
  | 'meanDegree';

export interface FigureChange {
  figure: FigureKey;
  /** signed, e.g. "−1", "+2", "+3.3 %" */
  text: string;
  /** better for the neighbourhood (fewer isolated, more ties …) */
  good: boolean;
}

const locale = (language: Language): string => (language === 'nl' ? 'nl-NL' : 'en-GB');

/** "+2", "−1" (U+2212, as typeset), "0"; with `digits` decimals when asked. */
export function signed(value: number, language: Language, digits = 0): string {
  const text = new Intl.NumberFormat(locale(language), {
    signDisplay: 'exceptZero',
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  }).format(value);
  return text.replace('-', '\u2212');
}

/** A share (0..1) change as signed percentage points: 0.0333 → "+3.3 %". */
export function signedPoints(share: number, language: Language): string {
  return `${signed(Math.round(share * 1000) / 10, language, 1)} %`;
}

/** Counts where fewer is better for the neighbourhood; for the others (ties, shares) more is better. */
const FEWER_IS_BETTER: ReadonlySet<FigureKey> = new Set([
  'isolated',
  'atRisk',
  'components',
  'bridges',
  'articulationPoints',
]);

/** The figures a suggestion would change, most telling first; empty when nothing changes. */
export function effectChanges(effect: SuggestionEffect, language: Language): FigureChange[] {
  const counts: [FigureKey, number][] = [
    ['isolated', effect.isolatedChange],
    ['atRisk', effect.atRiskChange],
    ['components', effect.componentsChange],
    ['ties', effect.tiesChange],
    ['bridges', effect.bridgesChange],
    ['articulationPoints', effect.articulationPointsChange],
  ];
  const changes: FigureChange[] = counts
    .filter(([, value]) => value !== 0)
    .map(([figure, value]) => ({
      figure,
      text: signed(value, language),
      good: FEWER_IS_BETTER.has(figure) ? value < 0 : value > 0,
    }));
  const shares: [FigureKey, number | null][] = [
    ['largestComponentShare', effect.largestComponentShareChange],
    ['bridgingShare', effect.bridgingShareChange],
  ];
  for (const [figure, value] of shares) {
    // below a tenth of a percentage point the change says nothing to a reader
    if (value !== null && Math.abs(value) >= 0.001) {
      changes.push({ figure, text: signedPoints(value, language), good: value > 0 });
    }
  }
  return changes;
}

export interface PreviewRow {
  figure: FigureKey;
  before: string;
  after: string;
  changed: boolean;
}

const PREVIEW_FIGURES: FigureKey[] = [
  'isolated',
  'atRisk',
  'ties',
  'components',
  'largestComponentShare',
  'bridgingShare',
  'meanDegree',
];

/** The what-if figures side by side, shares as percentages and the mean degree with two decimals. */
export function previewRows(before: WhatIfFigures, after: WhatIfFigures, language: Language): PreviewRow[] {
  const format = (figure: FigureKey, value: number | null): string => {
    if (value === null) return '–';
    if (figure === 'largestComponentShare' || figure === 'bridgingShare') {
      return `${new Intl.NumberFormat(locale(language), { maximumFractionDigits: 1 }).format(value * 100)} %`;
    }
    return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 2 }).format(value);
  };
  return PREVIEW_FIGURES.map((figure) => {
    const b = before[figure as keyof WhatIfFigures] ?? null;
    const a = after[figure as keyof WhatIfFigures] ?? null;
    return {
      figure,
      before: format(figure, b),
      after: format(figure, a),
      changed: format(figure, b) !== format(figure, a),
    };
  });
}

/** `date` plus `days` (YYYY-MM-DD, calendar days). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Today as YYYY-MM-DD in the user's own time zone: an introduction at 00:30 in Amsterdam happened that day. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "3 dec. 2026" / "3 Dec 2026". */
export function formatDay(iso: string, language: Language): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
