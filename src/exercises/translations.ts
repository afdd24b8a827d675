/**
 * An exercise as a page in one language shows it: title, task, hints, and the starter and solution cells.
 * English is the definition itself; Chinese comes from each folder's `zh.ts`, with the code's comments
 * translated and everything else (identifiers, the checks) unchanged. Used at build time by `<Exercise>`,
 * so the worker that runs the checks never loads these texts.
 */
import type { Lang } from '../i18n/lang';
import { translateComments } from './comments';
import type { ExerciseDef, ExerciseText } from './types';

const zhTexts = import.meta.glob<{ zh: ExerciseText }>('./*/zh.ts', { eager: true });

/** What the page shows of an exercise. */
export interface ExerciseView { title: string; task: string; hints: string[]; starter: string; solution: string }

/** The Chinese text of an exercise, or undefined when its folder has no `zh.ts`. */
export function chineseText(id: string): ExerciseText | undefined {
  return zhTexts[`./${id}/zh.ts`]?.zh;
}

/**
 * The exercise in `lang`.
 * @throws Error when a Chinese page asks for an exercise without a complete translation (no `zh.ts`, a
 *   different number of hints, or an untranslated comment), so it is never published half in English
 * @example
 * ```ts
 * exerciseIn(getExercise('delta-output'), 'zh').title; // '平方误差代价下的输出层误差项 δ(L)'
 * ```
 */
export function exerciseIn(def: ExerciseDef, lang: Lang): ExerciseView {
  const { title, task, hints, starter, solution } = def;
  if (lang === 'en') return { title, task, hints, starter, solution };
  const zh = chineseText(def.id);
  if (!zh) throw new Error(`src/exercises/${def.id}/zh.ts is missing: the exercise has no Chinese text`);
  if (zh.hints.length !== hints.length) throw new Error(`src/exercises/${def.id}/zh.ts has ${zh.hints.length} hints, the exercise ${hints.length}`);
  return {
    title: zh.title, task: zh.task, hints: zh.hints,
    starter: translateComments(starter, zh.comments), solution: translateComments(solution, zh.comments),
  };
}
