import { describe, expect, test } from 'vitest';
import { createDisplay, MAX_OUTPUT, MAX_TEXT } from './display';
import type { OutItem } from './protocol';

function capture() {
  const items: OutItem[] = [];
  return { items, ...createDisplay((i) => items.push(i)) };
}

describe('display API', () => {
  test('console levels keep their order and format numbers', () => {
    const { items, console } = capture();
    console.log('J =', 0.2983711087600027);
    console.warn('careful');
    console.error(new Error('bad'));
    expect(items).toEqual([
      { kind: 'log', level: 'log', text: 'J = 0.298371' },
      { kind: 'log', level: 'warn', text: 'careful' },
      { kind: 'log', level: 'error', text: 'Error: bad' },
    ]);
  });
  test('on a Chinese page the output limit notice and group names are Chinese', () => {
    const items: OutItem[] = [];
    const { console, show } = createDisplay((i) => items.push(i), 'zh');
    show.scatter([[0, 0], [1, 1]], { groups: ['a', 'b'] });
    for (let i = 0; i <= MAX_OUTPUT; i++) console.log(i);
    expect(items[0]).toMatchObject({ kind: 'plot', plot: { series: [{ label: '类别 a' }, { label: '类别 b' }] } });
    expect(items.at(-1)).toEqual({ kind: 'notice', text: `输出已达 ${MAX_OUTPUT} 条，后面的输出不再显示（代码单元仍在运行）。` });
    expect(() => show.plot('nonsense')).toThrow('show.plot/scatter 需要');
  });
  test('show.table labels a matrix', () => {
    const { items, show } = capture();
    show.table([[0.6, 0.4, 0.45]], { label: 'Θ(2)', colStart: 0 });
    expect(items[0]).toMatchObject({ kind: 'table', table: { label: 'Θ(2)', columns: ['0', '1', '2'] } });
  });
  test('show.plot accepts a loss list, show.scatter splits by groups', () => {
    const { items, show } = capture();
    show.plot([0.7, 0.5, 0.2], { title: 'loss' });
    show.scatter([[0, 0], [1, 1], [1, 0]], { groups: [0, 0, 1] });
    expect(items[0]).toMatchObject({ kind: 'plot', plot: { type: 'line', series: [{ points: [[1, 0.7], [2, 0.5], [3, 0.2]] }] } });
    const plot = (items[1] as Extract<OutItem, { kind: 'plot' }>).plot;
    expect(plot.series.map((s) => [s.label, s.points.length])).toEqual([['class 0', 2], ['class 1', 1]]);
  });
  test('show.tex defaults to display mode; bad plot input explains itself', () => {
    const { items, show } = capture();
    show.tex('\\dl{3}');
    expect(items[0]).toEqual({ kind: 'tex', tex: '\\dl{3}', display: true });
    expect(() => show.plot('nope')).toThrow(/needs numbers/);
  });
  test('output is capped with one notice, and the dropped items are counted', () => {
    const { items, console, dropped } = capture();
    for (let i = 0; i < MAX_OUTPUT + 50; i++) console.log(i);
    expect(items).toHaveLength(MAX_OUTPUT + 1);
    expect(items.at(-1)).toMatchObject({ kind: 'notice', text: expect.stringContaining(`Output stopped after ${MAX_OUTPUT} items`) });
    expect(dropped()).toBe(50);
  });
  test('one huge text is cut before it crosses to the page, saying how much was left out', () => {
    const { items, console } = capture();
    console.log('x'.repeat(MAX_TEXT + 12_345));
    const text = (items[0] as Extract<OutItem, { kind: 'log' }>).text;
    expect(text.startsWith('x'.repeat(MAX_TEXT) + '…')).toBe(true);
    expect(text).toContain('12,345 more characters');
  });
});
