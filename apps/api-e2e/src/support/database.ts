/**
 * With DATABASE_URL set, every run gets a fresh database on that server (dropped afterwards);
 * without it, a fresh PGlite directory in the system's temp folder.
 */
import { Client } from 'pg';

export async function createFreshDatabase(serverUrl: string): Promise<{ url: string; name: string }> {
  const name = `weefsel_e2e_${Date.now()}_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), name };
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
