import { describe, expect, test } from 'vitest';
import { Network, gradients, type Matrix } from 'backprop';
import type { Digits } from './asset.ts';
import { badGradient, DigitRun, DEFAULT_CONFIG, slice, type LabConfig } from './trainer.ts';

/** 10 classes of 4×4 images: class k lights pixel k (and pixel 15 a little), 12 examples each. */
function synthetic(): Digits {
  const count = 120, side = 4;
  const labels = new Uint8Array(count), pixels = new Uint8Array(count * 16);
  for (let i = 0; i < count; i++) {
    labels[i] = i % 10;
    pixels[i * 16 + (i % 10)] = 255;
    pixels[i * 16 + 15] = (i * 37) % 100;
  }
  return { side, count, labels, pixels };
}

const SMALL: LabConfig = { ...DEFAULT_CONFIG, hidden: 6, learningRate: 0.5, batchSize: 10, epochs: 40, train: 100, test: 20 };

describe('DigitRun', () => {
  test('slice scales pixels to [0, 1] and one-hot encodes the labels', () => {
    const s = slice(synthetic(), 3, 2);
    expect(s.X.rows).toBe(2);
    expect(s.X.data[3]).toBe(1);
    expect(s.X.data[15]).toBeCloseTo(((3 * 37) % 100) / 255, 12);
    expect(Array.from(s.Y.data.subarray(0, 10))).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
  });

  test('the module path learns the synthetic digits', () => {
    const run = new DigitRun(synthetic(), SMALL);
    const before = run.evaluate();
    while (!run.advance(50).done);
    const after = run.evaluate();
    expect(after.trainLoss).toBeLessThan(before.trainLoss / 4);
    expect(after.testAccuracy).toBe(1);
    expect(after.confusion.flat().reduce((a, b) => a + b, 0)).toBe(20);
  });

  test("the reader's path, fed the module's gradients, retraces the module's train step for step", () => {
    const own = (Theta: Matrix[], X: Matrix, Y: Matrix) => ({ D: [[], ...gradients(Network.fromWeights(Theta.slice(1)), X, Y).D] });
    const cfg = { ...SMALL, epochs: 3 };
    const a = new DigitRun(synthetic(), cfg), b = new DigitRun(synthetic(), cfg, own);
    while (!a.advance(7).done);
    let p;
    do p = b.advance(7); while (!p.done);
    expect(p.error).toBeUndefined();
    expect(p.step).toBe(a.stepsPerEpoch * 3);
    const wa = a.net.snapshot().data;
    b.net.snapshot().data.forEach((P, l) => P.forEach((v, k) => expect(v).toBeCloseTo(wa[l]![k]!, 10)));
  });

  test('a reader function that throws, returns the wrong shape or NaN stops training with a message', () => {
    const run = (own: (T: Matrix[]) => unknown) => { const r = new DigitRun(synthetic(), SMALL, own as never); return r.advance(5); };
    expect(run(() => { throw new TypeError('oops'); }).error).toBe('step 1: it threw TypeError: oops');
    expect(run(() => 5).error).toBe('step 1: D is undefined; expected an array with D[1] … D[2] of shapes 6×17, 10×7');
    expect(run((T) => ({ D: [[], T[1], [[1, 2]]] })).error).toBe('step 1: D(2) is 1×2; expected 10×7');
    expect(run((T) => ({ D: [[], T[1], T[2].map((r) => r.map(() => NaN))] })).error).toBe('step 1: D(2) row 1 column 0 is NaN');
  });

  test('badGradient accepts the right shapes', () => {
    const net = Network.random([3, 2, 1]);
    expect(badGradient([[], [[0, 0, 0, 0], [0, 0, 0, 0]], [[0, 0, 0]]], net)).toBeNull();
  });
});
