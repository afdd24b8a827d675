/**
 * A page's headings as its table of contents and language switch use them: the MDX headings Astro collected, with the
 * heading each `<Exercise>` writes put in its place (reader QA, issue 9: the TOC left the exercises out). Where each
 * exercise stands comes from src/site/rehype-exercise-marks.mjs; its id and text from src/exercises/heading.ts, which
 * `<Exercise>` renders from too.
 */
import type { Lang } from '../i18n/lang';
import { DEFAULT_EXERCISE_LEVEL, exerciseHeadingId, exerciseHeadingText } from '../exercises/heading';
import { EXERCISE_MARKS } from './rehype-exercise-marks.mjs';

/** A heading as Astro reports it (`MarkdownHeading`): level 1–6, id, text. */
export interface PageHeading { depth: number; slug: string; text: string }

/** Where an `<Exercise>` stands: its id, its `level` if given, and how many headings come before it. */
export interface ExerciseMark { id: string; level?: number; after: number }

/**
 * The exercise marks a page's plugins recorded (none when the page has no exercise).
 * @throws Error when the recorded value is not a list of marks (the plugin and this reader disagree)
 */
export function exerciseMarks(remarkPluginFrontmatter: Record<string, unknown>): ExerciseMark[] {
  const marks = remarkPluginFrontmatter[EXERCISE_MARKS] ?? [];
  const ok = (m: unknown): m is ExerciseMark => typeof m === 'object' && m !== null
    && typeof (m as ExerciseMark).id === 'string' && Number.isInteger((m as ExerciseMark).after);
  if (!Array.isArray(marks) || !marks.every(ok)) throw new Error(`${EXERCISE_MARKS} is not a list of exercise marks: ${JSON.stringify(marks)}`);
  return marks;
}

/**
 * `headings` with each exercise's heading inserted after the `after`-th of them, at its level (default
 * {@link DEFAULT_EXERCISE_LEVEL}), with `heading(id)` giving its id and text.
 * @throws Error when a mark points past the last heading, or two headings of the result share an id (an exercise shown
 *   twice, or a written heading whose slug is an exercise's id): a TOC link would then go to the wrong place
 * @example
 * ```ts
 * withExerciseHeadings([{ depth: 2, slug: 'your-turn', text: 'Your turn' }], [{ id: 'x', after: 1 }],
 *   (id) => ({ slug: `exercise-${id}`, text: 'Exercise: X' }));
 * // [{ depth: 2, slug: 'your-turn', … }, { depth: 3, slug: 'exercise-x', text: 'Exercise: X' }]
 * ```
 */
export function withExerciseHeadings(headings: readonly PageHeading[], marks: readonly ExerciseMark[],
  heading: (id: string) => { slug: string; text: string }): PageHeading[] {
  const out: PageHeading[] = [];
  const insert = (upTo: number) => marks.filter((m) => m.after === upTo)
    .forEach((m) => out.push({ depth: m.level ?? DEFAULT_EXERCISE_LEVEL, ...heading(m.id) }));
  insert(0);
  headings.forEach((h, k) => { out.push(h); insert(k + 1); });
  const lost = marks.filter((m) => m.after < 0 || m.after > headings.length);
  if (lost.length > 0) throw new Error(`exercise ${lost.map((m) => m.id).join(', ')} placed after heading ${lost[0]!.after} of ${headings.length}`);
  const seen = new Set<string>();
  for (const h of out) {
    if (seen.has(h.slug)) throw new Error(`two headings of the page have the id "${h.slug}"; each exercise may appear once per page`);
    seen.add(h.slug);
  }
  return out;
}

/** {@link withExerciseHeadings} for a rendered entry in `lang`: the exercises' ids and texts as `<Exercise>` writes them. */
export function pageHeadings(headings: readonly PageHeading[], remarkPluginFrontmatter: Record<string, unknown>, lang: Lang): PageHeading[] {
  return withExerciseHeadings(headings, exerciseMarks(remarkPluginFrontmatter),
    (id) => ({ slug: exerciseHeadingId(id), text: exerciseHeadingText(id, lang) }));
}
