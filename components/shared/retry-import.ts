/**
 * Loading a lazily loaded chunk again after an attempt failed (a dropped connection, a server error).
 *
 * Under the HTML standard's older rule, still followed by many browsers (Chromium 150, checked on this project's test
 * machine), a module whose fetch failed stays in the document's module map as a failure: every later `import()` of the
 * same URL fails at once, without a request, until the page is reloaded. (Newer engines drop the entry and fetch
 * again: "retriable module loading" on web-features, not yet Baseline.) So the retry first calls `load` again (the
 * newer engines fetch again, and the chunk stays the one module its importers share); if that fails too and the
 * failure's message names the chunk's URL — Chromium's "Failed to fetch dynamically imported module: <url>",
 * Firefox's "error loading dynamically imported module: <url>" — it asks for that URL with a query of its own, a new
 * entry in the module map. Safari's message names no URL: there only a reload helps, which the caller's message says
 * after a second failure. Neither helps when a chunk the failed one imports had failed before (its entry stays): a
 * reload does.
 *
 * @param load the import as written (`() => import('./controller')`), so the bundler still sees the chunk
 * @param failure what the previous attempt rejected with
 * @param attempt 1 for the first retry, 2 for the next …; becomes the query (`?retry=1`), so each retry is a new entry
 * @returns the module, or the rejection of this attempt
 */
export function retryImport<T>(load: () => Promise<T>, failure: unknown, attempt: number): Promise<T> {
  return load().catch((again: unknown) => {
    const url = retryUrl(failure, attempt) ?? retryUrl(again, attempt);
    if (url === null) throw again;
    return import(/* @vite-ignore */ url) as Promise<T>;
  });
}

/** The URL a retry asks for: the failed script's with `retry=<attempt>` in its query, or `null` if none is named. */
export function retryUrl(failure: unknown, attempt: number): string | null {
  const url = failedModuleUrl(failure);
  if (url === null) return null;
  const fresh = new URL(url);
  fresh.searchParams.set('retry', String(attempt));
  return fresh.href;
}

/** The script URL a failed `import()` names in its message, or `null` (no message, no URL in it). */
export function failedModuleUrl(failure: unknown): string | null {
  const message = failure instanceof Error ? failure.message : typeof failure === 'string' ? failure : '';
  const match = /\bhttps?:\/\/[^\s'"]+\.m?js(?:\?[^\s'"]*)?/.exec(message);
  return match ? match[0] : null;
}
