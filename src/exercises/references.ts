/**
 * The module's own functions for the quantities the exercises ask for, with the reason the reader's code may
 * not use them (see `forbidden` in types.ts; the reasons live in the strings table). Exercises pick from these.
 */
import { S } from './strings';

export const REFERENCE = S.reasons;

type Name = keyof typeof REFERENCE;

/** `{ name: reason }` for the named reference functions. */
export function forbid(...names: Name[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, REFERENCE[n]]));
}

/** Every function that yields δ(l) or D(l) directly. */
export const GRADIENT_FUNCTIONS: Name[] = ['backprop', 'backpropBatch', 'gradients', 'numericalGradient', 'gradientCheck', 'chainRule', 'networkGraph'];
