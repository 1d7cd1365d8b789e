#!/usr/bin/env node
/**
 * `npm start`: builds the API and the web app (Nx caches unchanged builds), seeds the demo neighbourhood on
 * the first run, and starts Weefsel on embedded PGlite (or DATABASE_URL's PostgreSQL).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: process.env.NX_DAEMON ?? 'false' };

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

console.log('Weefsel: building the API and the web app …');
run(process.execPath, [
  join(root, 'node_modules', 'nx', 'dist', 'bin', 'nx.js'),
  'run-many',
  '-t',
  'build',
  '-p',
  'api',
  'web',
]);

const cli = join(root, 'dist', 'apps', 'api', 'cli.js');
if (!existsSync(cli)) {
  console.error('The API build did not produce dist/apps/api/cli.js');
  process.exit(1);
}
// the seed skips itself when the demo organisation is already there
run(process.execPath, [cli, 'seed']);

const port = process.env.PORT ?? '3000';
const server = spawn(process.execPath, [join(root, 'dist', 'apps', 'api', 'main.js')], {
  cwd: root,
  env: { ...env, PORT: port },
  stdio: 'inherit',
});
console.log(`
  Weefsel        http://localhost:${port}/
  GraphQL API    http://localhost:${port}/graphql
  Health         http://localhost:${port}/health
  Demo accounts  werker@demo.weefsel.nl · straat@demo.weefsel.nl · admin@demo.weefsel.nl
                 corporatie@demo.weefsel.nl · analist@demo.weefsel.nl   (password: weefsel-demo)
  Stop with Ctrl+C.
`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
