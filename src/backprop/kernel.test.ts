import { describe, expect, it } from 'vitest';
import { Kernel } from './kernel.ts';
import { pack } from './matrix.ts';
import { Network } from './network.ts';

/** Reference J and D by direct, unblocked formulas for a 1-hidden-layer sigmoid net with cross-entropy. */
function reference(W: number[][][], X: number[][], Y: number[][], lambda: number) {
  const sig = (z: number) => 1 / (1 + Math.exp(-z));
  const m = X.length;
  const D = W.map((T) => T.map((row) => row.map(() => 0)));
  let J = 0;
  X.forEach((x, r) => {
    const a1 = [1, ...x];
    const a2 = [1, ...W[0].map((row) => sig(row.reduce((s, w, j) => s + w * a1[j], 0)))];
    const h = W[1].map((row) => sig(row.reduce((s, w, j) => s + w * a2[j], 0)));
    h.forEach((hk, k) => { J -= Y[r][k] * Math.log(hk) + (1 - Y[r][k]) * Math.log(1 - hk); });
    const d3 = h.map((hk, k) => hk - Y[r][k]);
    const d2 = a2.slice(1).map((ai, i) => d3.reduce((s, dk, k) => s + W[1][k][i + 1] * dk, 0) * ai * (1 - ai));
    d3.forEach((dk, k) => a2.forEach((aj, j) => { D[1][k][j] += dk * aj / m; }));
    d2.forEach((di, i) => a1.forEach((aj, j) => { D[0][i][j] += di * aj / m; }));
  });
  let sq = 0;
  W.forEach((T, l) => T.forEach((row, i) => row.forEach((w, j) => {
    if (j > 0) { sq += w * w; D[l][i][j] += (lambda / m) * w; }
  })));
  return { J: J / m + (lambda / (2 * m)) * sq, D };
}

describe('Kernel', () => {
  // 7 rows: one full block of 4 and a tail of 3; 5 hidden units: two pairs and an odd one.
  const net = Network.random([3, 5, 3], { seed: 1, epsilonInit: 1 });
  const Xn = [[1, 0, -1], [0.5, 0.5, 0.5], [-2, 1, 0], [0, 0, 3], [1, 1, 1], [-1, 2, -0.5], [0.2, -0.3, 0.9]];
  const Yn = Xn.map((_, r) => [r % 2, (r + 1) % 2, r % 3 === 0 ? 1 : 0]);
  const X = pack(Xn), Y = pack(Yn);

  it('blocked batch equals a direct unblocked computation of J and D(l) = Δ(l)/m + (λ/m)Θ(l)', () => {
    const k = new Kernel(net);
    const J = k.evaluate(X, Y, { cost: 'cross-entropy', lambda: 0.7, grad: true });
    const ref = reference(net.weights(), Xn, Yn, 0.7);
    expect(J).toBeCloseTo(ref.J, 13);
    for (const l of [1, 2]) {
      const cols = net.sizes[l - 1] + 1;
      ref.D[l - 1].forEach((row, i) => row.forEach((v, j) => expect(k.D[l][i * cols + j], `D(${l})[${i + 1}][${j}]`).toBeCloseTo(v, 13)));
    }
  });

  it('a batch gives bit for bit the same Δ and J as its examples one at a time', () => {
    const k = new Kernel(net);
    const J = k.evaluate(X, Y, { cost: 'cross-entropy', grad: true });
    const Delta = k.Delta.map((v) => v.slice());
    let sumJ = 0;
    const sum = Delta.map((v) => new Float64Array(v.length));
    for (let r = 0; r < Xn.length; r++) {
      sumJ += k.evaluate(X, Y, { cost: 'cross-entropy', grad: true, rows: Int32Array.of(r) });
      k.Delta.forEach((v, l) => v.forEach((x, p) => { sum[l][p] += x; }));
    }
    expect(J).toBeCloseTo(sumJ / Xn.length, 14);
    Delta.forEach((v, l) => v.forEach((x, p) => expect(x).toBe(sum[l][p])));
    expect(k.a[2][3][0]).toBe(1); // bias unit stays 1 in every slot
  });

  it('uses exactly the rows it is given, in that order', () => {
    const k = new Kernel(net);
    const one = (r: number) => k.evaluate(X, Y, { cost: 'cross-entropy', rows: Int32Array.of(r) });
    const J6 = one(6), J0 = one(0);
    expect(J6).not.toBeCloseTo(J0, 3);
    // the mean over rows 6, 0 equals the mean of the two singles; row 6 alone is not row 0
    expect(k.evaluate(X, Y, { cost: 'cross-entropy', rows: Int32Array.of(6, 0) })).toBeCloseTo((J6 + J0) / 2, 14);
    // and in that order: example slot 0 of the block holds row 6, slot 1 row 0 (a short block, one row at a time)
    expect(Array.from(k.a[1][0])).toEqual([1, ...Xn[6]]);
    expect(Array.from(k.a[1][1])).toEqual([1, ...Xn[0]]);
    const direct = reference(net.weights(), [Xn[6]], [Yn[6]], 0);
    expect(J6).toBeCloseTo(direct.J, 13);
  });

  it('blocked D(l) matches central differences of J on a deeper net (10 rows: 2 blocks of 4 and a tail of 2)', () => {
    const deep = Network.random([3, 5, 4, 3], { hidden: ['tanh', 'sigmoid'], output: 'softmax', seed: 8, epsilonInit: 1 });
    const rows = [...Xn, [0.4, 0.4, -0.4], [2, -1, 1], [-0.7, 0.1, 1.5]];
    const PX = pack(rows), PY = pack(rows.map((_, r) => [0, 1, 2].map((k) => (k === r % 3 ? 1 : 0))));
    const k = new Kernel(deep);
    const opts = { cost: 'softmax-cross-entropy' as const, lambda: 0.3 };
    k.evaluate(PX, PY, { ...opts, grad: true });
    const D = k.D.map((v) => v.slice());
    const eps = 1e-5;
    let worst = 0, largest = 0;
    for (let l = 1; l < deep.L; l++) {
      const T = k.Theta[l];
      for (let p = 0; p < T.length; p++) {
        const w = T[p];
        T[p] = w + eps; const plus = k.evaluate(PX, PY, opts);
        T[p] = w - eps; const minus = k.evaluate(PX, PY, opts);
        T[p] = w;
        const numeric = (plus - minus) / (2 * eps);
        worst = Math.max(worst, Math.abs(numeric - D[l][p]));
        largest = Math.max(largest, Math.abs(numeric));
      }
    }
    expect(largest).toBeGreaterThan(1e-3); // the gradient is not trivially zero
    expect(worst).toBeLessThan(1e-8);
  });

  it('allTheta is the network\'s own Θ(1), Θ(2) end to end, and regularisation skips only the bias column', () => {
    const k = new Kernel(net); // sizes [3, 5, 3]: Θ(1) is 5 × 4 (20 entries), Θ(2) is 3 × 6
    const copy = net.clone();
    copy.setWeight(2, 3, 4, 7.5);
    const kc = new Kernel(copy);
    expect(kc.allTheta[20 + 2 * 6 + 4]).toBe(7.5);
    expect(k.allTheta.length).toBe(20 + 18);
    expect(Array.from(k.allTheta)).toEqual(net.weights().flat(2));
  });
});
