/**
 * Runs an exercise's checks against the names a reader's cell defined. The same functions run in the
 * browser's worker and in the Node unit tests, so "starter fails, solution passes" is tested for real.
 */
import { formatValue } from '../format/value';
import { guardModule } from './guard';
import type { Lang } from '../i18n/lang';
import { inLanguage, S } from './strings';
import type { CheckResult, ExerciseDef } from './types';

/** One run of an exercise: the modules its code imports, then the checks. */
export interface ExerciseRun {
  /** Import table for the reader's code: `"backprop"` with the exercise's forbidden exports guarded. */
  modules: Record<string, unknown>;
  /** Runs the checks on the cell's top-level names; fails first if a forbidden export was called. */
  check(scope: Record<string, unknown>): Promise<CheckResult[]>;
}

/**
 * Prepares a run: execute the reader's code with `run.modules` as its imports (and keep them for the
 * checks: the reader's functions call them), then `await run.check(scope)`. The exercise's forbidden
 * functions work while the cell's top level runs and refuse while the checks run.
 * @param modules the normal import table, `{ backprop, notebook }`
 * @param lang the language of the check messages (the page's)
 * @example
 * ```ts
 * const run = startExercise(getExercise('delta-output'), { backprop, notebook });
 * // … execute the cell with run.modules …
 * const results = await run.check(scope);
 * ```
 */
export function startExercise(def: ExerciseDef, modules: Record<string, unknown>, lang: Lang = 'en'): ExerciseRun {
  const guard = guardModule(modules.backprop as object, def.forbidden, def.observe);
  return {
    modules: { ...modules, backprop: guard.module },
    async check(scope) {
      guard.arm(true);
      let results: CheckResult[];
      try { results = await runChecks(def, scope, guard, lang); } finally { guard.arm(false); }
      if (guard.called.length === 0) return results;
      return inLanguage(lang, () => {
        const names = guard.called.map((n) => `${n}()`).join(', ');
        const whys = guard.called.map((n) => def.forbidden![n]).join(lang === 'zh' ? '；' : '; ');
        return [{ name: S.allowedName, pass: false, message: S.forbiddenUsed(def.entry, names, whys) }, ...results];
      });
    },
  };
}

/**
 * The checks alone (no guard unless given).
 * @param scope the cell's top-level names after it ran
 * @param lang the language of the messages
 * @example
 * ```ts
 * const results = await runChecks(exercise, { gPrime: (z: number) => 0.25 });
 * results.every((r) => r.pass);
 * ```
 */
export async function runChecks(def: ExerciseDef, scope: Record<string, unknown>,
  seen: { take(name: string): unknown[] } = { take: () => [] }, lang: Lang = 'en'): Promise<CheckResult[]> {
  return inLanguage(lang, () => checksOf(def, scope, seen));
}

async function checksOf(def: ExerciseDef, scope: Record<string, unknown>, seen: { take(name: string): unknown[] }): Promise<CheckResult[]> {
  const entry = scope[def.entry];
  if (typeof entry !== 'function') {
    return [{ name: S.definesName(def.entry), pass: false, message: S.expectedFunction(def.entry, formatValue(entry, 1)) }];
  }
  try {
    const results = await def.check(entry as (...args: never[]) => unknown, seen);
    return results.length ? results : [{ name: S.checksName, pass: false, message: S.noChecks }];
  } catch (e) {
    return [{ name: S.checksName, pass: false, message: S.yourCodeThrew(formatValue(e)) }];
  }
}

/** True when every check passed. */
export function allPassed(results: readonly CheckResult[]): boolean {
  return results.length > 0 && results.every((r) => r.pass);
}
