import { describe, expect, it } from 'vitest';
import { parseNumber } from './number-field.tsx';

describe('parseNumber (the point form\'s coordinates and the Value field of "Edit a weight")', () => {
  it('reads finite numbers as typed: signs, exponents, a decimal point or comma, a minus sign', () => {
    expect(parseNumber('1.5')).toBe(1.5);
    expect(parseNumber(' -0.75 ')).toBe(-0.75);
    expect(parseNumber('-2e-3')).toBe(-0.002);
    expect(parseNumber('1e308')).toBe(1e308);
    expect(parseNumber('0')).toBe(0);
    expect(parseNumber('+3')).toBe(3);
    expect(parseNumber('.5')).toBe(0.5);
    // As the CSV reads it: 2,5 is 2.5 (never 25), and the minus sign U+2212 the site prints is a minus.
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber(' -0,25 ')).toBe(-0.25);
    expect(parseNumber('\u22121.5')).toBe(-1.5);
  });
  it('refuses an empty field, text, and numbers too large to be finite', () => {
    for (const t of ['', '   ', 'abc', '1e999', '-1e999', '\u22121e400', 'Infinity', '-Infinity', 'NaN', '1.2.3', '1e', '-',
      '1,2,3', '1.234,5', '2,5x', '0x10', '1 000']) {
      expect(parseNumber(t), t).toBeNull();
    }
  });
});
