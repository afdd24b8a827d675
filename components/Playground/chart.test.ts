import { describe, expect, it } from 'vitest';
import { formatLoss, LossHistory, lossPaths, niceCeil } from './chart.ts';

describe('loss curves', () => {
  it('thins a full history evenly and drops non-finite losses', () => {
    const h = new LossHistory(4);
    [1, 2, 3, 4, 5].forEach((s) => h.push({ step: s, train: 1 / s, test: null }));
    expect(h.points.map((p) => p.step)).toEqual([1, 3, 5]);
    h.push({ step: 6, train: NaN, test: 1 });
    h.push({ step: 7, train: 0.1, test: Infinity });
    expect(h.points.at(-1)).toEqual({ step: 7, train: 0.1, test: null });
    expect(h.points.some((p) => p.step === 6)).toBe(false);
  });

  it('draws polylines scaled to a nice maximum, without NaN', () => {
    const c = lossPaths([{ step: 0, train: 0.7, test: 0.8 }, { step: 10, train: 0.2, test: null }, { step: 20, train: 0.1, test: 0.3 }], 100, 50);
    expect(c.yMax).toBe(1);
    expect(c.train).toBe('M0.0,15.0L50.0,40.0L100.0,45.0');
    expect(c.test).toBe('M0.0,10.0L100.0,35.0');
    expect(lossPaths([], 100, 50).train).toBe('');
    expect(niceCeil(0.37)).toBe(0.5);
    expect(niceCeil(3)).toBe(5);
    expect(niceCeil(NaN)).toBe(1);
    expect(formatLoss(NaN)).toBe('—');
    expect(formatLoss(Infinity)).toBe('—');
    expect(formatLoss(0.123456)).toBe('0.1235');
  });
});
