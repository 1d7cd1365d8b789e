import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { ExportArgs } from './dto/export.args';
import { ImportCsvArgs } from './dto/import-csv.args';
import { ExportService } from './export.service';
import { ImportService, toImportReport } from './import.service';
import { ExportResultModel, ImportReportModel } from './models/import-report.model';

@Resolver()
export class ImportExportResolver {
  constructor(
    private readonly imports: ImportService,
    private readonly exports: ExportService,
  ) {}

  @Mutation(() => ImportReportModel, {
    description:
      'Import CSV files of places, people, collectives, memberships, initiatives, participations and ties, ' +
      'all or nothing. Bad rows are not an error: the report lists them (ok = false) and nothing is written. ' +
      'See docs/import-format.md.',
  })
  async importCsv(@CurrentViewer() viewer: Viewer, @Args() args: ImportCsvArgs): Promise<ImportReportModel> {
    return toImportReport(await this.imports.importCsv(viewer, args.files, args.dryRun));
  }

  @Query(() => ExportResultModel, {
    description: 'Your places as CSV files (one per kind, ready to import again) or one JSON file (WORKER).',
  })
  async exportData(@CurrentViewer() viewer: Viewer, @Args() args: ExportArgs): Promise<ExportResultModel> {
    return { files: await this.exports.exportData(viewer, args.format, args.placeId) };
  }
}
