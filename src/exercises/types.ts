/** The format of an exercise definition (`src/exercises/<id>/index.ts` exports `exercise`). */
import type { Observer } from './guard';

/** One check's outcome, shown in the pass/fail list. */
export interface CheckResult {
  /** What was checked, e.g. "g'(0)". */
  name: string;
  pass: boolean;
  /** Why it failed ("expected X, got Y"; the name says the input, see kit.ts), or a short confirmation ("correct"). */
  message: string;
}

/**
 * An exercise: the reader defines the function `entry` in the starter code; `check` calls it on several
 * inputs and compares against the reference module.
 */
export interface ExerciseDef {
  /** Unique across the course; also the storage key of the progress. */
  id: string;
  /** Lesson file stem it belongs to, e.g. `01-notation` (for the ✓ in the course outline). */
  lesson: string;
  title: string;
  /** Task text: paragraphs separated by blank lines; `code` and $TeX$ (with the course macros) allowed. */
  task: string;
  /** Name of the function the reader must define. */
  entry: string;
  /** Starter code (from `starter.ts`, see `source.ts`): it must fail the checks. */
  starter: string;
  /** Reference solution (from `solution.ts`): it must pass the checks. */
  solution: string;
  /** Hints, revealed one at a time. */
  hints: string[];
  /** Time limit for running the reader's code and the checks, in ms (default 10 000). */
  timeout?: number;
  /**
   * Exports of `"backprop"` the reader's code may not call, with the reason: the module's own function for the
   * very quantity being asked ({ backprop: 'it computes δ(l) itself' }). A call throws and fails the exercise.
   */
  forbidden?: Readonly<Record<string, string>>;
  /** Exports of `"backprop"` whose calls the checks want to see, with what to keep of each call. */
  observe?: Readonly<Record<string, Observer>>;
  /**
   * Calls the reader's function and compares with the reference module; `seen.take(name)` returns what the
   * `observe` entry for `name` kept since the last take.
   */
  check(entry: (...args: never[]) => unknown, seen: Seen): CheckResult[] | Promise<CheckResult[]>;
}

/**
 * An exercise's words in another language (`src/exercises/<id>/zh.ts` exports `zh: ExerciseText`). The
 * checks, the entry and the code are the exercise's own; only the text and the code's comments change.
 */
export interface ExerciseText {
  title: string;
  /** Same format as {@link ExerciseDef.task}. */
  task: string;
  /** As many as the English hints, in the same order. */
  hints: string[];
  /**
   * Each comment of the starter and solution cells (keyed by its English text, as `findComments` in
   * `comments.ts` gives it) in this language.
   */
  comments: Readonly<Record<string, string>>;
}

/** What the observed exports recorded while the reader's code ran. */
export interface Seen {
  take(name: string): unknown[];
}
