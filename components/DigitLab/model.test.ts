import { describe, expect, test } from 'vitest';
import { Network } from 'backprop';
import { grey, hiddenUnitImage, parseWeights, percent, weightsJson } from './model.ts';
import { confusion, argmax } from './evaluate.ts';
import { lossPaths } from './chart.ts';

describe('digits lab model', () => {
  test('grey levels: lo is black, hi is white, out of range is clamped', () => {
    expect([...grey([0, 0.5, 1, 2], 0, 1)]).toEqual([0, 0, 0, 255, 128, 128, 128, 255, 255, 255, 255, 255, 255, 255, 255, 255]);
  });

  test('a hidden unit image leaves out the bias and maps 0 to mid-grey, ±max to white/black', () => {
    // Θ(1) for 2 inputs, 1 hidden unit: bias 9 (ignored), weights −2 and 1.
    const img = hiddenUnitImage(Float64Array.from([9, -2, 1]), 0, 2);
    expect([img[0], img[4]]).toEqual([0, Math.round(0.75 * 255)]);
  });

  test('weights survive export and import', () => {
    const net = Network.random([400, 3, 10], { seed: 4 });
    const r = parseWeights(weightsJson(net));
    expect('net' in r && r.net.weights()).toEqual(net.weights());
  });

  test('bad weight files are refused with the reason', () => {
    expect(parseWeights('{')).toEqual({ error: expect.stringMatching(/^not JSON/) });
    expect(parseWeights('{"Theta": []}')).toEqual({ error: expect.stringMatching(/not a weights file/) });
    const small = JSON.parse(weightsJson(Network.random([4, 3, 10])));
    expect(parseWeights(JSON.stringify(small))).toEqual({ error: 'the network is 4-3-10; this lab needs 400-s₂-10' });
    small.Theta[1] = [[1, 2]];
    expect(parseWeights(JSON.stringify(small))).toEqual({ error: expect.stringContaining('Θ(2) is 1×2 but Θ(1) is 3×5') });
    // A weight that is not a number, and stated sizes that are not those of the matrices (QA: a damaged file loaded).
    const file = JSON.parse(weightsJson(Network.random([400, 3, 10])));
    file.Theta[0][1][2] = 'x';
    expect(parseWeights(JSON.stringify(file))).toEqual({ error: expect.stringContaining('Θ(1)[1][2] is') });
    const sized = JSON.parse(weightsJson(Network.random([400, 3, 10])));
    sized.sizes = ['x', 3, 10];
    expect(parseWeights(JSON.stringify(sized))).toEqual({ error: 'its "sizes" ["x",3,10] do not match its matrices Θ (a 400-3-10 network): the file is damaged' });
  });

  test('confusion matrix and accuracy, by hand', () => {
    const { matrix, accuracy } = confusion([0, 0, 1, 2], [0, 1, 1, 1]);
    expect(matrix[0][0]).toBe(1);
    expect(matrix[0][1]).toBe(1);
    expect(matrix[1][1]).toBe(1);
    expect(matrix[2][1]).toBe(1);
    expect(accuracy).toBe(0.5);
    expect(argmax([0.1, 0.7, 0.7])).toBe(1);
    expect(percent(0.9234)).toBe('92.3%');
    // Halves up, as a reader rounds: 1887 of 2000 is 94.35 %.
    expect([percent(1887 / 2000), percent(1759 / 2000), percent(493 / 2000), percent(1)]).toEqual(['94.4%', '88.0%', '24.7%', '100.0%']);
  });

  test('the loss chart skips non-finite points instead of drawing NaN', () => {
    const p = lossPaths([{ epoch: 1, trainLoss: 2, testLoss: 1, testAccuracy: 0 }, { epoch: 2, trainLoss: NaN, testLoss: 1, testAccuracy: 0 }], 2);
    expect(p.yMax).toBe(2);
    expect(p.train).not.toContain('NaN');
    expect(p.train.split('L')).toHaveLength(1);
  });
});
