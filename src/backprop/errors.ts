/**
 * The one error type of the backprop module, and the checks that raise it.
 *
 * Every public function validates its input up front, so a reader sees
 * "X has 3 columns but s(1) = 2" instead of a silent NaN deep inside a loop.
 */

/**
 * Thrown for every bad input: wrong shapes (both shapes are named), non-finite numbers,
 * empty data, unknown activation or cost names, layer sizes below 1, layer numbers out of range.
 *
 * @example
 * ```ts
 * try { Network.random([2, 0, 1]); }
 * catch (e) { if (e instanceof BackpropError) console.log(e.message); }
 * // → "sizes[1] = 0: every layer needs at least 1 unit"
 * ```
 */
export class BackpropError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackpropError';
  }
}

/** Throw unless `x` is a finite number; `what` names it in the message. Internal helper. */
export function requireFinite(x: unknown, what: string): asserts x is number {
  if (typeof x !== 'number') throw new BackpropError(`${what} is ${describe(x)}, expected a number`);
  if (!Number.isFinite(x)) throw new BackpropError(`${what} is ${x}: inputs must be finite numbers`);
}

/** Throw unless `n` is an integer in `lo..hi` (inclusive). Internal helper. */
export function requireIndex(n: number, lo: number, hi: number, what: string): void {
  if (!Number.isInteger(n) || n < lo || n > hi) {
    throw new BackpropError(`${what} = ${n} is out of range: expected an integer in ${lo}..${hi}`);
  }
}

/** A short description of any value for error messages. Internal helper. */
export function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return `an array of length ${x.length}`;
  if (typeof x === 'string') return `"${x}"`;
  return typeof x === 'object' ? 'an object' : String(x);
}
