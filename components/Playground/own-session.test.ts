import { describe, expect, it } from 'vitest';
import { parseCsv } from './own-csv.ts';
import { drawnPoints, layoutFor, OWN_R, ownSpec, plotPoint, rawPoint, toInternal, toRaw, toSession } from './own-session.ts';
import { DEFAULT_SETTINGS, normalizeSettings } from './settings.ts';
import { DATA_STRINGS } from './data-strings.ts';

/** Settings with these hidden layers (tanh), validated as the widget validates them. */
const withHidden = (hidden: number[]) => normalizeSettings({ hidden });

describe('the network for a session', () => {
  it('three or four classes get a softmax, two a sigmoid unit', () => {
    const d = parseCsv('0,0,10\n1,1,2\n2,2,3\n3,3,2\n', 'classes');
    const s = toSession(d, DEFAULT_SETTINGS);
    const spec = ownSpec(withHidden([3]), s);
    expect(spec).toEqual({ sizes: [2, 3, 3], hidden: ['tanh'], output: 'softmax', cost: 'softmax-cross-entropy' });
    const two = ownSpec(DEFAULT_SETTINGS, toSession(parseCsv('0,0,a\n1,1,b\n'), DEFAULT_SETTINGS));
    expect(two).toEqual({ sizes: [2, 4, 4, 1], hidden: ['tanh', 'tanh'], output: 'sigmoid', cost: 'cross-entropy' });
  });

  it('a regression target gets one linear unit and squared error', () => {
    const d = parseCsv('x,y,t\n0,0,0.5\n1,0,1.5\n0,1,-2\n');
    const s = toSession(d, DEFAULT_SETTINGS);
    expect(ownSpec(withHidden([5]), s)).toEqual({ sizes: [2, 5, 1], hidden: ['tanh'], output: 'linear', cost: 'squared-error' });
  });
});

describe('session', () => {
  const text = 'u,v,cls\n10,100,a\n20,300,b\n15,200,a\n12,250,b\n18,150,a\n';
  const d = parseCsv(text);
  const s = toSession(d, DEFAULT_SETTINGS);

  it('maps each axis onto the plot with 10% room each side', () => {
    // x1 from 10 to 20: centre 15, half-range 5 × 1.1 = 5.5 onto 1.5.
    expect(layoutFor(d.range, 'classes').x1).toEqual({ centre: 15, scale: OWN_R / 5.5 });
    expect(s.view.x1[0]).toBeCloseTo(15 - 5.5, 12);
    expect(s.view.x2[1]).toBeCloseTo(200 + 110, 12);
    for (const p of s.points) expect(Math.max(Math.abs(p.x1), Math.abs(p.x2))).toBeLessThanOrEqual(OWN_R / 1.1 + 1e-12);
    // Five rows: one test row (20%), seeded.
    expect(s.points.filter((p) => p.test).length).toBe(1);
    expect(toSession(d, DEFAULT_SETTINGS).points.map((p) => p.test)).toEqual(s.points.map((p) => p.test));
  });

  it('maps a point added on the plot back to the reader\'s units', () => {
    const added = { x1: 0, x2: OWN_R, label: 1, test: false };
    expect(rawPoint(s, added)).toEqual({ x1: 15, x2: 310, label: 'b' });
  });

  it('draws a target as circles below the middle of its range and squares at or above it', () => {
    const r = parseCsv('x1,x2,price\n0,0,100\n1,0,300\n0,1,200\n1,1,250\n');
    const rs = toSession(r, DEFAULT_SETTINGS);
    // Target 100…300 onto −1…1: 300 is +1, 100 is −1.
    expect(rs.points.map((p) => p.label)).toEqual([-1, 1, 0, 0.5]);
    expect(drawnPoints(rs, rs.points).map((p) => p.label)).toEqual([0, 1, 1, 1]);
  });
});

describe('the point form in the reader\'s units', () => {
  // x1 runs 0…100 and x2 1…9: padded by 10%, the plot shows x1 −5…105 and x2 0.6…9.4.
  const s = toSession(parseCsv('x1,x2,label\n0,1,a\n100,9,b\n50,5,a\n'), DEFAULT_SETTINGS);

  it('maps typed coordinates onto the plot and back (toInternal is toRaw\'s inverse)', () => {
    // By hand: x1's centre 50, half-width 55 → scale 1.5/55; x2's centre 5, half-width 4.4 → scale 1.5/4.4.
    expect(toInternal(s.layout.x1, 105)).toBeCloseTo(1.5, 12);
    expect(toInternal(s.layout.x1, 72)).toBeCloseTo((22 * 1.5) / 55, 12);
    expect(toInternal(s.layout.x2, 0.6)).toBeCloseTo(-1.5, 12);
    for (const v of [-5, 0, 33.3, 105]) expect(toRaw(s.layout.x1, toInternal(s.layout.x1, v))).toBeCloseTo(v, 10);
    const p = plotPoint(s, 72, 3);
    expect(p.x1).toBeCloseTo(0.6, 12);
    expect(p.x2).toBeCloseTo((-2 * 1.5) / 4.4, 12);
    expect(p.inside).toBe(true);
  });

  it('takes the plotted edges, refuses anything beyond, and names the range in the reader\'s units', () => {
    expect(plotPoint(s, 105, 9.4).inside).toBe(true);
    expect(plotPoint(s, -5, 0.6).inside).toBe(true);
    expect(plotPoint(s, 106, 5).inside).toBe(false);
    expect(plotPoint(s, 50, 0.5).inside).toBe(false);
    expect(s.view.x1[0]).toBeCloseTo(-5, 10);
    expect(s.view.x2[1]).toBeCloseTo(9.4, 10);
    expect(DATA_STRINGS.en.farPoint('x1', ...s.view.x1, 'x2', ...s.view.x2))
      .toBe('That point lies outside the plotted range (x1 from −5 to 105, x2 from 0.6 to 9.4); it was not added.');
    expect(DATA_STRINGS.zh.farPoint('x1', ...s.view.x1, 'x2', ...s.view.x2))
      .toBe('这个点在绘图范围之外（“x1”从 −5 到 105，“x2”从 0.6 到 9.4），没有添加。');
    expect(DATA_STRINGS.en.added('blue', 'x1', 72, 'x2', 3)).toBe('Added a training point of class “blue” at x1 = 72, x2 = 3.');
    expect(DATA_STRINGS.en.classOption('blue', 'circle')).toBe('“blue” (circle)');
  });
});
