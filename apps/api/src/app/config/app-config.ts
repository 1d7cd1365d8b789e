/**
 * Runtime settings, read once from the environment. Everything has a default that works on a laptop:
 * embedded PGlite under data/, port 3000, a JWT secret generated on first start and kept beside the data.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface AppConfig {
  port: number;
  /** a real PostgreSQL server; when absent, embedded PGlite is used */
  databaseUrl: string | null;
  /** PGlite's data directory; `memory://` keeps it in memory (tests) */
  pgliteDataDir: string;
  jwtSecret: string;
  /** lifetime of an access token */
  jwtExpiresInSeconds: number;
  production: boolean;
  /** add `extensions.sqlQueries` to every GraphQL response (diagnostics and tests only) */
  exposeQueryStats: boolean;
  /** the built web app, served at / when present */
  webDistDir: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env['NODE_ENV'] === 'production';
  const pgliteDataDir = env['PGLITE_DATA_DIR'] ?? resolve('data', 'pglite');
  const port = Number(env['PORT'] ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env['PORT']}"`);
  }
  return {
    port,
    databaseUrl: env['DATABASE_URL'] || null,
    pgliteDataDir,
    jwtSecret: env['JWT_SECRET'] || (production ? requiredInProduction('JWT_SECRET') : localSecret(pgliteDataDir)),
    jwtExpiresInSeconds: Number(env['JWT_EXPIRES_IN_SECONDS'] ?? 8 * 3600),
    production,
    exposeQueryStats: env['WEEFSEL_QUERY_STATS'] === '1' && !production,
    webDistDir: env['WEB_DIST_DIR'] ?? resolve('dist', 'apps', 'web', 'browser'),
  };
}

function requiredInProduction(name: string): never {
  throw new Error(`${name} must be set when NODE_ENV=production`);
}

/** A development secret kept beside the data, so tokens survive a restart but never leave the machine. */
function localSecret(pgliteDataDir: string): string {
  if (pgliteDataDir.startsWith('memory://')) return randomBytes(32).toString('hex');
  const file = join(dirname(pgliteDataDir), 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
