/**
 * The OwnNetwork form in the page URL (`?net=…`), so a teacher can share a link to a network. The value is
 * the form's text as JSON; reading it back goes through the same validation as typing (`parseSpec`), so a
 * damaged link shows its problems next to the fields instead of breaking the page.
 */
import type { SpecText } from './spec';

export const URL_PARAM = 'net';
const FIELDS: (keyof SpecText)[] = ['sizes', 'hidden', 'output', 'cost', 'weights', 'x', 'y', 'alpha'];

/** The query string value for a form. */
export function encodeSpecText(t: SpecText): string {
  return JSON.stringify(Object.fromEntries(FIELDS.map((f) => [f, t[f]])));
}

/**
 * The form text in a URL's search string, or null when there is none. Fields the link lacks, or that are not
 * strings, come from `fallback` (the widget then validates the whole form as usual); unreadable JSON counts as none.
 */
export function decodeSpecText(search: string, fallback: SpecText): SpecText | null {
  const raw = new URLSearchParams(search).get(URL_PARAM);
  if (raw === null) return null;
  let json: unknown;
  try { json = JSON.parse(raw); } catch { return null; }
  if (!json || typeof json !== 'object') return null;
  const out = { ...fallback };
  for (const f of FIELDS) {
    const v = (json as Record<string, unknown>)[f];
    if (typeof v === 'string') out[f] = v.slice(0, 5000);
  }
  return out;
}

/** The page URL with the form in it (other query parameters and the hash kept). */
export function urlWithSpec(href: string, t: SpecText): string {
  const u = new URL(href);
  u.searchParams.set(URL_PARAM, encodeSpecText(t));
  return u.toString();
}
