import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { decodeDigits } from '../../components/DigitLab/asset';
import { BASE, OUT, decodeEntities, html } from './built-site';

/**
 * The digits lab's picture of its data (shown with and without JavaScript): the PNG the page names is in the build,
 * drawn at the size the page gives it, and each of its twenty tiles is the digit it claims to be — the first two of
 * each class in the built data file, picked here from the file itself, class 0 on the left.
 */
const SIDE = 20, GAP = 2;

describe.each(['/lessons/digits/', '/zh/lessons/digits/'])('%s: the sample sheet', (path) => {
  const img = /<img [^>]*data-testid="dg-samples"[^>]*>/.exec(html(path))?.[0] ?? '';
  const attr = (name: string) => decodeEntities(new RegExp(`\\s${name}="([^"]*)"`).exec(img)?.[1] ?? '');

  test('the page shows it with a text alternative, from the data folder under the base', () => {
    expect(img).not.toBe('');
    expect(attr('src')).toBe(`${BASE}data/digit-samples.png`);
    expect(attr('alt').length).toBeGreaterThan(20);
  });

  test('its tiles are the first two digits of each class in the data file, at the size the page states', () => {
    const png = PNG.sync.read(readFileSync(join(OUT, 'data', 'digit-samples.png')));
    expect([png.width, png.height]).toEqual([Number(attr('width')), Number(attr('height'))]);
    expect([png.width, png.height]).toEqual([10 * SIDE + 9 * GAP, 2 * SIDE + GAP]);
    const digits = decodeDigits(new Uint8Array(gunzipSync(readFileSync(join(OUT, 'data', 'digits-20x20.bin.gz')))));
    for (let label = 0; label <= 9; label++) {
      const first = [...digits.labels.keys()].filter((i) => digits.labels[i] === label).slice(0, 2);
      first.forEach((index, row) => {
        const want = [...digits.pixels.subarray(index * SIDE * SIDE, (index + 1) * SIDE * SIDE)];
        const got = Array.from({ length: SIDE * SIDE }, (_, k) => {
          const x = label * (SIDE + GAP) + (k % SIDE), y = row * (SIDE + GAP) + Math.floor(k / SIDE);
          const at = (y * png.width + x) * 4;
          // Grey: the three channels equal, opaque.
          expect([png.data[at + 1], png.data[at + 2], png.data[at + 3]]).toEqual([png.data[at], png.data[at], 255]);
          return png.data[at];
        });
        expect(got, `digit ${label}, sample ${row + 1} (index ${index})`).toEqual(want);
      });
    }
  });
});
