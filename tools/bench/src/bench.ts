/**
 * `npm run bench`: the speed targets of issue 3, measured in one run, side by side with NetworkX.
 *
 * 1. generates the synthetic neighbourhood (10,000 people, 50,000 ties, seed 1) into a new directory
 *    tmp/bench/10000x50000-seed1-XXXXXX/ (or `--dir`);
 * 2. times our phases (./phases.ts), each in a child process of its own: median of `--reps` (≥ 3) runs after
 *    a warm-up, peak RSS and heap;
 * 3. runs tools/bench/networkx_report.py on the same CSV files (one run: NetworkX's exact betweenness alone
 *    takes minutes), unless `--no-networkx` or python3/NetworkX is missing (then it says so);
 * 4. checks that both computed the same figures, and writes the results into docs/benchmarks.md (between the
 *    `<!-- bench:start -->` and `<!-- bench:end -->` markers), on stdout and, raw, into results.json in that directory
 *    (`--render DIR/results.json` writes the doc again from them without measuring).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { edgesCsv, generateNeighbourhood, nodesCsv } from '../../synthetic/src/generate-neighbourhood';
import type { Report } from '../../analyze/src/report';
import { compareReports, type Agreement } from './compare';
import { renderResults, type BenchResults, type NetworkxResult } from './markdown';
import { PHASES, runPhase, type Phase, type PhaseResult } from './phases';

const ROOT = join(__dirname, '..', '..');
const PYTHON = '/usr/bin/python3';
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

function options(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      phase: { type: 'string' },
      render: { type: 'string' },
      edges: { type: 'string' },
      nodes: { type: 'string' },
      report: { type: 'string' },
      people: { type: 'string', default: '10000' },
      ties: { type: 'string', default: '50000' },
      seed: { type: 'string', default: '1' },
      reps: { type: 'string', default: '3' },
      'no-networkx': { type: 'boolean', default: false },
      doc: { type: 'string', default: join(ROOT, 'docs', 'benchmarks.md') },
      dir: { type: 'string' },
    },
  });
  const whole = (name: 'people' | 'ties' | 'seed' | 'reps'): number => {
    const value = Number(values[name]);
    if (!Number.isSafeInteger(value)) throw new Error(`--${name} must be a whole number, got "${values[name]}"`);
    return value;
  };
  const reps = whole('reps');
  if (reps < 3) throw new Error('--reps must be at least 3 (the median of three or more runs)');
  return { ...values, people: whole('people'), ties: whole('ties'), seed: whole('seed'), reps };
}

/** Our side of one phase, in a fresh `node --expose-gc` process. */
function childPhase(phase: Phase, args: string[]): PhaseResult {
  const result = spawnSync(process.execPath, ['--expose-gc', __filename, '--phase', phase, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`bench: phase ${phase} failed (exit ${result.status})`);
  return JSON.parse(result.stdout);
}

function networkx(args: string[]): NetworkxResult | { skipped: string } {
  if (!existsSync(PYTHON)) return { skipped: `${PYTHON} not found` };
  const probe = spawnSync(PYTHON, ['-c', 'import networkx'], { encoding: 'utf8' });
  if (probe.status !== 0) return { skipped: 'NetworkX is not installed (apt-get install -y python3-networkx)' };
  const result = spawnSync(PYTHON, [join(ROOT, 'tools', 'bench', 'networkx_report.py'), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    // the report of 10,000 nodes is several MB of JSON: the default 1 MB buffer would kill the child
    maxBuffer: 512 * 1024 * 1024,
  });
  if (result.status !== 0) {
    return {
      skipped: `networkx_report.py failed (exit ${result.status}${result.error ? `: ${result.error.message}` : ''})`,
    };
  }
  return JSON.parse(result.stdout);
}

function command(name: string, args: string[]): string {
  const result = spawnSync(name, args, { encoding: 'utf8' });
  return result.status === 0 ? result.stdout : `(${name} not available)`;
}

function log(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}

export function main(argv: string[]): number {
  const settings = options(argv);
  if (settings.phase !== undefined) {
    if (!(PHASES as readonly string[]).includes(settings.phase) || !settings.edges || !settings.nodes) {
      throw new Error(`bench: --phase needs one of ${PHASES.join(', ')} with --edges and --nodes`);
    }
    const result = runPhase(settings.phase as Phase, {
      edges: settings.edges,
      nodes: settings.nodes,
      seed: settings.seed,
      reps: settings.reps,
      report: settings.report,
    });
    process.stdout.write(JSON.stringify(result) + '\n');
    return 0;
  }

  if (settings.render !== undefined) {
    // re-render the doc from a saved run (its results.json), e.g. after changing the layout
    writeDoc(settings.doc, JSON.parse(readFileSync(settings.render, 'utf8')));
    return 0;
  }

  const { people, ties, seed, reps } = settings;
  // a directory of its own, so that two benches at once do not overwrite each other's files
  mkdirSync(join(ROOT, 'tmp', 'bench'), { recursive: true });
  const dir = settings.dir ?? mkdtempSync(join(ROOT, 'tmp', 'bench', `${people}x${ties}-seed${seed}-`));
  mkdirSync(dir, { recursive: true });
  const edges = join(dir, 'edges.csv');
  const nodes = join(dir, 'nodes.csv');
  const ourReport = join(dir, 'weefsel-report.json');
  const theirReport = join(dir, 'networkx-report.json');
  const loadBefore = loadavg();
  const started = new Date();

  log(`generating ${people} people and ${ties} ties (seed ${seed}) in ${relative(process.cwd(), dir) || '.'}`);
  const neighbourhood = generateNeighbourhood({ people, ties, seed });
  writeFileSync(edges, edgesCsv(neighbourhood));
  writeFileSync(nodes, nodesCsv(neighbourhood));

  const common = ['--edges', edges, '--nodes', nodes, '--seed', String(seed), '--reps', String(reps)];
  const ours: Partial<Record<Phase, PhaseResult>> = {};
  for (const phase of PHASES) {
    log(`our phase "${phase}": a warm-up and ${reps} timed runs`);
    ours[phase] = childPhase(phase, phase === 'whole' ? [...common, '--report', ourReport] : common);
    log(`  median ${(ours[phase] as PhaseResult).median.toFixed(3)} s`);
  }

  let nx: NetworkxResult | { skipped: string };
  if (settings['no-networkx']) {
    nx = { skipped: '--no-networkx' };
  } else {
    log('NetworkX on the same CSV files (one run; exact betweenness takes minutes)');
    nx = networkx([edges, nodes, '--seed', String(seed), '--report', theirReport]);
  }
  let agreement: Agreement | null = null;
  if (!('skipped' in nx)) {
    const mine: Report = JSON.parse(readFileSync(ourReport, 'utf8'));
    const theirs: Report = JSON.parse(readFileSync(theirReport, 'utf8'));
    agreement = compareReports(mine, theirs);
  }

  const results: BenchResults = {
    date: started.toISOString(),
    people,
    ties,
    seed,
    reps,
    machine: {
      nproc: command('nproc', []),
      free: command('free', ['-h']),
      cpuModel: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      loadBefore,
      loadAfter: loadavg(),
    },
    neighbourhood: {
      streets: neighbourhood.streets,
      buurten: neighbourhood.buurten,
      households: neighbourhood.households,
    },
    ours: ours as Record<Phase, PhaseResult>,
    networkx: nx,
    agreement,
  };
  writeFileSync(join(dir, 'results.json'), JSON.stringify(results, null, 1));
  writeDoc(settings.doc, results);
  return 0;
}

/** Puts the rendered results between the markers of the doc (or appends them), and on stdout. */
function writeDoc(doc: string, results: BenchResults): void {
  const section = renderResults(results);
  process.stdout.write(section + '\n');
  const current = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const updated =
    start >= 0 && end > start
      ? `${current.slice(0, start + START.length)}\n\n${section}\n${current.slice(end)}`
      : `${current.trimEnd()}\n\n${START}\n\n${section}\n${END}\n`;
  writeFileSync(doc, updated);
  log(`wrote the results into ${relative(process.cwd(), doc)}`);
}
