import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { SCENARIOS } from '../../src/course/scenarios';
import { latinWords, leakedWords, renderText } from '../shared/i18n.test-helper';
import NetworkDiagram from './NetworkDiagram';
import { diagramModel, exact, type DiagramState } from './model';
import { DIAGRAM_STRINGS } from './strings';

const classic = SCENARIOS.classic as DiagramState;
const EN = DIAGRAM_STRINGS.en, ZH = DIAGRAM_STRINGS.zh;

describe('NetworkDiagram in Chinese', () => {
  const zh = renderText(h(NetworkDiagram, { lang: 'zh', editable: true, showDelta: true }));
  const en = renderText(h(NetworkDiagram, { editable: true, showDelta: true }));

  it('says everything from the Chinese table: hint, status, tables, names', () => {
    for (const s of [ZH.hintEditable, ZH.tablesSummary, ZH.unitsCaption, ZH.weightsCaption, ZH.valueHeader, ZH.drawing(3)]) {
      expect(zh).toContain(s);
    }
    const m = diagramModel(classic);
    expect(zh).toContain(ZH.status([m.values.h_1!, m.values.h_2!].map(exact).join(', '), exact(m.values.J!)));
    // Accessible names: each symbol, its value, then its meaning from the notation's Chinese table.
    expect(zh).toContain(`J = ${exact(m.values.J!)}，代价函数 J`);
    expect(zh).toContain('a(1)_0 = 1.00000，第 1 层的偏置单元的输出');
    expect(zh).toContain(ZH.editable('x_1 = 0.05，输入的第 1 个分量'));
    // The tables' row headers: the symbol shown, and its name with the meaning.
    expect(zh).toContain('Θ(1)_21，从第 1 层单元 1 到第 2 层单元 2 的权重');
    expect(en).toContain('x_2, input 2');
  });

  it('leaves no English word behind (the English render has them, so the check can fail)', () => {
    expect(leakedWords(en, EN).length).toBeGreaterThan(5);
    expect(leakedWords(zh, EN)).toEqual([]);
    expect(latinWords(zh)).toEqual([]);
  });

  it('keeps the numbers and symbols of the drawing identical in both languages', () => {
    const a = diagramModel(classic, { showDelta: true }), b = diagramModel(classic, { showDelta: true, lang: 'zh' });
    expect(b.nodes.map((n) => [n.inside, ...n.below])).toEqual(a.nodes.map((n) => [n.inside, ...n.below]));
    expect(b.edges.map((e) => e.text)).toEqual(a.edges.map((e) => e.text));
    expect(b.headers).toEqual(a.headers);
    expect(b.edges[0]!.label).toBe(a.edges[0]!.label.replace(EN.sep, ZH.sep));
  });

  it('a value hidden by the stepper reads "not computed yet" in Chinese', () => {
    const m = diagramModel(classic, { reveal: [], lang: 'zh' });
    expect(m.nodes.find((n) => n.key === 'n-2-1')!.label).toBe(`${ZH.unit('a(2)_1')} = ${ZH.notComputed}`);
    expect(m.cost.label).toBe(ZH.costNotComputed);
    expect(m.nodes.find((n) => n.key === 'n-2-1')!.spoken).toBe(`a(2)_1，第 2 层单元 1 的输出${ZH.sep}${ZH.notComputed}`);
    expect(m.cost.spoken).toBe(`J，代价函数 J${ZH.sep}${ZH.notComputed}`);
  });
});
