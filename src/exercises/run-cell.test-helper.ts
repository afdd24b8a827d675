/**
 * Test-only: runs an exercise's cell in Node exactly as the worker does — prepared by the runtime's own
 * `prepareCell`, importing the exercise's guarded module from `startExercise` — then its checks.
 * (The only file here that imports src/runtime; nothing outside tests imports it.)
 */
import * as backprop from 'backprop';
import { prepareCell } from '../runtime/prepare';
import { createDisplay } from '../runtime/display';
import { getExercise } from './registry';
import { startExercise } from './runner';
import type { CheckResult } from './types';
import type { Lang } from '../i18n/lang';

/**
 * @param lang the language of the check messages (the page's)
 * @returns the check results, or one failed result `{ name: 'runs' }` when the cell's top level threw
 */
export async function checkCell(id: string, code: string, lang: Lang = 'en'): Promise<CheckResult[]> {
  const { console: quiet, show } = createDisplay(() => {}, lang);
  const run = startExercise(getExercise(id), { backprop, notebook: { show } }, lang);
  const scope: Record<string, unknown> = {};
  const { js } = prepareCell(code, []);
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
  try {
    await new AsyncFunction('__bpnScope', '__bpnImport', '__bpnExport', 'console', 'show', js)(
      scope, (m: string) => run.modules[m], (o: object) => Object.assign(scope, o), quiet, show);
  } catch (e) {
    return [{ name: 'runs', pass: false, message: `the code threw ${String(e)}` }];
  }
  return run.check(scope);
}
