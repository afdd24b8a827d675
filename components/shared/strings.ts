/** Reader-visible strings shared by several widgets, in one table for translation. */
export const SHARED_STRINGS = {
  /** Shown (server-rendered) in place of controls that only work once the widget's script runs (reader QA D29). */
  needsJs: (what: string) => `${what} need JavaScript; without it this shows the first step.`,
  /** The exact value behind a rounded number ({@link Num}). */
  exact: (value: string) => `exactly ${value}`,
} as const;
