/**
 * The dashboard's figures as tiles: which figure, how it is written (a count, a share as a percentage, a
 * number with decimals, offers : requests), which way is better, and how a change is worded. Pure, so the
 * wording of every figure — including a withheld one, which is never a 0 — is unit-tested.
 */
import type { TranslationKey } from '../i18n/nl';
import type { FigureName, HealthFigures, PlaceHealth } from './dashboard-api';

export type FigureFormat = 'count' | 'share' | 'decimal' | 'density';
/** Which way a change is good news: fewer isolated residents is, more ties is; residents known is neither. */
export type Better = 'up' | 'down' | 'none';

export interface TileDefinition {
  id: string;
  /** the figure the tile shows; a help tile shows offers : requests of two figures */
  figure: FigureName;
  format: FigureFormat;
  better: Better;
  label: TranslationKey;
  hint: TranslationKey;
  /** a second line under the value, e.g. the count behind a share */
  detail?: { key: TranslationKey; figure: FigureName; format: FigureFormat };
  /** offers : requests tiles: the figure of the requests (`figure` is the offers) */
  requests?: FigureName;
}

export const TILES: readonly TileDefinition[] = [
  {
    id: 'residents',
    figure: 'residents',
    format: 'count',
    better: 'none',
    label: 'dashboard.tile.residents',
    hint: 'dashboard.tile.residents.hint',
  },
  {
    id: 'isolated',
    figure: 'shareIsolated',
    format: 'share',
    better: 'down',
    label: 'dashboard.tile.isolated',
    hint: 'dashboard.tile.isolated.hint',
    detail: { key: 'dashboard.tile.people', figure: 'isolated', format: 'count' },
  },
  {
    id: 'atRisk',
    figure: 'shareAtRisk',
    format: 'share',
    better: 'down',
    label: 'dashboard.tile.atRisk',
    hint: 'dashboard.tile.atRisk.hint',
    detail: { key: 'dashboard.tile.people', figure: 'atRisk', format: 'count' },
  },
  {
    id: 'meanDegree',
    figure: 'meanDegree',
    format: 'decimal',
    better: 'up',
    label: 'dashboard.tile.meanDegree',
    hint: 'dashboard.tile.meanDegree.hint',
  },
  {
    id: 'density',
    figure: 'density',
    format: 'density',
    better: 'up',
    label: 'dashboard.tile.density',
    hint: 'dashboard.tile.density.hint',
  },
  {
    id: 'components',
    figure: 'components',
    format: 'count',
    better: 'down',
    label: 'dashboard.tile.components',
    hint: 'dashboard.tile.components.hint',
    detail: { key: 'dashboard.tile.largestShare', figure: 'largestComponentShare', format: 'share' },
  },
  {
    id: 'bridging',
    figure: 'bridgingShare',
    format: 'share',
    better: 'up',
    label: 'dashboard.tile.bridging',
    hint: 'dashboard.tile.bridging.hint',
    detail: { key: 'dashboard.tile.ties', figure: 'bridgingWeakTies', format: 'count' },
  },
  {
    id: 'connectors',
    figure: 'connectorsPer100',
    format: 'decimal',
    better: 'up',
    label: 'dashboard.tile.connectors',
    hint: 'dashboard.tile.connectors.hint',
    detail: { key: 'dashboard.tile.people', figure: 'connectors', format: 'count' },
  },
  {
    id: 'viaInitiatives',
    figure: 'tiesViaInitiatives',
    format: 'count',
    better: 'up',
    label: 'dashboard.tile.viaInitiatives',
    hint: 'dashboard.tile.viaInitiatives.hint',
    detail: { key: 'dashboard.tile.ofAllTies', figure: 'shareTiesViaInitiatives', format: 'share' },
  },
  {
    id: 'helpPractical',
    figure: 'practicalOffers',
    requests: 'practicalRequests',
    format: 'count',
    better: 'none',
    label: 'dashboard.tile.helpPractical',
    hint: 'dashboard.tile.helpPractical.hint',
  },
  {
    id: 'helpSocial',
    figure: 'socialContactOffers',
    requests: 'socialContactRequests',
    format: 'count',
    better: 'none',
    label: 'dashboard.tile.helpSocial',
    hint: 'dashboard.tile.helpSocial.hint',
  },
];

export type Locale = 'nl-NL' | 'en-GB';

/** A figure as a person reads it; null stays null (the caller says why: withheld, or not applicable). */
export function formatFigure(value: number | null, format: FigureFormat, locale: Locale): string | null {
  if (value === null || !Number.isFinite(value)) return null;
  switch (format) {
    case 'count':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
    case 'share':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
    case 'decimal':
      return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(value);
    case 'density':
      return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 3 }).format(value);
  }
}

/**
 * A change as a signed number: shares in percentage points ("+2,5 pp"), other figures in their own unit.
 * Zero is written without a sign. roundedChange is the number written; the good-or-bad colour follows it, so a
 * change too small to show is never coloured as news.
 */
/** A change as it is written: shares in percentage points, counts whole, density to three decimals. */
export function roundedChange(delta: number | null, format: FigureFormat): number | null {
  if (delta === null || !Number.isFinite(delta)) return null;
  const value = format === 'share' ? delta * 100 : delta;
  const digits = format === 'count' ? 0 : format === 'density' ? 3 : 1;
  return Number(value.toFixed(digits));
}

export function formatChange(delta: number | null, format: FigureFormat, locale: Locale): string | null {
  const rounded = roundedChange(delta, format);
  if (rounded === null) return null;
  const text = new Intl.NumberFormat(locale, {
    maximumFractionDigits: format === 'count' ? 0 : format === 'density' ? 3 : 1,
    signDisplay: rounded === 0 ? 'never' : 'always',
  }).format(rounded);
  return format === 'share' ? `${text} pp` : text;
}

export type Trend = 'better' | 'worse' | 'same' | 'neutral';

/** Whether a change is good news, bad news, no change, or neither (a figure without a better direction). */
export function trendOf(delta: number | null, better: Better): Trend | null {
  if (delta === null) return null;
  if (Math.abs(delta) < 1e-9) return 'same';
  if (better === 'none') return 'neutral';
  return delta > 0 === (better === 'up') ? 'better' : 'worse';
}

export type TileState = 'shown' | 'withheld' | 'notApplicable';

export interface Tile {
  id: string;
  label: TranslationKey;
  hint: TranslationKey;
  state: TileState;
  /** the value as written; null unless shown */
  value: string | null;
  detail: { key: TranslationKey; value: string } | null;
  change: string | null;
  trend: Trend | null;
  /** the earlier date was withheld (a corporation sees no change then) */
  previousWithheld: boolean;
}

/** The tiles of a place now, with the change since `previous` (the API's delta). */
export function buildTiles(
  current: PlaceHealth,
  previous: PlaceHealth | null,
  delta: HealthFigures | null,
  locale: Locale,
): Tile[] {
  return TILES.map((definition) => {
    const base = {
      id: definition.id,
      label: definition.label,
      hint: definition.hint,
      previousWithheld: previous?.suppressed === true && !current.suppressed,
    };
    if (current.suppressed) {
      return { ...base, state: 'withheld', value: null, detail: null, change: null, trend: null };
    }
    const value = tileValue(definition, current, locale);
    const detailValue = definition.detail
      ? formatFigure(current[definition.detail.figure], definition.detail.format, locale)
      : null;
    const change =
      delta && !definition.requests ? formatChange(delta[definition.figure], definition.format, locale) : null;
    return {
      ...base,
      state: value === null ? 'notApplicable' : 'shown',
      value,
      detail: definition.detail && detailValue !== null ? { key: definition.detail.key, value: detailValue } : null,
      change,
      trend:
        change === null
          ? null
          : trendOf(roundedChange(delta?.[definition.figure] ?? null, definition.format), definition.better),
    };
  });
}

function tileValue(definition: TileDefinition, health: HealthFigures, locale: Locale): string | null {
  const offers = formatFigure(health[definition.figure], definition.format, locale);
  if (!definition.requests) return offers;
  const requests = formatFigure(health[definition.requests], definition.format, locale);
  return offers === null || requests === null ? null : `${offers} : ${requests}`;
}
