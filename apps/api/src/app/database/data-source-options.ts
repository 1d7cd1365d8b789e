/**
 * One schema, two stores: a real PostgreSQL when DATABASE_URL is set, embedded PGlite (Postgres in WASM,
 * on disk under data/) otherwise. The same migrations run on both.
 */
import { types } from '@electric-sql/pglite';
import { types as pgTypes } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ENTITIES, MIGRATIONS } from './entities';
import { CountingLogger } from './query-stats';
import { serialPGliteDriver } from './serial-pglite-driver';

export function dataSourceOptions(config: Pick<AppConfig, 'databaseUrl' | 'pgliteDataDir'>): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: ['query', 'error'] as ('query' | 'error')[],
    logger: new CountingLogger(),
    maxQueryExecutionTime: 2000,
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
  };
  if (config.databaseUrl) {
    // DATE stays 'YYYY-MM-DD' in raw queries too, as with PGlite below (node-postgres would make a local Date)
    pgTypes.setTypeParser(pgTypes.builtins.DATE, (value: string) => value);
    return { ...common, url: config.databaseUrl, extra: { max: 10 } };
  }
  return {
    ...common,
    driver: serialPGliteDriver({
      dataDir: config.pgliteDataDir,
      // keep DATE columns as 'YYYY-MM-DD' strings, as TypeORM hands them out for node-postgres
      parsers: { [types.DATE]: (value: string) => value },
    }),
  };
}
