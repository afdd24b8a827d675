import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { SCENARIOS } from '../../src/course/scenarios';
import type { DiagramState } from '../NetworkDiagram/model';
import { DIAGRAM_STRINGS } from '../NetworkDiagram/strings';
import { SHARED_STRINGS } from '../shared/strings';
import { latinWords, leakedWords, renderText } from '../shared/i18n.test-helper';
import BackpropStepper from './BackpropStepper';
import { stepperSteps } from './model';
import { STEPPER_STRINGS } from './strings';

const classic = SCENARIOS.classic as DiagramState;
const EN = STEPPER_STRINGS.en, ZH = STEPPER_STRINGS.zh;

describe('BackpropStepper in Chinese', () => {
  const en = stepperSteps(classic), zh = stepperSteps(classic, 'zh');

  it('has the same steps, numbers, symbols and highlights in both languages; only the words differ', () => {
    expect(zh.map((s) => [s.id, s.phase, s.numbers, s.symbols, s.highlight])).toEqual(en.map((s) => [s.id, s.phase, s.numbers, s.symbols, s.highlight]));
    expect(zh.find((s) => s.id === 'z2_1')!.title).toBe(ZH.computing('z(2)_1'));
    expect(zh.find((s) => s.id === 'J')!.title).toBe(ZH.costTitle);
    expect(zh.find((s) => s.id === 'delta3_1')!.title).toBe(ZH.outputError('δ(3)_1'));
    const path = zh.find((s) => s.id === 'path_1_1_0_2')!;
    expect(path.title).toBe(ZH.path(2, 2, 'a(2)_1', 3));
    expect(path.text.startsWith(`${ZH.pathText(2)}: `)).toBe(true);
    expect(path.tex.startsWith(ZH.pathTex(2))).toBe(true);
    // Outside the word "path", the equation is the English one.
    const enPath = en.find((s) => s.id === 'path_1_1_0_2')!;
    expect(path.text.slice(ZH.pathText(2).length)).toBe(enPath.text.slice(EN.pathText(2).length));
  });

  // Server render of every step: controls, phase, heading, KaTeX equation, symbol list, live region and diagram.
  // Lesson 5 shows the squared-error stepper, lesson 4 the cross-entropy one.
  const renders = (['squared-error', 'cross-entropy'] as const).flatMap((cost) => stepperSteps({ ...classic, cost }).map((_, k) => ({
    k: `${cost} ${k}`, zh: renderText(h(BackpropStepper, { lang: 'zh', start: k, cost })), en: renderText(h(BackpropStepper, { start: k, cost })) })));

  it('every step renders the Chinese table: controls, counter, phase, live region', () => {
    const first = renders[0]!.zh;
    for (const s of [ZH.region, ZH.previous, ZH.next, ZH.play, ZH.reset, ZH.controls, ZH.diagram, ZH.symbols, ZH.count(1, en.length),
      SHARED_STRINGS.zh.needsJs(ZH.buttons), ZH.live(ZH.phase.forward, 1, zh[0]!.title, zh[0]!.text)]) expect(first).toContain(s);
    const last = renders.at(-1)!.zh;
    expect(last).toContain(ZH.phase.gradient);
    expect(last).toContain(ZH.count(en.length, en.length));
  });

  it('no step leaves an English word in the Chinese render (the English render has them)', () => {
    for (const r of renders) {
      expect(leakedWords(r.en, EN).length, `step ${r.k} in English`).toBeGreaterThan(3);
      expect(leakedWords(r.zh, EN), `step ${r.k}`).toEqual([]);
      expect(leakedWords(r.zh, DIAGRAM_STRINGS.en), `step ${r.k}`).toEqual([]);
      expect(leakedWords(r.zh, SHARED_STRINGS.en), `step ${r.k}`).toEqual([]);
      expect(latinWords(r.zh), `step ${r.k}`).toEqual([]);
    }
  });
});
