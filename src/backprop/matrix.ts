/**
 * Plain nested arrays (the public, JSON-able form) and packed Float64Arrays (the fast form),
 * with the validation that turns bad data into a clear {@link BackpropError}.
 */
import { BackpropError, describe, requireFinite } from './errors.ts';

/**
 * A matrix as rows of columns: `M[i][j]`.
 * @example
 * ```ts
 * const Theta1: Matrix = [[0.35, 0.15, 0.20], [0.35, 0.25, 0.30]];
 * ```
 */
export type Matrix = number[][];
/**
 * A vector of numbers.
 * @example
 * ```ts
 * const x: Vector = [0.05, 0.10];
 * ```
 */
export type Vector = number[];

/**
 * A matrix packed row-major into one Float64Array: entry $(i, j)$ is `data[i * cols + j]`.
 * @example
 * ```ts
 * const P: PackedMatrix = { rows: 1, cols: 2, data: Float64Array.of(3, 4) };
 * ```
 */
export interface PackedMatrix { readonly rows: number; readonly cols: number; readonly data: Float64Array }

/** True if `x` is a {@link PackedMatrix}. Internal helper. */
export function isPacked(x: unknown): x is PackedMatrix {
  return typeof x === 'object' && x !== null && (x as PackedMatrix).data instanceof Float64Array;
}

/** "4×3" for messages. Internal helper. */
export function shapeOf(rows: number, cols: number): string {
  return `${rows}×${cols}`;
}

/**
 * Validate a matrix (non-empty, rectangular, finite) and pack it into a Float64Array once,
 * so repeated {@link gradients} calls on the same data skip the conversion.
 * @param name - how error messages refer to it, e.g. `"X"`.
 * @example
 * ```ts
 * const X = pack([[0, 1], [1, 0]]); // { rows: 2, cols: 2, data: Float64Array [0, 1, 1, 0] }
 * ```
 */
export function pack(M: Matrix | PackedMatrix, name = 'matrix'): PackedMatrix {
  if (isPacked(M)) {
    if (M.rows < 1) throw new BackpropError(`${name} is empty: need at least one example`);
    if (M.data.length !== M.rows * M.cols) {
      throw new BackpropError(`${name} claims to be ${shapeOf(M.rows, M.cols)} but holds ${M.data.length} numbers`);
    }
    for (let i = 0; i < M.data.length; i++) {
      if (!Number.isFinite(M.data[i])) requireFinite(M.data[i], `${name}[${Math.floor(i / M.cols)}][${i % M.cols}]`);
    }
    return M;
  }
  if (!Array.isArray(M)) throw new BackpropError(`${name} is ${describe(M)}, expected an array of rows`);
  if (M.length === 0) throw new BackpropError(`${name} is empty: need at least one example`);
  const rows = M.length;
  if (!Array.isArray(M[0])) throw new BackpropError(`${name}[0] is ${describe(M[0])}, expected a row (array of numbers)`);
  const cols = M[0].length;
  if (cols === 0) throw new BackpropError(`${name} has rows of length 0: need at least one column`);
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const row = M[i];
    if (!Array.isArray(row)) throw new BackpropError(`${name}[${i}] is ${describe(row)}, expected a row (array of numbers)`);
    if (row.length !== cols) {
      throw new BackpropError(`${name} is ragged: ${name}[0] has ${cols} entries but ${name}[${i}] has ${row.length}`);
    }
    for (let j = 0; j < cols; j++) {
      const v = row[j];
      if (typeof v !== 'number' || !Number.isFinite(v)) requireFinite(v, `${name}[${i}][${j}]`);
      data[i * cols + j] = v;
    }
  }
  return { rows, cols, data };
}

/**
 * Validate a vector (one example) and pack it as a 1-row matrix.
 * @example
 * ```ts
 * packVector([0.05, 0.1], 'x'); // { rows: 1, cols: 2, data: Float64Array [0.05, 0.1] }
 * ```
 */
export function packVector(v: Vector, name = 'vector'): PackedMatrix {
  if (!Array.isArray(v)) throw new BackpropError(`${name} is ${describe(v)}, expected an array of numbers`);
  if (v.length > 0 && Array.isArray(v[0])) throw new BackpropError(`${name} is a matrix, expected one example (an array of numbers)`);
  return pack([v], name);
}

/**
 * Unpack a row-major Float64Array slice back into nested arrays.
 * @example
 * ```ts
 * unpack(Float64Array.of(1, 2, 3, 4), 2, 2); // [[1, 2], [3, 4]]
 * ```
 */
export function unpack(data: Float64Array, rows: number, cols: number, offset = 0): Matrix {
  const M: Matrix = [];
  for (let i = 0; i < rows; i++) M.push(Array.from(data.subarray(offset + i * cols, offset + (i + 1) * cols)));
  return M;
}

/**
 * Arrays of the given lengths laid end to end in ONE buffer, and a view of the whole run: a pass over every
 * layer's weights (zeroing Δ, forming D, an update step) is then one loop instead of one per layer. Internal.
 * @example
 * ```ts
 * const { parts, all } = adjacent([6, 3]); // parts[1][0] is all[6]
 * ```
 */
export function adjacent(lengths: readonly number[]): { parts: Float64Array[]; all: Float64Array } {
  const all = new Float64Array(lengths.reduce((n, k) => n + k, 0));
  let at = 0;
  const parts = lengths.map((k) => all.subarray(at, (at += k)));
  return { parts, all };
}

/** The view spanning `parts` when they lie end to end in one buffer (as {@link adjacent} makes them), else null. Internal. */
export function spanning(parts: readonly Float64Array[]): Float64Array | null {
  if (parts.length === 0) return new Float64Array(0);
  const first = parts[0];
  let end = first.byteOffset;
  for (const P of parts) {
    if (P.buffer !== first.buffer || P.byteOffset !== end) return null;
    end += P.byteLength;
  }
  return new Float64Array(first.buffer, first.byteOffset, (end - first.byteOffset) / 8);
}
