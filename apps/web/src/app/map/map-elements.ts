/**
 * From the API's Network payload to Cytoscape element definitions: every visual decision about a node or an
 * edge is made here, as data (shape, fill, outline, size, width, line style), and the stylesheet only maps that
 * data onto Cytoscape properties. Pure, so the look of the map is unit-tested without a canvas.
 *
 * - residents are circles, connectors (CONNECTOR or KEY_FIGURE role) stars with a dark gold outline,
 *   collectives hexagons, initiatives diamonds — each kind a shape *and* a colour, so neither colour vision
 *   nor a black-and-white print is needed to tell them apart;
 * - a tie's width grows with its strength (1–5); weak ties (strength ≤ 2, as the API marks them) are dashed;
 * - memberships and participations are thin dotted lines, so they never read as social ties;
 * - gap-filler suggestions are proposed ties: dashed and magenta, shown only with their highlight on.
 */
import { isConnector, mapNodeSize, mapTieWidth } from '@weefsel/domain';
import type { Network, NetworkEdge, NetworkNode, Suggestion } from './map-api';
import type { Colouring } from './map-colours';

export type NodeVisual = 'resident' | 'connector' | 'collective' | 'initiative';
export type EdgeVisual = 'tie' | 'weakTie' | 'membership' | 'participation' | 'proposed';
export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface NodeLook {
  shape: string;
  fill: string;
  border: string;
  borderWidth: number;
}

/** The fixed part of each kind's look; a resident's and connector's fill comes from the colouring. */
export const NODE_LOOK: Readonly<Record<NodeVisual, NodeLook>> = {
  resident: { shape: 'ellipse', fill: '', border: '#ffffff', borderWidth: 1 },
  connector: { shape: 'star', fill: '', border: '#8a5a00', borderWidth: 2.5 },
  collective: { shape: 'round-hexagon', fill: '#334155', border: '#ffffff', borderWidth: 1.5 },
  initiative: { shape: 'round-diamond', fill: '#9d174d', border: '#ffffff', borderWidth: 1.5 },
};

export interface EdgeLook {
  colour: string;
  lineStyle: LineStyle;
}

export const EDGE_LOOK: Readonly<Record<EdgeVisual, EdgeLook>> = {
  tie: { colour: '#8c959f', lineStyle: 'solid' },
  weakTie: { colour: '#8c959f', lineStyle: 'dashed' },
  membership: { colour: '#c9c2b2', lineStyle: 'dotted' },
  participation: { colour: '#d9b8c8', lineStyle: 'dotted' },
  proposed: { colour: '#c026d3', lineStyle: 'dashed' },
};

export const PROPOSED_WIDTH = 2.5;
export const GROUP_EDGE_WIDTH = 1;

export function nodeVisual(node: Pick<NetworkNode, 'kind' | 'roles'>): NodeVisual {
  switch (node.kind) {
    case 'COLLECTIVE':
      return 'collective';
    case 'INITIATIVE':
      return 'initiative';
    case 'PERSON':
      return isConnector(node.roles) ? 'connector' : 'resident';
  }
}

export function edgeVisual(edge: Pick<NetworkEdge, 'kind' | 'weak'>): EdgeVisual {
  switch (edge.kind) {
    case 'TIE':
      return edge.weak ? 'weakTie' : 'tie';
    case 'MEMBERSHIP':
      return 'membership';
    case 'PARTICIPATION':
      return 'participation';
  }
}

export interface MapNodeData {
  id: string;
  label: string;
  visual: NodeVisual;
  shape: string;
  fill: string;
  border: string;
  borderWidth: number;
  size: number;
}

export interface MapEdgeData {
  id: string;
  source: string;
  target: string;
  visual: EdgeVisual;
  colour: string;
  lineStyle: LineStyle;
  width: number;
}

export interface MapElements {
  nodes: { group: 'nodes'; data: MapNodeData }[];
  edges: { group: 'edges'; data: MapEdgeData }[];
}

export interface ProposedTie {
  id: string;
  source: string;
  target: string;
}

/** Proposed ties of the suggestions, once per pair, between two people on this map who have no tie yet. */
export function proposedTies(
  network: Pick<Network, 'nodes' | 'edges'>,
  suggestions: readonly Suggestion[],
): ProposedTie[] {
  const people = new Set(network.nodes.filter((n) => n.kind === 'PERSON').map((n) => n.id));
  const pair = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const tied = new Set(network.edges.filter((e) => e.kind === 'TIE').map((e) => pair(e.source, e.target)));
  const seen = new Set<string>();
  const ties: ProposedTie[] = [];
  for (const suggestion of suggestions) {
    const tie = suggestion.proposedTie;
    if (!tie || tie.personAId === tie.personBId) continue;
    if (!people.has(tie.personAId) || !people.has(tie.personBId)) continue;
    const key = pair(tie.personAId, tie.personBId);
    if (tied.has(key) || seen.has(key)) continue;
    seen.add(key);
    ties.push({ id: proposedTieId(tie.personAId, tie.personBId), source: tie.personAId, target: tie.personBId });
  }
  return ties;
}

export function proposedTieId(a: string, b: string): string {
  return a < b ? `proposed:${a}:${b}` : `proposed:${b}:${a}`;
}

export function buildElements(
  network: Pick<Network, 'nodes' | 'edges'>,
  colouring: Colouring,
  proposed: readonly ProposedTie[] = [],
): MapElements {
  const nodes = network.nodes.map((node) => {
    const visual = nodeVisual(node);
    const look = NODE_LOOK[visual];
    const isPerson = visual === 'resident' || visual === 'connector';
    const groupColour = colouring.groupColourOf.get(node.id);
    return {
      group: 'nodes' as const,
      data: {
        id: node.id,
        label: node.label,
        visual,
        shape: look.shape,
        fill: isPerson ? (colouring.colourOf.get(node.id) ?? look.fill) : look.fill,
        // in collective mode a collective wears its group colour as a thick outline, to match it to its members
        border: groupColour ?? look.border,
        borderWidth: groupColour ? 4 : look.borderWidth,
        size: mapNodeSize(node),
      },
    };
  });
  const ids = new Set(network.nodes.map((node) => node.id));
  const edges = network.edges
    .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
    .map((edge) => {
      const visual = edgeVisual(edge);
      const look = EDGE_LOOK[visual];
      return {
        group: 'edges' as const,
        data: {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          visual,
          colour: look.colour,
          lineStyle: look.lineStyle,
          width: edge.kind === 'TIE' ? mapTieWidth(edge.strength) : GROUP_EDGE_WIDTH,
        },
      };
    });
  for (const tie of proposed) {
    edges.push({
      group: 'edges',
      data: {
        id: tie.id,
        source: tie.source,
        target: tie.target,
        visual: 'proposed',
        colour: EDGE_LOOK.proposed.colour,
        lineStyle: EDGE_LOOK.proposed.lineStyle,
        width: PROPOSED_WIDTH,
      },
    });
  }
  return { nodes, edges };
}
