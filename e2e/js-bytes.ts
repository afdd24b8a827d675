import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** One JavaScript response: its URL, raw bytes and gzip -9 bytes (the test server sends it uncompressed). */
export interface JsResponse { url: string; raw: number; gzip: number }

/** Records the JavaScript responses of a page from now on; `settle()` waits until their bodies are measured. */
export function collectJs(page: Page): { seen: JsResponse[]; settle: () => Promise<void[]> } {
  const seen: JsResponse[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    const url = r.url();
    if (!/\.(m?js|ts)(\?|$)/.test(url) && !(r.headers()['content-type'] ?? '').includes('javascript')) return;
    pending.push(r.body().then((b) => { seen.push({ url, raw: b.length, gzip: gzipSync(b, { level: 9 }).length }); }).catch(() => {}));
  });
  return { seen, settle: () => Promise.all(pending) };
}

/** Total raw and gzip bytes of some responses. */
export const sum = (xs: { raw: number; gzip: number }[]) => ({ raw: xs.reduce((n, x) => n + x.raw, 0), gzip: xs.reduce((n, x) => n + x.gzip, 0) });
