import { describe, expect, it } from 'vitest';
import { fillPlaceholders, formatTex, formatText } from './format';

describe('formatTex', () => {
  it('keeps significant digits, including trailing zeros', () => {
    expect(formatTex(0.593269992, 4)).toBe('0.5933');
    expect(formatTex(0.25, 4)).toBe('0.2500');
    expect(formatTex(-0.0363, 3)).toBe('-0.0363');
    expect(formatTex(12.5, 3)).toBe('12.5');
    expect(formatTex(6912.4, 2)).toBe('6912');
    expect(formatTex(0.05, 1)).toBe('0.05');
  });
  it('switches to scientific notation for tiny and huge numbers', () => {
    expect(formatTex(1.234e-8, 2)).toBe('1.2 \\times 10^{-8}');
    expect(formatText(-1.234e-8, 2)).toBe('−1.2e-8');
  });
  it('refuses NaN and Infinity', () => {
    expect(() => formatTex(Number.NaN)).toThrow(/non-finite/);
  });
});

describe('fillPlaceholders', () => {
  it('substitutes named values with optional per-placeholder digits', () => {
    expect(fillPlaceholders('z = [[z]] , a = [[a:2]]', { z: 0.3775, a: 0.593269992 })).toBe('z = 0.3775 , a = 0.59');
  });
  it('names the unknown key', () => {
    expect(() => fillPlaceholders('[[nope]]', { z: 1 })).toThrow(/unknown value "nope"/);
  });
});
