/**
 * Import over GraphQL: who may import what, then one all-or-nothing transaction (import-files.ts).
 * A WORKER imports rows in their own places only; an ADMIN imports places only (no residents' data);
 * CORPORATION and ANALYST may not import. The database step itself, `applyBundle`, is in apply/ and is used
 * by the CLI and the demo seed too.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserRole } from '@weefsel/domain';
import { DataSource } from 'typeorm';
import { AccessService } from '../auth/access.service';
import { Viewer } from '../auth/viewer';
import { forbidden } from '../common/app-error';
import { ImportFile, parseImportFiles } from './csv-parse';
import { ImportOutcome, importParsed } from './import-files';
import { IMPORT_ORDER } from './import-rows';
import { ImportReportModel } from './models/import-report.model';

export { applyBundle, ImportRejected } from './apply/apply-bundle';
export type { ApplyOptions } from './apply/apply-bundle';

/** A report lists this many problems at most (with the total): enough to fix a file, small enough to send. */
export const PROBLEMS_REPORTED_MAX = 1000;

export function toImportReport(outcome: ImportOutcome): ImportReportModel {
  const counts = outcome.counts;
  return {
    ok: outcome.ok,
    dryRun: outcome.dryRun,
    problems: outcome.problems.slice(0, PROBLEMS_REPORTED_MAX),
    problemCount: outcome.problems.length,
    counts: counts
      ? IMPORT_ORDER.filter((kind) => outcome.files.some((f) => f.kind === kind)).map((kind) => ({
          kind,
          ...counts[kind],
        }))
      : [],
  };
}

@Injectable()
export class ImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async importCsv(viewer: Viewer, files: ImportFile[], dryRun: boolean): Promise<ImportOutcome> {
    if (viewer.role !== UserRole.WORKER && viewer.role !== UserRole.ADMIN) {
      throw forbidden('Importing is for the community workers and administrators of your organisation.');
    }
    const parsed = parseImportFiles(files);
    if (viewer.role === UserRole.ADMIN && parsed.files.some((f) => f.kind !== null && f.kind !== 'places')) {
      throw forbidden(
        'Administrators import places only; residents, collectives, initiatives and ties are imported by the community workers of those places.',
      );
    }
    // read before the transaction: PGlite has one connection, and the scope query does not run inside it
    const scope = viewer.role === UserRole.WORKER ? await this.access.placeScope(viewer) : null;
    const outcome = await importParsed(this.db, viewer.tenantId, parsed, {
      scope,
      userId: viewer.userId,
      recordedBy: viewer.displayName,
      dryRun,
    });
    if (outcome.ok && !dryRun) viewer.placeScope = undefined; // new places are in scope now
    return outcome;
  }
}
