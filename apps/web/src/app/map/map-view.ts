/**
 * What the map shows at this moment, as classes per element: filtered out (`hidden`), lit by a highlight
 * (`hl` and its kind) or not (`dim`), outside the ego view (`faded`), the ego itself and the selection.
 * Filters and views never move or remove elements — positions stay put, so switching a filter does not
 * reshuffle the map in the worker's head. Pure: the page computes it, the graph wrapper applies it.
 */
import type { Network, NetworkEdge, NetworkNode } from './map-api';
import type { ProposedTie } from './map-elements';
import { type Highlight, highlightMatches } from './map-highlights';

export interface MapFilter {
  /** tie kinds (NEIGHBOUR, FRIEND, …) switched off; empty shows all, so a new kind is never hidden by default */
  hiddenTieKinds: ReadonlySet<string>;
  /** ties weaker than this are hidden (1 shows all) */
  minStrength: number;
  showCollectives: boolean;
  showInitiatives: boolean;
  /**
   * ecogram functions (PRACTICAL, COMPANIONSHIP, ADVICE, EMOTIONAL): only ties that carry at least one of them
   * are shown; empty shows every tie, also those without a recorded function
   */
  functions: ReadonlySet<string>;
  /** a collective or initiative: only it, its members or participants and the ties among them; null shows all */
  group: string | null;
}

export const DEFAULT_FILTER: MapFilter = {
  hiddenTieKinds: new Set(),
  minStrength: 1,
  showCollectives: true,
  showInitiatives: true,
  functions: new Set(),
  group: null,
};

/** The people of a collective or initiative on the map (members, participants) and the group itself. */
export function groupNodes(network: Pick<Network, 'edges'>, groupId: string): Set<string> {
  const found = new Set([groupId]);
  for (const edge of network.edges) {
    if (edge.kind === 'TIE') continue;
    if (edge.target === groupId) found.add(edge.source);
    else if (edge.source === groupId) found.add(edge.target);
  }
  return found;
}

/** The nodes the filter lets through: group kinds switched on, and within the chosen group (if any). */
export function visibleNodeIds(network: Pick<Network, 'nodes' | 'edges'>, filter: MapFilter): Set<string> {
  // a group that is not on this map (another place, another date) filters nothing
  const inGroup =
    filter.group && network.nodes.some((n) => n.id === filter.group) ? groupNodes(network, filter.group) : null;
  return new Set(
    network.nodes.filter((n) => isNodeVisible(n, filter) && (!inGroup || inGroup.has(n.id))).map((n) => n.id),
  );
}

export type EgoRadius = 1 | 2;

export interface Ego {
  id: string;
  radius: EgoRadius;
}

export interface ViewState {
  filter: MapFilter;
  highlights: ReadonlySet<Highlight>;
  ego: Ego | null;
  selected: string | null;
}

/** A tie without a kind counts as OTHER, like in the domain. */
export function tieKindOf(edge: Pick<NetworkEdge, 'detail'>): string {
  return edge.detail ?? 'OTHER';
}

export function isNodeVisible(node: Pick<NetworkNode, 'kind'>, filter: MapFilter): boolean {
  switch (node.kind) {
    case 'PERSON':
      return true;
    case 'COLLECTIVE':
      return filter.showCollectives;
    case 'INITIATIVE':
      return filter.showInitiatives;
  }
}

export function isEdgeVisible(edge: NetworkEdge, filter: MapFilter): boolean {
  switch (edge.kind) {
    case 'TIE':
      return (
        !filter.hiddenTieKinds.has(tieKindOf(edge)) &&
        (edge.strength ?? 1) >= filter.minStrength &&
        (filter.functions.size === 0 || (edge.functions ?? []).some((f) => filter.functions.has(f)))
      );
    case 'MEMBERSHIP':
      return filter.showCollectives;
    case 'PARTICIPATION':
      return filter.showInitiatives;
  }
}

export interface VisibleCounts {
  nodes: number;
  people: number;
  collectives: number;
  initiatives: number;
  ties: number;
}

export function visibleCounts(network: Pick<Network, 'nodes' | 'edges'>, filter: MapFilter): VisibleCounts {
  const visible = visibleNodeIds(network, filter);
  const nodes = network.nodes.filter((node) => visible.has(node.id));
  return {
    nodes: nodes.length,
    people: nodes.filter((n) => n.kind === 'PERSON').length,
    collectives: nodes.filter((n) => n.kind === 'COLLECTIVE').length,
    initiatives: nodes.filter((n) => n.kind === 'INITIATIVE').length,
    ties: network.edges.filter(
      (edge) =>
        edge.kind === 'TIE' && isEdgeVisible(edge, filter) && visible.has(edge.source) && visible.has(edge.target),
    ).length,
  };
}

/**
 * The ego network over the visible edges: people within `radius` ties of the ego, and the collectives and
 * initiatives those people belong to. Collectives and initiatives are not walked through (everyone in a
 * 60-member app group is not "two hops away"), unless one is itself the ego: then its members are hop one.
 */
export function egoNodes(network: Pick<Network, 'nodes' | 'edges'>, ego: Ego, filter: MapFilter): Set<string> {
  const kindOf = new Map(network.nodes.map((node) => [node.id, node.kind]));
  if (!kindOf.has(ego.id)) return new Set();
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const edge of network.edges) {
    if (!isEdgeVisible(edge, filter)) continue;
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  const found = new Set([ego.id]);
  let frontier = [ego.id];
  for (let hop = 0; hop < ego.radius; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      if (id !== ego.id && kindOf.get(id) !== 'PERSON') continue;
      for (const other of neighbours.get(id) ?? []) {
        if (found.has(other)) continue;
        found.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return found;
}

/** Classes for every element of the map (nodes, edges and proposed ties), from the state of the controls. */
export function elementClasses(
  network: Pick<Network, 'nodes' | 'edges'>,
  proposed: readonly ProposedTie[],
  state: ViewState,
): Map<string, string> {
  const classes = new Map<string, string>();
  const lit = highlightMatches(network, state.highlights, proposed);
  const highlighting = state.highlights.size > 0;
  const inEgo = state.ego ? egoNodes(network, state.ego, state.filter) : null;
  const visible = visibleNodeIds(network, state.filter);
  const hiddenNodes = new Set(network.nodes.filter((n) => !visible.has(n.id)).map((n) => n.id));

  for (const node of network.nodes) {
    const list: string[] = [];
    if (hiddenNodes.has(node.id)) list.push('hidden');
    const hl = lit.nodes.get(node.id);
    if (hl) list.push('hl', ...hl);
    else if (highlighting) list.push('dim');
    if (inEgo) list.push(inEgo.has(node.id) ? 'in-ego' : 'faded');
    if (state.ego?.id === node.id) list.push('ego');
    if (state.selected === node.id) list.push('selected');
    classes.set(node.id, list.join(' '));
  }
  for (const edge of network.edges) {
    const list: string[] = [];
    if (!isEdgeVisible(edge, state.filter) || hiddenNodes.has(edge.source) || hiddenNodes.has(edge.target)) {
      list.push('hidden');
    }
    const hl = lit.edges.get(edge.id);
    if (hl) list.push('hl', ...hl);
    else if (highlighting) list.push('dim');
    if (inEgo && !(inEgo.has(edge.source) && inEgo.has(edge.target))) list.push('faded');
    classes.set(edge.id, list.join(' '));
  }
  for (const tie of proposed) {
    // a proposal is drawn only while its highlight is on: otherwise it would pass for a real tie
    const hl = lit.edges.get(tie.id);
    const list = hl ? ['hl', ...hl] : ['hidden'];
    if (inEgo && !(inEgo.has(tie.source) && inEgo.has(tie.target))) list.push('faded');
    classes.set(tie.id, list.join(' '));
  }
  return classes;
}
