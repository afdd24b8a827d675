import { defineStrings } from '../../src/i18n/strings';

/** Reader-visible strings shared by several widgets, in both languages: `SHARED_STRINGS[lang].exact(…)`. */
export const SHARED_STRINGS = defineStrings(
  {
    /** Shown (server-rendered) in place of controls that only work once the widget's script runs (reader QA D29). */
    needsJs: (what: string) => `${what} need JavaScript; without it this shows the first step.`,
    /** The exact value behind a rounded number ({@link Num}). */
    exact: (value: string) => `exactly ${value}`,
    /** The same, as an aside after the rounded number (visually hidden, for screen readers): ` (exactly 0.39321568)`. */
    exactAside: (value: string) => ` (exactly ${value})`,
  },
  {
    needsJs: (what: string) => `${what}需要 JavaScript；未启用时这里只显示第一步。`,
    exact: (value: string) => `精确值 ${value}`,
    /** Chinese asides take full-width parentheses with no space before them. */
    exactAside: (value: string) => `（精确值 ${value}）`,
  },
);
