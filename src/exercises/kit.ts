/**
 * Helpers for writing checks: call the reader's function safely, compare numbers/arrays with a tolerance,
 * and phrase failures as "expected X, got Y for input Z".
 */
import { formatValue } from '../format/value';
import type { CheckResult } from './types';

/** Default tolerance: absolute for values near 0, relative otherwise. */
export const TOL = 1e-9;

/** The first place where `got` differs from `expected` by more than `tol`, or null when they match. */
export function mismatch(got: unknown, expected: unknown, tol = TOL, path = ''): string | null {
  if (typeof expected === 'number') {
    if (typeof got !== 'number') return `${at(path)}expected a number, got ${formatValue(got, 1)}`;
    if (Number.isNaN(got)) return `${at(path)}expected ${formatValue(expected)}, got NaN`;
    const scale = Math.max(1, Math.abs(expected));
    return Math.abs(got - expected) <= tol * scale ? null : `${at(path)}expected ${formatValue(expected)}, got ${formatValue(got)}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(got) && !ArrayBuffer.isView(got)) return `${at(path)}expected an array of length ${expected.length}, got ${formatValue(got, 1)}`;
    const g = Array.from(got as ArrayLike<unknown>);
    if (g.length !== expected.length) return `${at(path)}expected length ${expected.length}, got length ${g.length}`;
    for (let i = 0; i < expected.length; i++) {
      const m = mismatch(g[i], expected[i], tol, `${path}[${i}]`);
      if (m) return m;
    }
    return null;
  }
  return Object.is(got, expected) ? null : `${at(path)}expected ${formatValue(expected)}, got ${formatValue(got)}`;
}

function at(path: string): string {
  return path ? `${path}: ` : '';
}

/**
 * Calls the reader's function on `args` and compares with `expected`; `input` describes the input in words.
 * @example
 * ```ts
 * compare("g'(0)", gPrime, [0], 0.25, 'z = 0');
 * ```
 */
export function compare(name: string, fn: (...a: never[]) => unknown, args: unknown[], expected: unknown, input: string, tol = TOL): CheckResult {
  let got: unknown;
  try {
    got = (fn as (...a: unknown[]) => unknown)(...structuredClone(args));
  } catch (e) {
    return { name, pass: false, message: `threw ${formatValue(e)} for input ${input}` };
  }
  return result(name, got, expected, input, tol);
}

/** A check result from a value already computed. */
export function result(name: string, got: unknown, expected: unknown, input: string, tol = TOL): CheckResult {
  const m = mismatch(got, expected, tol);
  if (m === null) return { name, pass: true, message: `correct for input ${input}` };
  const whole = typeof expected === 'number' ? `expected ${formatValue(expected)}, got ${formatValue(got)}` : m;
  return { name, pass: false, message: `${whole} for input ${input}` };
}

/** A pass/fail from a condition, with the message to show when it fails. */
export function expectThat(name: string, ok: boolean, failMessage: string, passMessage = 'ok'): CheckResult {
  return { name, pass: ok, message: ok ? passMessage : failMessage };
}

/** Short text for an input value in messages. */
export function show(v: unknown): string {
  return formatValue(v, 1);
}
