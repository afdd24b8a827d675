import { describe, expect, test } from 'vitest';
import { plotSvg } from './plot';

describe('plot', () => {
  test('axis labels are round numbers inside the data range (ticks from src/format/number.ts)', () => {
    const svg = plotSvg({ type: 'line', series: [{ points: [[-3, 0], [7, 1]] }] });
    const labels = (anchor: string) => [...svg.matchAll(new RegExp(`text-anchor="${anchor}">([^<]+)</text>`, 'g'))].map((m) => m[1]);
    expect(labels('middle')).toEqual(['-2', '0', '2', '4', '6']);
    expect(labels('end')).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1']);
  });
  test('a line plot draws one path through every point and describes itself', () => {
    const svg = plotSvg({ type: 'line', series: [{ label: 'loss', points: [[0, 1], [1, 0.5], [2, NaN], [3, 0.25]] }], title: 'Loss <curve>' });
    const d = /<path d="([^"]+)" fill="none"/.exec(svg)![1];
    expect(d.match(/[ML]/g)).toHaveLength(3);
    expect(svg).toContain('aria-label="Loss &lt;curve&gt;: loss, 3 points');
    expect(svg).not.toContain('<curve>');
  });
  test('on a Chinese page the default title and the description are Chinese', () => {
    const svg = plotSvg({ type: 'scatter', series: [{ points: [[0, 0], [2, 4]] }] }, 'zh');
    expect(svg).toContain('aria-label="散点图：系列 1，2 个点；x 从 0 到 2，y 从 0 到 4。"');
    expect(svg).toContain('>散点图</text>');
  });
  test('scatter series use different marker shapes', () => {
    const svg = plotSvg({ type: 'scatter', series: [{ points: [[0, 0]] }, { points: [[1, 1]] }] });
    expect(svg).toContain('<circle');
    expect(svg).toContain('<rect');
  });
});
