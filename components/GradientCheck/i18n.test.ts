import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { fmt } from '../shared/example';
import { latinWords, leakedWords, renderText } from '../shared/i18n.test-helper';
import GradientCheck from './GradientCheck';
import { GRADIENT_CHECK_STRINGS } from './strings';

const EN = GRADIENT_CHECK_STRINGS.en, ZH = GRADIENT_CHECK_STRINGS.zh;

describe('GradientCheck in Chinese', () => {
  const zh = renderText(h(GradientCheck, { lang: 'zh' }));
  const zhBug = renderText(h(GradientCheck, { lang: 'zh', bug: true }));
  const en = renderText(h(GradientCheck, { bug: true }));

  it('controls, summary, plot, note and table come from the Chinese table', () => {
    for (const s of [ZH.caption, ZH.epsilon, ZH.bug, ZH.overall, ZH.pass, ZH.axis, ZH.note, ZH.tableCaption(fmt(1e-4, 2)),
      ZH.weight, ZH.backprop, ZH.numerical, ZH.relDiff]) expect(zh).toContain(s.trim());
    expect(zhBug).toContain(ZH.fail(fmt(1e-7, 1)).trim());
    expect(zhBug).not.toContain(ZH.pass.trim());
  });

  it('no English word of the table is left, passing or failing (the English render has them)', () => {
    expect(leakedWords(en, EN).length).toBeGreaterThan(8);
    for (const r of [zh, zhBug]) {
      expect(leakedWords(r, EN)).toEqual([]);
      expect(latinWords(r)).toEqual([]);
    }
  });
});
