/**
 * Helpers for writing checks: call the reader's function safely, compare numbers/arrays with a tolerance,
 * and phrase failures as "expected X, got Y" (fixed text from `strings.ts`).
 *
 * One rule for every exercise: a check's name says which input it ran on (the network, x, m, λ, the seed, the point);
 * its message says what was expected and what was got, and never repeats the name. `input` is only for argument values
 * the name does not state (delta-output's a(L) and y): the message then ends "(input: …)". A passed check says
 * "correct" (reader QA: "correct for input the 2-2-2 network, x = …" under a name saying just that).
 */
import { formatValue } from '../format/value';
import { S } from './strings';
import type { CheckResult } from './types';

/** Default tolerance: absolute for values near 0, relative otherwise. */
export const TOL = 1e-9;

/** True when `got` is the number `expected` within `tol` (absolute below 1, relative above). */
export function close(got: unknown, expected: number, tol = TOL): boolean {
  return typeof got === 'number' && !Number.isNaN(got) && Math.abs(got - expected) <= tol * Math.max(1, Math.abs(expected));
}

/** The first place where `got` differs from `expected` by more than `tol`, or null when they match. */
export function mismatch(got: unknown, expected: unknown, tol = TOL, path = ''): string | null {
  if (typeof expected === 'number') {
    if (typeof got !== 'number') return `${at(path)}${S.expectedNumber(formatValue(got, 1))}`;
    return close(got, expected, tol) ? null : `${at(path)}${S.expectedGot(formatValue(expected), formatValue(got))}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(got) && !ArrayBuffer.isView(got)) return `${at(path)}${S.expectedArray(expected.length, formatValue(got, 1))}`;
    const g = Array.from(got as ArrayLike<unknown>);
    if (g.length !== expected.length) return `${at(path)}${S.expectedLength(expected.length, g.length)}`;
    for (let i = 0; i < expected.length; i++) {
      const m = mismatch(g[i], expected[i], tol, `${path}[${i}]`);
      if (m) return m;
    }
    return null;
  }
  return Object.is(got, expected) ? null : `${at(path)}${S.expectedGot(formatValue(expected), formatValue(got))}`;
}

function at(path: string): string {
  return path ? S.at(path) : '';
}

/** Calls the reader's function with deep copies of `args` (so it cannot change the checks' data). */
export function call(fn: (...a: never[]) => unknown, args: unknown[]): { value?: unknown; error?: unknown } {
  try {
    return { value: (fn as (...a: unknown[]) => unknown)(...structuredClone(args)) };
  } catch (error) {
    return { error };
  }
}

/** " (input: …)" (zh "（输入：…）") for values the check's name does not state, or '' when there are none. */
export function forInput(input = ''): string {
  return input ? S.forInput(input) : '';
}

/**
 * Calls the reader's function on `args` and compares with `expected`; `input`: argument values the name does not state.
 * @example
 * ```ts
 * compare("g'(0)", gPrime, [0], 0.25); // fails with "expected 0.25, got 0.5"
 * ```
 */
export function compare(name: string, fn: (...a: never[]) => unknown, args: unknown[], expected: unknown, input = '', tol = TOL): CheckResult {
  const r = call(fn, args);
  if ('error' in r) return threw(name, r.error, input);
  return result(name, r.value, expected, input, tol);
}

/** The failed check for a reader's function that threw. */
export function threw(name: string, error: unknown, input = ''): CheckResult {
  return { name, pass: false, message: `${S.threw(formatValue(error))}${forInput(input)}` };
}

/** A check result from a value already computed. */
export function result(name: string, got: unknown, expected: unknown, input = '', tol = TOL): CheckResult {
  const m = mismatch(got, expected, tol);
  if (m === null) return { name, pass: true, message: S.correct };
  // A number that is off: "expected 0.25, got 0.5"; anything else keeps mismatch's wording, which says what it got
  // ('expected a number, got "0.25"': a string printed bare would read as the right number, reader QA).
  const whole = typeof expected === 'number' && typeof got === 'number' ? S.expectedGot(formatValue(expected), formatValue(got)) : m;
  return { name, pass: false, message: `${whole}${forInput(input)}` };
}

/** A pass/fail from a condition, with the message to show when it fails. */
export function expectThat(name: string, ok: boolean, failMessage: string, passMessage: string = S.ok): CheckResult {
  return { name, pass: ok, message: ok ? passMessage : failMessage };
}

/** Short text for an input value in messages. */
export function show(v: unknown): string {
  return formatValue(v, 1);
}

/** A number as the messages print it (6 significant digits). */
export function num(v: unknown): string {
  return formatValue(v);
}
