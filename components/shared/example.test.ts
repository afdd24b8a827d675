import { describe, expect, it } from 'vitest';
import { CORE_SCENARIOS, ONE_UNIT_EXAMPLE as LESSON_7_UNIT } from '../../src/course/scenarios-core';
import { initialState } from '../NetworkDiagram/model';
import { layoutGraph } from '../ComputationGraph/graph';
import { asRows, exampleData, ONE_UNIT_EXAMPLE, resolveExample } from './example';

// The classic scenario, written out here rather than read back from the code under test.
const W = [[[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]];

describe('exampleData: the one place widget props get their defaults', () => {
  it('no props: the classic 2-2-2 scenario, squared error, λ = 0, sigmoid', () => {
    expect(exampleData({})).toEqual({ weights: W, x: [0.05, 0.1], y: [0.01, 0.99], cost: 'squared-error', lambda: 0, options: undefined });
    expect(CORE_SCENARIOS.classic.weights).toEqual(W);
  });

  it('each given field wins, the others stay the defaults', () => {
    const d = exampleData({ cost: 'cross-entropy', y: [1, 0], lambda: 0.3, options: { hidden: 'tanh' } });
    expect(d).toEqual({ weights: W, x: [0.05, 0.1], y: [1, 0], cost: 'cross-entropy', lambda: 0.3, options: { hidden: 'tanh' } });
  });

  it('a vector x stays a vector, a matrix stays a matrix', () => {
    expect(exampleData({ x: [1, 2] }).x).toEqual([1, 2]);
    expect(exampleData({ x: [[1, 2], [3, 4]], y: [[0, 1], [1, 0]] }).x).toEqual([[1, 2], [3, 4]]);
  });

  it('weights of another shape: x = 0.5 and y = 1 per unit where the classic ones do not fit', () => {
    const weights = [[[0, 1, 1, 1], [0, 1, 1, 1]], [[0, 1, 1]]]; // 3 inputs, 2 hidden, 1 output
    const d = exampleData({ weights });
    expect([d.x, d.y]).toEqual([[0.5, 0.5, 0.5], [1]]);
    // Two inputs and two outputs again: the classic x and y fit and are kept.
    expect(exampleData({ weights: [[[0, 1, 1]], [[0, 1], [0, 2]]] })).toMatchObject({ x: [0.05, 0.1], y: [0.01, 0.99] });
  });

  it('another base: the one-unit example of the computational graph', () => {
    expect(exampleData({}, ONE_UNIT_EXAMPLE)).toMatchObject({ weights: [[[0.35, 0.15, 0.2]]], x: [0.05, 0.1], y: [0.01] });
  });

  it('the one-unit example is lesson 7\'s, defined once in src/course (not a copy)', () => {
    expect(LESSON_7_UNIT).toBeDefined();
    expect(ONE_UNIT_EXAMPLE).toBe(LESSON_7_UNIT);
  });
});

describe('resolveExample and the widgets resolve through exampleData', () => {
  it('rows: a vector becomes one row, a matrix keeps its rows', () => {
    expect(asRows([1, 2])).toEqual([[1, 2]]);
    expect(resolveExample({}).X).toEqual([[0.05, 0.1]]);
    expect(resolveExample({ x: [[1, 2], [3, 4]], y: [[0, 1], [1, 0]] }).X).toEqual([[1, 2], [3, 4]]);
    const ex = resolveExample({});
    expect([ex.net.sizes, ex.Y, ex.cost, ex.lambda]).toEqual([[2, 2, 2], [[0.01, 0.99]], 'squared-error', 0]);
    expect(ex.net.weights()).toEqual(W);
  });

  it('the diagram and the stepper: the same defaults; sizes alone give seeded random weights', () => {
    expect(initialState({})).toEqual({ weights: W, x: [0.05, 0.1], y: [0.01, 0.99], cost: 'squared-error', options: undefined });
    expect(initialState({ sizes: [2, 2, 2], seed: 9 }).weights).toEqual(W);
    const r = initialState({ sizes: [3, 2], seed: 2 });
    expect(r.weights.map((T) => [T.length, T[0]!.length])).toEqual([[2, 4]]);
    expect([r.x, r.y]).toEqual([[0.5, 0.5, 0.5], [0.01, 0.99]]); // two outputs: the classic y fits
    expect(initialState({ sizes: [2, 3, 1] }).y).toEqual([1]);
  });

  it('the computational graph: one sigmoid unit, J = ½(σ(0.35 + 0.15·0.05 + 0.2·0.1) − 0.01)²', () => {
    const g = layoutGraph('seed-cost', {});
    const h = 1 / (1 + Math.exp(-(0.35 + 0.15 * 0.05 + 0.2 * 0.1)));
    expect(g.nodes.find((n) => n.id === g.output)!.value).toBeCloseTo(0.5 * (h - 0.01) ** 2, 12);
  });
});
