/**
 * `export --format csv|json --out DIR [--tenant ID] [--place ID]`: writes an organisation's data, or one place
 * and everything below it, as CSV files that import again (one per kind) or one JSON file. As the operator:
 * no place limits. Written to the audit log, like every export of personal data.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { readBundle } from '../import-export/export-bundle';
import { exportFiles, rowCounts } from '../import-export/export.service';
import { ExportFormat } from '../import-export/models/import-report.model';
import { OperatorError, resolveTenant } from '../import-export/operator-tenant';
import { PlaceEntity } from '../places/place.entity';
import { Output } from './import-command';

export const EXPORT_USAGE = 'export --format csv|json --out DIR [--tenant ID] [--place ID|EXTERNAL_ID]';

const CONSOLE: Output = { out: (l) => console.log(l), err: (l) => console.error(l) };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function runExport(db: DataSource, args: string[], io: Output = CONSOLE): Promise<number> {
  let values: { format?: string; out?: string; tenant?: string; place?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        tenant: { type: 'string' },
        place: { type: 'string' },
      },
    }));
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\nUsage: ${EXPORT_USAGE}`);
    return 2;
  }
  const format = values.format?.toUpperCase();
  if ((format !== ExportFormat.CSV && format !== ExportFormat.JSON) || !values.out) {
    io.err(`Say which format (csv or json) and where to write the files (--out DIR).\nUsage: ${EXPORT_USAGE}`);
    return 2;
  }
  try {
    const tenant = await resolveTenant(db, values.tenant);
    const place = values.place ? await findPlace(db, tenant.id, values.place) : null;
    const placeIds = place ? await subtree(db, tenant.id, place.id) : null;
    const files = await db.transaction(async (em) => {
      const bundle = await readBundle(em, tenant.id, placeIds);
      await em.getRepository(AuditLogEntity).insert({
        tenantId: tenant.id,
        userId: null,
        action: 'EXPORT',
        entity: 'export',
        entityId: place?.id ?? null,
        detail: { format, by: 'operator', rows: rowCounts(bundle) } as never,
      });
      return exportFiles(bundle, format);
    });
    await mkdir(values.out, { recursive: true });
    for (const file of files) await writeFile(join(values.out, file.name), file.content, 'utf8');
    io.out(
      files.length
        ? `Exported ${tenant.name}${place ? `, ${place.name} and below` : ''}, to ${values.out}: ${files.map((f) => f.name).join(', ')}`
        : `There is nothing to export for ${tenant.name}${place ? ` in ${place.name}` : ''}.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof OperatorError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
}

async function findPlace(db: DataSource, tenantId: string, idOrKey: string): Promise<PlaceEntity> {
  const repo = db.getRepository(PlaceEntity);
  const found =
    (UUID.test(idOrKey) ? await repo.findOne({ where: { tenantId, id: idOrKey.toLowerCase() } }) : null) ??
    (await repo.findOne({ where: { tenantId, externalId: idOrKey } }));
  if (!found) throw new OperatorError(`No place "${idOrKey}" (id or external id) in this organisation.`);
  return found;
}

/** The place and every place below it. */
async function subtree(db: DataSource, tenantId: string, placeId: string): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `WITH RECURSIVE sub(id) AS (
       SELECT id FROM place WHERE id = $1 AND tenant_id = $2
       UNION
       SELECT c.id FROM place c JOIN sub s ON c.parent_id = s.id WHERE c.tenant_id = $2)
     SELECT id FROM sub`,
    [placeId, tenantId],
  );
  return rows.map((r) => r.id);
}
