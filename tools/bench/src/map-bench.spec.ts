import { spawnSync } from 'node:child_process';
import { markdownTable } from './map-bench';

describe('the map benchmark’s table', () => {
  it('is written the way Prettier writes it, so the doc stays formatted after a run', () => {
    const table = markdownTable(
      ['step', 'median', 'runs'],
      [
        ['API: `network` again (cached)', '0.08 s', '0.14 · 0.08 · 0.07'],
        ['browser: a highlight', '0.52 s', '0.52 · 0.50 · 0.53'],
      ],
    ).join('\n');
    expect(table.split('\n')[1]).toBe('| ----------------------------- | ------ | ------------------ |');
    // Prettier 3 loads its plugins with dynamic imports, which Jest's sandbox refuses: run its CLI instead
    const prettier = spawnSync(
      process.execPath,
      [require.resolve('prettier/bin/prettier.cjs'), '--parser', 'markdown'],
      {
        input: `${table}\n`,
        encoding: 'utf8',
      },
    );
    expect(prettier.status).toBe(0);
    expect(prettier.stdout).toBe(`${table}\n`);
  });
});
