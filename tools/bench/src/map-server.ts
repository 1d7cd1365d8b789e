/**
 * The built API for the map benchmark: the demo seeded into a fresh PGlite directory, CSV files imported with
 * the API's own CLI (the path an operator takes), then dist/apps/api/main.js serving GraphQL and the built web
 * app on a free port — and the few GraphQL calls the benchmark needs, over HTTP.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface Api {
  url: string;
  gql<T = unknown>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  login(email: string, password: string): Promise<string>;
  /** the id of the place with this name and level NEIGHBOURHOOD, as the admin sees it */
  placeId(adminToken: string, externalId: string, name: string): Promise<string>;
  createWorker(adminToken: string, email: string, password: string, placeId: string): Promise<void>;
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

export async function startApi(root: string, pgliteDir: string, importDirs: string[]): Promise<Api> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    PGLITE_DATA_DIR: pgliteDir,
    JWT_SECRET: 'bench-map-secret-not-for-production',
    WEB_DIST_DIR: join(root, 'dist/apps/web/browser'),
  };
  // the benchmark is about what a worker waits for on the embedded database of `npm start`
  delete env['DATABASE_URL'];
  const cli = join(root, 'dist/apps/api/cli.js');
  for (const args of [['seed'], ['import', ...importDirs]]) {
    const result = spawnSync(process.execPath, [cli, ...args], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`bench:map: cli ${args[0]} failed:\n${result.stdout}\n${result.stderr}`);
  }

  const child: ChildProcess = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], { env, stdio: 'pipe' });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bench:map: the API exited with ${child.exitCode}:\n${output}`);
    const healthy = await fetch(`${url}/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`bench:map: the API did not become healthy within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (!body.data || body.errors?.length)
      throw new Error(`bench:map: ${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
    return body.data;
  };

  return {
    url,
    gql,
    async login(email, password) {
      const query = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
      return (await gql<{ login: { accessToken: string } }>(query, { email, password })).login.accessToken;
    },
    async placeId(adminToken, externalId, name) {
      const query = `query { places(first: 200) { edges { node { id name level } } } }`;
      const places = (
        await gql<{ places: { edges: { node: { id: string; name: string; level: string } }[] } }>(query, {}, adminToken)
      ).places.edges.map((e) => e.node);
      const found = places.find((p) => p.name === name && p.level === 'NEIGHBOURHOOD');
      if (!found) throw new Error(`bench:map: the import made no buurt ${name} (${externalId})`);
      return found.id;
    },
    async createWorker(adminToken, email, password, placeId) {
      const query = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
      const input = { email, displayName: 'Bench Werker', role: 'WORKER', password, placeIds: [placeId] };
      await gql(query, { input }, adminToken);
    },
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
