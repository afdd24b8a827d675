/** Fetching the digits asset on the page: HTTP errors, gzip and corrupt bytes all become one readable message. */
import { decodeDigits, isGzip, type Digits } from './asset.ts';
import type { Lang } from '../../src/i18n/lang';
import { DIGIT_LAB_STRINGS } from './strings.ts';

/** URL of the asset under the site's base path. */
export function assetUrl(base: string): string {
  return `${base.replace(/\/?$/, '/')}data/digits-20x20.bin.gz`;
}

/** URL of the sample sheet (two digits of each class, a PNG) under the site's base path. */
export function samplesUrl(base: string): string {
  return `${base.replace(/\/?$/, '/')}data/digit-samples.png`;
}

/**
 * Downloads and decodes the digits. Hosts that already un-gzip `.gz` files are handled (the magic number is checked).
 * @throws Error with a message for the reader in `lang` (missing file, HTTP status, corrupt data)
 */
export async function loadDigits(url: string, lang: Lang = 'en'): Promise<Digits> {
  const STRINGS = DIGIT_LAB_STRINGS[lang];
  let res: Response;
  try { res = await fetch(url); } catch (e) { throw new Error(STRINGS.assetMissing((e as Error).message)); }
  if (!res.ok) throw new Error(STRINGS.assetMissing(STRINGS.assetHttp(res.status, url)));
  let bytes = new Uint8Array(await res.arrayBuffer());
  if (isGzip(bytes)) {
    if (typeof DecompressionStream === 'undefined') throw new Error(STRINGS.assetGzip);
    try {
      const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
      bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    } catch (e) {
      throw new Error(STRINGS.assetMissing(STRINGS.assetNotGzip((e as Error).message)));
    }
  }
  try { return decodeDigits(bytes, lang); } catch (e) { throw new Error(STRINGS.assetMissing((e as Error).message)); }
}
