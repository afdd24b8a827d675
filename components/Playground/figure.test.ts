import { describe, expect, it } from 'vitest';
import { diagramLayout, markerLayers } from './figure.ts';

describe('figure layers', () => {
  it('groups points into one marker path per class and train/test', () => {
    const layers = markerLayers([
      { x1: 0, x2: 0, label: 1, test: false }, { x1: 1, x2: 1, label: 0, test: true }, { x1: -1, x2: 0, label: 1, test: false },
    ], 300, 1.5);
    expect(layers.map((l) => [l.label, l.test, l.count])).toEqual([[1, false, 2], [0, true, 1]]);
    expect(layers[0].d.startsWith('M146.0,146.0h8v8h-8Z')).toBe(true);
  });

  it('lays out the weight diagram with a +1 bias unit per layer and widths by |Θ|', () => {
    const { nodes, edges } = diagramLayout([2, 2, 1], [[[0, 1, -2], [0.5, 0, 0]], [[4, 1, 1]]], 200, 100);
    expect(nodes.filter((n) => n.bias).map((n) => n.l)).toEqual([1, 2]);
    expect(nodes).toHaveLength(3 + 3 + 1);
    expect(edges).toHaveLength(6 + 3);
    const big = edges.find((e) => e.l === 2 && e.j === 0)!;
    expect(big.width).toBeCloseTo(4, 12);
    expect(edges.find((e) => e.l === 1 && e.i === 1 && e.j === 0)!.width).toBeCloseTo(0.4, 12);
  });
});
