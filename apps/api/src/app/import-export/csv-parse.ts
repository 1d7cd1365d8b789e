/**
 * Reads Weefsel CSV files into an import bundle and a list of every problem (file, line, column, reason).
 * Pure: no database. References between rows are resolved later, against the files *and* the database
 * (a person may live in a street imported last week), by apply-bundle.ts.
 *
 * Accepts what spreadsheets write: UTF-8 with or without BOM, `,` `;` or tab between values (Dutch Excel
 * writes `;`; a first line `sep=;` is honoured), CRLF or LF, quoted values with line breaks in them. Line numbers count the header as line 1
 * and follow papaparse's cursor, so a quoted value that spans lines shifts them correctly.
 */
import { LIMITS } from '@weefsel/domain';
import Papa from 'papaparse';
import { checkBundle, emptyRejected, emptySources, locator, RejectedIds, withoutRows } from './bundle-rules';
import { Column, COLUMNS, headerOf, matchHeader, normaliseHeader, unescapeFormula } from './csv-format';
import { emptyBundle, ImportBundle, ImportKind, ImportProblem, ImportSources } from './import-rows';

export interface ImportFile {
  name: string;
  content: string;
}

export interface ParsedFileInfo {
  name: string;
  /** the kind recognised from the header, or null when the file could not be read */
  kind: ImportKind | null;
  /** data rows read, good and bad */
  rows: number;
}

export interface ParseResult {
  /** the good rows only */
  bundle: ImportBundle;
  problems: ImportProblem[];
  /** file and line of each row of `bundle` */
  sources: ImportSources;
  files: ParsedFileInfo[];
  /** external ids of rows set aside for a problem: the database step does not report references to them again */
  rejectedIds: RejectedIds;
}

interface RawRow {
  cells: string[];
  line: number;
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

export function parseImportFiles(files: readonly ImportFile[]): ParseResult {
  const problems: ImportProblem[] = [];
  const bundle = emptyBundle() as Record<ImportKind, unknown[]>;
  const sources = emptySources();
  const rejected = emptyRejected();
  const infos: ParsedFileInfo[] = files.map((file) => {
    const result = parseFile(file);
    problems.push(...result.problems);
    if (result.kind) {
      for (const { row, line } of result.good) {
        bundle[result.kind].push(row);
        sources[result.kind].push({ file: file.name, line });
      }
      for (const id of result.rejected) rejected[result.kind].add(id);
    }
    return { name: file.name, kind: result.kind, rows: result.rows };
  });

  const typed = bundle as unknown as ImportBundle;
  const crossRow = checkBundle(typed, locator(sources));
  problems.push(...crossRow.map((p) => p.problem));
  const clean = withoutRows(typed, sources, crossRow, rejected);

  const order = new Map(files.map((f, i) => [f.name, i]));
  problems.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line);
  return { bundle: clean.bundle, sources: clean.sources, problems, files: infos, rejectedIds: rejected };
}

interface FileResult {
  kind: ImportKind | null;
  rows: number;
  good: { row: unknown; line: number }[];
  rejected: string[];
  problems: ImportProblem[];
}

function parseFile(file: ImportFile): FileResult {
  const result: FileResult = { kind: null, rows: 0, good: [], rejected: [], problems: [] };
  const problem = (line: number, column: string | null, reason: string): void => {
    result.problems.push({ file: file.name, line, column, reason });
  };

  const bytes = Buffer.byteLength(file.content, 'utf8');
  if (bytes > LIMITS.importBytesMax) {
    problem(
      1,
      null,
      `The file is ${megabytes(bytes)} MB; at most ${megabytes(LIMITS.importBytesMax)} MB can be imported at once: split it into smaller files.`,
    );
    return result;
  }
  const content = file.content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const garbled = content.indexOf('\uFFFD');
  if (garbled >= 0) {
    problem(
      lineAt(content, garbled),
      null,
      'The file is not UTF-8 (a character could not be read): in your spreadsheet, save it as "CSV UTF-8".',
    );
    return result;
  }
  if (!content.trim()) {
    problem(1, null, `The file is empty. It needs a header line, e.g. ${headerOf('people')}, and rows below it.`);
    return result;
  }

  // Excel understands a first line `sep=;` and sometimes writes one: honour it, and keep it as a blank line
  const sep = /^sep=([,;\t|])[ \t]*\n/i.exec(content);
  const delimiter = sep ? sep[1] : guessDelimiter(content);
  const raw = readRows(sep ? `\n${content.slice(sep[0].length)}` : content, delimiter, problem);
  const [header, ...data] = raw.rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!header) {
    problem(1, null, 'The file has no header line.');
    return result;
  }
  const names = header.cells.map(normaliseHeader);
  const match = matchHeader(names);
  if (!match.ok) {
    if (match.closest) {
      for (const missing of match.missing) {
        problem(header.line, missing, `Missing column: a ${match.closest} file needs it (${headerOf(match.closest)}).`);
      }
    } else {
      problem(
        header.line,
        null,
        `The first line does not name the columns of a Weefsel file. For places it reads ${headerOf('places')}; ` +
          `see docs/import-format.md for people, collectives, memberships, initiatives, participations and ties.`,
      );
    }
    return result;
  }
  result.kind = match.kind;
  const columns = COLUMNS[match.kind] as Column<unknown>[];
  let headerOk = true;
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i) {
      problem(header.line, name, 'This column appears twice in the header.');
      headerOk = false;
    }
  });
  for (const name of match.unknown) {
    problem(
      header.line,
      name || null,
      name
        ? `Unknown column for a ${match.kind} file; its columns are ${headerOf(match.kind)}.`
        : 'A column without a name: remove it, or give it one of the known names.',
    );
    headerOk = false;
  }
  result.rows = data.length + raw.unreadable;
  if (!result.rows) {
    problem(header.line, null, 'The file has a header but no rows below it.');
    return result;
  }
  if (!headerOk) return result;

  const at = columns.map((c) => names.indexOf(c.name));
  for (const { cells, line } of data) {
    if (cells.length !== names.length) {
      problem(
        line,
        null,
        `This line has ${cells.length} values, but the header has ${names.length} columns: ` +
          `a value with a ${DELIMITER_NAMES[delimiter] ?? delimiter} or line break in it needs "quotes" around it.`,
      );
      continue;
    }
    const row: Record<string, unknown> = {};
    let good = true;
    columns.forEach((column, c) => {
      const cell = at[c] < 0 ? '' : unescapeFormula(cells[at[c]].trim()).trim();
      const parsed = column.parse(cell);
      if (parsed.ok) row[column.field] = parsed.value;
      else {
        problem(line, column.name, parsed.reason);
        good = false;
      }
    });
    if (good) result.good.push({ row, line });
    else if (typeof row['externalId'] === 'string') result.rejected.push(row['externalId']);
  }
  return result;
}

/**
 * papaparse row by row. Each row starts where the previous one's cursor ended, so its line number is one
 * more than the line breaks before it, quoted ones included.
 */
function readRows(
  content: string,
  delimiter: string,
  problem: (line: number, column: string | null, reason: string) => void,
): { rows: RawRow[]; unreadable: number } {
  const rows: RawRow[] = [];
  let unreadable = 0;
  let line = 1;
  let start = 0;
  Papa.parse<string[]>(content, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
    step: (step, parser) => {
      const cursor = step.meta.cursor;
      if (step.errors.length) {
        unreadable++;
        const unclosed = step.errors.some((e) => e.code === 'MissingQuotes');
        const stray = step.errors.some((e) => e.code === 'InvalidQuotes');
        problem(
          line,
          null,
          stray
            ? `A value on this line has a stray quote ("): put the whole value in quotes and write a quote inside it twice ("").${unclosed ? ' Nothing after it could be read.' : ''}`
            : unclosed
              ? 'A quote (") opened on this line is never closed: the rest of the file cannot be read.'
              : `This line cannot be read (${step.errors[0].message}).`,
        );
        if (unclosed) {
          parser.abort();
          return;
        }
      } else {
        rows.push({ cells: step.data, line });
      }
      line += countNewlines(content, start, cursor);
      start = cursor;
    },
  });
  return { rows, unreadable };
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function lineAt(text: string, index: number): number {
  return countNewlines(text, 0, index) + 1;
}

/** The header names simple columns, so the separator that occurs in it most (outside quotes) is the one. */
function guessDelimiter(content: string): string {
  const first = content.split('\n').find((l) => l.trim() !== '') ?? '';
  const unquoted = first.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const);
  const [best, count] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return count > 0 ? best : ',';
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}
