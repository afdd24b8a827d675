/** Site-wide settings kept in one place. */
export const SITE = {
  title: 'Backprop Notebook',
  tagline: 'Backpropagation from the mathematics up',
  description:
    'Derive backpropagation with the chain rule, watch every number of the forward and backward pass, and run the code yourself.',
  /** Where "Edit this page" points; the content file path (e.g. `lessons/en/01-notation.mdx`) is appended. */
  editBaseUrl: 'https://github.com/backprop-notebook/backprop-notebook/edit/main/content/',
  /** Words per minute for the reading-time estimate (math-heavy prose reads slowly). */
  wordsPerMinute: 180,
} as const;
