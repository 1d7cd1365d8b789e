/**
 * Where each node goes. The API lays every network out (libs/graph networkLayout: a seeded fcose layout, once
 * per data version and date) and sends the positions with it, so the browser — a phone too — spends no time on
 * a force layout and every colleague sees the same map. Here: the positions from the payload, and those for a
 * new date that keep the people on screen where they are (the time slider).
 */
import type { Network } from './map-api';
import type { Positions } from './position-cache';

/** Above this many nodes the map draws without animations, edges hidden while panning and, if possible, WebGL. */
export const LARGE_GRAPH = 1000;

export function isLargeGraph(nodeCount: number): boolean {
  return nodeCount > LARGE_GRAPH;
}

/** The positions the API computed, by node id. */
export function payloadPositions(network: Pick<Network, 'nodes'>): Positions {
  const positions: Record<string, { x: number; y: number }> = {};
  for (const node of network.nodes) positions[node.id] = { x: node.x, y: node.y };
  return positions;
}

/**
 * Positions for a new version of a network (the time slider moved) from those the map already shows: the same
 * people stay where they are, so ties visibly appear and disappear. A newcomer goes next to the people they are
 * tied to (their mean position, nudged so they do not land on top), or, with no placed neighbour, on a ring
 * around the map. Returns null when too little is known to be worth keeping — then a fresh layout is better.
 */
export function extendPositions(
  previous: Positions,
  network: Pick<Network, 'nodes' | 'edges'>,
  minShare = 0.8,
): Positions | null {
  const ids = network.nodes.map((n) => n.id);
  if (ids.length === 0) return {};
  const known = ids.filter((id) => previous[id] !== undefined);
  if (known.length / ids.length < minShare) return null;

  const positions: Record<string, { x: number; y: number }> = {};
  for (const id of known) positions[id] = { ...previous[id] };
  const xs = known.map((id) => previous[id].x);
  const ys = known.map((id) => previous[id].y);
  const centre = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  const radius = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) / 2 + 80;

  const neighbours = new Map<string, string[]>();
  for (const edge of network.edges) {
    neighbours.set(edge.source, [...(neighbours.get(edge.source) ?? []), edge.target]);
    neighbours.set(edge.target, [...(neighbours.get(edge.target) ?? []), edge.source]);
  }
  const newcomers = ids.filter((id) => previous[id] === undefined);
  newcomers.forEach((id, i) => {
    const placed = (neighbours.get(id) ?? []).filter((other) => previous[other] !== undefined);
    const angle = (2 * Math.PI * i) / newcomers.length;
    if (placed.length > 0) {
      const x = placed.reduce((sum, other) => sum + previous[other].x, 0) / placed.length;
      const y = placed.reduce((sum, other) => sum + previous[other].y, 0) / placed.length;
      positions[id] = { x: x + 24 * Math.cos(angle), y: y + 24 * Math.sin(angle) };
    } else {
      positions[id] = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
    }
  });
  return positions;
}
