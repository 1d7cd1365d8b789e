/** The results section of docs/benchmarks.md, written by `npm run bench`. */
import type { Agreement } from './compare';
import type { Phase, PhaseResult } from './phases';

export interface NetworkxResult {
  networkx: string;
  python: string;
  /** seconds per step */
  seconds: Record<string, number>;
  exceptBetweenness: number;
  betweenness: number;
  whole: number;
  peakRssMb: number;
}

export interface BenchResults {
  date: string;
  people: number;
  ties: number;
  seed: number;
  reps: number;
  machine: {
    nproc: string;
    free: string;
    cpuModel: string;
    node: string;
    loadBefore: number[];
    loadAfter: number[];
  };
  neighbourhood: { streets: number; buurten: number; households: number };
  ours: Record<Phase, PhaseResult>;
  networkx: NetworkxResult | { skipped: string };
  agreement: Agreement | null;
}

function s(seconds: number): string {
  return seconds < 10 ? `${seconds.toFixed(3)} s` : `${seconds.toFixed(1)} s`;
}

function mb(value: number): string {
  return `${Math.round(value)} MB`;
}

function load(values: number[]): string {
  return values.map((v) => v.toFixed(2)).join(' / ');
}

/** our steps → the NetworkX steps that compute the same thing */
const STEP_PAIRS: [string[], string[]][] = [
  [['read CSV', 'build graph'], ['read and build']],
  [['density'], ['density']],
  [['components'], ['components']],
  [['isolates'], ['isolates']],
  [['bridges'], ['bridges']],
  [['local bridges'], ['local bridges']],
  [['articulation points'], ['articulation points']],
  [['louvain + modularity'], ['louvain', 'modularity']],
  [['clustering'], ['clustering']],
  [['constraint'], ['constraint']],
  [['effective size'], ['effective size']],
];

export function renderResults(results: BenchResults): string {
  const { ours, networkx, machine } = results;
  const nx = 'skipped' in networkx ? null : networkx;
  const lines: string[] = [];
  lines.push(`## Results of ${results.date.slice(0, 10)}`);
  lines.push('');
  lines.push(
    `Synthetic neighbourhood: ${results.people.toLocaleString('en')} people, ${results.ties.toLocaleString('en')} ties, ` +
      `seed ${results.seed} (${results.neighbourhood.streets} streets, ${results.neighbourhood.households} households, ` +
      `${results.neighbourhood.buurten} buurten). Weefsel: median of ${results.reps} runs after a warm-up, each phase in a ` +
      `process of its own. NetworkX: ${nx ? `${nx.networkx} (Python ${nx.python}), one run` : `skipped (${'skipped' in networkx ? networkx.skipped : ''})`}.`,
  );
  lines.push('');
  // below a millisecond a ratio is noise
  const ratio = (theirs: number | undefined, mine: number): string =>
    theirs === undefined || mine < 0.001 || theirs < 0.001 ? '–' : `${(theirs / mine).toFixed(1)}×`;
  const met = (ok: boolean): string => (ok ? 'yes' : '**no**');
  const a = ours['except-betweenness'].median;
  const b = ours.betweenness.median;
  const c = ours.whole.median;
  lines.push('| phase | Weefsel | NetworkX | NetworkX ÷ Weefsel | target (issue 3) | met |');
  lines.push('|---|---:|---:|---:|---|---|');
  lines.push(
    `| (a) whole report except betweenness (read CSV → figures) | ${s(a)} | ${nx ? s(nx.exceptBetweenness) : '–'} | ` +
      `${ratio(nx?.exceptBetweenness, a)} | < 1 s | ${met(a < 1)} |`,
  );
  lines.push(
    `| (b) exact betweenness (graph already built) | ${s(b)} | ${nx ? s(nx.betweenness) : '–'} | ` +
      `${ratio(nx?.betweenness, b)} | < 10 s | ${met(b < 10)} |`,
  );
  lines.push(
    `| (c) whole report (read CSV → figures) | ${s(c)} | ${nx ? s(nx.whole) : '–'} | ${ratio(nx?.whole, c)} | ` +
      `≥ 10× faster than NetworkX | ${nx ? met(nx.whole / c >= 10) : '–'} |`,
  );
  if (nx && nx.seconds['effective size'] !== undefined && ours.figures.steps?.['effective size'] !== undefined) {
    const mine = c - ours.figures.steps['effective size'];
    const theirs = nx.whole - nx.seconds['effective size'];
    lines.push(
      `| (c) without effective size (see below) | ${s(mine)} | ${s(theirs)} | ${ratio(theirs, mine)} | ` +
        `≥ 10× faster than NetworkX | ${met(theirs / mine >= 10)} |`,
    );
  }
  lines.push(
    `| peak RSS (a) / (b) / (c) | ${mb(ours['except-betweenness'].peakRssMb)} / ${mb(ours.betweenness.peakRssMb)} / ` +
      `${mb(ours.whole.peakRssMb)} | ${nx ? mb(nx.peakRssMb) : '–'} (whole run) | | | |`,
  );
  lines.push(
    `| V8 heap in use after the run, result held (a) / (b) / (c) | ${mb(ours['except-betweenness'].heapUsedMb)} / ` +
      `${mb(ours.betweenness.heapUsedMb)} / ${mb(ours.whole.heapUsedMb)} | | | | |`,
  );
  lines.push('');
  lines.push(
    `Weefsel's single runs: (a) ${ours['except-betweenness'].runs.map(s).join(', ')}; (b) ${ours.betweenness.runs
      .map(s)
      .join(', ')}; (c) ${ours.whole.runs.map(s).join(', ')}.`,
  );
  lines.push('');

  if (nx) {
    lines.push(
      "NetworkX 2.8.8's `effective_size` builds each node's ego network with `ego_graph(G, v, undirected=True)`, " +
        'which copies the whole graph (`G.to_undirected()`) once per node: its time grows with n·m and dominates ' +
        "NetworkX's report except betweenness. The row without effective size shows that the ratio does not rest " +
        'on that.',
    );
    lines.push('');
  }
  const steps = ours.figures.steps ?? {};
  lines.push('Per step (Weefsel: median of the `figures` phase; NetworkX: its one run):');
  lines.push('');
  lines.push('| step | Weefsel | NetworkX | NetworkX ÷ Weefsel |');
  lines.push('|---|---:|---:|---:|');
  for (const [mine, theirs] of STEP_PAIRS) {
    const t = mine.reduce((sum, name) => sum + (steps[name] ?? 0), 0);
    const u = nx ? theirs.reduce((sum, name) => sum + (nx.seconds[name] ?? 0), 0) : undefined;
    lines.push(`| ${mine.join(' + ')} | ${s(t)} | ${u === undefined ? '–' : s(u)} | ${ratio(u, t)} |`);
  }
  lines.push(`| betweenness (exact) | ${s(b)} | ${nx ? s(nx.betweenness) : '–'} | ${ratio(nx?.betweenness, b)} |`);
  lines.push('');

  if (results.agreement) {
    lines.push(
      `Same figures? ${results.agreement.all ? 'Yes' : '**No**'} — our report against NetworkX's on this graph ` +
        '(exact figures to 1e-9, lists equal; Louvain within 2 %):',
    );
    lines.push('');
    lines.push('| figure | agree | detail |');
    lines.push('|---|---|---|');
    for (const row of results.agreement.rows) lines.push(`| ${row.figure} | ${met(row.agree)} | ${row.detail} |`);
    lines.push('');
  }

  lines.push(
    `Machine: ${machine.cpuModel}; Node ${machine.node}; load average (1/5/15 min) ${load(machine.loadBefore)} before, ${load(machine.loadAfter)} after.`,
  );
  lines.push('');
  lines.push('```');
  lines.push(`$ nproc\n${machine.nproc.trim()}`);
  lines.push(`$ free -h\n${machine.free.trimEnd()}`);
  lines.push('```');
  return lines.join('\n');
}
