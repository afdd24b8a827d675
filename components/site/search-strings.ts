/**
 * Every reader-visible string of the site search and the offline support (service worker notice), in one
 * table so the Chinese edition can translate them in one place.
 */
export const SEARCH_STRINGS = {
  label: 'Search the course',
  placeholder: 'Search',
  shortcutHint: 'Press / to search',
  loading: 'Searching…',
  /** Shown when the Pagefind index is missing (for example under `astro dev`, before `npm run build`). */
  unavailable: 'Search is not available here: the index is made by `npm run build`.',
  noResults: (q: string) => `No results for “${q}”.`,
  results: (n: number, q: string) => (n === 1 ? `1 page matches “${q}”.` : `${n} pages match “${q}”.`),
  resultsLabel: 'Search results',
} as const;

export const OFFLINE_STRINGS = {
  updated: 'This course has been updated.',
  reload: 'Reload',
  dismiss: 'Later',
} as const;
