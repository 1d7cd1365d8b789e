/** Entry point of dist/tools/synthetic.js (bundled by tools/scripts/build-tools.mjs). */
import { main } from './main';

process.exitCode = main(process.argv.slice(2));
