/**
 * Every exercise definition in this folder, found by file name (`<id>.ts` exporting `exercise`). Lesson
 * writers add one by adding a file; nothing to register.
 */
import type { ExerciseDef } from './types';

const modules = import.meta.glob<{ exercise: ExerciseDef }>(
  ['./*.ts', '!./*.test.ts', '!./registry.ts', '!./kit.ts', '!./types.ts', '!./runner.ts', '!./*.d.ts'],
  { eager: true },
);

/** All exercises, keyed by id. */
export function allExercises(): ExerciseDef[] {
  return Object.values(modules).map((m) => m.exercise).filter(Boolean);
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

/** Exercise ids per lesson file stem (e.g. `01-notation` → ['sigmoid-gradient', 'forward-pass']). */
export function exercisesByLesson(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of allExercises()) (out[e.lesson] ??= []).push(e.id);
  return out;
}
