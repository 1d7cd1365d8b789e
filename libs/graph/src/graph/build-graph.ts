/**
 * Build a weighted undirected graph from plain node and edge lists (CSV rows, JSON, test data).
 *
 * The result is what every libs/graph algorithm expects and what NetworkX's `nx.Graph` is: undirected, simple
 * (no self-loops, no parallel edges), the edge attribute `weight` a finite number > 0 (1 when not given).
 * Nodes come first in the order of `nodes`, then in the order edges first mention them; a node listed in `nodes`
 * without an edge is an isolate. A node listed twice in `nodes` is one node.
 *
 * Duplicate rule: the same undirected pair given twice (in either order) is one edge whose weight is
 * - `max` (default): the larger weight — for ties, the strongest tie between two people is the one that counts;
 * - `sum`: the sum of the weights (e.g. interaction counts spread over rows);
 * - `first`: the first row's weight, later rows ignored;
 * - `error`: a {@link BuildGraphError}.
 *
 * Bad input throws a {@link BuildGraphError} (`graph/build-graph: …`) that carries the 0-based position of the
 * offending item in its list, so a caller can report a file's line number.
 */
import { UndirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';

export type DuplicateEdgeRule = 'max' | 'sum' | 'first' | 'error';

export interface EdgeInput {
  source: string;
  target: string;
  /** finite and > 0; 1 when absent */
  weight?: number;
}

export interface GraphInput {
  nodes?: Iterable<string>;
  edges: Iterable<EdgeInput>;
}

export interface BuildGraphOptions {
  duplicates: DuplicateEdgeRule;
}

export interface WeightedEdgeAttributes {
  weight: number;
}

export type WeightedGraph = UndirectedGraph<Attributes, WeightedEdgeAttributes>;

export const DEFAULTS: BuildGraphOptions = { duplicates: 'max' };

export class BuildGraphError extends Error {
  constructor(
    message: string,
    /** which list the bad item is in */
    readonly list: 'nodes' | 'edges',
    /** 0-based position of the bad item in that list */
    readonly position: number,
  ) {
    super(`graph/build-graph: ${message}`);
    this.name = 'BuildGraphError';
  }
}

const RULES: readonly DuplicateEdgeRule[] = ['max', 'sum', 'first', 'error'];

export function buildGraph(input: GraphInput, options: Partial<BuildGraphOptions> = {}): WeightedGraph {
  const { duplicates } = { ...DEFAULTS, ...options };
  if (!RULES.includes(duplicates)) {
    throw new Error(`graph/build-graph: duplicates must be one of ${RULES.join(', ')}, got ${String(duplicates)}`);
  }
  const graph: WeightedGraph = new UndirectedGraph<Attributes, WeightedEdgeAttributes>({ allowSelfLoops: false });

  let position = 0;
  for (const node of input.nodes ?? []) {
    if (!isId(node)) {
      throw new BuildGraphError(
        `node ${position}: id must be a non-empty string, got ${show(node)}`,
        'nodes',
        position,
      );
    }
    graph.mergeNode(node);
    position++;
  }

  const firstPosition = new Map<string, number>();
  position = 0;
  for (const edge of input.edges) {
    const { source, target } = edge;
    const where = `edge ${position}`;
    if (!isId(source) || !isId(target)) {
      throw new BuildGraphError(
        `${where}: source and target must be non-empty strings, got ${show(source)} and ${show(target)}`,
        'edges',
        position,
      );
    }
    if (source === target) {
      throw new BuildGraphError(`${where}: self-loop on "${source}" (a tie needs two people)`, 'edges', position);
    }
    const weight = edge.weight === undefined ? 1 : edge.weight;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) {
      throw new BuildGraphError(
        `${where} ("${source}" – "${target}"): weight must be a finite number > 0, got ${show(weight)}`,
        'edges',
        position,
      );
    }
    graph.mergeNode(source);
    graph.mergeNode(target);
    const existing = graph.edge(source, target);
    if (existing === undefined) {
      const key = graph.addEdge(source, target, { weight });
      firstPosition.set(key, position);
    } else {
      const current = graph.getEdgeAttribute(existing, 'weight');
      switch (duplicates) {
        case 'max':
          if (weight > current) graph.setEdgeAttribute(existing, 'weight', weight);
          break;
        case 'sum':
          graph.setEdgeAttribute(existing, 'weight', current + weight);
          break;
        case 'first':
          break;
        case 'error':
          throw new BuildGraphError(
            `${where} ("${source}" – "${target}") duplicates edge ${firstPosition.get(existing)} (duplicates: 'error')`,
            'edges',
            position,
          );
      }
    }
    position++;
  }
  return graph;
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}
