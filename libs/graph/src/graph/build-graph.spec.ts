import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BuildGraphError, buildGraph } from './build-graph';

/** NetworkX 2.8.8 reference values, made by tools/graph-fixtures/make_networkx_fixtures.py */
interface Fixture {
  nodes: string[];
  edges: [string, string, number][];
  expected: { degree: Record<string, number>; isolates: string[] };
}

function load(name: string): Fixture {
  return JSON.parse(readFileSync(join(__dirname, '../testing/fixtures', `${name}.json`), 'utf8')) as Fixture;
}

describe('buildGraph', () => {
  it.each(['karate', 'florentine', 'bridges-sample'])(
    'rebuilds %s with the degrees of NetworkX (G.degree) and its isolates',
    (name) => {
      const fixture = load(name);
      const graph = buildGraph({
        nodes: fixture.nodes,
        edges: fixture.edges.map(([source, target, weight]) => ({ source, target, weight })),
      });
      expect(graph.order).toBe(fixture.nodes.length);
      expect(graph.size).toBe(fixture.edges.length);
      const degree = Object.fromEntries(graph.mapNodes((node) => [node, graph.degree(node)]));
      expect(degree).toEqual(fixture.expected.degree);
      expect(graph.filterNodes((node) => graph.degree(node) === 0).sort()).toEqual(fixture.expected.isolates);
    },
  );

  it('keeps a listed node without edges as an isolate (Pucci, Padgett’s family without marriage ties)', () => {
    const graph = buildGraph({ nodes: ['Pucci', 'Medici'], edges: [{ source: 'Medici', target: 'Salviati' }] });
    expect(graph.nodes()).toEqual(['Pucci', 'Medici', 'Salviati']);
    expect(graph.degree('Pucci')).toBe(0);
    expect(graph.getEdgeAttribute('Medici', 'Salviati', 'weight')).toBe(1);
  });

  it('refuses a self-loop with a namespaced error that says where', () => {
    const edges = [
      { source: 'a', target: 'b' },
      { source: 'c', target: 'c' },
    ];
    expect(() => buildGraph({ edges })).toThrow('graph/build-graph: edge 1: self-loop on "c"');
    try {
      buildGraph({ edges });
      throw new Error('expected a BuildGraphError');
    } catch (error) {
      expect(error).toBeInstanceOf(BuildGraphError);
      expect((error as BuildGraphError).list).toBe('edges');
      expect((error as BuildGraphError).position).toBe(1);
    }
  });

  it.each([0, -2, Number.NaN, Number.POSITIVE_INFINITY, '3' as unknown as number, null as unknown as number])(
    'refuses the weight %p',
    (weight) => {
      expect(() => buildGraph({ edges: [{ source: 'a', target: 'b', weight }] })).toThrow(
        /^graph\/build-graph: edge 0 \("a" – "b"\): weight must be a finite number > 0/,
      );
    },
  );

  it('refuses empty or non-string ids, in nodes and in edges', () => {
    expect(() => buildGraph({ nodes: ['a', ''], edges: [] })).toThrow('graph/build-graph: node 1: id must be');
    expect(() => buildGraph({ edges: [{ source: 'a', target: 7 as unknown as string }] })).toThrow(
      'graph/build-graph: edge 0: source and target must be non-empty strings',
    );
  });

  describe('duplicate pairs, given in either order', () => {
    const edges = [
      { source: 'a', target: 'b', weight: 2 },
      { source: 'b', target: 'c', weight: 1 },
      { source: 'b', target: 'a', weight: 5 },
      { source: 'a', target: 'b', weight: 3 },
    ];

    it('max (the default): the strongest tie counts — a–b = max(2, 5, 3) = 5', () => {
      const graph = buildGraph({ edges });
      expect(graph.size).toBe(2);
      expect(graph.getEdgeAttribute('a', 'b', 'weight')).toBe(5);
    });

    it('sum: a–b = 2 + 5 + 3 = 10', () => {
      expect(buildGraph({ edges }, { duplicates: 'sum' }).getEdgeAttribute('a', 'b', 'weight')).toBe(10);
    });

    it('first: a–b keeps the first row’s 2', () => {
      expect(buildGraph({ edges }, { duplicates: 'first' }).getEdgeAttribute('a', 'b', 'weight')).toBe(2);
    });

    it('error: names the duplicate row and the row it repeats', () => {
      expect(() => buildGraph({ edges }, { duplicates: 'error' })).toThrow(
        `graph/build-graph: edge 2 ("b" – "a") duplicates edge 0 (duplicates: 'error')`,
      );
    });

    it('refuses an unknown rule', () => {
      expect(() => buildGraph({ edges }, { duplicates: 'min' as 'max' })).toThrow(
        'graph/build-graph: duplicates must be one of max, sum, first, error',
      );
    });
  });

  it('lists a node once however often it is named', () => {
    const graph = buildGraph({ nodes: ['a', 'a'], edges: [{ source: 'a', target: 'b' }] });
    expect(graph.nodes()).toEqual(['a', 'b']);
  });
});
