/**
 * Node positions per (place, data) in sessionStorage, so a revisit in the same tab draws the map at once instead
 * of running the layout again. The key is the place and a hash of the graph's structure (node ids, edge ends and
 * kinds): any change in the data is a new key, so a stale layout is never shown for changed data.
 *
 * Only ids and coordinates are stored — no names — and sessionStorage ends with the tab, like the access token.
 * The cache keeps the most recently used entries and makes room when the browser's quota is reached.
 */
import type { Network } from './map-api';

export type Positions = Readonly<Record<string, { x: number; y: number }>>;

export const POSITION_CACHE_PREFIX = 'weefsel.map.positions:';
const INDEX_KEY = 'weefsel.map.positions.index';
export const POSITION_CACHE_MAX_ENTRIES = 12;

/**
 * cyrb53 (public domain, bryc): a fast 53-bit string hash. Not cryptographic — it only has to tell one graph
 * from another, and 53 bits make an accidental collision between two versions of a place negligible.
 */
export function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The cache key of a network: its place and its structure, independent of the order the API lists things in. */
export function positionKey(network: Pick<Network, 'placeId' | 'nodes' | 'edges'>): string {
  const nodes = network.nodes.map((n) => n.id).sort();
  const edges = network.edges
    .map((e) => (e.source < e.target ? `${e.source}~${e.target}` : `${e.target}~${e.source}`) + `~${e.kind}`)
    .sort();
  return `${network.placeId}:${hash53(nodes.join('\n') + '\n#\n' + edges.join('\n'))}`;
}

export class PositionCache {
  constructor(private readonly storage: Storage | null) {}

  get(key: string): Positions | null {
    const raw = this.read(POSITION_CACHE_PREFIX + key);
    if (raw === null) return null;
    const positions = parsePositions(raw);
    if (!positions) {
      this.remove(key);
      return null;
    }
    this.touch(key);
    return positions;
  }

  set(key: string, positions: Positions): void {
    if (!this.storage) return;
    const compact: Record<string, [number, number]> = {};
    for (const [id, { x, y }] of Object.entries(positions)) compact[id] = [round(x), round(y)];
    const value = JSON.stringify(compact);
    let index = this.index().filter((k) => k !== key);
    // make room for the new entry: drop the least recently used until it fits
    for (;;) {
      while (index.length >= POSITION_CACHE_MAX_ENTRIES) this.drop(index.shift() as string);
      try {
        this.storage.setItem(POSITION_CACHE_PREFIX + key, value);
        break;
      } catch {
        if (index.length === 0) {
          // one layout larger than the whole quota: it is just not cached
          this.writeIndex(index);
          return;
        }
        this.drop(index.shift() as string);
      }
    }
    index = [...index, key];
    this.writeIndex(index);
  }

  remove(key: string): void {
    this.drop(key);
    this.writeIndex(this.index().filter((k) => k !== key));
  }

  /** Keys from least to most recently used. */
  index(): string[] {
    const raw = this.read(INDEX_KEY);
    if (raw === null) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : [];
    } catch {
      return [];
    }
  }

  private touch(key: string): void {
    this.writeIndex([...this.index().filter((k) => k !== key), key]);
  }

  private drop(key: string): void {
    try {
      this.storage?.removeItem(POSITION_CACHE_PREFIX + key);
    } catch {
      // nothing to do: storage may be disabled
    }
  }

  private read(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  private writeIndex(index: string[]): void {
    try {
      this.storage?.setItem(INDEX_KEY, JSON.stringify(index));
    } catch {
      // the index is small; if even that does not fit, the entries are found again by key anyway
    }
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function parsePositions(raw: string): Positions | null {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    const positions: Record<string, { x: number; y: number }> = {};
    for (const [id, value] of Object.entries(parsed as Record<string, unknown>)) {
      if (!Array.isArray(value) || value.length !== 2) return null;
      const [x, y] = value as unknown[];
      if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return null;
      positions[id] = { x, y };
    }
    return positions;
  } catch {
    return null;
  }
}
