/** Reader-visible strings of the site chrome (header, theme toggle), in one table for translation. */
export const SITE_STRINGS = {
  darkMode: 'Dark mode',
  /** The toggle's visible state (its accessible state is `aria-pressed`). */
  on: 'on',
  off: 'off',
} as const;
