import { UndirectedGraph } from 'graphology';
import { egoNetwork } from './ego-network';

/**
 * Hand-worked example, checked against NetworkX:
 *   G = nx.Graph([('a','b'),('b','c'),('c','d'),('a','e'),('b','e'),('x','y')])
 *   nx.ego_graph(G, 'a', radius=1).edges → [('a','b'),('a','e'),('b','e')]
 *   nx.ego_graph(G, 'a', radius=2).nodes → a b e c (d is 3 hops away)
 */
function sample(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const [s, t] of [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'd'],
    ['a', 'e'],
    ['b', 'e'],
    ['x', 'y'],
  ]) {
    g.mergeEdgeWithKey(`${s}-${t}`, s, t);
  }
  return g;
}

describe('egoNetwork', () => {
  it('returns direct neighbours and the ties among them (induced subgraph) at radius 1', () => {
    const ego = egoNetwork(sample(), 'a', { radius: 1 });
    expect(Object.fromEntries(ego.distances)).toEqual({ a: 0, b: 1, e: 1 });
    expect(ego.edges.sort()).toEqual(['a-b', 'a-e', 'b-e']);
  });

  it('reaches two hops at radius 2 and stops there', () => {
    const ego = egoNetwork(sample(), 'a', { radius: 2 });
    expect(Object.fromEntries(ego.distances)).toEqual({ a: 0, b: 1, e: 1, c: 2 });
    expect(ego.edges.sort()).toEqual(['a-b', 'a-e', 'b-c', 'b-e']);
  });

  it('gives an isolated person only themselves', () => {
    const g = sample();
    g.addNode('z');
    expect([...egoNetwork(g, 'z', { radius: 2 }).distances.keys()]).toEqual(['z']);
  });

  it('refuses an unknown node and a bad radius with a namespaced error', () => {
    expect(() => egoNetwork(sample(), 'nobody')).toThrow('graph/ego-network: node "nobody" is not in the graph');
    expect(() => egoNetwork(sample(), 'a', { radius: -1 })).toThrow('graph/ego-network: radius');
  });
});
