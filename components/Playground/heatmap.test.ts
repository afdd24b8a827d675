import { describe, expect, it } from 'vitest';
import { Network, predict } from 'backprop';
import { confidence, gridInputs, nearestPoint, paintHeatmap, paintValues, toData, toView, type RGB } from './heatmap.ts';

const palette: RGB[] = [[0, 0, 200], [200, 100, 0], [0, 150, 0]];
const bg: RGB = [255, 255, 255];

describe('heat map', () => {
  it('places grid cell centres row-major from the top-left', () => {
    const G = gridInputs(1, 2);
    expect(Array.from(G.data)).toEqual([-0.5, 0.5, 0.5, 0.5, -0.5, -0.5, 0.5, -0.5]);
    expect(gridInputs(1.5, 50).rows).toBe(2500);
  });

  it('gets class and confidence from a sigmoid or a softmax output', () => {
    expect(confidence([0.75])).toEqual({ label: 1, t: 0.5 });
    expect(confidence([0.5])).toEqual({ label: 1, t: 0 });
    expect(confidence([0])).toEqual({ label: 0, t: 1 });
    const c = confidence([0.2, 0.2, 0.6])!;
    expect(c.label).toBe(2);
    expect(c.t).toBeCloseTo(0.4, 12);
    expect(confidence([1 / 3, 1 / 3, 1 / 3])!.t).toBeCloseTo(0, 12);
    expect(confidence([NaN])).toBeNull();
    expect(confidence([0.5, Infinity])).toBeNull();
  });

  it('blends the background towards the class colour by confidence, and paints non-finite outputs as background', () => {
    const out = new Uint8ClampedArray(16);
    paintHeatmap([[1], [0], [0.5], [NaN]], palette, bg, out, 1);
    expect(Array.from(out)).toEqual([200, 100, 0, 255, 0, 0, 200, 255, 255, 255, 255, 255, 255, 255, 255, 255]);
    paintHeatmap([[0.75]], palette, bg, out, 0.5); // t = 0.5 · 0.5
    expect(Array.from(out.slice(0, 4))).toEqual([241, 216, 191, 255]);
  });

  it('colours a real network\'s predictions over the grid, one pixel per cell', () => {
    const net = Network.fromWeights([[[0, 10, 0]]]); // h = σ(10 x1): class 1 on the right
    const res = 4, out = new Uint8ClampedArray(res * res * 4);
    paintHeatmap(predict(net, Array.from({ length: res * res }, (_, i) => {
      const G = gridInputs(1, res).data; return [G[2 * i], G[2 * i + 1]];
    })), palette, bg, out);
    expect(out[0 * 4 + 2]).toBeGreaterThan(out[0 * 4]); // left column leans blue (class 0)
    expect(out[3 * 4]).toBeGreaterThan(out[3 * 4 + 2]); // right column leans orange (class 1)
  });

  it('maps data to plot coordinates and back', () => {
    expect(toView(0, 0, 300, 1.5)).toEqual([150, 150]);
    expect(toView(-1.5, 1.5, 300, 1.5)).toEqual([0, 0]);
    const [a, b] = toData(...toView(0.3, -1.1, 300, 1.5), 300, 1.5);
    expect(a).toBeCloseTo(0.3, 12);
    expect(b).toBeCloseTo(-1.1, 12);
  });

  it('finds the nearest point within a radius', () => {
    const pts = [{ x1: 0, x2: 0 }, { x1: 0.05, x2: 0 }];
    expect(nearestPoint(pts, 161, 150, 300, 1.5, 8)).toBe(1);
    expect(nearestPoint(pts, 250, 250, 300, 1.5, 8)).toBe(-1);
  });

  it('paints a fitted value towards the low or high colour by its size', () => {
    const out = new Uint8ClampedArray(12);
    paintValues([[-1], [0.5], [NaN]], [0, 0, 200], [200, 0, 0], [100, 100, 100], out, 1);
    expect([...out]).toEqual([0, 0, 200, 255, 150, 50, 50, 255, 100, 100, 100, 255]);
  });
});
