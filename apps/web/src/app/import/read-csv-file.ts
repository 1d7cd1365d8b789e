/**
 * Reads a chosen CSV file in the browser before anything is sent: its text (FileReader, with progress), its
 * kind from the header, and how many rows it has. The rows are counted in slices with a pause between them,
 * so a file of a few megabytes never freezes the page; the API does the real, row-by-row check.
 */
import { LIMITS } from '@weefsel/domain';
import Papa from 'papaparse';
import { type ImportKind, recogniseHeader } from './csv-kinds';

export type FileProblem =
  | { code: 'tooLarge'; megabytes: string }
  | { code: 'empty' }
  | { code: 'notUtf8' }
  | { code: 'unknownHeader' }
  | { code: 'missingColumns'; closest: ImportKind; columns: string }
  | { code: 'unknownColumns'; kind: ImportKind; columns: string };

export interface ReadFile {
  name: string;
  bytes: number;
  content: string;
  kind: ImportKind | null;
  /** data rows below the header (empty lines not counted) */
  rows: number;
  problem: FileProblem | null;
}

/** Characters scanned between two pauses while counting rows. */
export const SLICE = 256 * 1024;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** The file as UTF-8 text, reporting the share read so far (0–1). */
export function readText(file: Blob, onProgress: (share: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onload = () => {
      onProgress(1);
      resolve(String(reader.result ?? ''));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file, 'utf-8');
  });
}

/**
 * Non-empty lines after the header, counting a quoted value with line breaks in it as part of its row, as the
 * API's parser does. Pauses every SLICE characters.
 */
export async function countRows(content: string): Promise<number> {
  let rows = 0;
  let quoted = false;
  let lineHasText = false;
  let header = true;
  for (let start = 0; start < content.length; start += SLICE) {
    const end = Math.min(content.length, start + SLICE);
    for (let i = start; i < end; i++) {
      const c = content.charCodeAt(i);
      if (c === 34 /* " */) {
        quoted = !quoted;
        lineHasText = true;
      } else if (c === 10 /* \n */ && !quoted) {
        if (lineHasText) {
          if (header) header = false;
          else rows++;
        }
        lineHasText = false;
      } else if (c !== 13 && c !== 32 && c !== 9 && c !== 44 && c !== 59) {
        // a line of only separators and spaces counts as empty, as the API skips it
        lineHasText = true;
      }
    }
    if (end < content.length) await pause();
  }
  if (lineHasText && !header) rows++;
  return rows;
}

/** The header's cells: after a BOM and an Excel `sep=` line, split on the separator the header uses. */
export function headerCells(content: string): string[] {
  let text = content.replace(/^\uFEFF/, '');
  const sep = /^sep=([,;\t|])[ \t]*\r?\n/i.exec(text);
  if (sep) text = text.slice(sep[0].length);
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const delimiter = sep ? sep[1] : guessDelimiter(firstLine);
  const parsed = Papa.parse<string[]>(firstLine, { delimiter, preview: 1 });
  return (parsed.data[0] ?? []).map((cell) => cell.trim());
}

function guessDelimiter(line: string): string {
  let best = ',';
  let most = 0;
  for (const candidate of [',', ';', '\t']) {
    const count = line.split(candidate).length - 1;
    if (count > most) {
      best = candidate;
      most = count;
    }
  }
  return best;
}

export async function readCsvFile(file: File, onProgress: (share: number) => void): Promise<ReadFile> {
  const base = { name: file.name, bytes: file.size, content: '', kind: null, rows: 0 };
  if (file.size > LIMITS.importBytesMax) {
    return { ...base, problem: { code: 'tooLarge', megabytes: megabytes(file.size) } };
  }
  const content = await readText(file, onProgress);
  if (content.trim() === '') return { ...base, problem: { code: 'empty' } };
  if (content.includes('\uFFFD')) return { ...base, content, problem: { code: 'notUtf8' } };
  const match = recogniseHeader(headerCells(content));
  const rows = await countRows(content);
  if (match.kind === null) {
    const problem: FileProblem = match.closest
      ? { code: 'missingColumns', closest: match.closest, columns: match.missing.join(', ') }
      : { code: 'unknownHeader' };
    return { ...base, content, rows, problem };
  }
  const unknown = match.unknown.filter((name) => name !== '');
  return {
    ...base,
    content,
    rows,
    kind: match.kind,
    problem: unknown.length > 0 ? { code: 'unknownColumns', kind: match.kind, columns: unknown.join(', ') } : null,
  };
}
