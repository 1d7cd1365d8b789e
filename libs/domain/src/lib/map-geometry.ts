/**
 * The geometry of the relationship map that both sides need: the web draws nodes and ties at these sizes, and
 * the API lays the map out with the same sizes (a node's size keeps its neighbours at a distance, a tie's width
 * sets how close its two people are drawn), so the positions it precomputes fit what the browser draws.
 */
import { PersonRole } from './person';

export type MapNodeKind = 'PERSON' | 'COLLECTIVE' | 'INITIATIVE';

/** Connectors are the people a worker stays close to (DESIGN.md, lesson 5): drawn larger, as stars. */
export const CONNECTOR_ROLES: ReadonlySet<string> = new Set([PersonRole.CONNECTOR, PersonRole.KEY_FIGURE]);

export function isConnector(roles: readonly string[]): boolean {
  return roles.some((role) => CONNECTOR_ROLES.has(role));
}

/**
 * A node's diameter in map units. Collectives and initiatives have a fixed size; residents grow a little with
 * their number of ties (√, so hubs do not swallow their neighbours), connectors start larger.
 */
export function mapNodeSize(node: {
  kind: MapNodeKind | string;
  roles: readonly string[];
  degree: number | null;
}): number {
  if (node.kind === 'COLLECTIVE') return 34;
  if (node.kind === 'INITIATIVE') return 32;
  const base = isConnector(node.roles) ? 26 : 14;
  return Math.round(base + 2 * Math.sqrt(node.degree ?? 0));
}

/** A tie's width by its strength: 1 → 1.3 … 5 → 4.5, strong enough to see the difference, thin enough not to hide the nodes. */
export function mapTieWidth(strength: number | null): number {
  const s = Math.min(5, Math.max(1, strength ?? 1));
  return Math.round((0.5 + 0.8 * s) * 10) / 10;
}
