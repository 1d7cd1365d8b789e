/**
 * `npm run analyze -- EDGES.csv [--nodes NODES.csv] [--json] [--weighted] [--samples K] [--seed S]`
 *
 * `main(argv, io)` does everything but touch the process, and returns the exit code: 0 done, 1 bad input
 * (the message names the file and line), 2 bad command line. ./cli.ts wires it to the process.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildGraph } from '@weefsel/graph';
import { InputError, InputProblem, readEdgeList } from './read-edge-list';
import { analyzeNetwork } from './report';
import { formatSummary } from './summary';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** reads a file as UTF-8; throws Node's ENOENT error for a missing file */
  readFile(path: string): string;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
};

export const USAGE = `Usage: npm run analyze -- EDGES.csv [--nodes NODES.csv] [--json] [--weighted] [--samples K] [--seed S]

  EDGES.csv        header "source,target" or "source,target,weight" (weight > 0; ";" or tab also work)
  --nodes FILE     header "id": every person, so that those without ties count as isolates;
                   an edge to an id not in this file is then an error
  --json           one JSON object with every figure, instead of the readable summary
  --weighted       clustering, constraint and effective size weighted by tie strength
  --samples K      approximate betweenness from K random pivots (default: exact)
  --seed S         seed for Louvain and the pivots (default 1)

Duplicate edges (the same pair, in either order): the maximum weight counts; a warning says how many.
`;

const SHOWN_PROBLEMS = 10;

class UsageError extends Error {}

function wholeNumber(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[+-]?\d+$/.test(value.trim()) || Number(value) < min || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${name} must be a whole number${min > 0 ? ` ≥ ${min}` : ''}, got "${value}"`);
  }
  return Number(value);
}

function read(io: Io, path: string): string {
  try {
    return io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new InputError([new InputProblem(path, null, `cannot read: ${reason}`)]);
  }
}

function lines(numbers: number[], count: number): string {
  return `line${numbers.length === 1 ? '' : 's'} ${numbers.join(', ')}${count > numbers.length ? ', …' : ''}`;
}

export function main(argv: string[], io: Io = processIo): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        nodes: { type: 'string' },
        json: { type: 'boolean', default: false },
        weighted: { type: 'boolean', default: false },
        samples: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`analyze: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  let samples: number | undefined;
  let seed: number;
  try {
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0 ? 'no EDGES.csv given' : `one EDGES.csv expected, got ${positionals.join(' ')}`,
      );
    }
    samples = wholeNumber('--samples', values.samples, 1);
    seed = wholeNumber('--seed', values.seed, -Infinity) ?? 1;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`analyze: ${error.message}\n\n${USAGE}`);
    return 2;
  }

  const edgesFile = positionals[0];
  const nodesFile = values.nodes;
  try {
    const list = readEdgeList(
      { text: read(io, edgesFile), file: edgesFile },
      nodesFile === undefined ? undefined : { text: read(io, nodesFile), file: nodesFile },
    );
    const { duplicateEdges, duplicateNodes } = list;
    if (duplicateEdges.count > 0) {
      io.stderr(
        `analyze: warning: ${edgesFile}: ${duplicateEdges.count} duplicate edge${duplicateEdges.count === 1 ? '' : 's'} ` +
          `(a pair given again, in either order; ${lines(duplicateEdges.lines, duplicateEdges.count)}): ` +
          `the maximum weight counts\n`,
      );
    }
    if (duplicateNodes.count > 0 && nodesFile !== undefined) {
      io.stderr(
        `analyze: warning: ${nodesFile}: ${duplicateNodes.count} repeated id${duplicateNodes.count === 1 ? '' : 's'} ` +
          `(${lines(duplicateNodes.lines, duplicateNodes.count)}): counted once\n`,
      );
    }
    const graph = buildGraph({ nodes: list.nodes, edges: list.edges }, { duplicates: 'max' });
    const report = analyzeNetwork(graph, {
      seed,
      weighted: values.weighted,
      samples: samples === undefined ? undefined : Math.min(samples, graph.order),
    });
    io.stdout(values.json ? JSON.stringify(report) + '\n' : formatSummary(report));
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const shown = error.problems.slice(0, SHOWN_PROBLEMS).map((problem) => `analyze: ${problem}\n`);
    const more = error.problems.length - SHOWN_PROBLEMS;
    io.stderr(shown.join('') + (more > 0 ? `analyze: … and ${more} more problems\n` : ''));
    return 1;
  }
}
