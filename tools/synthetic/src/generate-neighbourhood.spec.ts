import {
  averageClustering,
  buildGraph,
  componentSummary,
  createRandom,
  isolates,
  type WeightedGraph,
} from '@weefsel/graph';
import { edgesCsv, generateNeighbourhood, nodesCsv, type Neighbourhood } from './generate-neighbourhood';

function graphOf(neighbourhood: Neighbourhood): WeightedGraph {
  return buildGraph(
    { nodes: neighbourhood.people.map((p) => p.id), edges: neighbourhood.ties },
    { duplicates: 'error' },
  );
}

/** Erdős–Rényi G(n, m): m distinct random pairs — the baseline a neighbourhood's clustering must beat */
function randomGraph(n: number, m: number, seed: number): WeightedGraph {
  const rng = createRandom(seed);
  const edges = new Map<number, { source: string; target: string }>();
  while (edges.size < m) {
    const a = Math.floor(rng() * n);
    const b = Math.floor(rng() * n);
    if (a !== b) edges.set(Math.min(a, b) * n + Math.max(a, b), { source: `n${a}`, target: `n${b}` });
  }
  return buildGraph({ nodes: Array.from({ length: n }, (_, i) => `n${i}`), edges: edges.values() });
}

describe('generateNeighbourhood', () => {
  // the benchmark's size, made once (about 0.1 s)
  const bench = generateNeighbourhood({ people: 10_000, ties: 50_000, seed: 1 });
  const benchGraph = graphOf(bench);

  it('is deterministic: the same seed gives the same bytes, another seed other ties', () => {
    const again = generateNeighbourhood({ people: 10_000, ties: 50_000, seed: 1 });
    expect(edgesCsv(again)).toBe(edgesCsv(bench));
    expect(nodesCsv(again)).toBe(nodesCsv(bench));
    const other = generateNeighbourhood({ people: 10_000, ties: 50_000, seed: 2 });
    expect(edgesCsv(other)).not.toBe(edgesCsv(bench));
  });

  it.each([
    [10_000, 50_000],
    [2_000, 8_000],
    [300, 1_200],
  ])('%i people, %i ties: the tie count within ±2 %, distinct pairs, no self-loops', (people, ties) => {
    const neighbourhood = people === 10_000 ? bench : generateNeighbourhood({ people, ties, seed: 3 });
    expect(neighbourhood.people).toHaveLength(people);
    expect(Math.abs(neighbourhood.ties.length - ties)).toBeLessThanOrEqual(0.02 * ties);
    // buildGraph with duplicates: 'error' refuses a repeated pair and a self-loop
    const graph = graphOf(neighbourhood);
    expect(graph.size).toBe(neighbourhood.ties.length);
    expect(graph.order).toBe(people);
  });

  it('5–8 % of the people have no tie', () => {
    const share = isolates(benchGraph).length / bench.people.length;
    expect(share).toBeGreaterThanOrEqual(0.05);
    expect(share).toBeLessThanOrEqual(0.08);
  });

  it('a couple of components besides the isolates, and one large one', () => {
    const { count, sizes, largestShare } = componentSummary(benchGraph);
    const groups = count - isolates(benchGraph).length;
    expect(groups).toBeGreaterThanOrEqual(2);
    expect(groups).toBeLessThanOrEqual(6);
    expect(sizes[1]).toBeGreaterThanOrEqual(20); // a closed street
    expect(largestShare).toBeGreaterThan(0.85);
  });

  it('clusters like a neighbourhood: average clustering far above a random graph with as many ties', () => {
    const neighbourhood = averageClustering(benchGraph);
    const random = averageClustering(randomGraph(10_000, 50_000, 1));
    expect(random).toBeLessThan(0.01);
    expect(neighbourhood).toBeGreaterThan(0.2);
    expect(neighbourhood).toBeGreaterThan(20 * random);
  });

  it('streets of 20–60 people, households of 1–5, ids in order', () => {
    const streetSizes = new Map<number, number>();
    const householdSizes = new Map<number, number>();
    for (const person of bench.people) {
      streetSizes.set(person.street, (streetSizes.get(person.street) ?? 0) + 1);
      householdSizes.set(person.household, (householdSizes.get(person.household) ?? 0) + 1);
    }
    expect(streetSizes.size).toBe(bench.streets);
    expect(Math.min(...streetSizes.values())).toBeGreaterThanOrEqual(20);
    expect(Math.max(...streetSizes.values())).toBeLessThanOrEqual(60);
    expect(householdSizes.size).toBe(bench.households);
    expect(Math.min(...householdSizes.values())).toBeGreaterThanOrEqual(1);
    expect(Math.max(...householdSizes.values())).toBeLessThanOrEqual(5);
    const ids = bench.people.map((p) => p.id);
    expect(ids[0]).toBe('p00001');
    expect([...ids].sort()).toEqual(ids);
  });

  it('strengths 1–5; households strong, weak ties more common across streets than within', () => {
    const person = new Map(bench.people.map((p) => [p.id, p]));
    const weak = { within: 0, withinAll: 0, across: 0, acrossAll: 0 };
    const strengths = new Set<number>();
    const household = new Set<number>();
    for (const { source, target, weight } of bench.ties) {
      strengths.add(weight);
      const a = person.get(source);
      const b = person.get(target);
      if (!a || !b) throw new Error(`unknown id in ${source}–${target}`);
      if (a.household === b.household) {
        household.add(weight);
      } else if (a.street === b.street) {
        weak.withinAll++;
        if (weight <= 2) weak.within++;
      } else {
        weak.acrossAll++;
        if (weight <= 2) weak.across++;
      }
    }
    expect([...strengths].sort()).toEqual([1, 2, 3, 4, 5]);
    expect([...household].sort()).toEqual([4, 5]);
    expect(weak.acrossAll).toBeGreaterThan(0.1 * bench.ties.length); // some friendships across streets
    expect(weak.withinAll).toBeGreaterThan(weak.acrossAll); // the street is where most ties are
    expect(weak.across / weak.acrossAll).toBeGreaterThan(weak.within / weak.withinAll + 0.1);
  });

  it("writes the CSV headers the analysts' CLI reads", () => {
    expect(edgesCsv(bench).split('\n', 2)).toEqual([
      'source,target,weight',
      expect.stringMatching(/^p\d{5},p\d{5},[1-5]$/),
    ]);
    expect(nodesCsv(bench).split('\n', 2)).toEqual(['id,street,household', 'p00001,1,1']);
  });

  it('refuses impossible options', () => {
    expect(() => generateNeighbourhood({ people: 100, ties: 100_000 })).toThrow(/too many/);
    expect(() => generateNeighbourhood({ people: 1 })).toThrow(/people/);
    expect(() => generateNeighbourhood({ seed: 0.5 })).toThrow(/seed/);
  });
});
