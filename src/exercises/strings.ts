/**
 * Every fixed piece of text the exercises show: the `<Exercise>` widget's labels and the fixed parts of
 * the check messages. One table, so the Chinese edition translates one file. Values and names of the
 * mathematics (δ(2), Θ(1)_10, numbers) are filled in by the functions.
 */
export const EXERCISE_STRINGS = {
  // <Exercise> widget
  heading: 'Exercise:',
  hintSummary: (n: number, of: number) => `Hint ${n} of ${of}`,
  hintsLabel: 'Hints',
  solutionSummary: 'Show the solution (try the hints first)',
  useSolution: 'Put the solution in the editor',

  // Check messages: "expected X, got Y for input Z"
  expectedGot: (expected: string, got: string) => `expected ${expected}, got ${got}`,
  forInput: (input: string) => ` for input ${input}`,
  correctFor: (input: string) => `correct for input ${input}`,
  threw: (error: string, input: string) => `threw ${error} for input ${input}`,
  ok: 'ok',
  expectedNumber: (got: string) => `expected a number, got ${got}`,
  expectedArray: (n: number, got: string) => `expected an array of length ${n}, got ${got}`,
  expectedLength: (n: number, got: number) => `expected length ${n}, got length ${got}`,

  // The runner
  definesName: (entry: string) => `defines ${entry}`,
  expectedFunction: (entry: string, got: string) => `expected a function named ${entry}, got ${got}`,
  checksName: 'checks',
  noChecks: 'no checks ran',
  yourCodeThrew: (error: string) => `your code threw ${error}`,

  // Reference functions the reader may not use (guard.ts)
  allowedName: 'uses only allowed functions',
  forbiddenCall: (name: string, why: string) =>
    `${name} is not available in this exercise: ${why}. Compute it yourself.`,
  forbiddenUsed: (names: string, whys: string) =>
    `expected your own code, got a call of ${names} (${whys}): compute it yourself without it`,

  // Diagnosis: the first wrong intermediate (diagnose.ts)
  entryDiffers: (what: string, expected: string, got: string) => `${what} differs: expected ${expected}, got ${got}`,
  sizeDiffers: (what: string, expected: string, got: string) => `${what} has ${got}, expected ${expected}`,
  entries: (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`,
  rowsCols: (r: number, c: number) => `${r} × ${c} entries`,
  notAnArray: (what: string, got: string) => `${what}: expected an array, got ${got}`,
  likely: (why: string) => ` — ${why}`,
} as const;

/** Shorter name inside this folder. */
export const S = EXERCISE_STRINGS;
