import { describe, expect, test } from 'vitest';
import { inkBox, toInput } from './pad.ts';

/** A side×side image with a filled rectangle [x0, x1) × [y0, y1). */
function rect(side: number, x0: number, y0: number, x1: number, y1: number): Float64Array {
  const img = new Float64Array(side * side);
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) img[y * side + x] = 1;
  return img;
}

describe('drawing pad → network input', () => {
  test('an empty drawing gives null, not a vector of zeros', () => {
    expect(toInput(new Float64Array(140 * 140), 140)).toBeNull();
    expect(inkBox(new Float64Array(4), 2)).toBeNull();
  });

  test('the ink box is found', () => {
    expect(inkBox(rect(10, 2, 3, 5, 9), 10)).toEqual([2, 3, 5, 9]);
  });

  test('a stroke in a corner is moved to the centre and scaled like MNIST', () => {
    // A tall bar in the top-left corner: 10 wide, 40 high on a 140 pad.
    const v = toInput(rect(140, 0, 0, 10, 40), 140)!;
    expect(v).toHaveLength(400);
    // Its 20-high box in the 28×28 frame becomes 20·20/28 ≈ 14.3 rows of the 20×20 input, centred on (10, 10).
    let mass = 0, mx = 0, my = 0;
    v.forEach((p, k) => { mass += p; mx += p * ((k % 20) + 0.5); my += p * (Math.floor(k / 20) + 0.5); });
    expect(mx / mass).toBeCloseTo(10, 0);
    expect(my / mass).toBeCloseTo(10, 0);
    const rows = new Set([...v.keys()].filter((k) => v[k] > 0.5).map((k) => Math.floor(k / 20)));
    expect(rows.size).toBeGreaterThanOrEqual(13);
    expect(rows.size).toBeLessThanOrEqual(15);
    expect(Math.max(...v)).toBeLessThanOrEqual(1);
  });
});
