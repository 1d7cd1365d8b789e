#!/usr/bin/env node
/**
 * `npm run import -- FILE…`, `npm run export -- …`, `npm run seed`: builds the API if needed and runs its
 * operator CLI (dist/apps/api/cli.js) with the given command.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: process.env.NX_DAEMON ?? 'false' };
const [command, ...args] = process.argv.slice(2);

const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'nx', 'dist', 'bin', 'nx.js'), 'run', 'api:build', '--output-style=static'],
  { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] },
);
if (build.status !== 0) {
  console.error('Building the API failed: run `npx nx run api:build` to see why.');
  process.exit(build.status ?? 1);
}
const result = spawnSync(process.execPath, [join(root, 'dist', 'apps', 'api', 'cli.js'), command, ...args], {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  env,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
