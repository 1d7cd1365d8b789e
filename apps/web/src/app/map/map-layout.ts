/**
 * Where each node goes. fcose (fast compound spring embedder: a spectral start refined by a force-directed CoSE
 * pass) on a headless Cytoscape instance, so the layout needs no canvas and never sees what the filters hide.
 *
 * Deterministic: fcose draws from Math.random (spectral sampling, tie-breaking shuffles), so the synchronous run
 * swaps in a seeded generator and restores the real one afterwards — the same data always gives the same map.
 * Above LARGE_GRAPH nodes the CoSE refinement (≈10× the spectral step's time) is skipped: 'draft' quality.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Network } from './map-api';
import type { MapElements } from './map-elements';
import type { Positions } from './position-cache';

/** Above this many nodes the map switches to the cheaper layout, no animations and, if possible, WebGL. */
export const LARGE_GRAPH = 1000;
export const LAYOUT_SEED = 20_261_101;

let fcoseRegistered = false;

function registerFcose(): void {
  if (fcoseRegistered) return;
  cytoscape.use(fcose);
  fcoseRegistered = true;
}

/** mulberry32 (public domain, Tommy Ettinger): a small, fast, well-distributed seeded generator in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs a synchronous `run` with Math.random seeded, and puts the real Math.random back whatever happens. */
export function withSeededRandom<T>(seed: number, run: () => T): T {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return run();
  } finally {
    Math.random = original;
  }
}

export function isLargeGraph(nodeCount: number): boolean {
  return nodeCount > LARGE_GRAPH;
}

type EdgeVisualOf = (edge: cytoscape.EdgeSingular) => string;
const visualOf: EdgeVisualOf = (edge) => String(edge.data('visual'));

/** fcose's options for a graph of this size. */
export function fcoseOptions(nodeCount: number) {
  return {
    name: 'fcose',
    quality: isLargeGraph(nodeCount) ? 'draft' : 'default',
    randomize: true,
    animate: false,
    fit: false,
    packComponents: true,
    tile: true,
    tilingPaddingVertical: 14,
    tilingPaddingHorizontal: 14,
    nodeSeparation: 80,
    nodeRepulsion: () => 6500,
    // strong ties pull closer; memberships pull loosely, so a big app group does not crush its members together
    idealEdgeLength: (edge: cytoscape.EdgeSingular) =>
      visualOf(edge) === 'membership' || visualOf(edge) === 'participation' ? 110 : 75 - 5 * Number(edge.data('width')),
    edgeElasticity: (edge: cytoscape.EdgeSingular) =>
      visualOf(edge) === 'membership' || visualOf(edge) === 'participation' ? 0.1 : 0.45,
    gravity: 0.3,
    numIter: 2500,
  } as const;
}

/**
 * The positions of every node of `elements` (proposed ties are left out: they must not move the map). Nodes
 * without any edge — residents with no tie, collective or initiative — skip the force layout and stand in a
 * grid to the left of the rest, in name order: fcose's draft quality would pile them on one spot, and a worker
 * looks for them as a group anyway.
 */
export function computePositions(elements: MapElements, seed = LAYOUT_SEED): Positions {
  registerFcose();
  const edges = elements.edges.filter((edge) => edge.data.visual !== 'proposed');
  const linked = new Set(edges.flatMap((edge) => [edge.data.source, edge.data.target]));
  const connected = elements.nodes.filter((node) => linked.has(node.data.id));
  const alone = elements.nodes
    .filter((node) => !linked.has(node.data.id))
    .sort((a, b) => a.data.label.localeCompare(b.data.label, 'nl') || (a.data.id < b.data.id ? -1 : 1));

  const positions: Record<string, { x: number; y: number }> = {};
  if (connected.length > 0) {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
      elements: [...connected, ...edges],
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
      alone.map((node) => node.data.id),
      positions,
    ),
  );
  return positions;
}

export const TILE_SPACING = 32;

/** A square-ish grid for `ids`, its top right corner left of (and level with the top of) what is placed. */
function tile(ids: readonly string[], placed: Positions): Positions {
  if (ids.length === 0) return {};
  const known = Object.values(placed);
  const left = known.length ? Math.min(...known.map((p) => p.x)) : 0;
  const top = known.length ? Math.min(...known.map((p) => p.y)) : 0;
  const columns = Math.ceil(Math.sqrt(ids.length));
  const x0 = known.length ? left - 2 * TILE_SPACING - (columns - 1) * TILE_SPACING : 0;
  const positions: Record<string, { x: number; y: number }> = {};
  ids.forEach((id, i) => {
    positions[id] = { x: x0 + (i % columns) * TILE_SPACING, y: top + Math.floor(i / columns) * TILE_SPACING };
  });
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
