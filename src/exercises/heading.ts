/**
 * An exercise's heading, as `<Exercise>` writes it on a page and the page's table of contents lists it: one source for
 * both, so the TOC's link and text cannot drift from the heading (reader QA, issue 9: the TOC built from a lesson's MDX
 * headings left out the exercise headings the component writes).
 */
import type { Lang } from '../i18n/lang';
import { getExercise } from './registry';
import { EXERCISE_STRINGS } from './strings';
import { exerciseIn } from './translations';

/** Heading level of an exercise's title when the lesson does not give `level`. */
export const DEFAULT_EXERCISE_LEVEL = 3;

/**
 * The id of the exercise's heading: `exercise-<id>`, the same in both editions (the language switch needs no mapping).
 * Unique on a page as long as the page shows each exercise once, which {@link withExerciseHeadings} checks.
 */
export const exerciseHeadingId = (id: string): string => `exercise-${id}`;

/**
 * The heading's text in `lang`, e.g. `Exercise: The output-layer error δ(L)` or `练习：…`.
 * @throws Error when there is no exercise `id`, or a Chinese page asks for one without its Chinese text
 */
export function exerciseHeadingText(id: string, lang: Lang): string {
  return EXERCISE_STRINGS[lang].exerciseTitle(exerciseIn(getExercise(id), lang).title);
}
