import { describe, expect, it } from 'vitest';
import { checkText, glueEquals } from './check-text';

const nb = String.fromCharCode(0xa0);

describe('glueEquals', () => {
  it('puts no-break spaces around every " = " of a check message, and changes nothing else', () => {
    expect(glueEquals('expected 0.25, got 0 (input: z = 0)')).toBe(`expected 0.25, got 0 (input: z${nb}=${nb}0)`);
    expect(glueEquals('m = 2, λ = 0.1')).toBe(`m${nb}=${nb}2, λ${nb}=${nb}0.1`);
    expect(glueEquals('a == b, x=1, expected 0.25')).toBe('a == b, x=1, expected 0.25');
  });
});

describe('checkText', () => {
  /** The runs written out: whole runs in ‹angle quotes›. */
  const shown = (text: string) => checkText(text).map((r) => (r.whole ? `‹${r.text}›` : r.text)).join('');

  it('keeps each network shape (digits joined by hyphens) whole, with its ASCII hyphens', () => {
    expect(shown('h for a random 2-3-3-1 network (seed 5)')).toBe('h for a random ‹2-3-3-1› network ‹(seed 5)›');
    expect(shown('gradient check, the 2-2-2 network’s cost J, 3-4-4-2')).toBe('gradient check, the ‹2-2-2› network’s cost J, ‹3-4-4-2›');
    expect(shown('δ(2)，随机的 2-3-3-1 网络（种子 5）')).toBe('δ(2)，随机的 ‹2-3-3-1› 网络（‹种子 5›）');
    expect(checkText('a 2-4-1 Network').find((r) => r.whole)!.text).toBe(['2', '4', '1'].join('-'));
  });

  it('keeps a short bracketed list of numbers whole, glued by no-break spaces to its "x ="', () => {
    // Reader QA at 360 px: "x = [0.05, / 0.1]" in the forward-pass exercise's check names.
    expect(shown('h for the 2-2-2 network, x = [0.05, 0.1]')).toBe(`h for the ‹2-2-2› network, x${nb}=${nb}‹[0.05, 0.1]›`);
    expect(shown('2-2-2 网络，x = [0.05, 0.1]')).toBe(`‹2-2-2› 网络，x${nb}=${nb}‹[0.05, 0.1]›`);
    // Minus signs (U+2212 as the site prints them, or ASCII), exponents, whole numbers, one entry, no space after commas.
    expect(shown('input [1, −2, 3] and [-0.4, 0.9]')).toBe('input ‹[1, −2, 3]› and ‹[-0.4, 0.9]›');
    expect(shown('got [1e-7, 2.5E+3] or [0]; y=[1,-1]')).toBe('got ‹[1e-7, 2.5E+3]› or ‹[0]›; y=‹[1,-1]›');
    expect(shown('got [NaN, −Infinity]')).toBe('got ‹[NaN, −Infinity]›');
    // Three entries of four decimals, 24 characters with the brackets: the longest list kept whole.
    const a3 = `[${['0.7514', '0.7729', '0.1234'].join(', ')}]`;
    expect(a3.length).toBe(24);
    expect(shown(`expected a(3) = ${a3}`)).toBe(`expected a(3)${nb}=${nb}‹${a3}›`);
  });

  it('keeps a number with a signed exponent, a matrix entry\'s indices and a seed whole (reader QA: "1e-" / "7", "(1," / "0)", "(seed" / "2)")', () => {
    expect(shown('below 1e-7, got 2.5E+3 and −3e-9')).toBe('below ‹1e-7›, got ‹2.5E+3› and ‹−3e-9›');
    expect(shown('D(1) entry (1, 0) differs')).toBe('D(1) entry ‹(1, 0)› differs');
    expect(shown('cost after training, seed 11')).toBe('cost after training, ‹seed 11›');
    expect(shown('训练后的代价，种子 11')).toBe('训练后的代价，‹种子 11›');
    expect(shown('∂f/∂x on f = σ(x·x + x), ∂J/∂Θ(1)_10 differs')).toBe(`‹∂f/∂x› on f${nb}=${nb}σ(x·x + x), ‹∂J/∂Θ(1)_10› differs`);
    // Not: an exponent without a sign (no hyphen to break at), a single index, a bare word.
    for (const text of ['got 1e7', 'entry (1)', 'seeds', 'a (1, 2, 3) triple']) expect(checkText(text).every((r) => !r.whole), text).toBe(true);
  });

  it('leaves long lists, lists that are not only numbers, minus signs and single numbers to wrap as usual', () => {
    const long = '[1.1059059671, 1.2249214041, 0.0817074402]';
    const just25 = `[${['0.75141', '0.7729', '0.1234'].join(', ')}]`;
    expect(just25.length).toBe(25);
    for (const text of [`z = ${long}`, `got ${just25}`, 'entry [r][c] of [a, b]', 'x = [0.05, 0.1', 'a [1, 2,] list', 'x = [1 2]',
      'y = −1.5', 'x = 0.05']) {
      expect(checkText(text).every((r) => !r.whole), text).toBe(true);
    }
  });

  it('loses no text and glues " = " as before', () => {
    const text = 'J, a random 3-5-2 network, m = 3, λ = 1, x = [1, −1]: expected 0.5, got 0.25';
    expect(checkText(text).map((r) => r.text).join('')).toBe(glueEquals(text));
    expect(shown(text)).toBe(`J, a random ‹3-5-2› network, m${nb}=${nb}3, λ${nb}=${nb}1, x${nb}=${nb}‹[1, −1]›: expected 0.5, got 0.25`);
  });
});
