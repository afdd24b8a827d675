import { describe, expect, it } from 'vitest';
import { BackpropError, describe as describeValue, requireFinite, requireIndex } from './errors.ts';

describe('BackpropError', () => {
  it('is an Error with its own name and the message it was given', () => {
    const e = new BackpropError('Θ(2) is 2×3 but a(2) has 4 entries');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('BackpropError');
    expect(e.message).toBe('Θ(2) is 2×3 but a(2) has 4 entries');
  });

  it('helpers name the value and the rule', () => {
    expect(() => requireFinite(-Infinity, 'w')).toThrow('w is -Infinity: inputs must be finite numbers');
    expect(() => requireFinite(null, 'w')).toThrow('w is null, expected a number');
    expect(() => requireIndex(0, 1, 3, 'layer l')).toThrow('layer l = 0 is out of range: expected an integer in 1..3');
    expect(describeValue([1, 2])).toBe('an array of length 2');
  });
});
