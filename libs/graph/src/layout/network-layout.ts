/**
 * Where each node of the relationship map goes, computed once where it is cheapest to keep: the API lays a
 * place's network out per data version and date and sends the positions with the map (issue 4: a 2,000-node
 * neighbourhood interactive within 2 s — a phone should not spend seconds on a force layout, and everyone in
 * the team sees the same map of the same neighbourhood).
 *
 * The layout is fcose (fast compound spring embedder, Balci & Dogrusoz 2022: a spectral start refined by a
 * force-directed CoSE pass) from the cytoscape-fcose extension on a headless Cytoscape instance — no canvas, so
 * it runs in Node. Strong ties pull their people closer; memberships and participations pull loosely, so a big
 * app group does not crush its members together. Above DRAFT_ABOVE nodes the CoSE refinement (about ten times
 * the spectral step's time) is skipped: 'draft' quality.
 *
 * Deterministic: fcose draws from Math.random (spectral sampling, tie-breaking shuffles), so the synchronous run
 * swaps in a seeded generator (createRandom, mulberry32) and restores the real one afterwards — the same data
 * always gives the same map. Nodes without any edge skip the force layout and stand in a grid to the left of
 * the rest, in label order: fcose would pile them on one spot, and a worker looks for them as a group anyway.
 */
// the ambient types of cytoscape-fcose must reach every program that compiles this file (the API, the tools)
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./cytoscape-fcose.d.ts" />
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { createRandom } from '../random';

export interface LayoutNode {
  id: string;
  /** what the viewer reads on the map (a name, or an analyst's pseudonym): orders the grid of unlinked nodes */
  label: string;
  /** diameter in map units (libs/domain mapNodeSize) */
  size: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
  /** a membership or participation (true) rather than a tie between two people */
  group: boolean;
  /** the drawn width (libs/domain mapTieWidth): the stronger the tie, the shorter its ideal length */
  width: number;
}

export interface Point {
  x: number;
  y: number;
}

export type Positions = Record<string, Point>;

export interface NetworkLayoutOptions {
  seed: number;
}

export const DEFAULTS: NetworkLayoutOptions = { seed: 20_261_101 };

/** Above this many linked nodes fcose runs in 'draft' quality (spectral only). */
export const DRAFT_ABOVE = 1000;
/** Distance between the unlinked nodes of the grid. */
export const TILE_SPACING = 32;

let fcoseRegistered = false;

function registerFcose(): void {
  if (fcoseRegistered) return;
  cytoscape.use(fcose);
  fcoseRegistered = true;
}

/** Runs a synchronous `run` with Math.random seeded, and puts the real Math.random back whatever happens. */
export function withSeededRandom<T>(seed: number, run: () => T): T {
  const original = Math.random;
  Math.random = createRandom(seed);
  try {
    return run();
  } finally {
    Math.random = original;
  }
}

/** fcose's options for this many linked nodes. */
export function fcoseOptions(nodeCount: number) {
  const isGroup = (edge: cytoscape.EdgeSingular) => edge.data('group') === true;
  return {
    name: 'fcose',
    quality: nodeCount > DRAFT_ABOVE ? 'draft' : 'default',
    randomize: true,
    animate: false,
    fit: false,
    packComponents: true,
    tile: true,
    tilingPaddingVertical: 14,
    tilingPaddingHorizontal: 14,
    nodeSeparation: 80,
    nodeRepulsion: () => 6500,
    idealEdgeLength: (edge: cytoscape.EdgeSingular) => (isGroup(edge) ? 110 : 75 - 5 * Number(edge.data('width'))),
    edgeElasticity: (edge: cytoscape.EdgeSingular) => (isGroup(edge) ? 0.1 : 0.45),
    gravity: 0.3,
    numIter: 2500,
  } as const;
}

/**
 * The position of every node. Edges whose ends are not both among `nodes` are ignored, as are repeated and
 * self edges (Cytoscape would draw them, but they say nothing more about where a node belongs).
 */
export function networkLayout(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  options: Partial<NetworkLayoutOptions> = {},
): Positions {
  const { seed } = { ...DEFAULTS, ...options };
  const ids = new Set(nodes.map((node) => node.id));
  const seen = new Set<string>();
  const kept = edges.filter((edge) => {
    if (edge.source === edge.target || !ids.has(edge.source) || !ids.has(edge.target)) return false;
    const key = edge.source < edge.target ? `${edge.source}\u0000${edge.target}` : `${edge.target}\u0000${edge.source}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const linked = new Set(kept.flatMap((edge) => [edge.source, edge.target]));
  const connected = nodes.filter((node) => linked.has(node.id));
  const alone = nodes
    .filter((node) => !linked.has(node.id))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const positions: Positions = {};
  if (connected.length > 0) {
    registerFcose();
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
      elements: [
        ...connected.map((node) => ({ group: 'nodes' as const, data: { id: node.id, size: node.size } })),
        ...kept.map((edge, i) => ({
          group: 'edges' as const,
          data: { id: `e${i}`, source: edge.source, target: edge.target, group: edge.group, width: edge.width },
        })),
      ],
    });
    try {
      withSeededRandom(seed, () => {
        cy.layout(fcoseOptions(connected.length) as unknown as cytoscape.LayoutOptions).run();
      });
      cy.nodes().forEach((node) => {
        const { x, y } = node.position();
        positions[node.id()] = { x, y };
      });
    } finally {
      cy.destroy();
    }
  }
  Object.assign(
    positions,
    tile(
      alone.map((node) => node.id),
      positions,
    ),
  );
  return positions;
}

/** A square-ish grid for `ids`, its top right corner left of (and level with the top of) what is placed. */
function tile(ids: readonly string[], placed: Positions): Positions {
  if (ids.length === 0) return {};
  const known = Object.values(placed);
  const left = known.length ? Math.min(...known.map((p) => p.x)) : 0;
  const top = known.length ? Math.min(...known.map((p) => p.y)) : 0;
  const columns = Math.ceil(Math.sqrt(ids.length));
  const x0 = known.length ? left - 2 * TILE_SPACING - (columns - 1) * TILE_SPACING : 0;
  const positions: Positions = {};
  ids.forEach((id, i) => {
    positions[id] = { x: x0 + (i % columns) * TILE_SPACING, y: top + Math.floor(i / columns) * TILE_SPACING };
  });
  return positions;
}
