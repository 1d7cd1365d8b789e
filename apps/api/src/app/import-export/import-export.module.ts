import { Module } from '@nestjs/common';
import { ExportService } from './export.service';
import { ImportExportResolver } from './import-export.resolver';
import { ImportService } from './import.service';

/** CSV import and CSV/JSON export (docs/import-format.md). `applyBundle` works without Nest, for the CLI and the seed. */
@Module({
  providers: [ImportService, ExportService, ImportExportResolver],
  exports: [ImportService, ExportService],
})
export class ImportExportModule {}
