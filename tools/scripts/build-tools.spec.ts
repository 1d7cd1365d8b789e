/**
 * The built CLIs end to end: tools/scripts/build-tools.mjs bundles them with esbuild (resolving the
 * `@weefsel/*` aliases), and the npm scripts' `--run` path starts them with the caller's directory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const BUILD = join(ROOT, 'tools', 'scripts', 'build-tools.mjs');
const DATA = join(ROOT, 'tools', 'analyze', 'test-data');

function node(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, INIT_CWD: cwd } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('built tools', () => {
  let dir: string;

  beforeAll(() => {
    const build = node([BUILD]);
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    dir = mkdtempSync(join(tmpdir(), 'weefsel-tools-'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('npm run analyze -- … : relative paths from the directory npm was started in', () => {
    const result = node(
      [BUILD, '--run', 'analyze', '--', 'tiny-edges.csv', '--nodes', 'tiny-nodes.csv', '--json'],
      DATA,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ nodes: 6, edges: 5, isolates: ['z'] });
  });

  it('bad input: the line in the message and exit code 1', () => {
    const result = node([join(ROOT, 'dist', 'tools', 'analyze.js'), 'bad-self-loop.csv'], DATA);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'analyze: bad-self-loop.csv:4: self-loop "b" – "b" (a tie needs two different people)\n',
    );
  });

  it('a missing file: exit code 1; a bad command line: exit code 2', () => {
    expect(node([join(ROOT, 'dist', 'tools', 'analyze.js'), 'missing.csv'], DATA).status).toBe(1);
    expect(node([join(ROOT, 'dist', 'tools', 'analyze.js')], DATA).status).toBe(2);
  });

  it('synthetic writes the same bytes for the same seed, and the whole JSON report arrives through a pipe', () => {
    const synthetic = join(ROOT, 'dist', 'tools', 'synthetic.js');
    const args = ['--people', '3000', '--ties', '12000', '--seed', '5'];
    expect(node([synthetic, ...args, '--out', join(dir, 'one')]).status).toBe(0);
    expect(node([synthetic, ...args, '--out', join(dir, 'two')]).status).toBe(0);
    for (const file of ['edges.csv', 'nodes.csv']) {
      expect(readFileSync(join(dir, 'two', file))).toEqual(readFileSync(join(dir, 'one', file)));
    }
    const analyze = node([
      join(ROOT, 'dist', 'tools', 'analyze.js'),
      join(dir, 'one', 'edges.csv'),
      '--nodes',
      join(dir, 'one', 'nodes.csv'),
      '--json',
    ]);
    expect(analyze.status).toBe(0);
    const report = JSON.parse(analyze.stdout);
    expect(report.nodes).toBe(3000);
    expect(report.edges).toBe(12000);
    expect(Object.keys(report.perNode)).toHaveLength(3000);
  });

  it('synthetic: a bad command line gets the usage and exit code 2', () => {
    const result = node([join(ROOT, 'dist', 'tools', 'synthetic.js'), '--people', 'many']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: npm run synthetic --');
  });
});
