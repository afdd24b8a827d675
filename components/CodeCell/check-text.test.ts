import { describe, expect, it } from 'vitest';
import { checkText, glueEquals } from './check-text';

const nb = String.fromCharCode(0xa0);

describe('glueEquals', () => {
  it('puts no-break spaces around every " = " of a check message, and changes nothing else', () => {
    expect(glueEquals('expected 0.25, got 0 for input z = 0')).toBe(`expected 0.25, got 0 for input z${nb}=${nb}0`);
    expect(glueEquals('m = 2, λ = 0.1')).toBe(`m${nb}=${nb}2, λ${nb}=${nb}0.1`);
    expect(glueEquals('a == b, x=1, expected 0.25')).toBe('a == b, x=1, expected 0.25');
  });
});

describe('checkText', () => {
  /** The runs written out: whole runs in [brackets]. */
  const shown = (text: string) => checkText(text).map((r) => (r.whole ? `[${r.text}]` : r.text)).join('');

  it('keeps each network shape (digits joined by hyphens) whole, with its ASCII hyphens', () => {
    expect(shown('h for a random 2-3-3-1 network (seed 5)')).toBe('h for a random [2-3-3-1] network (seed 5)');
    expect(shown('gradient check, the 2-2-2 network’s cost J, 3-4-4-2')).toBe('gradient check, the [2-2-2] network’s cost J, [3-4-4-2]');
    expect(shown('δ(2)，随机的 2-3-3-1 网络（种子 5）')).toBe('δ(2)，随机的 [2-3-3-1] 网络（种子 5）');
    expect(checkText('a 2-4-1 Network').find((r) => r.whole)!.text).toBe(['2', '4', '1'].join('-'));
  });

  it('leaves minus signs, exponents, lists and single numbers to wrap as usual', () => {
    for (const text of ['x = [-0.4, 0.9]', 'below 1e-7, got 2e-9', 'y = −1.5', 'seed 11', 'D(1) entry (1, 0)']) {
      expect(checkText(text).every((r) => !r.whole), text).toBe(true);
    }
  });

  it('loses no text and glues " = " as before', () => {
    const text = 'J, a random 3-5-2 network, m = 3, λ = 1: expected 0.5, got 0.25';
    expect(checkText(text).map((r) => r.text).join('')).toBe(glueEquals(text));
    expect(shown(text)).toBe(`J, a random [3-5-2] network, m${nb}=${nb}3, λ${nb}=${nb}1: expected 0.5, got 0.25`);
  });
});
