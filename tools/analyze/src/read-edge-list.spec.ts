import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '@weefsel/graph';
import { InputError, parseCsv, readEdgeList, readEdges, readNodes } from './read-edge-list';

const DATA = join(__dirname, '..', 'test-data');

function problems(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof InputError) return error.problems.map(String);
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseCsv', () => {
  it('numbers rows by the physical line they start on, skipping blank lines', () => {
    expect(parseCsv('source,target\n\na,b\n  \nc,d', 'f')).toEqual([
      { line: 1, fields: ['source', 'target'] },
      { line: 3, fields: ['a', 'b'] },
      { line: 5, fields: ['c', 'd'] },
    ]);
  });

  it('counts the lines inside a quoted field', () => {
    const rows = parseCsv('source,target\n"a\nb",c\nd,e\n', 'f');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
    expect(rows[1].fields).toEqual(['a\nb', 'c']);
  });

  it('reports an unterminated quote with its line', () => {
    expect(problems(() => parseCsv('source,target\na,b\n"c,d\n', 'f'))).toEqual(['f:3: Quoted field unterminated']);
  });
});

describe('readEdges', () => {
  it('reads a ;-separated spreadsheet export with a byte-order mark, CRLF, capitalised headers and 1,5', () => {
    const list = readEdges(readFileSync(join(DATA, 'semicolons.csv'), 'utf8'), 'semicolons.csv');
    expect(list.weighted).toBe(true);
    expect(list.edges).toEqual([
      { source: 'a', target: 'b', weight: 2 },
      { source: 'b', target: 'c', weight: 1.5 },
    ]);
  });

  it('gives weight 1 without a weight column, trims ids and ignores other columns', () => {
    const list = readEdges('kind,source,target\nfriend, a ,b\n', 'f');
    expect(list).toEqual({
      nodes: ['a', 'b'],
      edges: [{ source: 'a', target: 'b', weight: 1 }],
      weighted: false,
      duplicateEdges: { count: 0, lines: [] },
    });
  });

  it('collects every problem of every row', () => {
    expect(problems(() => readEdges('source,target,weight\n,b,1\na,a,x\nc,d,\ne,f,1e999\n', 'f'))).toEqual([
      'f:2: empty source',
      'f:3: self-loop "a" – "a" (a tie needs two different people)',
      'f:3: weight "x" is not a number',
      'f:4: empty weight',
      'f:5: weight "1e999" is not a number',
    ]);
  });

  it('counts duplicates in either order and hands all rows to buildGraph, which keeps the maximum', () => {
    const list = readEdgeList({ text: readFileSync(join(DATA, 'duplicates.csv'), 'utf8'), file: 'duplicates.csv' });
    expect(list.duplicateEdges).toEqual({ count: 3, lines: [3, 5, 6] });
    expect(list.edges).toHaveLength(6);
    const graph = buildGraph(list, { duplicates: 'max' });
    expect(graph.size).toBe(3);
    expect(graph.getEdgeAttribute(graph.edge('a', 'b'), 'weight')).toBe(5);
    expect(graph.getEdgeAttribute(graph.edge('b', 'c'), 'weight')).toBe(3);
  });
});

describe('readNodes and readEdgeList', () => {
  it('NODES.csv defines the population and its order; isolates come from it', () => {
    const list = readEdgeList(
      { text: 'source,target\nb,c\n', file: 'e' },
      { text: 'id,street\nc,1\nz,2\nb,1\n', file: 'n' },
    );
    expect(list.nodes).toEqual(['c', 'z', 'b']);
  });

  it('an empty id in NODES.csv is an error with its line', () => {
    expect(problems(() => readNodes('id,street\na,1\n,2\n', 'n'))).toEqual(['n:3: empty id']);
  });

  it('NODES.csv needs an id column and a row', () => {
    expect(problems(() => readNodes('name\na\n', 'n'))).toEqual([
      'n:1: missing column "id" (the header is "name"; expected "id")',
    ]);
    expect(problems(() => readNodes('id\n', 'n'))).toEqual(['n:1: no data rows (only the header "id")']);
  });
});
