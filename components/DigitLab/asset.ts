/**
 * Decoding the digits asset written by `scripts/build-digits.mjs`: a header ("BPND", version 1, width,
 * height, count), then one label byte per digit, then 8-bit pixels. Pure: no fetch, no DOM.
 */
import type { Lang } from '../../src/i18n/lang';
import { DIGIT_LAB_STRINGS } from './strings.ts';

/** The decoded digits: `pixels` holds `count · side²` bytes (0–255, row-major), `labels` one digit 0–9 each. */
export interface Digits {
  /** Width and height of one image, in pixels. */
  side: number;
  count: number;
  labels: Uint8Array;
  pixels: Uint8Array;
}

/** Thrown when the bytes are not a digits asset; the message says what is wrong. */
export class AssetError extends Error {
  override name = 'AssetError';
}

const MAGIC = [66, 80, 78, 68]; // "BPND"

/**
 * Reads the (already un-gzipped) asset.
 * @throws AssetError naming the problem (wrong magic, version, truncated file, label outside 0–9), in `lang`
 * @example
 * ```ts
 * const d = decodeDigits(bytes); // { side: 20, count: 10000, labels, pixels }
 * ```
 */
export function decodeDigits(bytes: Uint8Array, lang: Lang = 'en'): Digits {
  const STRINGS = DIGIT_LAB_STRINGS[lang];
  if (bytes.length < 12 || MAGIC.some((b, i) => bytes[i] !== b)) throw new AssetError(STRINGS.assetNotDigits);
  if (bytes[4] !== 1) throw new AssetError(STRINGS.assetVersion(bytes[4]));
  const side = bytes[5];
  if (side < 1 || bytes[6] !== side) throw new AssetError(STRINGS.assetShape(bytes[5], bytes[6]));
  const count = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8, true);
  const need = 12 + count + count * side * side;
  if (count === 0 || bytes.length !== need) throw new AssetError(STRINGS.assetLength(bytes.length, need));
  const labels = bytes.subarray(12, 12 + count);
  const bad = labels.findIndex((l) => l > 9);
  if (bad >= 0) throw new AssetError(STRINGS.assetLabel(bad, labels[bad]));
  return { side, count, labels, pixels: bytes.subarray(12 + count) };
}

/** True when the bytes start with the gzip magic number (a host may already have un-gzipped them). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
