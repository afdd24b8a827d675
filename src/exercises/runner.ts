/**
 * Runs an exercise's checks against the names a reader's cell defined. The same function runs in the
 * browser's worker and in the Node unit tests, so "starter fails, solution passes" is tested for real.
 */
import { formatValue } from '../format/value';
import type { CheckResult, ExerciseDef } from './types';

/**
 * @param scope the cell's top-level names after it ran
 * @example
 * ```ts
 * const results = await runChecks(exercise, { gPrime: (z: number) => 0.25 });
 * results.every((r) => r.pass);
 * ```
 */
export async function runChecks(def: ExerciseDef, scope: Record<string, unknown>): Promise<CheckResult[]> {
  const entry = scope[def.entry];
  if (typeof entry !== 'function') {
    return [{ name: `defines ${def.entry}`, pass: false, message: `expected a function named ${def.entry}, got ${formatValue(entry, 1)}` }];
  }
  try {
    const results = await def.check(entry as (...args: never[]) => unknown);
    return results.length ? results : [{ name: 'checks', pass: false, message: 'no checks ran' }];
  } catch (e) {
    return [{ name: 'checks', pass: false, message: `your code threw ${formatValue(e)}` }];
  }
}

/** True when every check passed. */
export function allPassed(results: readonly CheckResult[]): boolean {
  return results.length > 0 && results.every((r) => r.pass);
}
