/**
 * A weight line's title in the Playground's weight diagram (reader QA: "Θ(1)_10 = ≈ 0.2541 (exact …)" had two relation
 * signs in a row, repeated an exact value equal to the shown one, and the Chinese aside was not full-width).
 * Expected titles are written out by hand from the weights below.
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { WeightDiagram } from './WeightDiagram.tsx';

/** Every <title> text of the diagram drawn for one output unit with weights (bias, w1, w2). */
function titles(lang: 'en' | 'zh', w: [number, number, number]): string[] {
  const html = renderToString(h(WeightDiagram, { sizes: [2, 1], weights: [[w]], selected: null, onSelect: () => {}, lang }));
  return [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]!);
}

describe('weight titles', () => {
  const w: [number, number, number] = [0.2541478811763227, -0.99448, 2];

  it('English: "≈" alone when rounded, with the exact value; "=" alone and nothing more when exact', () => {
    expect(titles('en', w)).toEqual([
      'Θ(1)_10 ≈ 0.2541 (exactly 0.2541478811763227)',
      'Θ(1)_11 ≈ −0.9945 (exactly −0.99448)',
      'Θ(1)_12 = 2',
    ]);
  });

  it('Chinese: the same relations, the exact value in a full-width aside with no space before it', () => {
    expect(titles('zh', w)).toEqual([
      'Θ(1)_10 ≈ 0.2541（精确值 0.2541478811763227）',
      'Θ(1)_11 ≈ −0.9945（精确值 −0.99448）',
      'Θ(1)_12 = 2',
    ]);
  });

  it('no title in either language has two relation signs in a row', () => {
    const values = [0.5, -1, 2, 1 / 3, -2 / 3, 1e-7, 123456.789, 0];
    for (const lang of ['en', 'zh'] as const) {
      for (let k = 0; k + 2 < values.length; k++) {
        for (const t of titles(lang, [values[k]!, values[k + 1]!, values[k + 2]!])) expect(t).not.toMatch(/[=≈]\s*[=≈]/);
      }
    }
  });
});
