import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';

/** Opens the database the server would use and brings its schema up to date. */
export async function openDatabase(config: AppConfig): Promise<DataSource> {
  const db = new DataSource(dataSourceOptions(config));
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  return db;
}
