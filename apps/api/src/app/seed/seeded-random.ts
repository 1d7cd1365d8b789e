/**
 * A seeded pseudo-random source for whatever must look random *and* be reproducible (the demo neighbourhood,
 * synthetic data in tests): the same seed gives the same sequence on every machine and every run.
 *
 * The generator is mulberry32 (Tommy Ettinger, public domain): 32 bits of state advanced by a Weyl sequence
 * (+0x6D2B79F5 mod 2^32, an odd step, so every state is visited: period 2^32) and scrambled into the output.
 * Plenty for synthetic data; never use it for anything secret. Any other `RandomSource` can be injected instead.
 */

/** Returns a number uniformly distributed in [0, 1). */
export type RandomSource = () => number;

/** The default seed: 2 April 2020, the day opbouwwerkers and buurtmakers first compared notes on the corona crisis. */
export const DEFAULT_SEED = 20200402;

/** mulberry32: a fast 32-bit generator. `seed` is taken modulo 2^32. */
export function mulberry32(seed: number): RandomSource {
  if (!Number.isInteger(seed)) {
    throw new Error(`seed/seeded-random: the seed must be an integer, got ${seed}`);
  }
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Convenience draws on top of a `RandomSource`; every method consumes the source in a fixed order. */
export class SeededRandom {
  constructor(private readonly source: RandomSource) {}

  static fromSeed(seed: number = DEFAULT_SEED): SeededRandom {
    return new SeededRandom(mulberry32(seed));
  }

  /** A number in [0, 1). */
  next(): number {
    const value = this.source();
    if (!(value >= 0 && value < 1)) {
      throw new Error(`seed/seeded-random: the random source must return a number in [0, 1), got ${value}`);
    }
    return value;
  }

  /** A whole number in [min, max], both ends included. */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new Error(`seed/seeded-random: int needs whole numbers min ≤ max, got ${min}..${max}`);
    }
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('seed/seeded-random: cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** One item, with probability proportional to its (non-negative) weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, w]) => sum + Math.max(0, w), 0);
    if (total <= 0) throw new Error('seed/seeded-random: weighted needs at least one positive weight');
    let r = this.next() * total;
    for (const [item, w] of entries) {
      r -= Math.max(0, w);
      if (r < 0) return item;
    }
    return entries[entries.length - 1][0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /** Up to `k` distinct items, each draw proportional to `weight` among those not yet drawn. */
  weightedSample<T>(items: readonly T[], k: number, weight: (item: T) => number = () => 1): T[] {
    const pool = items.map((item) => [item, weight(item)] as const).filter(([, w]) => w > 0);
    const chosen: T[] = [];
    while (chosen.length < k && pool.length > 0) {
      const total = pool.reduce((sum, [, w]) => sum + w, 0);
      let r = this.next() * total;
      let index = pool.length - 1;
      for (let i = 0; i < pool.length; i++) {
        r -= pool[i][1];
        if (r < 0) {
          index = i;
          break;
        }
      }
      chosen.push(pool[index][0]);
      pool.splice(index, 1);
    }
    return chosen;
  }
}
