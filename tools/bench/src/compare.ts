/**
 * Do our report and NetworkX's agree on the benchmark graph? Exact figures to 1e-9 (as the fixture tests),
 * sets as sorted lists; Louvain is a heuristic, so modularity is compared as a ratio (issue 3: within 2 %).
 */
import type { NodeFigures, Report } from '../../analyze/src/report';

export const TOLERANCE = 1e-9;

export interface AgreementRow {
  figure: string;
  agree: boolean;
  detail: string;
}

export interface Agreement {
  rows: AgreementRow[];
  all: boolean;
}

function sameList(figure: string, mine: unknown[], theirs: unknown[]): AgreementRow {
  const agree = JSON.stringify(mine) === JSON.stringify(theirs);
  return {
    figure,
    agree,
    detail: agree ? `the same ${mine.length}` : `ours ${mine.length}, NetworkX ${theirs.length}: they differ`,
  };
}

function sameCounts(figure: string, mine: number[], theirs: number[]): AgreementRow {
  const agree = JSON.stringify(mine) === JSON.stringify(theirs);
  return { figure, agree, detail: `ours ${mine.join(', ')}; NetworkX ${theirs.join(', ')}` };
}

function perNode(figure: keyof NodeFigures, mine: Report, theirs: Report): AgreementRow {
  let worst = 0;
  let mismatched = 0;
  for (const [id, expected] of Object.entries(theirs.perNode)) {
    const a = mine.perNode[id]?.[figure];
    const b = expected[figure];
    if (a === undefined || (a === null) !== (b === null)) mismatched++;
    else if (a !== null && b !== null) worst = Math.max(worst, Math.abs(a - b));
  }
  const missing = Object.keys(mine.perNode).length !== Object.keys(theirs.perNode).length;
  const agree = mismatched === 0 && !missing && worst <= TOLERANCE;
  return {
    figure,
    agree,
    detail: `largest difference ${worst.toExponential(1)}${mismatched > 0 ? `, ${mismatched} nodes missing or null on one side` : ''}`,
  };
}

export function compareReports(mine: Report, theirs: Report): Agreement {
  const rows: AgreementRow[] = [
    sameCounts('nodes, edges', [mine.nodes, mine.edges], [theirs.nodes, theirs.edges]),
    {
      figure: 'density',
      agree: Math.abs(mine.density - theirs.density) <= TOLERANCE,
      detail: `difference ${Math.abs(mine.density - theirs.density).toExponential(1)}`,
    },
    sameList('component sizes', mine.componentSizes, theirs.componentSizes),
    sameList('isolates', mine.isolates, theirs.isolates),
    sameList('bridges', mine.bridges, theirs.bridges),
    sameList('local bridges with span', mine.localBridges, theirs.localBridges),
    sameList('articulation points', mine.articulationPoints, theirs.articulationPoints),
    perNode('degree', mine, theirs),
    perNode('betweenness', mine, theirs),
    perNode('clustering', mine, theirs),
    perNode('constraint', mine, theirs),
    perNode('effectiveSize', mine, theirs),
  ];
  const q = mine.modularity ?? NaN;
  const theirQ = theirs.modularity ?? NaN;
  rows.push({
    figure: 'modularity (Louvain)',
    agree: q >= 0.98 * theirQ,
    detail: `ours ${q.toFixed(4)}, NetworkX ${theirQ.toFixed(4)} (${((100 * q) / theirQ).toFixed(1)} %)`,
  });
  return { rows, all: rows.every((row) => row.agree) };
}
