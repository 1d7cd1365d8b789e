#!/usr/bin/env node
/**
 * Builds the analysts' tools with esbuild into dist/tools/*.js (one self-contained CommonJS file each:
 * TypeScript, the `@weefsel/*` path aliases of tsconfig.base.json and the npm packages bundled in), and
 * optionally runs one of them:
 *
 *   node tools/scripts/build-tools.mjs                    build all (the Nx target `tools:build`)
 *   node tools/scripts/build-tools.mjs --run analyze ARGS build, then `node dist/tools/analyze.js ARGS`
 *
 * The npm scripts (`npm run analyze -- …`, `npm run synthetic -- …`, `npm run bench`, `npm run bench:map`) use
 * `--run`, so they work from a fresh checkout after `npm install`; a build takes well under a second. Relative
 * paths in ARGS are taken from the directory npm was started in (INIT_CWD).
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TOOLS = {
  analyze: 'tools/analyze/src/cli.ts',
  synthetic: 'tools/synthetic/src/cli.ts',
  bench: 'tools/bench/src/cli.ts',
  'bench-map': 'tools/bench/src/map-cli.ts',
};

const argv = process.argv.slice(2);
let run = null;
let runArgs = [];
if (argv[0] === '--run') {
  run = argv[1];
  if (!(run in TOOLS)) {
    console.error(`build-tools: unknown tool "${run}" (one of ${Object.keys(TOOLS).join(', ')})`);
    process.exit(2);
  }
  runArgs = argv.slice(argv[2] === '--' ? 3 : 2);
} else if (argv.length > 0) {
  console.error('Usage: node tools/scripts/build-tools.mjs [--run analyze|synthetic|bench|bench-map [--] ARGS…]');
  process.exit(2);
}

try {
  await build({
    absWorkingDir: root,
    entryPoints: Object.entries(TOOLS).map(([name, entry]) => ({ in: entry, out: name })),
    outdir: 'dist/tools',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    tsconfig: 'tools/tsconfig.lib.json',
    sourcemap: 'linked',
    logLevel: 'warning',
    // drives the installed Chromium; it finds its own files at run time, so it is loaded from node_modules
    external: ['playwright-core'],
  });
} catch {
  // esbuild has printed the errors
  console.error('build-tools: the build failed');
  process.exit(1);
}

if (run) {
  const result = spawnSync(
    process.execPath,
    ['--enable-source-maps', join(root, 'dist', 'tools', `${run}.js`), ...runArgs],
    { cwd: process.env.INIT_CWD ?? process.cwd(), stdio: 'inherit' },
  );
  process.exit(result.status ?? 1);
}
