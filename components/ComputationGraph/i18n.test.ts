import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { SHARED_STRINGS } from '../shared/strings';
import { latinWords, leakedWords, renderText } from '../shared/i18n.test-helper';
import ComputationGraph from './ComputationGraph';
import { layoutGraph } from './graph';
import { graphState, steps } from './model';
import { GRAPH_STRINGS } from './strings';

const EN = GRAPH_STRINGS.en, ZH = GRAPH_STRINGS.zh;

describe('ComputationGraph in Chinese', () => {
  const cases = [
    { expression: 'e=(a+b)(b+1)', mode: 'forward' }, { expression: 'e=(a+b)(b+1)', mode: 'reverse' },
    { expression: 'seed-cost', mode: 'forward' }, { expression: 'seed-cost', mode: 'reverse' },
  ] as const;
  const zh = cases.map((c) => renderText(h(ComputationGraph, { ...c, lang: 'zh' })));
  const en = cases.map((c) => renderText(h(ComputationGraph, { ...c })));

  it('buttons, status, legend and tables come from the Chinese table', () => {
    for (const s of [ZH.captionArticle, ZH.modeName.forward, ZH.modeName.reverse, ZH.step, ZH.play, ZH.reset, ZH.modeGroup,
      SHARED_STRINGS.zh.needsJs(ZH.buttons), ZH.counter(0, 12), ZH.forwardIntro(2), ZH.legend(ZH.derivForward),
      ZH.countsCaption(2, '∂e/∂a, ∂e/∂b'), ZH.passesHeader, ZH.operationsHeader, ZH.forwardRow, ZH.reverseRow, ZH.tableSummary,
      ZH.nodeHeader, ZH.drawing('e', layoutGraph().nodes.length, layoutGraph().edges.length, 'forward', 0, 12)]) expect(zh[0]).toContain(s);
    expect(zh[1]).toContain(ZH.reverseIntro('e'));
    expect(zh[1]).toContain(ZH.legend(ZH.derivReverse('e')));
    expect(zh[2]).toContain(ZH.captionSeedCost);
    // Rendered without JavaScript (the buttons are inert), the intro does not tell the reader to press one.
    for (const text of zh) expect(text).not.toContain(ZH.pressStep);
    for (const text of en) expect(text).not.toContain(EN.pressStep.trim());
  });

  it('every step of both modes is told in Chinese, with the same numbers as in English', () => {
    for (const expression of ['e=(a+b)(b+1)', 'seed-cost'] as const) {
      const g = layoutGraph(expression);
      for (const mode of ['forward', 'reverse'] as const) {
        const a = steps(g, mode), b = steps(g, mode, 'zh');
        expect(b.map((s) => [s.edge, s.pass, s.carried])).toEqual(a.map((s) => [s.edge, s.pass, s.carried]));
        for (const s of b) {
          expect(latinWords(s.text), s.text).toEqual([]);
          const numbers = (t: string) => t.match(/−?\d+(?:\.\d+)?(?:e[−-]?\d+)?/g);
          expect(numbers(s.text)).toEqual(numbers(a[b.indexOf(s)]!.text));
        }
        expect(graphState(g, mode, 1, undefined, 'zh').text).toBe(b[0]!.text);
      }
    }
    const g = layoutGraph();
    expect(steps(g, 'reverse', 'zh')[0]!.text).toMatch(/^沿 e → [cd] 反向：∂e\/∂e = 1 乘以局部导数/);
  });

  it('no English word of the table is left (the English render has them)', () => {
    en.forEach((r) => expect(leakedWords(r, EN).length).toBeGreaterThan(10));
    for (const r of zh) {
      expect(leakedWords(r, EN)).toEqual([]);
      expect(leakedWords(r, SHARED_STRINGS.en)).toEqual([]);
      expect(latinWords(r)).toEqual([]);
    }
  });
});
