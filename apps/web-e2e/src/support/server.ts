/**
 * The built API as a child process, serving the built web app at / and GraphQL at /graphql, on a fresh PGlite
 * directory seeded with the demo neighbourhood. The browser reaches it over HTTP only, as a user's browser would.
 */
import { ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const WORKSPACE = resolve(__dirname, '../../../..');
const API_MAIN = join(WORKSPACE, 'dist/apps/api/main.js');
const API_CLI = join(WORKSPACE, 'dist/apps/api/cli.js');
const WEB_DIST = join(WORKSPACE, 'dist/apps/web/browser');

export interface RunningServer {
  url: string;
  /** the temporary folder holding the database; removed by `stop` */
  dir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
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

/** Seeds the demo neighbourhood into a new PGlite directory and starts the API with the web app on a free port. */
export async function startSeededServer(): Promise<RunningServer> {
  for (const file of [API_MAIN, API_CLI, join(WEB_DIST, 'index.html')]) {
    if (!existsSync(file))
      throw new Error(`web-e2e: ${file} is missing; run npx nx run web-e2e:test (it builds first)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'weefsel-web-e2e-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    PGLITE_DATA_DIR: join(dir, 'pglite'),
    JWT_SECRET: 'web-e2e-secret-not-for-production',
    WEB_DIST_DIR: WEB_DIST,
  };
  // always the embedded database: these tests are about the browser, not the store
  delete env['DATABASE_URL'];
  await promisify(execFile)(process.execPath, [API_CLI, 'seed'], { env, maxBuffer: 16 * 1024 * 1024 });

  const child = spawn(process.execPath, [API_MAIN], { env, stdio: 'pipe' });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`web-e2e: API exited with ${child.exitCode}:\n${output}`);
    const healthy = await fetch(`${url}/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`web-e2e: API did not become healthy within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    dir,
    process: child,
    stop: () =>
      new Promise<void>((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}
