/** Entry point of dist/tools/bench.js (bundled by tools/scripts/build-tools.mjs). */
import { main } from './bench';

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
}
