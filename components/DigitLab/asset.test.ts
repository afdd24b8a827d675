import { describe, expect, test } from 'vitest';
// The build script's encoder and resampler, tested against this folder's independent decoder and resampler.
import { axisWeights, downsample, encodeDigits, sampleSheet } from '../../scripts/build-digits.mjs';
import { AssetError, decodeDigits, isGzip } from './asset.ts';
import { resample } from './pad.ts';

const digits = [
  { label: 3, pixels: [0, 0.5, 1, 0.25] },
  { label: 9, pixels: [1, 1, 0, 0.002] },
];

describe('digits asset', () => {
  test('encode then decode gives the labels and 8-bit pixels back', () => {
    const d = decodeDigits(encodeDigits(digits, 2));
    expect(d.side).toBe(2);
    expect(d.count).toBe(2);
    expect([...d.labels]).toEqual([3, 9]);
    // round(v·255): 0.5 → 128 (127.5 rounds up), 0.25 → 64, 0.002 → 1
    expect([...d.pixels]).toEqual([0, 128, 255, 64, 255, 255, 0, 1]);
  });

  test('a corrupt file is named for what is wrong', () => {
    const good = encodeDigits(digits, 2);
    expect(() => decodeDigits(new Uint8Array(3))).toThrow(AssetError);
    const bad = good.slice(); bad[0] = 0;
    expect(() => decodeDigits(bad)).toThrow(/BPND/);
    expect(() => decodeDigits(good.subarray(0, good.length - 1))).toThrow(`is ${good.length - 1} bytes long but its header needs ${good.length}`);
    const label = good.slice(); label[12] = 12;
    expect(() => decodeDigits(label)).toThrow('Digit 0 in the digits file has label 12');
    const version = good.slice(); version[4] = 2;
    expect(() => decodeDigits(version)).toThrow('version 2');
  });

  test('gzip is recognised by its magic number', () => {
    expect(isGzip(new Uint8Array([0x1f, 0x8b, 8]))).toBe(true);
    expect(isGzip(encodeDigits(digits, 2))).toBe(false);
  });

  test('28 → 20 area weights: each output cell covers 1.4 input pixels, weights sum to 1', () => {
    const w = axisWeights(28, 20);
    expect(w[0]).toEqual([[0, 1 / 1.4], [1, expect.closeTo(0.4 / 1.4, 12)]]);
    for (const cell of w) expect(cell.reduce((s: number, [, v]: number[]) => s + v, 0)).toBeCloseTo(1, 12);
  });

  test('the build script and the drawing pad resample a 28×28 image identically, and keep the mean', () => {
    const img = Array.from({ length: 784 }, (_, k) => (Math.sin(k * 0.37) + 1) / 2);
    const a = downsample(img), b = resample(img, 28, 28, 0, 0, 28, 28, 20, 20);
    b.forEach((v, k) => expect(a[k]).toBeCloseTo(v, 12));
    const mean = (v: ArrayLike<number>) => Array.from(v).reduce((s, x) => s + x, 0) / v.length;
    expect(mean(a)).toBeCloseTo(mean(img), 12);
  });

  test('the sample sheet puts the first two digits of each class in its column, and refuses a class with fewer', () => {
    // 1×1 digits of grey g: class k ≥ 1 holds 10k + 1 then 10k + 2; class 0 holds 2, then 1, then a third (255).
    const digit = (label: number, g: number) => ({ label, pixels: [g / 255] });
    const others = Array.from({ length: 9 }, (_, n) => [digit(n + 1, 10 * (n + 1) + 1), digit(n + 1, 10 * (n + 1) + 2)]).flat();
    const sheet = sampleSheet(encodeDigits([digit(0, 2), digit(0, 1), ...others, digit(0, 255)], 1));
    expect([sheet.width, sheet.height]).toEqual([10 + 9 * 2, 2 + 2]);
    const grey = (x: number, y: number) => sheet.rgba[(y * sheet.width + x) * 4];
    // Class 0's column: 2 then 1, its first two in the file's order, not its third.
    expect([grey(0, 0), grey(0, 3)]).toEqual([2, 1]);
    for (let k = 1; k <= 9; k++) expect([grey(3 * k, 0), grey(3 * k, 3)]).toEqual([10 * k + 1, 10 * k + 2]);
    expect(grey(1, 0)).toBe(64); // the grid between tiles
    expect(() => sampleSheet(encodeDigits([digit(0, 2), digit(0, 1), ...others.slice(0, -1)], 1))).toThrow('the asset has 1 digits labelled 9, the sheet needs 2');
  });
});
