/** Entry point of dist/tools/analyze.js (bundled by tools/scripts/build-tools.mjs). */
import { main } from './main';

// exitCode, not process.exit(): a large JSON report on a pipe is flushed before the process ends
process.exitCode = main(process.argv.slice(2));
