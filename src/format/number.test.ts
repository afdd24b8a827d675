import { describe, expect, it } from 'vitest';
import { describeNumber, escapeHtml, formatNumber, parseFormatted, relation, ticks } from './number';

describe('formatNumber', () => {
  it('uses significant digits, drops float noise and trailing zeros, and a true minus sign', () => {
    expect(formatNumber(220.00000000000003)).toBe('220');
    expect(formatNumber(0.39321)).toBe('0.3932');
    expect(formatNumber(0.05)).toBe('0.05');
    expect(formatNumber(-0.5)).toBe('\u22120.5');
    expect(formatNumber(0.5, { digits: 4, keepZeros: true })).toBe('0.5000');
  });
  it('switches to exponent form for very large and very small magnitudes', () => {
    expect(formatNumber(4e5, { digits: 2 })).toBe('400000');
    expect(formatNumber(123456, { digits: 4 })).toBe('123456');
    expect(formatNumber(4.2e6, { digits: 2 })).toBe('4.2e6');
    expect(formatNumber(1e6, { digits: 3 })).toBe('1e6');
    expect(formatNumber(-1.3e-6)).toBe('\u22121.3e-6');
    expect(formatNumber(3.2e-11, { digits: 2, keepZeros: true })).toBe('3.2e-11');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(-Infinity)).toBe('\u2212∞');
    expect(formatNumber(NaN)).toBe('NaN');
  });
});

describe('describeNumber', () => {
  it('marks rounded values with ≈ and keeps the exact one; exact values get no mark', () => {
    expect(describeNumber(0.3932, { digits: 2 })).toEqual({ text: '≈ 0.39', exact: '0.3932', rounded: true });
    expect(describeNumber(-0.05)).toEqual({ text: '\u22120.05', exact: '\u22120.05', rounded: false });
    expect(parseFormatted(describeNumber(1 / 3, { digits: 17 }).exact)).toBe(1 / 3);
  });
});

describe('ticks', () => {
  it('gives nice steps covering the range without float noise', () => {
    expect(ticks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticks(-0.3, 0.3, 3)).toEqual([-0.2, 0, 0.2]);
    const t = ticks(0.1, 0.7, 6);
    expect(t).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });
  it('keeps the nice step when float noise puts the range a hair above it', () => {
    // (−2.9 − (−3)) / 5 is 0.020000000000000018 in floats: the step is still 0.02, not 0.05.
    expect(ticks(-3, -2.9, 5)).toEqual([-3, -2.98, -2.96, -2.94, -2.92, -2.9]);
  });
});

it('escapeHtml escapes the five markup characters', () => {
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});

it('with kept zeros it prints exactly what the lessons quote (src/course/format.ts formatText), over many magnitudes', async () => {
  const { formatText } = await import('../course/format');
  for (let e = -9; e <= 9; e++) {
    for (const m of [1, -1.5, 2.345678901, -9.99995, 7]) {
      const x = m * 10 ** e;
      for (const digits of [3, 4, 6]) expect(formatNumber(x, { digits, keepZeros: true }), `${x} @ ${digits}`).toBe(formatText(x, digits));
    }
  }
});

describe('relation', () => {
  it('writes one relation sign: "≈" for a rounded value, "=" for an exact one (reader QA: "= ≈")', () => {
    expect(relation('Θ(1)_10', describeNumber(0.2541478811763227))).toBe('Θ(1)_10 ≈ 0.2541');
    expect(relation('Θ(1)_11', describeNumber(-0.99448))).toBe('Θ(1)_11 ≈ \u22120.9945');
    expect(relation('Θ(1)_12', describeNumber(2))).toBe('Θ(1)_12 = 2');
    expect(relation('J', describeNumber(0.05))).toBe('J = 0.05');
    for (const x of [1 / 3, -2 / 3, 1e-7, 123456.789, 0.5, 0]) expect(relation('w', describeNumber(x))).not.toMatch(/[=≈]\s*[=≈]/);
  });
});
