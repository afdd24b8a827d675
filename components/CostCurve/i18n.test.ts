import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { SHARED_STRINGS } from '../shared/strings';
import { latinWords, leakedWords, renderText } from '../shared/i18n.test-helper';
import { fmt } from '../shared/example';
import CostCurve from './CostCurve';
import { H } from './model';
import { COST_CURVE_STRINGS } from './strings';

const EN = COST_CURVE_STRINGS.en, ZH = COST_CURVE_STRINGS.zh;

describe('CostCurve in Chinese', () => {
  const zh = renderText(h(CostCurve, { lang: 'zh' }));
  const en = renderText(h(CostCurve, { l: 2 })); // no lang: English by default
  // At |w| = 1e12 the central difference breaks down: the third verdict.
  const zhFar = renderText(h(CostCurve, { lang: 'zh', value: 1e12 }));

  it('labels, caption, readout and verdicts come from the Chinese table', () => {
    for (const s of [ZH.caption('Θ(2)₁₁'), ZH.weight, ZH.valueOf('Θ(2)₁₁'), ZH.tangentSlope('Θ(2)₁₁'), ZH.numericalSlope, ZH.agree, ZH.difference]) {
      expect(zh).toContain(s.trim()); // readerText trims each text node
    }
    // The plot's name says what the weight is, in Chinese (the notation's spoken name), after the symbol.
    expect(zh).toMatch(new RegExp(`^J 随 Θ\\(2\\)₁₁（从第 2 层单元 1 到第 3 层单元 1 的权重）变化的曲线；在 Θ\\(2\\)₁₁ = 0\\.4000? 处`, 'm'));
    expect(en).toMatch(/^Curve of J against Θ\(2\)₁₁, the weight from unit 1 of layer 2 to unit 1 of layer 3; at Θ\(2\)₁₁ = /m);
    expect(zhFar).toContain(ZH.unreliable(fmt(H, 1)));
    expect(renderText(h(CostCurve, { value: 1e12 }))).toContain(EN.unreliable(fmt(H, 1)));
  });

  it('no English word of the table is left (the English render has them)', () => {
    expect(leakedWords(en, EN).length).toBeGreaterThan(8);
    for (const r of [zh, zhFar]) {
      expect(leakedWords(r, EN)).toEqual([]);
      expect(leakedWords(r, SHARED_STRINGS.en)).toEqual([]);
      expect(latinWords(r)).toEqual([]);
    }
  });

  it('a lesson\'s own caption is kept, with the weight name following the choice', () => {
    expect(renderText(h(CostCurve, { lang: 'zh', l: 1, i: 2, j: 2, caption: '代价随 Θ(1)₂₂ 变化' }))).toContain('代价随 Θ(1)₂₂ 变化');
  });
});

describe('CostCurve\'s choice of weight', () => {
  /** The texts of the weight dropdown's options, as rendered. */
  const options = (lang: 'en' | 'zh') => [...renderToString(h(CostCurve, { lang })).matchAll(/<option\b[^>]*>([^<]*)<\/option>/g)]
    .map((m) => m[1]!);

  it('offers every weight of the 2-2-2 network, written as the caption and readout write it (Θ(l) and subscript digits)', () => {
    const en = options('en');
    expect(en).toEqual(['Θ(1)₁₀', 'Θ(1)₁₁', 'Θ(1)₁₂', 'Θ(1)₂₀', 'Θ(1)₂₁', 'Θ(1)₂₂', 'Θ(2)₁₀', 'Θ(2)₁₁', 'Θ(2)₁₂', 'Θ(2)₂₀', 'Θ(2)₂₁', 'Θ(2)₂₂']);
    expect(options('zh')).toEqual(en);
    // The chosen weight (Θ(2)₁₁ by default) is named the same way in the caption.
    expect(renderText(h(CostCurve, { lang: 'en' }))).toContain('The cost J as a function of Θ(2)₁₁, the others fixed');
  });
});
