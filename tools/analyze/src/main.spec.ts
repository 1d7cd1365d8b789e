import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph, modularity } from '@weefsel/graph';
import { main, type Io } from './main';
import type { Report } from './report';

const DATA = join(__dirname, '..', 'test-data');
const FIXTURES = join(__dirname, '..', '..', '..', 'libs', 'graph', 'src', 'testing', 'fixtures');

interface Fixture {
  nodes: string[];
  edges: [string, string, number][];
  expected: {
    density: number;
    degree: Record<string, number>;
    isolates: string[];
    components: string[][];
    largestComponentShare: number;
    bridges: [string, string][];
    localBridges: [string, string, number | null][];
    articulationPoints: string[];
    clustering: Record<string, number>;
    clusteringWeighted: Record<string, number>;
    betweenness: Record<string, number>;
    constraint: Record<string, number | null>;
    constraintWeighted: Record<string, number | null>;
    effectiveSize: Record<string, number | null>;
    effectiveSizeWeighted: Record<string, number | null>;
    louvainBestModularity: number;
  };
}

function fixture(name: string): Fixture {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'));
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process; file names are relative to test-data/, as an analyst would type them there. */
function run(...argv: string[]): Run {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: (path) => readFileSync(join(DATA, path), 'utf8'),
  };
  const code = main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

function report(...argv: string[]): Report {
  const result = run(...argv, '--json');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

/** |a − b| ≤ 1e-9 for every key, and the same keys; null (NetworkX's NaN) only where expected */
function expectFigures(actual: Record<string, number | null>, expected: Record<string, number | null>): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [key, value] of Object.entries(expected)) {
    if (value === null) expect(actual[key]).toBeNull();
    else expect(Math.abs((actual[key] as number) - value)).toBeLessThanOrEqual(1e-9);
  }
}

function perNode(result: Report, figure: keyof Report['perNode'][string]): Record<string, number | null> {
  return Object.fromEntries(Object.entries(result.perNode).map(([id, figures]) => [id, figures[figure]]));
}

describe('analyze CLI: a tiny hand-made graph', () => {
  /*
   * tiny-edges.csv: the triangle a–b–c, then c–d and d–e; tiny-nodes.csv adds z, who has no tie.
   * n = 6, m = 5, all weights 1.
   * density = 2m / (n(n−1)) = 10/30 = 1/3
   * components {a,b,c,d,e} and {z}: 2, largest share 5/6; isolates [z]
   * bridges: c–d and d–e (a–b, b–c, c–a lie on the triangle)
   * local bridges: the same two (their ends share no neighbour); without them the ends are cut off: span null
   * articulation points: c (cuts a,b from d,e) and d (cuts e)
   * betweenness, normalised by 2/((n−1)(n−2)) = 1/10 per unordered pair:
   *   c lies on the shortest paths a–d, a–e, b–d, b–e: 4/10 = 0.4; d on a–e, b–e, c–e: 3/10 = 0.3; others 0
   * clustering: a, b: their two contacts are tied: 1; c: of a–b, a–d, b–d only a–b: 1/3; d, e, z: 0
   * constraint c(v) = Σ_j (p_vj + Σ_q p_vq p_qj)², p_vj = 1/deg(v):
   *   a: (1/2 + 1/2·1/3)² + (1/2 + 1/2·1/2)² = 4/9 + 9/16 = 145/144; b likewise
   *   c: (1/3 + 1/3·1/2)² · 2 (for a and b) + (1/3)² (for d) = 1/2 + 1/9 = 11/18
   *   d: (1/2)² + (1/2)² = 1/2;  e: 1² = 1;  z: none (null)
   * effective size n − 2t/n (n contacts, t ties among them): a, b: 2 − 2/2 = 1; c: 3 − 2/3 = 7/3; d: 2; e: 1; z: null
   * communities: {a,b,c}, {d,e}, {z}; modularity Σ_c L_c/m − (d_c/2m)²
   *   = 3/5 − (7/10)² + 1/5 − (3/10)² + 0 = 0.22 (the best: all in one gives 0, {a,b},{c,d,e} gives 0.08)
   */
  const expected = {
    nodes: 6,
    edges: 5,
    density: 1 / 3,
    components: 2,
    componentSizes: [5, 1],
    largestComponentShare: 5 / 6,
    isolates: ['z'],
    bridges: [
      ['c', 'd'],
      ['d', 'e'],
    ],
    localBridges: [
      ['c', 'd', null],
      ['d', 'e', null],
    ],
    articulationPoints: ['c', 'd'],
    modularity: 0.22,
    communities: { a: 0, b: 0, c: 0, d: 1, e: 1, z: 2 },
    perNode: {
      a: { degree: 2, betweenness: 0, clustering: 1, constraint: 145 / 144, effectiveSize: 1 },
      b: { degree: 2, betweenness: 0, clustering: 1, constraint: 145 / 144, effectiveSize: 1 },
      c: { degree: 3, betweenness: 0.4, clustering: 1 / 3, constraint: 11 / 18, effectiveSize: 7 / 3 },
      d: { degree: 2, betweenness: 0.3, clustering: 0, constraint: 0.5, effectiveSize: 2 },
      e: { degree: 1, betweenness: 0, clustering: 0, constraint: 1, effectiveSize: 1 },
      z: { degree: 0, betweenness: 0, clustering: 0, constraint: null, effectiveSize: null },
    },
  };

  it('prints one JSON object with the figures worked out by hand', () => {
    const result = report('tiny-edges.csv', '--nodes', 'tiny-nodes.csv');
    // exact keys: nothing missing, nothing extra (no betweennessSampled when exact)
    expect(Object.keys(result).sort()).toEqual(Object.keys(expected).sort());
    const { density, largestComponentShare, modularity: q, perNode: figures, ...rest } = result;
    const {
      density: d,
      largestComponentShare: share,
      modularity: expectedQ,
      perNode: expectedFigures,
      ...expectedRest
    } = expected;
    expect(rest).toEqual(expectedRest);
    expect(density).toBeCloseTo(d, 12);
    expect(largestComponentShare).toBeCloseTo(share, 12);
    expect(q).toBeCloseTo(expectedQ, 12);
    for (const [id, values] of Object.entries(expectedFigures)) {
      for (const [figure, value] of Object.entries(values)) {
        const actual = figures[id][figure as keyof (typeof figures)[string]];
        if (value === null) expect(actual).toBeNull();
        else expect(actual).toBeCloseTo(value, 12);
      }
    }
  });

  it('without --nodes, z is unknown and there is no isolate', () => {
    const result = report('tiny-edges.csv');
    expect(result.nodes).toBe(5);
    expect(result.isolates).toEqual([]);
    expect(result.components).toBe(1);
  });

  it('prints a readable summary without --json', () => {
    const result = run('tiny-edges.csv', '--nodes', 'tiny-nodes.csv');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Network: 6 nodes, 5 ties');
    expect(result.stdout).toContain('Density: 0.333333');
    expect(result.stdout).toContain('Components: 2; the largest holds 5 (83.3 %)');
    expect(result.stdout).toContain('Isolates (1): z');
    expect(result.stdout).toContain('Bridges (2): c – d, d – e');
    expect(result.stdout).toContain('Local bridges (2): c – d (span ∞), d – e (span ∞)');
    expect(result.stdout).toContain('Articulation points (2): c, d');
    expect(result.stdout).toMatch(/Top brokers by betweenness \(normalised, exact\):\n +1\. c +betweenness 0\.4000/);
    expect(result.stdout).toMatch(/Top brokers by low constraint[^\n]*\n +1\. d +constraint 0\.5000/);
    expect(result.stdout).toContain('Communities (Louvain): 3, modularity 0.2200');
    expect(result.stdout).toContain('0: 3 nodes: a, b, c');
  });
});

describe('analyze CLI: equals NetworkX on the reference data sets', () => {
  it("Zachary's karate club (weighted CSV): every figure to 1e-9", () => {
    const { expected } = fixture('karate');
    const result = report('karate-edges.csv');
    expect(result.nodes).toBe(34);
    expect(result.edges).toBe(78);
    expect(Math.abs(result.density - expected.density)).toBeLessThanOrEqual(1e-9);
    expect(result.components).toBe(expected.components.length);
    expect(result.largestComponentShare).toBeCloseTo(expected.largestComponentShare, 12);
    expect(result.isolates).toEqual(expected.isolates);
    expect(result.bridges).toEqual(expected.bridges);
    expect(result.localBridges).toEqual(expected.localBridges);
    expect(result.articulationPoints).toEqual(expected.articulationPoints);
    expectFigures(perNode(result, 'degree'), expected.degree);
    expectFigures(perNode(result, 'betweenness'), expected.betweenness);
    expectFigures(perNode(result, 'clustering'), expected.clustering);
    expectFigures(perNode(result, 'constraint'), expected.constraint);
    expectFigures(perNode(result, 'effectiveSize'), expected.effectiveSize);
    // Louvain: within 2 % of the best of ten NetworkX runs (issue 3), and the modularity is that of the communities
    expect(result.modularity).toBeGreaterThanOrEqual(0.98 * expected.louvainBestModularity);
    const graph = buildGraph({
      edges: fixture('karate').edges.map(([source, target, weight]) => ({ source, target, weight })),
    });
    expect(modularity(graph, result.communities)).toBeCloseTo(result.modularity as number, 12);
  });

  it('karate with --weighted: the strength-weighted clustering, constraint and effective size', () => {
    const { expected } = fixture('karate');
    const result = report('karate-edges.csv', '--weighted');
    expectFigures(perNode(result, 'clustering'), expected.clusteringWeighted);
    expectFigures(perNode(result, 'constraint'), expected.constraintWeighted);
    expectFigures(perNode(result, 'effectiveSize'), expected.effectiveSizeWeighted);
    // betweenness counts hops whatever --weighted says (a strength is not a distance)
    expectFigures(perNode(result, 'betweenness'), expected.betweenness);
  });

  it("Padgett's Florentine families with NODES.csv: the isolated Pucci family counts", () => {
    const { expected, nodes } = fixture('florentine');
    const result = report('florentine-edges.csv', '--nodes', 'florentine-nodes.csv');
    expect(result.nodes).toBe(nodes.length);
    expect(result.isolates).toEqual(['Pucci']);
    expect(Math.abs(result.density - expected.density)).toBeLessThanOrEqual(1e-9);
    expect(result.components).toBe(expected.components.length);
    expect(result.componentSizes).toEqual(expected.components.map((c) => c.length));
    expect(result.largestComponentShare).toBeCloseTo(expected.largestComponentShare, 12);
    expect(result.bridges).toEqual(expected.bridges);
    expect(result.localBridges).toEqual(expected.localBridges);
    expect(result.articulationPoints).toEqual(expected.articulationPoints);
    expectFigures(perNode(result, 'degree'), expected.degree);
    expectFigures(perNode(result, 'betweenness'), expected.betweenness);
    expectFigures(perNode(result, 'clustering'), expected.clustering);
    expectFigures(perNode(result, 'constraint'), expected.constraint);
    expectFigures(perNode(result, 'effectiveSize'), expected.effectiveSize);
    expect(result.modularity).toBeGreaterThanOrEqual(0.98 * expected.louvainBestModularity);
  });

  it('--samples K: approximate betweenness, with the pivots and error bound stated', () => {
    const { expected } = fixture('karate');
    const result = report('karate-edges.csv', '--samples', '10', '--seed', '7');
    expect(result.betweennessSampled?.samples).toBe(10);
    const bound = result.betweennessSampled?.errorBound as number;
    expect(bound).toBeGreaterThan(0);
    // the bound holds for all nodes at once with probability 95 %; this seed is one of the good draws
    for (const [id, value] of Object.entries(expected.betweenness)) {
      expect(Math.abs((result.perNode[id].betweenness as number) - value)).toBeLessThanOrEqual(bound);
    }
    // the same seed, the same figures
    expect(report('karate-edges.csv', '--samples', '10', '--seed', '7')).toEqual(result);
    const summary = run('karate-edges.csv', '--samples', '10', '--seed', '7').stdout;
    expect(summary).toMatch(/sampled: 10 pivots, error ≤ \d\.\d{4} at 95 %/);
  });

  it('--samples at least the number of nodes is the exact computation (no betweennessSampled)', () => {
    const result = report('karate-edges.csv', '--samples', '1000');
    expect(result.betweennessSampled).toBeUndefined();
    expectFigures(perNode(result, 'betweenness'), fixture('karate').expected.betweenness);
  });
});

describe('analyze CLI: duplicate edges', () => {
  /*
   * duplicates.csv: a–b 2 (line 2), b–a 5 (line 3), b–c 1 (line 4), c–b 3 (line 5), a–b 4 (line 6), c–d 1.
   * Rule: the maximum weight counts → a–b 5, b–c 3, c–d 1; three duplicate rows, at lines 3, 5, 6.
   * With --weighted, b's constraint shows the weights kept: a and c are not tied, so
   *   c(b) = (5/8)² + (3/8)² = 34/64 = 0.53125 (the sum rule would give (11/15)² + (4/15)² ≈ 0.609,
   *   the first-row rule (2/3)² + (1/3)² ≈ 0.556).
   */
  it('keeps the maximum weight and warns with the count and lines', () => {
    const result = run('duplicates.csv', '--json', '--weighted');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'analyze: warning: duplicates.csv: 3 duplicate edges (a pair given again, in either order; lines 3, 5, 6): ' +
        'the maximum weight counts\n',
    );
    const parsed: Report = JSON.parse(result.stdout);
    expect(parsed.edges).toBe(3);
    expect(parsed.perNode['b'].constraint).toBeCloseTo(0.53125, 12);
  });

  it('a repeated id in NODES.csv is counted once, with a warning', () => {
    const out: string[] = [];
    const err: string[] = [];
    const files: Record<string, string> = { 'e.csv': 'source,target\na,b\n', 'n.csv': 'id\na\nb\na\nc\n' };
    const code = main(['e.csv', '--nodes', 'n.csv', '--json'], {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      readFile: (path) => files[path],
    });
    expect(code).toBe(0);
    expect(err.join('')).toBe('analyze: warning: n.csv: 1 repeated id (line 4): counted once\n');
    expect(JSON.parse(out.join('')).isolates).toEqual(['c']);
  });
});

describe('analyze CLI: bad input gets the line and a non-zero exit', () => {
  it.each([
    ['bad-missing-column.csv', 'bad-missing-column.csv:1: missing column "target" (the header is "source,dest"'],
    ['bad-weight-not-a-number.csv', 'bad-weight-not-a-number.csv:3: weight "strong" is not a number'],
    ['bad-weight-zero.csv', 'bad-weight-zero.csv:4: weight 0 is not positive'],
    ['bad-weight-negative.csv', 'bad-weight-negative.csv:2: weight -1 is not positive'],
    ['bad-self-loop.csv', 'bad-self-loop.csv:4: self-loop "b" – "b"'],
    ['bad-empty.csv', 'bad-empty.csv:1: empty file'],
    ['bad-header-only.csv', 'bad-header-only.csv:1: no data rows'],
    // a quoted field spanning two lines: the self-loop is on physical line 5
    ['bad-quoted-self-loop.csv', 'bad-quoted-self-loop.csv:5: self-loop "c" – "c"'],
  ])('%s', (file, message) => {
    const result = run(file, '--json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`analyze: ${message}`);
  });

  it('an edge to an id that NODES.csv does not list', () => {
    const result = run('bad-unknown-node.csv', '--nodes', 'tiny-nodes.csv');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('analyze: bad-unknown-node.csv:3: unknown node "x" (not in tiny-nodes.csv)\n');
  });

  it('a file that does not exist', () => {
    const result = run('no-such-file.csv');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('analyze: no-such-file.csv: cannot read: file not found\n');
    expect(run('tiny-edges.csv', '--nodes', 'no-such-nodes.csv').stderr).toContain('no-such-nodes.csv: cannot read');
  });

  it('reports every bad row, the first ten of them', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `x${i},x${i}`).join('\n');
    const err: string[] = [];
    const code = main(['e.csv'], {
      stdout: () => undefined,
      stderr: (t) => err.push(t),
      readFile: () => `source,target\n${rows}\n`,
    });
    expect(code).toBe(1);
    const lines = err.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe('analyze: e.csv:2: self-loop "x0" – "x0" (a tie needs two different people)');
    expect(lines[10]).toBe('analyze: … and 2 more problems');
  });

  it.each([
    [[], 'no EDGES.csv given'],
    [['a.csv', 'b.csv'], 'one EDGES.csv expected'],
    [['tiny-edges.csv', '--samples', '0'], '--samples must be a whole number ≥ 1, got "0"'],
    [['tiny-edges.csv', '--samples', 'many'], '--samples must be a whole number'],
    [['tiny-edges.csv', '--seed', '1.5'], '--seed must be a whole number'],
    [['tiny-edges.csv', '--colour'], "Unknown option '--colour'"],
  ])('command line %j: usage and exit code 2', (argv, message) => {
    const result = run(...(argv as string[]));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: npm run analyze --');
  });

  it('--help prints the usage and succeeds', () => {
    const result = run('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: npm run analyze --');
  });
});
