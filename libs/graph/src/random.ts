/**
 * Seeded random numbers for everything random in libs/graph (Louvain's visiting order, betweenness
 * pivots), so that the same seed gives the same answer in the API, the CLI and a Web Worker.
 *
 * `createRandom(seed)` is mulberry32 (Tommy Ettinger, 2017; public domain): a 32-bit state advanced by
 * the Weyl increment 0x6D2B79F5 and mixed by two xor-shift-multiply rounds. It is small, fast, has a
 * period of 2^32 and passes gjrand's and PractRand's tests up to tens of gigabytes — plenty for choosing
 * pivots or shuffling nodes, and NOT a cryptographic generator. The seed is a whole number taken
 * modulo 2^32 (so −1 and 4294967295 give the same stream).
 */

/** A source of uniform numbers in [0, 1), like `Math.random`. */
export type RandomSource = () => number;

export function createRandom(seed: number): RandomSource {
  if (!Number.isInteger(seed)) {
    throw new Error(`graph/random: seed must be a whole number, got ${seed}`);
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
