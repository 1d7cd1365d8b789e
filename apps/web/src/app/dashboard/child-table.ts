/**
 * The table that compares the places directly below the chosen one: its columns and its sorting. A withheld
 * place (corporation view) or a figure that cannot be computed always sorts last, in either direction, so
 * the comparable places stay together at the top.
 */
import type { TranslationKey } from '../i18n/nl';
import type { FigureName, PlaceHealth } from './dashboard-api';
import type { FigureFormat } from './health-figures';

export interface ChildColumn {
  id: FigureName;
  label: TranslationKey;
  format: FigureFormat;
}

export const CHILD_COLUMNS: readonly ChildColumn[] = [
  { id: 'residents', label: 'dashboard.column.residents', format: 'count' },
  { id: 'shareIsolated', label: 'dashboard.column.isolated', format: 'share' },
  { id: 'shareAtRisk', label: 'dashboard.column.atRisk', format: 'share' },
  { id: 'meanDegree', label: 'dashboard.column.meanDegree', format: 'decimal' },
  { id: 'largestComponentShare', label: 'dashboard.column.largest', format: 'share' },
  { id: 'bridgingShare', label: 'dashboard.column.bridging', format: 'share' },
  { id: 'connectorsPer100', label: 'dashboard.column.connectors', format: 'decimal' },
  { id: 'tiesViaInitiatives', label: 'dashboard.column.viaInitiatives', format: 'count' },
];

export type SortKey = 'name' | FigureName;
export type SortDirection = 'ascending' | 'descending';

export interface Sort {
  key: SortKey;
  direction: SortDirection;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

export function sortChildren(children: readonly PlaceHealth[], sort: Sort): PlaceHealth[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...children].sort((a, b) => {
    if (sort.key === 'name') return sign * collator.compare(a.name, b.name);
    const x = a.suppressed ? null : a[sort.key];
    const y = b.suppressed ? null : b[sort.key];
    if (x === null || y === null) {
      if (x === y) return collator.compare(a.name, b.name);
      return x === null ? 1 : -1;
    }
    return sign * (x - y) || collator.compare(a.name, b.name);
  });
}

/** A click on the sorted column turns it around; another column starts with the largest first (names: A–Z). */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: key === 'name' ? 'ascending' : 'descending' };
}
