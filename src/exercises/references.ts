/**
 * The module's own functions for the quantities the exercises ask for, with the reason the reader's code may
 * not use them (see `forbidden` in types.ts; the reasons live in the strings table). Exercises pick from these.
 */
import { S, type ExerciseStrings } from './strings';

type Name = keyof ExerciseStrings['reasons'];

/**
 * `{ name: reason }` for the named reference functions. Each reason is read when a message quotes it, so it
 * is in the language of the check run in progress.
 */
export function forbid(...names: Name[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of names) Object.defineProperty(out, n, { enumerable: true, get: () => S.reasons[n] });
  return out;
}

/** Every function that yields δ(l) or D(l) directly. */
export const GRADIENT_FUNCTIONS: Name[] = ['backprop', 'backpropBatch', 'gradients', 'numericalGradient', 'gradientCheck', 'chainRule', 'networkGraph'];
