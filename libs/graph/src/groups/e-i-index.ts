/**
 * E-I index (Krackhardt & Stern 1988): how much a group's ties point outward. E-I = (E − I) / (E + I), with E the
 * ties from the group's members to people outside it and I the ties among its members: −1 all internal (a closed
 * group), +1 all external. DESIGN.md uses it for any grouping: street, collective, community.
 *
 * - Per group: an internal tie counts once in I of its group; an external tie counts in E of both ends' groups.
 * - Overall: every tie counts once, in E or in I — Krackhardt & Stern's whole-network index.
 * - Nodes whose group is null (or undefined) are left out, with all their ties.
 * - `weighted`: a tie counts with its `weight` attribute (1 when absent) instead of 1.
 * - `index` is null when a group has no counted tie (0 / 0); likewise `overall` when no tie is counted.
 * Groups are listed for every group some node belongs to, sorted by name. NetworkX has no E-I index; the spec
 * checks hand-worked examples.
 */
import type { AbstractGraph } from 'graphology-types';

export interface EiIndexOptions {
  weighted: boolean;
}

export interface EiGroup {
  internal: number;
  external: number;
  index: number | null;
}

export interface EiIndex {
  overall: number | null;
  groups: Record<string, EiGroup>;
}

export const DEFAULTS: EiIndexOptions = { weighted: false };

export function eiIndex(
  graph: AbstractGraph,
  groupOf: (node: string) => string | null,
  options: Partial<EiIndexOptions> = {},
): EiIndex {
  const { weighted } = { ...DEFAULTS, ...options };
  if (graph.directedSize > 0) {
    throw new Error(`graph/e-i-index: expected an undirected graph, got ${graph.directedSize} directed edge(s)`);
  }
  const groupOfNode = new Map<string, string | null>();
  const counts = new Map<string, { internal: number; external: number }>();
  graph.forEachNode((node) => {
    // undefined (an attribute that is not set) counts as null
    const group = groupOf(node) ?? null;
    if (group !== null && typeof group !== 'string') {
      throw new Error(`graph/e-i-index: the group of "${node}" must be a string or null, got ${String(group)}`);
    }
    groupOfNode.set(node, group);
    if (group !== null && !counts.has(group)) counts.set(group, { internal: 0, external: 0 });
  });

  let internal = 0;
  let external = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    const a = groupOfNode.get(source) ?? null;
    const b = groupOfNode.get(target) ?? null;
    if (a === null || b === null) return;
    const raw: unknown = attributes['weight'];
    const w = weighted && typeof raw === 'number' ? raw : 1;
    if (a === b) {
      internal += w;
      (counts.get(a) as EiGroup).internal += w;
    } else {
      external += w;
      (counts.get(a) as EiGroup).external += w;
      (counts.get(b) as EiGroup).external += w;
    }
  });

  const groups = [...counts.keys()].sort().map((group): [string, EiGroup] => {
    const c = counts.get(group) as { internal: number; external: number };
    return [group, { internal: c.internal, external: c.external, index: ratio(c.external, c.internal) }];
  });
  return { overall: ratio(external, internal), groups: Object.fromEntries(groups) };
}

function ratio(external: number, internal: number): number | null {
  const total = external + internal;
  return total === 0 ? null : (external - internal) / total;
}
