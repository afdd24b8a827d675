/**
 * Plain text for messages: quoting what a reader typed or a link held without letting it run on.
 */

/**
 * `text` cut to its first `max` characters (as a reader counts them: `𝑥` is one) with "…" after, or whole if it is
 * no longer.
 * @example
 * ```ts
 * clip('lr=0.03', 24);        // 'lr=0.03'
 * clip('x'.repeat(30), 24);   // 'xxxxxxxxxxxxxxxxxxxxxxxx…'
 * ```
 */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
