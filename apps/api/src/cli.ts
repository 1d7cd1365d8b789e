/**
 * Weefsel's operator CLI, on the same database as the server (stop the server first when on embedded
 * PGlite: it allows one process at a time).
 *
 *   node dist/apps/api/cli.js org:create --name NAME --admin-email E --admin-password P [--admin-name N]
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createOrganisation } from './app/cli/create-organisation';
import { openDatabase } from './app/cli/open-database';
import { loadConfig } from './app/config/app-config';

const USAGE = `Usage:
  org:create --name NAME --admin-email EMAIL --admin-password PASSWORD [--admin-name NAME]`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'org:create': {
      const { values } = parseArgs({
        args: rest,
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
      const db = await openDatabase(config);
      try {
        const result = await createOrganisation(db, {
          name: values.name,
          adminEmail: values['admin-email'],
          adminPassword: values['admin-password'],
          adminName: values['admin-name'] ?? '',
        });
        console.log(JSON.stringify(result));
        return 0;
      } finally {
        await db.destroy();
      }
    }
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
