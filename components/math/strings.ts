/** Every reader-visible (or screen-reader) string of the math components, in one table for translation. */
export const MATH_STRINGS = {
  /** Accessible name of a display equation that scrolls sideways; `tag` is "(1.1)" or empty. */
  scrollRegion: (tag: string) => (tag ? `Equation ${tag}, scrolls sideways` : 'Equation, scrolls sideways'),
} as const;
