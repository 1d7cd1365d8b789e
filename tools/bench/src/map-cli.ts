/** Entry point of dist/tools/bench-map.js (bundled by tools/scripts/build-tools.mjs). */
import { main } from './map-bench';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
