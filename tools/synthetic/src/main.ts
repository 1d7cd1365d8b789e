/**
 * `npm run synthetic -- --people 10000 --ties 50000 --seed 1 --out DIR`: writes DIR/edges.csv and DIR/nodes.csv.
 * `main(argv, io)` returns the exit code (0 done, 2 bad command line); ./cli.ts wires it to the process.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULTS, edgesCsv, generateNeighbourhood, nodesCsv } from './generate-neighbourhood';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  writeFile(path: string, text: string): void;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeFile: (path, text) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  },
};

export const USAGE = `Usage: npm run synthetic -- --out DIR [--people N] [--ties M] [--seed S]

  --out DIR      writes DIR/edges.csv (source,target,weight) and DIR/nodes.csv (id,street,household)
  --people N     number of people (default ${DEFAULTS.people})
  --ties M       number of distinct ties (default ${DEFAULTS.ties})
  --seed S       the same seed gives the same files, byte for byte (default ${DEFAULTS.seed})
`;

function whole(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^[+-]?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new Error(`${name} must be a whole number, got "${value}"`);
  }
  return Number(value);
}

export function main(argv: string[], io: Io = processIo): number {
  let people: number;
  let ties: number;
  let seed: number;
  let out: string;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        people: { type: 'string' },
        ties: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (positionals.length > 0) throw new Error(`unexpected argument ${positionals[0]}`);
    if (values.out === undefined) throw new Error('--out DIR is required');
    out = values.out;
    people = whole('--people', values.people, DEFAULTS.people);
    ties = whole('--ties', values.ties, DEFAULTS.ties);
    seed = whole('--seed', values.seed, DEFAULTS.seed);
  } catch (error) {
    io.stderr(`synthetic: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  let neighbourhood;
  try {
    neighbourhood = generateNeighbourhood({ people, ties, seed });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n`);
    return 2;
  }
  io.writeFile(join(out, 'edges.csv'), edgesCsv(neighbourhood));
  io.writeFile(join(out, 'nodes.csv'), nodesCsv(neighbourhood));
  const { streets, buurten, households, isolates } = neighbourhood;
  io.stdout(
    `synthetic: wrote ${join(out, 'edges.csv')} (${neighbourhood.ties.length} ties) and ${join(out, 'nodes.csv')} ` +
      `(${people} people in ${households} households on ${streets} streets in ${buurten} buurten; ${isolates} without ties)\n`,
  );
  return 0;
}
