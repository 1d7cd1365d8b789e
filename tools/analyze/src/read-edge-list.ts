/**
 * Reads the analysts' CSV files (EDGES.csv, optional NODES.csv) into plain node and edge lists, checking every
 * row: a problem is reported as `file:line: message` so the analyst can find it in a spreadsheet.
 *
 * Rules (documented in tools/analyze/README.md):
 * - EDGES.csv has a header with the columns `source` and `target`, optionally `weight`; other columns are ignored.
 *   NODES.csv has a header with the column `id`; other columns (street, household, …) are ignored.
 * - Header names are matched case-insensitively; ids and weights are trimmed. The delimiter is `,`, or `;` or a tab
 *   when the header line has no comma (a Dutch spreadsheet exports with `;`). A UTF-8 byte-order mark is skipped.
 *   A weight may have a decimal comma (`1,5`). Blank lines are skipped; quoted fields follow RFC 4180 (papaparse), line numbers count physical lines.
 * - An error: an unreadable row, an empty id, a self-loop, a weight that is empty, not a number or not positive,
 *   a file without data rows, and — when NODES.csv is given — an edge to an id that NODES.csv does not list
 *   (NODES.csv is then the population: a typo in EDGES.csv must not silently add a person).
 * - Duplicate edges (the same pair, in either order) are allowed: the maximum weight counts (buildGraph's
 *   `duplicates: 'max'`); they are counted so the CLI can warn. A repeated id in NODES.csv is counted likewise.
 */
import Papa from 'papaparse';

export interface CsvRow {
  /** 1-based physical line on which the row starts */
  line: number;
  fields: string[];
}

export interface EdgeInput {
  source: string;
  target: string;
  weight: number;
}

export interface EdgeList {
  /** node ids: those of NODES.csv (in file order) when given, else the endpoints in order of appearance */
  nodes: string[];
  /** every edge row, duplicates included (buildGraph applies the max rule) */
  edges: EdgeInput[];
  /** true when EDGES.csv has a weight column */
  weighted: boolean;
  /** edge rows repeating a pair seen before (either order), with their line numbers */
  duplicateEdges: { count: number; lines: number[] };
  /** NODES.csv rows repeating an id seen before */
  duplicateNodes: { count: number; lines: number[] };
}

/** One problem in an input file; `line` is null when it concerns the file as a whole (e.g. it does not exist). */
export class InputProblem {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly message: string,
  ) {}

  toString(): string {
    return this.line === null ? `${this.file}: ${this.message}` : `${this.file}:${this.line}: ${this.message}`;
  }
}

/** Thrown with every problem found (the CLI prints the first few). */
export class InputError extends Error {
  constructor(readonly problems: InputProblem[]) {
    super(problems.map(String).join('\n'));
    this.name = 'InputError';
  }
}

const KEPT_DUPLICATE_LINES = 5;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function chooseDelimiter(headerLine: string): string {
  if (headerLine.includes(',')) return ',';
  if (headerLine.includes(';')) return ';';
  if (headerLine.includes('\t')) return '\t';
  return ',';
}

/** Splits CSV text into rows with the line each starts on; blank rows are dropped. */
export function parseCsv(text: string, file: string): CsvRow[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstBreak = body.search(/\r?\n/);
  const delimiter = chooseDelimiter(firstBreak < 0 ? body : body.slice(0, firstBreak));
  const rows: CsvRow[] = [];
  const problems: InputProblem[] = [];
  if (!body.includes('"')) {
    // no quoted fields: row i is line i + 1, and one whole-file parse is four times faster than row by row
    const result = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
    for (const error of result.errors) problems.push(new InputProblem(file, (error.row ?? 0) + 1, error.message));
    result.data.forEach((fields, i) => {
      if (!(fields.length === 1 && fields[0].trim() === '')) rows.push({ line: i + 1, fields });
    });
    if (problems.length > 0) throw new InputError(problems);
    return rows;
  }
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      const fields = result.data;
      for (const error of result.errors) problems.push(new InputProblem(file, line, error.message));
      if (!(fields.length === 1 && fields[0].trim() === '')) rows.push({ line, fields });
      for (let i = start; i < end; i++) if (body.charCodeAt(i) === 10) line++;
      start = end;
    },
  });
  if (problems.length > 0) throw new InputError(problems);
  return rows;
}

function columnIndex(header: CsvRow, name: string): number {
  return header.fields.findIndex((field) => field.trim().toLowerCase() === name);
}

function requireColumns(rows: CsvRow[], file: string, required: string[], example: string): number[] {
  if (rows.length === 0)
    throw new InputError([new InputProblem(file, 1, `empty file (expected the header "${example}")`)]);
  const header = rows[0];
  const indices = required.map((name) => columnIndex(header, name));
  const missing = required.filter((_, i) => indices[i] < 0);
  if (missing.length > 0) {
    const found = header.fields.join(',');
    throw new InputError([
      new InputProblem(
        file,
        header.line,
        `missing column ${missing.map((m) => `"${m}"`).join(' and ')} (the header is "${found}"; expected "${example}")`,
      ),
    ]);
  }
  if (rows.length === 1) {
    throw new InputError([
      new InputProblem(file, header.line, `no data rows (only the header "${header.fields.join(',')}")`),
    ]);
  }
  return indices;
}

function field(row: CsvRow, index: number): string {
  return (row.fields[index] ?? '').trim();
}

/** Reads NODES.csv: the ids in file order (a repeated id is kept once and counted). */
export function readNodes(
  text: string,
  file: string,
): { ids: string[]; duplicates: { count: number; lines: number[] } } {
  const rows = parseCsv(text, file);
  const [idColumn] = requireColumns(rows, file, ['id'], 'id');
  const seen = new Set<string>();
  const ids: string[] = [];
  const duplicates = { count: 0, lines: [] as number[] };
  const problems: InputProblem[] = [];
  for (const row of rows.slice(1)) {
    const id = field(row, idColumn);
    if (id === '') {
      problems.push(new InputProblem(file, row.line, 'empty id'));
    } else if (seen.has(id)) {
      duplicates.count++;
      if (duplicates.lines.length < KEPT_DUPLICATE_LINES) duplicates.lines.push(row.line);
    } else {
      seen.add(id);
      ids.push(id);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return { ids, duplicates };
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Reads EDGES.csv. When `population` is given (the ids of NODES.csv), an endpoint outside it is an error.
 */
export function readEdges(
  text: string,
  file: string,
  population?: { ids: string[]; file: string },
): Omit<EdgeList, 'duplicateNodes'> {
  const rows = parseCsv(text, file);
  const header = rows[0];
  const [sourceColumn, targetColumn] = requireColumns(
    rows,
    file,
    ['source', 'target'],
    'source,target or source,target,weight',
  );
  const weightColumn = columnIndex(header, 'weight');
  const weighted = weightColumn >= 0;
  const known = population ? new Set(population.ids) : null;
  const nodes: string[] = population ? [...population.ids] : [];
  const seenNodes = new Set<string>(nodes);
  const seenPairs = new Set<string>();
  const edges: EdgeInput[] = [];
  const duplicateEdges = { count: 0, lines: [] as number[] };
  const problems: InputProblem[] = [];

  for (const row of rows.slice(1)) {
    const source = field(row, sourceColumn);
    const target = field(row, targetColumn);
    const rowProblems: string[] = [];
    if (source === '') rowProblems.push('empty source');
    if (target === '') rowProblems.push('empty target');
    if (source !== '' && source === target) {
      rowProblems.push(`self-loop "${source}" – "${target}" (a tie needs two different people)`);
    }
    for (const id of [source, target]) {
      if (known && id !== '' && !known.has(id)) rowProblems.push(`unknown node "${id}" (not in ${population?.file})`);
    }
    let weight = 1;
    if (weighted) {
      // a decimal comma (1,5) is what a Dutch spreadsheet writes in a ;-separated file
      const raw = field(row, weightColumn).replace(/^(\d+),(\d+)$/, '$1.$2');
      weight = Number(raw);
      if (raw === '') rowProblems.push('empty weight');
      else if (!DECIMAL.test(raw) || !Number.isFinite(weight)) rowProblems.push(`weight "${raw}" is not a number`);
      else if (!(weight > 0)) rowProblems.push(`weight ${raw} is not positive`);
    }
    if (rowProblems.length > 0) {
      for (const message of rowProblems) problems.push(new InputProblem(file, row.line, message));
      continue;
    }
    const key = pairKey(source, target);
    if (seenPairs.has(key)) {
      duplicateEdges.count++;
      if (duplicateEdges.lines.length < KEPT_DUPLICATE_LINES) duplicateEdges.lines.push(row.line);
    }
    seenPairs.add(key);
    for (const id of [source, target]) {
      if (!seenNodes.has(id)) {
        seenNodes.add(id);
        nodes.push(id);
      }
    }
    edges.push({ source, target, weight });
  }
  if (problems.length > 0) throw new InputError(problems);
  return { nodes, edges, weighted, duplicateEdges };
}

/** Reads both files (NODES.csv first: it defines the population). */
export function readEdgeList(edges: { text: string; file: string }, nodes?: { text: string; file: string }): EdgeList {
  const population = nodes ? readNodes(nodes.text, nodes.file) : undefined;
  const list = readEdges(
    edges.text,
    edges.file,
    population && nodes ? { ids: population.ids, file: nodes.file } : undefined,
  );
  return { ...list, duplicateNodes: population?.duplicates ?? { count: 0, lines: [] } };
}
