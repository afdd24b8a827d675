import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { SCENARIOS } from '../../src/course/scenarios';
import { diagramModel, type DiagramState } from './model';
import { ValueTable } from './ValueTable';

const classic = SCENARIOS.classic as DiagramState;

/** The row headers of the rendered tables, in order: the text shown and the accessible name. */
function rowHeaders(lang: 'en' | 'zh'): { shown: string; name: string | undefined }[] {
  const html = renderToString(h(ValueTable, { model: diagramModel(classic, { showDelta: true, lang }), lang }));
  return [...html.matchAll(/<th scope="row"(?: aria-label="([^"]*)")?>([^<]*)<\/th>/g)].map((m) => ({ shown: m[2]!, name: m[1] }));
}

describe('the diagram\'s tables', () => {
  it('head each unit\'s row with the symbol the drawing gives it, and say what it is', () => {
    const en = rowHeaders('en');
    expect(en.slice(0, 6)).toEqual([
      { shown: 'x_1', name: 'x_1, input 1' },
      { shown: 'x_2', name: 'x_2, input 2' },
      { shown: 'a(2)_1', name: 'a(2)_1, output of unit 1 of layer 2' },
      { shown: 'a(2)_2', name: 'a(2)_2, output of unit 2 of layer 2' },
      { shown: 'a(3)_1', name: 'a(3)_1, output of unit 1 of layer 3' },
      { shown: 'a(3)_2', name: 'a(3)_2, output of unit 2 of layer 3' },
    ]);
    // Then the 12 weights, Θ(1)_10 first.
    expect(en.slice(6).map((r) => r.shown)).toEqual(['Θ(1)_10', 'Θ(1)_11', 'Θ(1)_12', 'Θ(1)_20', 'Θ(1)_21', 'Θ(1)_22',
      'Θ(2)_10', 'Θ(2)_11', 'Θ(2)_12', 'Θ(2)_20', 'Θ(2)_21', 'Θ(2)_22']);
    expect(en[6]!.name).toBe('Θ(1)_10, weight from the bias unit of layer 1 to unit 1 of layer 2');
  });

  it('in Chinese: the same symbols, their meanings in Chinese', () => {
    const zh = rowHeaders('zh');
    expect(zh.map((r) => r.shown)).toEqual(rowHeaders('en').map((r) => r.shown));
    expect(zh[0]!.name).toBe('x_1，输入的第 1 个分量');
    expect(zh[2]!.name).toBe('a(2)_1，第 2 层单元 1 的输出');
    expect(zh[5]!.name).toBe('a(3)_2，第 3 层单元 2 的输出');
    expect(zh[10]!.name).toBe('Θ(1)_21，从第 1 层单元 1 到第 2 层单元 2 的权重');
  });
});
