import { describe, expect, it } from 'vitest';
import { glueEquals } from './output';

describe('glueEquals', () => {
  it('puts no-break spaces around every " = " of a check message, and changes nothing else', () => {
    const nb = String.fromCharCode(0xa0);
    expect(glueEquals('correct for input z = 0')).toBe(`correct for input z${nb}=${nb}0`);
    expect(glueEquals('m = 2, λ = 0.1')).toBe(`m${nb}=${nb}2, λ${nb}=${nb}0.1`);
    expect(glueEquals('a == b, x=1, expected 0.25')).toBe('a == b, x=1, expected 0.25');
  });
});
