/**
 * Syntax-highlighting themes for every code block of the site (Markdown, code cells, API examples).
 * GitHub's high-contrast pair keeps every token at WCAG AA contrast on our light and dark backgrounds;
 * the plain GitHub themes do not (their orange, grey and red fall below 4.5:1).
 */
export const CODE_THEMES = /** @type {const} */ ({ light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' });
