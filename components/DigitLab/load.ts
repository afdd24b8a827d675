/** Fetching the digits asset on the page: HTTP errors, gzip and corrupt bytes all become one readable message. */
import { decodeDigits, isGzip, type Digits } from './asset.ts';
import { STRINGS } from './strings.ts';

/** URL of the asset under the site's base path. */
export function assetUrl(base: string): string {
  return `${base.replace(/\/?$/, '/')}data/digits-20x20.bin.gz`;
}

/**
 * Downloads and decodes the digits. Hosts that already un-gzip `.gz` files are handled (the magic number is checked).
 * @throws Error with a message for the reader (missing file, HTTP status, corrupt data)
 */
export async function loadDigits(url: string): Promise<Digits> {
  let res: Response;
  try { res = await fetch(url); } catch (e) { throw new Error(STRINGS.assetMissing((e as Error).message)); }
  if (!res.ok) throw new Error(STRINGS.assetMissing(`HTTP ${res.status} for ${url}`));
  let bytes = new Uint8Array(await res.arrayBuffer());
  if (isGzip(bytes)) {
    if (typeof DecompressionStream === 'undefined') throw new Error(STRINGS.assetGzip);
    try {
      const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
      bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    } catch (e) {
      throw new Error(STRINGS.assetMissing(`the file is not valid gzip: ${(e as Error).message}`));
    }
  }
  try { return decodeDigits(bytes); } catch (e) { throw new Error(STRINGS.assetMissing((e as Error).message)); }
}
