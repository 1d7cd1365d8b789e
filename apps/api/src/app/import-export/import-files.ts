/**
 * One import from start to end, shared by the GraphQL mutation and the CLI: read the files, apply them in one
 * transaction, and report. All or nothing: a single problem anywhere (in a cell, or against the database)
 * rolls everything back. A dry run checks everything, database included, and rolls back too.
 */
import { DataSource } from 'typeorm';
import { ApplyOptions, applyBundle, ImportRejected } from './apply/apply-bundle';
import { ParsedFileInfo, ParseResult } from './csv-parse';
import { ImportCounts, ImportProblem } from './import-rows';

export interface ImportOutcome {
  /** true when nothing was wrong (and, unless a dry run, everything was written) */
  ok: boolean;
  dryRun: boolean;
  problems: ImportProblem[];
  /** what was (or, in a dry run, would be) created, updated and left unchanged; null when not ok */
  counts: ImportCounts | null;
  files: ParsedFileInfo[];
}

export type ImportOptions = Omit<ApplyOptions, 'sources' | 'rejectedIds'> & { dryRun: boolean };

class RollBack extends Error {
  constructor(readonly counts: ImportCounts) {
    super('roll back');
  }
}

export async function importParsed(
  db: DataSource,
  tenantId: string,
  parsed: ParseResult,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const outcome = (problems: ImportProblem[], counts: ImportCounts | null): ImportOutcome => ({
    ok: problems.length === 0,
    dryRun: options.dryRun,
    problems: sortProblems(problems, parsed.files),
    counts: problems.length ? null : counts,
    files: parsed.files,
  });
  // a file whose kind is unknown leaves every reference to its rows dangling: report the file alone
  if (parsed.files.some((f) => f.kind === null)) return outcome(parsed.problems, null);

  const { dryRun, ...applyOptions } = options;
  try {
    const counts = await db.transaction(async (em) => {
      const result = await applyBundle(em, tenantId, parsed.bundle, {
        ...applyOptions,
        sources: parsed.sources,
        rejectedIds: parsed.rejectedIds,
      });
      if (dryRun || parsed.problems.length) throw new RollBack(result);
      return result;
    });
    return outcome([], counts);
  } catch (error) {
    if (error instanceof RollBack) return outcome(parsed.problems, error.counts);
    if (error instanceof ImportRejected) return outcome([...parsed.problems, ...error.problems], null);
    throw error;
  }
}

/** In the order of the files as given, then by line; problems of one line keep their column order. */
function sortProblems(problems: ImportProblem[], files: ParsedFileInfo[]): ImportProblem[] {
  const order = new Map(files.map((f, i) => [f.name, i]));
  return [...problems].sort(
    (a, b) => (order.get(a.file) ?? files.length) - (order.get(b.file) ?? files.length) || a.line - b.line,
  );
}
