/**
 * The dashboard as one CSV file: a row per place and date — the chosen place now (`figures`), at the earlier
 * date (`previous`), the places below it now (`children`) and every month of the trend (`trend`) — with a
 * column per figure under the API's own names, so a spreadsheet or script can pick up where the screen ends.
 * A withheld figure is an empty cell with `withheld` = true: never a 0.
 */
import { FIGURE_NAMES, type HealthOverview, type PlaceHealth } from './dashboard-api';

export type CsvSection = 'figures' | 'previous' | 'children' | 'trend';

export const CSV_COLUMNS = ['section', 'place', 'level', 'date', 'withheld', ...FIGURE_NAMES] as const;

/** Quotes a cell when it must; a leading = + - @ is defused so a spreadsheet does not run it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(section: CsvSection, health: PlaceHealth): string {
  const cells = [section, health.name, health.level, health.asOf, String(health.suppressed)];
  for (const figure of FIGURE_NAMES) {
    const value = health[figure];
    cells.push(health.suppressed || value === null ? '' : String(value));
  }
  return cells.map(csvCell).join(',');
}

export function healthCsv(overview: HealthOverview, trend: readonly PlaceHealth[] | null): string {
  const [place, ...below] = overview.tree;
  const lines = [CSV_COLUMNS.join(',')];
  if (place) lines.push(row('figures', place));
  lines.push(row('previous', overview.previous));
  for (const child of below.filter((h) => h.parentId === place?.placeId)) lines.push(row('children', child));
  for (const point of trend ?? []) lines.push(row('trend', point));
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name that says what and when: weefsel-dashboard-de-lindenhof-2026-11-21.csv */
export function fileName(kind: string, placeName: string, asOf: string, extension: string): string {
  const slug = placeName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `weefsel-${kind}-${slug || 'plek'}-${asOf}.${extension}`;
}
