/**
 * Weefsel's operator CLI, on the same database as the server. With embedded PGlite, stop the server first:
 * PGlite allows one process at a time.
 *
 *   seed [--today YYYY-MM-DD]                  the demo neighbourhood (once; refused in production)
 *   import FILE… [--tenant ID] [--dry-run]     CSV import, all-or-nothing, idempotent (docs/import-format.md)
 *   export --format csv|json --out DIR [--tenant ID] [--place ID]
 *   org:create --name NAME --admin-email E --admin-password P [--admin-name N]
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { isIsoDate } from '@weefsel/domain';
import { DataSource } from 'typeorm';
import { createOrganisation } from './app/cli/create-organisation';
import { runExport } from './app/cli/export-command';
import { runImport } from './app/cli/import-command';
import { openDatabase } from './app/cli/open-database';
import { loadConfig } from './app/config/app-config';
import { seedDemo } from './app/seed/seed-demo';

const USAGE = `Usage: node dist/apps/api/cli.js COMMAND
  seed [--today YYYY-MM-DD]
  import FILE… [--tenant ID] [--dry-run]
  export --format csv|json --out DIR [--tenant ID] [--place ID]
  org:create --name NAME --admin-email EMAIL --admin-password PASSWORD [--admin-name NAME]`;

async function withDatabase(fn: (db: DataSource) => Promise<number>): Promise<number> {
  const db = await openDatabase(loadConfig());
  try {
    return await fn(db);
  } finally {
    await db.destroy();
  }
}

async function seed(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { today: { type: 'string' } } });
  if (values.today && !isIsoDate(values.today)) {
    console.error(`--today must be a date written YYYY-MM-DD, got "${values.today}"`);
    return 2;
  }
  const config = loadConfig();
  return withDatabase(async (db) => {
    const result = await seedDemo(db, { production: config.production, today: values.today });
    if (!result.created) {
      console.log('Demo neighbourhood already present: nothing to do.');
    } else {
      const summary = Object.entries(result.counts)
        .map(([kind, n]) => `${n} ${kind}`)
        .join(', ');
      console.log(`Demo neighbourhood created: ${summary}.`);
    }
    return 0;
  });
}

async function orgCreate(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      name: { type: 'string' },
      'admin-email': { type: 'string' },
      'admin-password': { type: 'string' },
      'admin-name': { type: 'string' },
    },
  });
  if (!values.name || !values['admin-email'] || !values['admin-password']) {
    console.error(USAGE);
    return 2;
  }
  return withDatabase(async (db) => {
    const result = await createOrganisation(db, {
      name: values.name as string,
      adminEmail: values['admin-email'] as string,
      adminPassword: values['admin-password'] as string,
      adminName: values['admin-name'] ?? '',
    });
    console.log(JSON.stringify(result));
    return 0;
  });
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'seed':
      return seed(rest);
    case 'import':
      return withDatabase((db) => runImport(db, rest));
    case 'export':
      return withDatabase((db) => runExport(db, rest));
    case 'org:create':
      return orgCreate(rest);
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
