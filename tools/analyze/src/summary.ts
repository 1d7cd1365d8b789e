/**
 * The readable summary the CLI prints without `--json`: the same report, the longest lists cut short
 * (`--json` has everything).
 */
import type { NodeFigures, Report } from './report';

export const LISTED = 10;

function share(x: number): string {
  return `${(100 * x).toFixed(1)} %`;
}

function fixed(x: number | null, digits = 4): string {
  return x === null ? '–' : x.toFixed(digits);
}

function list(items: string[], limit = LISTED): string {
  if (items.length === 0) return 'none';
  const shown = items.slice(0, limit).join(', ');
  return items.length > limit ? `${shown}, … and ${items.length - limit} more` : shown;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

type Ranked = [string, NodeFigures];

function table(rows: Ranked[], describe: (figures: NodeFigures) => string): string[] {
  const width = Math.max(...rows.map(([id]) => id.length));
  return rows.map(([id, figures], i) => `  ${String(i + 1).padStart(2)}. ${id.padEnd(width)}  ${describe(figures)}`);
}

export function formatSummary(report: Report): string {
  const lines: string[] = [];
  const people = Object.entries(report.perNode);

  lines.push(`Network: ${plural(report.nodes, 'node', 'nodes')}, ${plural(report.edges, 'tie', 'ties')}`);
  lines.push(`Density: ${report.density.toFixed(6)}`);
  lines.push(
    `Components: ${report.components}; the largest holds ${report.componentSizes[0] ?? 0} ` +
      `(${share(report.largestComponentShare)}); sizes ${list(report.componentSizes.map(String))}`,
  );
  lines.push(`Isolates (${report.isolates.length}): ${list(report.isolates)}`);
  lines.push(`Bridges (${report.bridges.length}): ${list(report.bridges.map(([a, b]) => `${a} – ${b}`))}`);
  lines.push(
    `Local bridges (${report.localBridges.length}): ${list(
      report.localBridges.map(([a, b, span]) => `${a} – ${b} (span ${span === null ? '∞' : span})`),
    )}`,
  );
  lines.push(`Articulation points (${report.articulationPoints.length}): ${list(report.articulationPoints)}`);

  const sampled = report.betweennessSampled;
  const brokers = people
    .filter(([, f]) => f.betweenness !== null && f.betweenness > 0)
    .sort(([a, x], [b, y]) => (y.betweenness as number) - (x.betweenness as number) || (a < b ? -1 : 1))
    .slice(0, LISTED);
  lines.push('');
  lines.push(
    `Top brokers by betweenness (normalised${
      sampled ? `, sampled: ${sampled.samples} pivots, error ≤ ${sampled.errorBound.toFixed(4)} at 95 %` : ', exact'
    }):`,
  );
  if (brokers.length === 0) lines.push('  none (no one lies between others)');
  else lines.push(...table(brokers, (f) => `betweenness ${fixed(f.betweenness)}  degree ${f.degree}`));

  // a pendant person also has constraint 1; low constraint only means brokerage with two or more contacts
  const spanners = people
    .filter(([, f]) => f.constraint !== null && f.degree >= 2)
    .sort(([a, x], [b, y]) => (x.constraint as number) - (y.constraint as number) || (a < b ? -1 : 1))
    .slice(0, LISTED);
  lines.push('');
  lines.push('Top brokers by low constraint (Burt; two or more contacts):');
  if (spanners.length === 0) lines.push('  none');
  else
    lines.push(
      ...table(
        spanners,
        (f) => `constraint ${fixed(f.constraint)}  effective size ${fixed(f.effectiveSize, 2)}  degree ${f.degree}`,
      ),
    );

  const sizes = new Map<number, string[]>();
  for (const [id, community] of Object.entries(report.communities)) {
    const members = sizes.get(community);
    if (members) members.push(id);
    else sizes.set(community, [id]);
  }
  const groups = [...sizes.entries()].sort(([a], [b]) => a - b);
  lines.push('');
  lines.push(
    `Communities (Louvain): ${groups.length}, modularity ${fixed(report.modularity)}` +
      (report.isolates.length > 0 ? ' (each isolate is a community of its own)' : ''),
  );
  for (const [community, members] of groups.filter(([, m]) => m.length > 1).slice(0, LISTED)) {
    lines.push(`  ${String(community).padStart(3)}: ${plural(members.length, 'node', 'nodes')}: ${list(members, 8)}`);
  }
  const more = groups.filter(([, m]) => m.length > 1).length - LISTED;
  if (more > 0) lines.push(`  … and ${more} more`);
  lines.push('');
  lines.push('All figures per node: --json');
  return lines.join('\n') + '\n';
}
