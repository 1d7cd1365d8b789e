/**
 * The one place that talks to a live Cytoscape instance: create it in a container, bring its elements in line
 * with the page's (adding, updating and removing by id, so a colour switch or a new date does not rebuild the
 * map), apply the view classes, focus and centre, report taps, and clean up. Everything it draws is decided
 * elsewhere, as data (map-elements.ts, map-view.ts), so this file is thin and the decisions are testable.
 *
 * Large graphs (map-layout.ts, LARGE_GRAPH) get Cytoscape's WebGL renderer when the browser offers WebGL 2 on
 * a GPU (webglSupport), a pixel ratio of 1, edges hidden while panning, and no animations.
 */
import cytoscape from 'cytoscape';
import type { MapElements } from './map-elements';
import { mapStylesheet } from './map-style';
import type { Positions } from './position-cache';

export interface MapGraphOptions {
  large: boolean;
  webgl: boolean;
  /** the user asked the system for less motion */
  reducedMotion: boolean;
}

export type WebglSupport = 'hardware' | 'software' | 'none';

/**
 * Whether Cytoscape's WebGL mode can help: it needs a WebGL 2 context, and only pays off on a GPU. A software
 * rasteriser (SwiftShader, llvmpipe: a browser without GPU, like headless Chromium in CI) draws WebGL on the
 * CPU, measurably slower than Cytoscape's own canvas renderer, so the map keeps the canvas there.
 */
export function webglSupport(doc: Document): WebglSupport {
  try {
    const gl = doc.createElement('canvas').getContext('webgl2');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software/i.test(renderer) ? 'software' : 'hardware';
  } catch {
    return 'none';
  }
}

const FIT_PADDING = 30;
const PNG_MAX_SIDE = 4000;
const ANIMATION_MS = 350;
/** a lone node (an isolated person's ego view) is not blown up to fill the screen */
const MAX_FIT_ZOOM = 2;

export class MapGraph {
  readonly large: boolean;
  readonly renderer: 'webgl' | 'canvas';
  private readonly cy: cytoscape.Core;
  private readonly animate: boolean;
  private positionsKey: string | null = null;
  private lastElements: MapElements | null = null;
  /** the classes each element has now, so only changes reach Cytoscape (each one costs a style pass) */
  private readonly applied = new Map<string, string>();
  private readonly resizeObserver: ResizeObserver | null;

  constructor(container: HTMLElement, options: MapGraphOptions) {
    this.large = options.large;
    this.renderer = options.webgl ? 'webgl' : 'canvas';
    this.animate = !options.large && !options.reducedMotion;
    this.cy = cytoscape({
      container,
      style: mapStylesheet(options.large),
      elements: [],
      minZoom: 0.05,
      maxZoom: 4,
      // selection and dragging are the page's business: a tap selects, positions come from the layout
      autounselectify: true,
      autoungrabify: true,
      boxSelectionEnabled: false,
      webgl: options.webgl,
      pixelRatio: options.large ? 1 : 'auto',
      hideEdgesOnViewport: options.large,
    });
    const view = container.ownerDocument.defaultView;
    this.resizeObserver = view && 'ResizeObserver' in view ? new view.ResizeObserver(() => this.cy.resize()) : null;
    this.resizeObserver?.observe(container);
  }

  /**
   * Brings the map in line with `elements`. Nodes move to `positions` only when `positionsKey` differs from the
   * last render (a new layout); otherwise existing nodes stay where they are and new ones take their position.
   */
  render(elements: MapElements, positions: Positions, positionsKey: string): void {
    const cy = this.cy;
    const moved = positionsKey !== this.positionsKey;
    if (!moved && elements === this.lastElements) return;
    this.lastElements = elements;
    cy.batch(() => {
      const wanted = new Map<string, { source: string; target: string } | null>();
      for (const node of elements.nodes) wanted.set(node.data.id, null);
      for (const edge of elements.edges) wanted.set(edge.data.id, edge.data);
      cy.elements()
        .filter((ele) => {
          if (!wanted.has(ele.id())) return true;
          const ends = wanted.get(ele.id());
          // an edge id may now join other people (analysts' ids are per response): re-add it then
          return !!ends && ele.isEdge() && (ele.source().id() !== ends.source || ele.target().id() !== ends.target);
        })
        .forEach((ele) => {
          this.applied.delete(ele.id());
        })
        .remove();
      // new elements in one add: one call for two thousand nodes is far cheaper than two thousand calls
      const added: cytoscape.ElementDefinition[] = [];
      for (const node of elements.nodes) {
        const existing = cy.getElementById(node.data.id);
        if (existing.nonempty()) {
          if (changed(existing.data(), node.data)) existing.data(node.data);
        } else {
          added.push({
            group: 'nodes',
            data: { ...node.data },
            position: { ...(positions[node.data.id] ?? { x: 0, y: 0 }) },
          });
        }
      }
      for (const edge of elements.edges) {
        const existing = cy.getElementById(edge.data.id);
        if (existing.nonempty()) {
          const { source: _source, target: _target, ...rest } = edge.data;
          if (changed(existing.data(), rest)) existing.data(rest);
        } else {
          added.push({ group: 'edges', data: { ...edge.data } });
        }
      }
      if (added.length > 0) cy.add(added);
      if (moved) {
        cy.nodes().positions((node) => {
          const p = positions[node.id()];
          return p ? { x: p.x, y: p.y } : node.position();
        });
      }
    });
    if (moved) {
      this.positionsKey = positionsKey;
      this.cy.viewport(this.viewportFor(this.cy.nodes(':visible')) ?? { zoom: 1, pan: { x: 0, y: 0 } });
    }
  }

  /** Sets every element's classes (elements missing from `classes` get none). */
  applyClasses(classes: ReadonlyMap<string, string>): void {
    this.cy.batch(() => {
      this.cy.elements().forEach((ele) => {
        const id = ele.id();
        const next = classes.get(id) ?? '';
        if ((this.applied.get(id) ?? '') === next) return;
        ele.classes(next);
        this.applied.set(id, next);
      });
    });
  }

  /** Fits the view to these nodes, or to the whole map for null. */
  focus(ids: readonly string[] | null): void {
    let nodes: cytoscape.NodeCollection = this.cy.collection();
    if (ids) {
      for (const id of ids) nodes = nodes.union(this.cy.getElementById(id));
    } else {
      nodes = this.cy.nodes(':visible');
    }
    const viewport = this.viewportFor(nodes);
    if (!viewport) return;
    this.cy.stop();
    if (this.animate) {
      this.cy.animate({ ...viewport, duration: ANIMATION_MS });
    } else {
      this.cy.viewport(viewport);
    }
  }

  /**
   * Zoom and pan that fit these nodes, from their positions and sizes. Cytoscape's own fit() measures the
   * rendered bounding box of every element (labels included), which on 2,000 nodes costs most of a second;
   * the positions are known, so the arithmetic is enough.
   */
  private viewportFor(nodes: cytoscape.NodeCollection): { zoom: number; pan: cytoscape.Position } | null {
    if (nodes.empty()) return null;
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    nodes.forEach((node) => {
      const { x, y } = node.position();
      const half = Number(node.data('size') ?? 20) / 2 + 8; // room for the halo of a highlight
      x1 = Math.min(x1, x - half);
      y1 = Math.min(y1, y - half);
      x2 = Math.max(x2, x + half);
      y2 = Math.max(y2, y + half);
    });
    const width = this.cy.width() - 2 * FIT_PADDING;
    const height = this.cy.height() - 2 * FIT_PADDING;
    if (width <= 0 || height <= 0) return null;
    const zoom = Math.min(MAX_FIT_ZOOM, Math.max(this.cy.minZoom(), Math.min(width / (x2 - x1), height / (y2 - y1))));
    return {
      zoom,
      pan: { x: this.cy.width() / 2 - (zoom * (x1 + x2)) / 2, y: this.cy.height() / 2 - (zoom * (y1 + y2)) / 2 },
    };
  }

  /** Centres on a node, zoomed in far enough to read the names around it. */
  centreOn(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    const zoom = Math.max(this.cy.zoom(), 1.4);
    this.cy.stop();
    if (this.animate) {
      this.cy.animate({ center: { eles: node }, zoom, duration: ANIMATION_MS });
    } else {
      this.cy.zoom(zoom);
      this.cy.center(node);
    }
  }

  fit(): void {
    this.focus(null);
  }

  /** Every node's position now (for the next version of the network, and the cache). */
  positions(): Positions {
    const positions: Record<string, { x: number; y: number }> = {};
    this.cy.nodes().forEach((node) => {
      const { x, y } = node.position();
      positions[node.id()] = { x, y };
    });
    return positions;
  }

  /**
   * The whole map — not only the part in view — as a PNG on white (a transparent picture is unreadable in
   * most viewers), at most PNG_MAX_SIDE pixels a side so a map of 2,000 people stays a file one can mail.
   */
  png(): Blob {
    return this.cy.png({
      output: 'blob',
      full: true,
      bg: '#ffffff',
      scale: 2,
      maxWidth: PNG_MAX_SIDE,
      maxHeight: PNG_MAX_SIDE,
    });
  }

  /** A tap on a node reports its id; a tap on the empty background reports null. */
  onTap(handler: (id: string | null) => void): void {
    this.cy.on('tap', (event) => {
      const target = event.target as cytoscape.Core | cytoscape.SingularElementReturnValue;
      if (target === this.cy) handler(null);
      else if ((target as cytoscape.SingularElementReturnValue).isNode()) {
        handler((target as cytoscape.SingularElementReturnValue).id());
      }
    });
  }

  destroy(): void {
    this.resizeObserver?.disconnect();
    this.cy.destroy();
  }
}

/** Whether any field of `next` differs from the element's current data. */
function changed(current: Record<string, unknown>, next: object): boolean {
  return Object.entries(next).some(([key, value]) => current[key] !== value);
}
