/**
 * A small seeded pseudo-random generator, so every random network, data set and
 * shuffle in the lessons is reproducible. The core never calls `Math.random`.
 */
import { BackpropError } from './errors.ts';

/**
 * A generator of uniform numbers in $[0, 1)$.
 * @example
 * ```ts
 * const rng: Rng = createRng(1);
 * ```
 */
export type Rng = () => number;

/**
 * A deterministic PRNG (mulberry32) returning uniform numbers in $[0, 1)$; the same seed gives
 * the same sequence on every machine. Each call makes an independent generator (no shared state).
 * @example
 * ```ts
 * const rng = createRng(42);
 * rng(); // always the same first number for seed 42
 * ```
 */
export function createRng(seed: number): Rng {
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new BackpropError(`seed is ${String(seed)}: expected a finite number`);
  }
  let s = Math.floor(seed) >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A standard normal sample $\mathcal N(0, 1)$ from `rng`, by the Box–Muller transform
 * $\sqrt{-2\ln u_1}\cos(2\pi u_2)$.
 * @example
 * ```ts
 * const rng = createRng(1);
 * gaussian(rng); // a reproducible normal sample
 * ```
 */
export function gaussian(rng: Rng): number {
  const u1 = 1 - rng(); // in (0, 1], so the log is finite
  const u2 = rng();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/**
 * Shuffle an array in place (Fisher–Yates) with a seeded generator; returns the same array.
 * @example
 * ```ts
 * shuffle([1, 2, 3, 4], createRng(7)); // a reproducible permutation
 * ```
 */
export function shuffle<T extends { length: number; [i: number]: unknown }>(items: T, rng: Rng): T {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
  return items;
}
