/**
 * Writes an import bundle as files: one CSV per kind (only the kinds that have rows, so every file imports
 * back), or one JSON document. CSV cells that a spreadsheet would run as a formula are escaped
 * (see `escapeFormula`); the import undoes that.
 */
import Papa from 'papaparse';
import { Column, COLUMNS, escapeFormula } from './csv-format';
import { IMPORT_ORDER, ImportBundle } from './import-rows';

export interface ExportedFile {
  name: string;
  content: string;
}

export function bundleToCsvFiles(bundle: ImportBundle): ExportedFile[] {
  return IMPORT_ORDER.filter((kind) => bundle[kind].length > 0).map((kind) => {
    const columns = COLUMNS[kind] as Column<unknown>[];
    const data = (bundle[kind] as unknown[]).map((row) => columns.map((c) => escapeFormula(c.write(row))));
    return {
      name: `${kind}.csv`,
      content: `${Papa.unparse({ fields: columns.map((c) => c.name), data }, { newline: '\r\n' })}\r\n`,
    };
  });
}

export const JSON_FORMAT = 'weefsel-import-bundle';

/** The bundle as one JSON document, with what it is and when it was made. */
export function bundleToJsonFile(bundle: ImportBundle, exportedAt: Date = new Date()): ExportedFile {
  return {
    name: 'weefsel-export.json',
    content: `${JSON.stringify({ format: JSON_FORMAT, version: 1, exportedAt: exportedAt.toISOString(), ...bundle }, null, 2)}\n`,
  };
}
