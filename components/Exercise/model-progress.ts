/**
 * True when every exercise of a lesson is passed (kept apart from model.ts so the outline's script does
 * not pull in KaTeX).
 * @example
 * ```ts
 * lessonDone(['a', 'b'], (id) => id === 'a'); // false
 * ```
 */
export function lessonDone(ids: readonly string[], passed: (id: string) => boolean): boolean {
  return ids.length > 0 && ids.every(passed);
}
