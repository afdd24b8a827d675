import { defineStrings } from '../../src/i18n/strings';

/** Every reader-visible (or screen-reader) string of the math components, in both languages. */
export const MATH_STRINGS = defineStrings(
  {
    /** Accessible name of a display equation that scrolls sideways; `tag` is "(1.1)" or empty. */
    scrollRegion: (tag: string) => (tag ? `Equation ${tag}, scrolls sideways` : 'Equation, scrolls sideways'),
  },
  {
    scrollRegion: (tag: string) => (tag ? `公式 ${tag}，可横向滚动` : '公式，可横向滚动'),
  },
);
