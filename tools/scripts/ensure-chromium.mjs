#!/usr/bin/env node
/**
 * The browser tests (apps/web-e2e) drive Debian's Chromium through playwright-core; nothing is downloaded
 * from a browser CDN. Before `npm test`: use CHROMIUM_PATH or /usr/bin/chromium when present, otherwise
 * install Debian's package when we may (root with apt-get), otherwise say what to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('Chromium is missing: installing Debian’s chromium package for the browser tests …');
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  if (existsSync(path)) process.exit(0);
}
console.error(
  `The browser tests need Chromium at ${path}. Install it with \`sudo apt-get install -y chromium\` ` +
    '(Debian/Ubuntu), or point CHROMIUM_PATH at a Chromium or Chrome binary.',
);
process.exit(1);
