import { describe, expect, it } from 'vitest';
import { inputName, matrixName, weightName } from './names.ts';

describe('names through the notation model', () => {
  it('writes a weight as the network diagram and the stepper do: Θ(l)_ij, bias column 0', () => {
    expect(weightName({ l: 1, i: 1, j: 0 })).toBe('Θ(1)_10');
    expect(weightName({ l: 3, i: 8, j: 7 })).toBe('Θ(3)_87');
  });

  it('writes a weight matrix as the weight menu lists it: Θ(l)', () => {
    expect([matrixName(1), matrixName(3)]).toEqual(['\u0398(1)', '\u0398(3)']);
  });

  it('writes the inputs with subscript digits, as the plots do', () => {
    expect([inputName(1), inputName(2)]).toEqual(['x\u2081', 'x\u2082']);
  });
});
