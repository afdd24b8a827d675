/**
 * Diagnosis instead of pass/fail: name the FIRST wrong intermediate in the mathematics' own terms
 * ("δ(2) row 1 differs: expected 0.00877135, got 0.0359"), and, when the reader's value is exactly what a
 * known mistake produces, say which mistake ("— that is (Θ(l))ᵀδ(l+1) without ⊙ g′(z(l))").
 */
import { S } from './strings';
import { forInput, mismatch, num, show, TOL } from './kit';
import type { CheckResult } from './types';

/** A typical wrong answer: the value it produces for this input, and what to tell the reader. */
export interface Mistake {
  /** The reader's value when they make this mistake (same shape as the expected value). */
  value: unknown;
  /** One short clause, e.g. "that is ∂E/∂a; multiply by g′(z) = a(1 − a)". */
  why: string;
}

/**
 * How entries of a quantity are named in messages.
 * - `vector('δ(2)')`: entry k (0-based) is "δ(2) row k+1" (units count from 1, as in the math).
 * - `matrix('D(1)')`: entry [r][c] is "D(1) entry (r+1, c)": rows i count from 1, columns j from 0 (j = 0 is the
 *   bias column), as in Θ(l)_ij.
 */
export interface Naming {
  symbol: string;
  entry(index: readonly number[]): string;
}

/** Names for a vector whose entries are units 1, 2, … (δ(l), a(L) without bias). */
export function vector(symbol: string): Naming {
  return { symbol, entry: ([k]) => S.vectorEntry(symbol, k! + 1) };
}

/** Names for a weight-shaped matrix: rows i from 1, columns j from 0 (Θ(l), D(l), Δ(l)). */
export function matrix(symbol: string): Naming {
  return { symbol, entry: ([r, c]) => S.matrixEntry(symbol, r! + 1, c!) };
}

function isList(v: unknown): v is ArrayLike<unknown> {
  return Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
}

function shapeText(v: readonly unknown[]): string {
  return Array.isArray(v[0]) ? S.rowsCols(v.length, (v[0] as unknown[]).length) : S.entries(v.length);
}

/**
 * The first entry (row-major) where `got` differs from `expected` (a vector or matrix of numbers), as a
 * sentence naming it; a wrong shape is reported first. Null when they agree within `tol`.
 */
export function firstDifference(got: unknown, expected: readonly unknown[], naming: Naming, tol = TOL): string | null {
  if (!isList(got)) return S.notAnArray(naming.symbol, show(got));
  const g = Array.from(got);
  const rowsOf = (v: readonly unknown[]) => v.map((r) => (isList(r) ? Array.from(r) : r));
  const gr = rowsOf(g);
  const sameShape = gr.length === expected.length
    && expected.every((row, r) => !Array.isArray(row) || (isList(gr[r]) && (gr[r] as unknown[]).length === row.length));
  if (!sameShape) return S.sizeDiffers(naming.symbol, shapeText(expected), shapeText(gr));
  for (let r = 0; r < expected.length; r++) {
    const e = expected[r];
    if (Array.isArray(e)) {
      for (let c = 0; c < e.length; c++) {
        if (mismatch((gr[r] as unknown[])[c], e[c], tol) !== null) return S.entryDiffers(naming.entry([r, c]), num(e[c]), num((gr[r] as unknown[])[c]));
      }
    } else if (mismatch(gr[r], e, tol) !== null) return S.entryDiffers(naming.entry([r]), num(e), num(gr[r]));
  }
  return null;
}

/** The explanation of the first mistake whose value `got` equals, or '' when none does. */
export function recognise(got: unknown, mistakes: readonly Mistake[], tol = 1e-7): string {
  const m = mistakes.find((k) => mismatch(got, k.value, tol) === null);
  return m ? S.likely(m.why) : '';
}

/**
 * One check: `got` against `expected`, failing with the first wrong entry and the recognised mistake (if any);
 * `input`: argument values the check's name does not state (see kit.ts), '' when it states them all.
 * @example
 * ```ts
 * diagnose('δ(2) for the 2-2-2 network', got, [0.00877135, 0.00995425], vector('δ(2)'), '', [
 *   { value: noGPrime, why: 'that is (Θ(2))ᵀδ(3) without ⊙ g′(z(2))' },
 * ]);
 * // message: "δ(2) row 1 differs: expected 0.00877135, got 0.0359 — that is (Θ(2))ᵀδ(3) without ⊙ g′(z(2))"
 * ```
 */
export function diagnose(name: string, got: unknown, expected: readonly unknown[], naming: Naming, input = '',
  mistakes: readonly Mistake[] = [], tol = TOL): CheckResult {
  const diff = firstDifference(got, expected, naming, tol);
  if (diff === null) return { name, pass: true, message: S.correct };
  return { name, pass: false, message: `${diff}${recognise(got, mistakes)}${forInput(input)}` };
}
