/**
 * Starts and stops the built API as a child process: the tests talk to it over HTTP only, as a client would.
 */
import { ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const WORKSPACE = resolve(__dirname, '../../../..');
export const API_MAIN = join(WORKSPACE, 'dist/apps/api/main.js');
export const API_CLI = join(WORKSPACE, 'dist/apps/api/cli.js');

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

export function newPgliteDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'weefsel-e2e-')), 'pglite');
}

/** Environment for the API and CLI: a database, a fixed secret, no web app, query counts on. */
export function apiEnv(store: { databaseUrl?: string; pgliteDataDir?: string }, port = 0): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    JWT_SECRET: 'e2e-secret-not-for-production',
    WEEFSEL_QUERY_STATS: '1',
    WEB_DIST_DIR: join(tmpdir(), 'weefsel-no-web'),
  };
  delete env['DATABASE_URL'];
  delete env['PGLITE_DATA_DIR'];
  if (store.databaseUrl) env['DATABASE_URL'] = store.databaseUrl;
  if (store.pgliteDataDir) env['PGLITE_DATA_DIR'] = store.pgliteDataDir;
  return env;
}

export async function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [API_CLI, ...args], {
    env,
    maxBuffer: 32 * 1024 * 1024,
  });
  return stdout;
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startServer(env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [API_MAIN], { env: { ...env, PORT: String(port) }, stdio: 'pipe' });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`API did not become healthy within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}
