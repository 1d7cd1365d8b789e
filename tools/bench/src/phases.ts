/**
 * The timed phases of the benchmark. Each runs in a child process of its own (./bench.ts starts them), so
 * that its peak RSS is its own: one warm-up run, then `reps` timed runs with a garbage collection before
 * each (when node runs with --expose-gc), and the median.
 *
 * - `except-betweenness` (a): read both CSV files, build the graph, every figure of the report but betweenness;
 * - `betweenness` (b): exact betweenness of the graph (built beforehand, not timed);
 * - `whole` (c): read, build and the whole report, as `npm run analyze -- --json` (without printing it);
 * - `figures`: each step of (c) timed on its own, for the per-figure table.
 * Every phase ends in memory: printing the JSON is not timed (nor is NetworkX's).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  articulationPoints,
  betweenness,
  bridges,
  buildGraph,
  clustering,
  componentSummary,
  constraint,
  density,
  effectiveSize,
  isolates,
  localBridges,
  louvain,
  type WeightedGraph,
} from '@weefsel/graph';
import { readEdgeList, type EdgeList } from '../../analyze/src/read-edge-list';
import { analyzeNetwork } from '../../analyze/src/report';

export const PHASES = ['except-betweenness', 'betweenness', 'whole', 'figures'] as const;
export type Phase = (typeof PHASES)[number];

export interface PhaseInput {
  edges: string;
  nodes: string;
  seed: number;
  reps: number;
  /** `whole` writes its report here, for the comparison with NetworkX's */
  report?: string;
}

export interface PhaseResult {
  phase: Phase;
  /** seconds of each timed run (not the warm-up) */
  runs: number[];
  median: number;
  /** per step, median seconds (phase `figures` only) */
  steps?: Record<string, number>;
  /** process peak resident set size, MB */
  peakRssMb: number;
  /** V8 heap in use right after the last run, while its result is still held, MB */
  heapUsedMb: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function readList(input: PhaseInput): EdgeList {
  return readEdgeList(
    { text: readFileSync(input.edges, 'utf8'), file: input.edges },
    { text: readFileSync(input.nodes, 'utf8'), file: input.nodes },
  );
}

function graphOf(list: EdgeList): WeightedGraph {
  return buildGraph({ nodes: list.nodes, edges: list.edges }, { duplicates: 'max' });
}

function seconds(action: () => unknown): [number, unknown] {
  const start = process.hrtime.bigint();
  const value = action();
  return [Number(process.hrtime.bigint() - start) / 1e9, value];
}

/** Runs `action` once to warm up and `reps` times timed. */
function repeat(reps: number, action: () => unknown): { runs: number[]; last: unknown } {
  action();
  const runs: number[] = [];
  let last: unknown;
  for (let i = 0; i < reps; i++) {
    collect();
    const [time, value] = seconds(action);
    runs.push(time);
    last = value;
  }
  return { runs, last };
}

function figureSteps(input: PhaseInput): Record<string, () => unknown> {
  let list: EdgeList | null = null;
  let graph: WeightedGraph | null = null;
  const g = (): WeightedGraph => graph as WeightedGraph;
  return {
    'read CSV': () => (list = readList(input)),
    'build graph': () => (graph = graphOf(list as EdgeList)),
    density: () => density(g()),
    components: () => componentSummary(g()),
    isolates: () => isolates(g()),
    bridges: () => bridges(g()),
    'local bridges': () => localBridges(g()),
    'articulation points': () => articulationPoints(g()),
    'louvain + modularity': () => louvain(g(), { seed: input.seed }),
    clustering: () => clustering(g()),
    constraint: () => constraint(g()),
    'effective size': () => effectiveSize(g()),
  };
}

export function runPhase(phase: Phase, input: PhaseInput): PhaseResult {
  let runs: number[];
  let last: unknown;
  let steps: Record<string, number> | undefined;
  switch (phase) {
    case 'except-betweenness':
      ({ runs, last } = repeat(input.reps, () =>
        analyzeNetwork(graphOf(readList(input)), { seed: input.seed, betweenness: false }),
      ));
      break;
    case 'betweenness': {
      const graph = graphOf(readList(input));
      ({ runs, last } = repeat(input.reps, () => betweenness(graph, { exactUpTo: Infinity })));
      break;
    }
    case 'whole':
      ({ runs, last } = repeat(input.reps, () => analyzeNetwork(graphOf(readList(input)), { seed: input.seed })));
      if (input.report) writeFileSync(input.report, JSON.stringify(last));
      break;
    case 'figures': {
      const all = figureSteps(input);
      const times: Record<string, number[]> = Object.fromEntries(Object.keys(all).map((name) => [name, []]));
      for (let rep = 0; rep <= input.reps; rep++) {
        collect();
        for (const [name, step] of Object.entries(all)) {
          const [time] = seconds(step);
          if (rep > 0) times[name].push(time); // rep 0 is the warm-up
        }
      }
      steps = Object.fromEntries(Object.entries(times).map(([name, t]) => [name, median(t)]));
      runs = Array.from({ length: input.reps }, (_, i) => Object.values(times).reduce((sum, t) => sum + t[i], 0));
      break;
    }
  }
  const memory = process.memoryUsage();
  void last;
  return {
    phase,
    runs,
    median: median(runs),
    ...(steps ? { steps } : {}),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb: memory.heapUsed / (1024 * 1024),
  };
}
