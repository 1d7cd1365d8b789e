/**
 * `import FILE|DIR… [--tenant ID] [--dry-run]`: imports Weefsel CSV files (docs/import-format.md) as the
 * operator, for one organisation, with no place limits. All or nothing; prints the counts per kind, or every
 * problem as `file:line column — reason`. Exit code 0 when imported (or, in a dry run, importable), 1 when
 * the files have problems, 2 for a wrong command line.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LIMITS } from '@weefsel/domain';
import { DataSource } from 'typeorm';
import { ImportFile, parseImportFiles } from '../import-export/csv-parse';
import { importParsed, ImportOutcome } from '../import-export/import-files';
import { IMPORT_ORDER, ImportProblem } from '../import-export/import-rows';
import { OperatorError, resolveTenant } from '../import-export/operator-tenant';

export const IMPORT_USAGE = 'import FILE|DIR… [--tenant ID] [--dry-run]   (a DIR means every *.csv in it)';

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const CONSOLE: Output = { out: (l) => console.log(l), err: (l) => console.error(l) };

export async function runImport(db: DataSource, args: string[], io: Output = CONSOLE): Promise<number> {
  let values: { tenant?: string; 'dry-run'?: boolean };
  let paths: string[];
  try {
    ({ values, positionals: paths } = parseArgs({
      args,
      allowPositionals: true,
      options: { tenant: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    }));
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\nUsage: ${IMPORT_USAGE}`);
    return 2;
  }
  if (!paths.length) {
    io.err(`Name the files to import.\nUsage: ${IMPORT_USAGE}`);
    return 2;
  }
  try {
    const tenant = await resolveTenant(db, values.tenant);
    const read = await readFiles(paths);
    const parsed = parseImportFiles(read.files);
    parsed.problems.unshift(...read.problems);
    parsed.files.unshift(...read.problems.map((p) => ({ name: p.file, kind: null, rows: 0 })));
    const outcome = await importParsed(db, tenant.id, parsed, {
      scope: null,
      userId: null,
      recordedBy: 'import (operator)',
      dryRun: values['dry-run'] ?? false,
    });
    printOutcome(io, outcome, tenant.name);
    return outcome.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof OperatorError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
}

/** Reads the files as UTF-8 (strictly: a file saved in another encoding is a problem, not garbage). */
async function readFiles(paths: string[]): Promise<{ files: ImportFile[]; problems: ImportProblem[] }> {
  const files: ImportFile[] = [];
  const problems: ImportProblem[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new OperatorError(`There is no file ${path}.`);
    }
    const names = info.isDirectory()
      ? (await readdir(path))
          .filter((n) => n.toLowerCase().endsWith('.csv'))
          .sort()
          .map((n) => join(path, n))
      : [path];
    if (info.isDirectory() && !names.length) throw new OperatorError(`There are no .csv files in ${path}.`);
    for (const name of names) {
      const size = (await stat(name)).size;
      if (size > LIMITS.importBytesMax) {
        problems.push({
          file: name,
          line: 1,
          column: null,
          reason: `The file is larger than ${LIMITS.importBytesMax / (1024 * 1024)} MB: split it into smaller files.`,
        });
        continue;
      }
      try {
        files.push({ name, content: decoder.decode(await readFile(name)) });
      } catch {
        problems.push({
          file: name,
          line: 1,
          column: null,
          reason: 'The file is not UTF-8: in your spreadsheet, save it as "CSV UTF-8".',
        });
      }
    }
  }
  return { files, problems };
}

export function formatProblem(p: ImportProblem): string {
  return `${p.file}:${p.line}${p.column ? ` ${p.column}` : ''} — ${p.reason}`;
}

function printOutcome(io: Output, outcome: ImportOutcome, organisation: string): void {
  if (!outcome.ok) {
    io.err(`Nothing was imported: ${outcome.problems.length} problem(s) to fix first.`);
    for (const problem of outcome.problems) io.err(formatProblem(problem));
    return;
  }
  io.out(
    outcome.dryRun
      ? `Dry run for ${organisation}: the files can be imported; nothing was written. It would give:`
      : `Imported into ${organisation}:`,
  );
  for (const kind of IMPORT_ORDER) {
    if (!outcome.files.some((f) => f.kind === kind) || !outcome.counts) continue;
    const c = outcome.counts[kind];
    io.out(`  ${kind.padEnd(15)} ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`);
  }
}
