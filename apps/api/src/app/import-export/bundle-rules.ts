/**
 * The rules an import bundle must keep that span more than one cell: unique external ids, dates in order,
 * the place hierarchy and streets as far as the files themselves show it, no tie of a person with themself,
 * no pair of people with two open ties. Pure; the database step (apply-bundle.ts) checks the rest.
 *
 * No cycle check is needed for places: a parent's level ranks strictly above its child's, in the files
 * (checked here) and in the database (checked on every change), so a chain of parents can never loop.
 */
import { canBeParentOf, cbsPrefixFor, PLACE_LEVEL_LABEL_NL, PlaceLevel } from '@weefsel/domain';
import { Column, COLUMNS, columnOf } from './csv-format';
import {
  emptyBundle,
  IMPORT_ORDER,
  ImportBundle,
  ImportKind,
  ImportProblem,
  ImportSources,
  RowSource,
} from './import-rows';

export type Locate = (kind: ImportKind, index: number) => RowSource;

/** Where a row came from; rows without a source (e.g. generated ones) are placed as if written by an export. */
export function locator(sources?: ImportSources): Locate {
  return (kind, index) => sources?.[kind][index] ?? { file: `${kind}.csv`, line: index + 2 };
}

/** A problem tied to one row of the bundle, so that row can be set aside. */
export interface RowProblem {
  kind: ImportKind;
  index: number;
  problem: ImportProblem;
}

export function levelName(level: PlaceLevel): string {
  return `${PLACE_LEVEL_LABEL_NL[level]} (${level})`;
}

/** Every cross-cell rule; returns one problem per fault. */
export function checkBundle(bundle: ImportBundle, locate: Locate = locator()): RowProblem[] {
  const problems: RowProblem[] = [];
  const add = <K extends ImportKind>(
    kind: K,
    index: number,
    field: (keyof ImportBundle[K][number] & string) | null,
    reason: string,
  ): void => {
    const at = locate(kind, index);
    problems.push({
      kind,
      index,
      problem: { file: at.file, line: at.line, column: field ? columnOf(kind, field) : null, reason },
    });
  };
  const where = (kind: ImportKind, index: number, from: RowSource): string => {
    const at = locate(kind, index);
    return at.file === from.file ? `line ${at.line}` : `line ${at.line} of ${at.file}`;
  };

  for (const kind of IMPORT_ORDER) {
    const first = new Map<string, number>();
    bundle[kind].forEach((row, index) => {
      const seen = first.get(row.externalId);
      if (seen === undefined) first.set(row.externalId, index);
      else {
        add(
          kind,
          index,
          'externalId',
          `"${row.externalId}" is used twice: also on ${where(kind, seen, locate(kind, index))}.`,
        );
      }
    });
  }

  const places = new Map(bundle.places.map((p) => [p.externalId, p]));
  bundle.places.forEach((place, i) => {
    if (place.cbsCode) {
      const prefix = cbsPrefixFor(place.level);
      if (!prefix) add('places', i, 'cbsCode', `The CBS has no code for a ${levelName(place.level)}: leave it empty.`);
      else if (!place.cbsCode.startsWith(prefix)) {
        add('places', i, 'cbsCode', `A ${levelName(place.level)} has a CBS code starting with ${prefix}.`);
      }
    }
    if (place.parentExternalId === place.externalId) {
      add('places', i, 'parentExternalId', 'A place cannot lie inside itself.');
      return;
    }
    const parent = place.parentExternalId ? places.get(place.parentExternalId) : undefined;
    if (parent && !canBeParentOf(parent.level, place.level)) {
      add(
        'places',
        i,
        'parentExternalId',
        `A ${levelName(place.level)} cannot lie inside a ${levelName(parent.level)} ("${parent.externalId}").`,
      );
    }
  });

  bundle.people.forEach((person, i) => {
    const home = places.get(person.homePlaceExternalId);
    if (home && home.level !== PlaceLevel.STREET) {
      add(
        'people',
        i,
        'homePlaceExternalId',
        `A resident's home is a street; "${home.externalId}" is a ${levelName(home.level)}.`,
      );
    }
    if (person.consentBasis && !person.consentRecordedOn) {
      add('people', i, 'consentRecordedOn', 'Empty, but required with a consent basis: the day it was recorded.');
    }
    if (!person.consentBasis && (person.consentRecordedOn || person.consentWithdrawnOn)) {
      add(
        'people',
        i,
        'consentBasis',
        'Empty, but required with a consent date: CONSENT, LEGITIMATE_INTEREST or PUBLIC_TASK.',
      );
    }
    if (person.consentWithdrawnOn && person.consentRecordedOn && person.consentWithdrawnOn < person.consentRecordedOn) {
      add(
        'people',
        i,
        'consentWithdrawnOn',
        `Consent cannot be withdrawn before it was recorded (${person.consentRecordedOn}).`,
      );
    }
  });

  for (const kind of ['memberships', 'participations'] as const) {
    bundle[kind].forEach((row, i) => {
      if (row.until && row.until < row.since) add(kind, i, 'until', `Ends before it starts (${row.since}).`);
    });
  }

  bundle.initiatives.forEach((initiative, i) => {
    if (initiative.startedOn && initiative.endedOn && initiative.endedOn < initiative.startedOn) {
      add('initiatives', i, 'endedOn', `Ends before it starts (${initiative.startedOn}).`);
    }
  });

  const openPairs = new Map<string, number>();
  bundle.ties.forEach((tie, i) => {
    if (tie.personAExternalId === tie.personBExternalId) {
      add('ties', i, 'personBExternalId', 'A tie links two different people.');
      return;
    }
    if (tie.until && tie.until < tie.since) add('ties', i, 'until', `Ends before it starts (${tie.since}).`);
    if (tie.lastConfirmedOn && tie.lastConfirmedOn < tie.since) {
      add('ties', i, 'lastConfirmedOn', `A tie cannot be confirmed before it started (${tie.since}).`);
    }
    if (tie.until) return;
    const pair = [tie.personAExternalId, tie.personBExternalId].sort().join('\u0000');
    const other = openPairs.get(pair);
    if (other === undefined) openPairs.set(pair, i);
    else {
      add(
        'ties',
        i,
        'personBExternalId',
        `These two people already have an open tie on ${where('ties', other, locate('ties', i))}: ` +
          'fill in until on one of them, or merge them into one row.',
      );
    }
  });
  return problems;
}

/** The rows of a bundle without the ones that have a problem, with the external ids of the ones set aside. */
export function withoutRows(
  bundle: ImportBundle,
  sources: ImportSources,
  bad: readonly RowProblem[],
  rejected: RejectedIds,
): { bundle: ImportBundle; sources: ImportSources } {
  const drop = new Map<ImportKind, Set<number>>();
  for (const p of bad) {
    if (!drop.has(p.kind)) drop.set(p.kind, new Set());
    drop.get(p.kind)?.add(p.index);
  }
  const kept = emptyBundle() as Record<ImportKind, unknown[]>;
  const keptSources = emptySources();
  for (const kind of IMPORT_ORDER) {
    const skip = drop.get(kind) ?? new Set<number>();
    bundle[kind].forEach((row, index) => {
      if (skip.has(index)) {
        rejected[kind].add(row.externalId);
      } else {
        kept[kind].push(row);
        keptSources[kind].push(sources[kind][index]);
      }
    });
  }
  return { bundle: kept as unknown as ImportBundle, sources: keptSources };
}

/** External ids of rows set aside because of a problem: references to them are not reported again. */
export type RejectedIds = { [K in ImportKind]: Set<string> };

export function emptyRejected(): RejectedIds {
  return {
    places: new Set(),
    people: new Set(),
    collectives: new Set(),
    memberships: new Set(),
    initiatives: new Set(),
    participations: new Set(),
    ties: new Set(),
  };
}

export function emptySources(): ImportSources {
  return { places: [], people: [], collectives: [], memberships: [], initiatives: [], participations: [], ties: [] };
}

/**
 * Checks a bundle built in code (the demo generator) exactly as if it had been exported and imported:
 * every value is written to its CSV cell and read back, then the cross-cell rules run. Returns the rows
 * as read back (trimmed and normalised) and the problems.
 */
export function validateBundle(
  bundle: ImportBundle,
  sources?: ImportSources,
): { bundle: ImportBundle; problems: ImportProblem[] } {
  const locate = locator(sources);
  const problems: ImportProblem[] = [];
  const normal = emptyBundle() as Record<ImportKind, unknown[]>;
  for (const kind of IMPORT_ORDER) {
    const columns = COLUMNS[kind] as Column<unknown>[];
    (bundle[kind] as unknown[]).forEach((row, index) => {
      const out: Record<string, unknown> = {};
      for (const column of columns) {
        const parsed = column.parse(column.write(row).trim());
        if (parsed.ok) out[column.field] = parsed.value;
        else {
          const at = locate(kind, index);
          problems.push({ file: at.file, line: at.line, column: column.name, reason: parsed.reason });
        }
      }
      normal[kind].push(out);
    });
  }
  const normalised = normal as unknown as ImportBundle;
  // rows with a bad cell are incomplete: the cross-cell rules would only trip over them
  if (problems.length) return { bundle: normalised, problems };
  problems.push(...checkBundle(normalised, locate).map((p) => p.problem));
  return { bundle: normalised, problems };
}
