/**
 * Export over GraphQL: a community worker's places (or one of them and everything below it) as CSV files that
 * import back, or as one JSON document. Personal data, so WORKER only, and written to the audit log.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '../auth/access.service';
import { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { bundleToCsvFiles, bundleToJsonFile, ExportedFile } from './csv-write';
import { readBundle } from './export-bundle';
import { IMPORT_ORDER, ImportBundle } from './import-rows';
import { ExportFormat } from './models/import-report.model';

export function exportFiles(bundle: ImportBundle, format: ExportFormat): ExportedFile[] {
  return format === ExportFormat.CSV ? bundleToCsvFiles(bundle) : [bundleToJsonFile(bundle)];
}

/** Rows per kind, for the audit log. */
export function rowCounts(bundle: ImportBundle): Record<string, number> {
  return Object.fromEntries(IMPORT_ORDER.map((kind) => [kind, bundle[kind].length]));
}

@Injectable()
export class ExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async exportData(viewer: Viewer, format: ExportFormat, placeId?: string): Promise<ExportedFile[]> {
    this.access.assertPersonalData(viewer);
    const places = await this.access.placesUnder(viewer, placeId);
    return this.db.transaction(async (em) => {
      const bundle = await readBundle(em, viewer.tenantId, places);
      await this.audit.record(viewer, 'EXPORT', 'export', placeId ?? null, { format, rows: rowCounts(bundle) }, em);
      return exportFiles(bundle, format);
    });
  }
}
