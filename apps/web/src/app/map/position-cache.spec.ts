import { fixtureNetwork, tie } from './network-fixture';
import {
  hash53,
  POSITION_CACHE_MAX_ENTRIES,
  POSITION_CACHE_PREFIX,
  PositionCache,
  positionKey,
} from './position-cache';

/** sessionStorage with a small quota, like a browser's (which throws QuotaExceededError when full). */
class SmallStorage implements Storage {
  private readonly items = new Map<string, string>();
  constructor(private readonly quota: number) {}
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    const used = [...this.items].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const at = (x: number, y: number) => ({ x, y });

describe('positionKey', () => {
  it('is the place and a hash of the structure, whatever order the API lists things in', () => {
    const network = fixtureNetwork();
    const shuffled = { ...network, nodes: [...network.nodes].reverse(), edges: [...network.edges].reverse() };
    // an edge listed the other way round is the same tie
    shuffled.edges[0] = { ...shuffled.edges[0], source: shuffled.edges[0].target, target: shuffled.edges[0].source };
    expect(positionKey(network)).toMatch(/^b1:[0-9a-z]+$/);
    expect(positionKey(shuffled)).toBe(positionKey(network));
  });

  it('changes with a tie, a node or the place', () => {
    const network = fixtureNetwork();
    const key = positionKey(network);
    expect(positionKey({ ...network, edges: [...network.edges, tie('t9', 'p5', 'p6', 3)] })).not.toBe(key);
    expect(positionKey({ ...network, nodes: network.nodes.slice(1) })).not.toBe(key);
    expect(positionKey({ ...network, placeId: 's1' })).toBe(key.replace(/^b1:/, 's1:'));
  });

  it('hashes like cyrb53: stable, and different for a one-letter change', () => {
    expect(hash53('weefsel')).toBe(hash53('weefsel'));
    expect(hash53('weefsel')).not.toBe(hash53('weefsem'));
    expect(hash53('weefsel', 1)).not.toBe(hash53('weefsel'));
  });
});

describe('PositionCache', () => {
  it('gives back what it was given, to a tenth of a pixel', () => {
    const cache = new PositionCache(sessionStorage);
    cache.set('b1:abc', { p1: at(1.234, -5.678), p2: at(100, 200) });
    expect(cache.get('b1:abc')).toEqual({ p1: at(1.2, -5.7), p2: at(100, 200) });
    expect(cache.get('b1:other')).toBeNull();
    expect(sessionStorage.getItem(`${POSITION_CACHE_PREFIX}b1:abc`)).toBe('{"p1":[1.2,-5.7],"p2":[100,200]}');
  });

  it('keeps the most recently used entries, dropping the least recently used', () => {
    const cache = new PositionCache(sessionStorage);
    for (let i = 0; i < POSITION_CACHE_MAX_ENTRIES; i++) cache.set(`k${i}`, { p: at(i, i) });
    expect(cache.get('k0')).toEqual({ p: at(0, 0) }); // k0 is now the most recent; k1 the least
    cache.set('new', { p: at(9, 9) });
    expect(cache.index()).toHaveLength(POSITION_CACHE_MAX_ENTRIES);
    expect(cache.get('k1')).toBeNull();
    expect(sessionStorage.getItem(`${POSITION_CACHE_PREFIX}k1`)).toBeNull();
    expect(cache.get('k0')).toEqual({ p: at(0, 0) });
    expect(cache.get('new')).toEqual({ p: at(9, 9) });
  });

  it('makes room when the storage is full', () => {
    const storage = new SmallStorage(300);
    const cache = new PositionCache(storage);
    const big = (n: number) => Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`person-${n}-${i}`, at(i, i)]));
    cache.set('a', big(1));
    cache.set('b', big(2));
    expect(cache.get('a')).toBeNull(); // pushed out for b
    expect(cache.get('b')).not.toBeNull();
    expect(cache.index()).toEqual(['b']);
  });

  it('does not cache, and does not fail, when one layout is larger than the whole quota', () => {
    const cache = new PositionCache(new SmallStorage(100));
    const huge = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`person-${i}`, at(i, i)]));
    expect(() => cache.set('huge', huge)).not.toThrow();
    expect(cache.get('huge')).toBeNull();
  });

  it('throws away an entry it cannot read', () => {
    const cache = new PositionCache(sessionStorage);
    for (const bad of ['not json', '[1,2]', '{"p1":[1]}', '{"p1":["1",2]}', '{"p1":[1,null]}']) {
      sessionStorage.setItem(`${POSITION_CACHE_PREFIX}bad`, bad);
      expect(cache.get('bad')).toBeNull();
      expect(sessionStorage.getItem(`${POSITION_CACHE_PREFIX}bad`)).toBeNull();
    }
  });

  it('works without storage (disabled by the browser): nothing cached, nothing thrown', () => {
    const cache = new PositionCache(null);
    cache.set('a', { p: at(1, 1) });
    expect(cache.get('a')).toBeNull();
    expect(cache.index()).toEqual([]);
  });
});
