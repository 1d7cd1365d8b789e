import type { Report } from '../../analyze/src/report';
import { compareReports } from './compare';
import { renderResults, type BenchResults } from './markdown';
import { median, type PhaseResult } from './phases';

function report(): Report {
  return {
    nodes: 3,
    edges: 2,
    density: 2 / 3,
    components: 1,
    componentSizes: [3],
    largestComponentShare: 1,
    isolates: [],
    bridges: [
      ['a', 'b'],
      ['b', 'c'],
    ],
    localBridges: [
      ['a', 'b', null],
      ['b', 'c', null],
    ],
    articulationPoints: ['b'],
    modularity: 0,
    communities: { a: 0, b: 0, c: 0 },
    perNode: {
      a: { degree: 1, betweenness: 0, clustering: 0, constraint: 1, effectiveSize: 1 },
      b: { degree: 2, betweenness: 1, clustering: 0, constraint: 0.5, effectiveSize: 2 },
      c: { degree: 1, betweenness: 0, clustering: 0, constraint: 1, effectiveSize: 1 },
    },
  };
}

describe('bench helpers', () => {
  it('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('compareReports: equal reports agree; a difference above 1e-9 or in a list does not', () => {
    expect(compareReports(report(), report()).all).toBe(true);
    const off = report();
    off.perNode['b'].betweenness = 1 + 1e-6;
    off.articulationPoints = [];
    const agreement = compareReports(off, report());
    expect(agreement.all).toBe(false);
    expect(agreement.rows.filter((row) => !row.agree).map((row) => row.figure)).toEqual([
      'articulation points',
      'betweenness',
    ]);
  });

  it('renderResults: the targets, the ratios, and NetworkX skipped when it is', () => {
    const phase = (median: number): PhaseResult => ({
      phase: 'whole',
      runs: [median, median, median],
      median,
      peakRssMb: 100,
      heapUsedMb: 50,
      steps: { 'read CSV': 0.1 },
    });
    const results: BenchResults = {
      date: '2025-01-01T00:00:00.000Z',
      people: 10_000,
      ties: 50_000,
      seed: 1,
      reps: 3,
      machine: {
        nproc: '2\n',
        free: 'Mem: 23Gi\n',
        cpuModel: 'x',
        node: 'v20',
        loadBefore: [1, 1, 1],
        loadAfter: [1, 1, 1],
      },
      neighbourhood: { streets: 1, buurten: 1, households: 1 },
      ours: { 'except-betweenness': phase(0.5), betweenness: phase(12), whole: phase(13), figures: phase(0.5) },
      networkx: {
        networkx: '2.8.8',
        python: '3.11',
        seconds: { 'read and build': 1 },
        exceptBetweenness: 50,
        betweenness: 600,
        whole: 650,
        peakRssMb: 300,
      },
      agreement: compareReports(report(), report()),
    };
    const text = renderResults(results);
    expect(text).toContain(
      '| (a) whole report except betweenness (read CSV → figures) | 0.500 s | 50.0 s | 100.0× | < 1 s | yes |',
    );
    expect(text).toContain(
      '| (b) exact betweenness (graph already built) | 12.0 s | 600.0 s | 50.0× | < 10 s | **no** |',
    );
    expect(text).toContain('| 50.0× | ≥ 10× faster than NetworkX | yes |');
    expect(text).toContain('Same figures? Yes');
    const skipped = renderResults({ ...results, networkx: { skipped: '/usr/bin/python3 not found' }, agreement: null });
    expect(skipped).toContain('NetworkX: skipped (/usr/bin/python3 not found)');
    expect(skipped).not.toContain('Same figures?');
  });
});
