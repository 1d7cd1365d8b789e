/**
 * Where each node of the relationship map goes, computed once where it is cheapest to keep: the API lays a
 * place's network out per data version and date and sends the positions with the map (issue 4: a 2,000-node
 * neighbourhood interactive within 2 s — a phone should not spend seconds on a force layout, and everyone in
 * the team sees the same map of the same neighbourhood).
 *
 * Up to LARGE_ABOVE linked nodes: fcose (fast compound spring embedder, Balci & Dogrusoz 2022: a spectral start
 * refined by a force-directed CoSE pass) from cytoscape-fcose on a headless Cytoscape instance. Strong ties pull
 * their people closer; memberships and participations pull loosely, so a big app group does not crush its
 * members together. fcose draws from Math.random, so the synchronous run swaps in a seeded generator
 * (createRandom, mulberry32) and restores the real one afterwards.
 *
 * Above LARGE_ABOVE: ForceAtlas2 (Jacomy et al. 2014, the layout of Gephi; graphology-layout-forceatlas2) with
 * Barnes–Hut and strong gravity, from seeded random starting positions, then scaled so that a tie is as long on
 * average as in fcose's maps. For 2,000 nodes fcose's full quality takes about a minute and its spectral 'draft'
 * alone piles the neighbourhood into one blob; ForceAtlas2 shows the streets and groups as lobes in about the
 * draft's time (docs/benchmarks.md).
 *
 * Both are deterministic: the same data always gives the same map. Nodes without any edge skip the force
 * layout and stand in a grid to the left of the rest, in label order: a force layout would scatter or pile
 * them, and a worker looks for them as a group anyway.
 */
// the ambient types of cytoscape-fcose must reach every program that compiles this file (the API, the tools)
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./cytoscape-fcose.d.ts" />
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
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

/** Above this many linked nodes ForceAtlas2 lays the map out instead of fcose. */
export const LARGE_ABOVE = 1000;

export interface NetworkLayoutOptions {
  seed: number;
  /** above this many linked nodes, ForceAtlas2 instead of fcose */
  largeAbove: number;
}

export const DEFAULTS: NetworkLayoutOptions = { seed: 20_261_101, largeAbove: LARGE_ABOVE };
/** ForceAtlas2's iterations: enough for the lobes of 2,000 nodes to settle (more moves them little). */
export const FORCE_ATLAS_ITERATIONS = 150;
/** the mean length of a tie in a ForceAtlas2 map, in map units (fcose's ideal lengths are 50–70) */
export const MEAN_TIE_LENGTH = 60;
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

/** fcose's options. */
export function fcoseOptions() {
  const isGroup = (edge: cytoscape.EdgeSingular) => edge.data('group') === true;
  return {
    name: 'fcose',
    quality: 'default',
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
  const { seed, largeAbove } = { ...DEFAULTS, ...options };
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

  const positions: Positions =
    connected.length === 0
      ? {}
      : connected.length > largeAbove
        ? forceAtlasLayout(connected, kept, seed)
        : fcoseLayout(connected, kept, seed);
  Object.assign(
    positions,
    tile(
      alone.map((node) => node.id),
      positions,
    ),
  );
  return positions;
}

function fcoseLayout(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], seed: number): Positions {
  registerFcose();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...nodes.map((node) => ({ group: 'nodes' as const, data: { id: node.id, size: node.size } })),
      ...edges.map((edge, i) => ({
        group: 'edges' as const,
        data: { id: `e${i}`, source: edge.source, target: edge.target, group: edge.group, width: edge.width },
      })),
    ],
  });
  try {
    withSeededRandom(seed, () => {
      cy.layout(fcoseOptions() as unknown as cytoscape.LayoutOptions).run();
    });
    const positions: Positions = {};
    cy.nodes().forEach((node) => {
      const { x, y } = node.position();
      positions[node.id()] = { x, y };
    });
    return positions;
  } finally {
    cy.destroy();
  }
}

/**
 * ForceAtlas2 on a graphology graph. A tie pulls with its width (so with its strength), a membership or
 * participation with half the weakest tie's; the start is seeded random in a square that gives each node about
 * MEAN_TIE_LENGTH² of room, and the result is scaled to MEAN_TIE_LENGTH per tie.
 */
function forceAtlasLayout(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], seed: number): Positions {
  const graph = new UndirectedGraph();
  const random = createRandom(seed);
  const side = Math.sqrt(nodes.length) * MEAN_TIE_LENGTH;
  for (const node of nodes) graph.addNode(node.id, { x: random() * side, y: random() * side });
  for (const edge of edges) graph.addEdge(edge.source, edge.target, { weight: edge.group ? 0.5 : edge.width });
  const positions: Positions = forceAtlas2(graph, {
    iterations: FORCE_ATLAS_ITERATIONS,
    getEdgeWeight: 'weight',
    settings: {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: true,
      strongGravityMode: true,
      gravity: 0.05,
      scalingRatio: 10,
      edgeWeightInfluence: 1,
    },
  });
  const ties = edges.filter((edge) => !edge.group);
  const measured = ties.length > 0 ? ties : edges;
  const mean =
    measured.reduce((sum, { source, target }) => {
      const a = positions[source];
      const b = positions[target];
      return sum + Math.hypot(a.x - b.x, a.y - b.y);
    }, 0) / measured.length;
  const scale = mean > 0 ? MEAN_TIE_LENGTH / mean : 1;
  for (const id of Object.keys(positions)) {
    positions[id] = { x: positions[id].x * scale, y: positions[id].y * scale };
  }
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
