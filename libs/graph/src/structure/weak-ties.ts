/**
 * Weak ties and bridging weak ties (Granovetter 1973; DESIGN.md: "weak tie: strength ≤ 2; a bridging weak tie also
 * crosses communities, streets or collectives").
 *
 * For every edge with `weight ≤ maxStrength` (an edge without a weight counts 1, so it is weak):
 * - `isBridge`: removing it disconnects its ends (as `bridges`, NetworkX `nx.bridges`);
 * - `isLocalBridge`: its ends share no neighbour (as `localBridges`, NetworkX `nx.local_bridges`);
 * - `span`: hops between the ends without this tie — null when that disconnects them, 2 when they share a
 *   neighbour, otherwise the local bridge's span as NetworkX's `local_bridges(G, with_span=True)` (which gives a
 *   span for local bridges only: the 2 for a tie on a triangle is this module's extension);
 * - `crosses`: the names of the `groupings` whose groups differ between the two ends. A grouping maps a node to a
 *   group, to several (a person in several collectives) or to null (undefined counts as null). It is crossed when
 *   both ends have at least one group and they have none in common; an end without a group says nothing, so it is
 *   not a crossing;
 * - `bridging`: the tie crosses a grouping or is a (local) bridge.
 * Results in graphology's edge order, in the order of `groupings`' keys within `crosses`.
 *
 * Cost: one Tarjan pass and one triangle pass for the whole graph, plus one bidirectional search per weak local
 * bridge that is not a bridge (see local-bridges.ts).
 */
import type { AbstractGraph } from 'graphology-types';
import { toAdjacency } from '../graph/adjacency';
import { spanFinder } from './local-bridges';
import { lowLink } from './low-link';
import { edgesOnTriangles } from './triangles';

/** node → its group, groups, or null when it has none */
export type Grouping = (node: string) => string | readonly string[] | null;

export interface WeakTiesOptions {
  /** ties with weight ≤ this are weak (Weefsel's scale: 1 and 2) */
  maxStrength: number;
  /** named groupings, e.g. { street, community, collective } */
  groupings: Record<string, Grouping>;
}

export interface WeakTie {
  source: string;
  target: string;
  weight: number;
  isBridge: boolean;
  isLocalBridge: boolean;
  /** hops between the ends without this tie; null when they are then disconnected */
  span: number | null;
  /** names of the groupings this tie crosses */
  crosses: string[];
  /** crosses.length > 0, or a (local) bridge */
  bridging: boolean;
}

export const DEFAULTS: WeakTiesOptions = { maxStrength: 2, groupings: {} };

export function weakTies(graph: AbstractGraph, options: Partial<WeakTiesOptions> = {}): WeakTie[] {
  const { maxStrength, groupings } = { ...DEFAULTS, ...options };
  if (typeof maxStrength !== 'number' || Number.isNaN(maxStrength)) {
    throw new Error(`graph/weak-ties: maxStrength must be a number, got ${String(maxStrength)}`);
  }
  for (const [name, grouping] of Object.entries(groupings)) {
    if (typeof grouping !== 'function') throw new Error(`graph/weak-ties: grouping "${name}" must be a function`);
  }
  const adjacency = toAdjacency(graph, 'graph/weak-ties');
  const { nodes, edgeSource, edgeTarget, weight } = adjacency;
  const m = edgeSource.length;
  let anyWeak = false;
  for (let e = 0; e < m && !anyWeak; e++) anyWeak = weight[e] <= maxStrength;
  if (!anyWeak) return [];

  const { isBridge } = lowLink(adjacency);
  const onTriangle = edgesOnTriangles(adjacency);
  const span = spanFinder(adjacency);
  const named = Object.entries(groupings);
  const result: WeakTie[] = [];
  for (let e = 0; e < m; e++) {
    if (!(weight[e] <= maxStrength)) continue;
    const source = nodes[edgeSource[e]];
    const target = nodes[edgeTarget[e]];
    const bridge = isBridge[e] === 1;
    const localBridge = onTriangle[e] === 0;
    const crosses = named.filter(([, grouping]) => crossesGroups(grouping(source), grouping(target))).map(([n]) => n);
    result.push({
      source,
      target,
      weight: weight[e],
      isBridge: bridge,
      isLocalBridge: localBridge,
      span: bridge ? null : localBridge ? span(e) : 2,
      crosses,
      bridging: localBridge || crosses.length > 0,
    });
  }
  return result;
}

function crossesGroups(a: string | readonly string[] | null, b: string | readonly string[] | null): boolean {
  const left = groupsOf(a);
  const right = groupsOf(b);
  if (left.length === 0 || right.length === 0) return false;
  return !left.some((group) => right.includes(group));
}

/** undefined (an attribute that is not set) counts as null: no group */
function groupsOf(value: string | readonly string[] | null | undefined): readonly string[] {
  return value === null || value === undefined ? [] : typeof value === 'string' ? [value] : value;
}
