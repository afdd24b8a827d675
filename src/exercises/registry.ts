/**
 * Every exercise definition: each folder `<id>/` here with an `index.ts` exporting `exercise`. Lesson
 * writers add one by adding a folder; nothing to register, and helpers beside the folders are never mistaken
 * for exercises.
 */
import type { ExerciseDef } from './types';

const modules = import.meta.glob<{ exercise: ExerciseDef }>('./*/index.ts', { eager: true });

/** All exercises, in folder-name order. */
export function allExercises(): ExerciseDef[] {
  return Object.entries(modules).map(([path, m]) => {
    if (!m.exercise) throw new Error(`src/exercises/${path.slice(2)} exports no \`exercise\``);
    return m.exercise;
  });
}

/**
 * The exercise with this id.
 * @throws Error naming the known ids when there is none
 */
export function getExercise(id: string): ExerciseDef {
  const ex = allExercises().find((e) => e.id === id);
  if (!ex) throw new Error(`No exercise "${id}" in src/exercises (known: ${allExercises().map((e) => e.id).join(', ')})`);
  return ex;
}

/** Exercise ids per lesson file stem (e.g. `01-notation` → ['forward-pass', 'sigmoid-gradient']). */
export function exercisesByLesson(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of allExercises()) (out[e.lesson] ??= []).push(e.id);
  return out;
}
