/**
 * Hand-tuned plain Float64Array loops for T1 and T2: the same arithmetic as the library, written
 * for one fixed architecture with the activation inlined. The library is measured against these.
 */
import type { PackedMatrix } from '../src/backprop/advanced.ts';

/** A 3-layer-of-weights tanh net trained by mini-batch SGD on squared error (T1). Returns a runner of `epochs`. */
export function baselineT1(init: readonly Float64Array[], X: PackedMatrix, Y: PackedMatrix, batch: number, alpha: number, rng: () => number) {
  const W1 = init[0].slice(), W2 = init[1].slice(), W3 = init[2].slice(); // 8×3, 8×9, 1×9
  const G1 = new Float64Array(24), G2 = new Float64Array(72), G3 = new Float64Array(9);
  const a1 = new Float64Array(3), a2 = new Float64Array(9), a3 = new Float64Array(9);
  const d2 = new Float64Array(8), d3 = new Float64Array(8);
  a1[0] = 1; a2[0] = 1; a3[0] = 1;
  const m = X.rows, x = X.data, y = Y.data;
  const order = Int32Array.from({ length: m }, (_, i) => i);
  return (epochs: number) => {
    for (let e = 0; e < epochs; e++) {
      for (let i = m - 1; i > 0; i--) { const j = Math.floor(rng() * (i + 1)), t = order[i]; order[i] = order[j]; order[j] = t; }
      for (let s = 0; s < m; s += batch) {
        G1.fill(0); G2.fill(0); G3.fill(0);
        const n = Math.min(batch, m - s);
        for (let t = s; t < s + n; t++) {
          const r = order[t];
          a1[1] = x[2 * r]; a1[2] = x[2 * r + 1];
          for (let i = 0; i < 8; i++) a2[i + 1] = Math.tanh(W1[3 * i] + W1[3 * i + 1] * a1[1] + W1[3 * i + 2] * a1[2]);
          for (let i = 0; i < 8; i++) {
            let z = 0;
            for (let j = 0; j < 9; j++) z += W2[9 * i + j] * a2[j];
            a3[i + 1] = Math.tanh(z);
          }
          let z4 = 0;
          for (let j = 0; j < 9; j++) z4 += W3[j] * a3[j];
          const h = Math.tanh(z4), d4 = (h - y[r]) * (1 - h * h);
          for (let j = 0; j < 9; j++) G3[j] += d4 * a3[j];
          for (let i = 0; i < 8; i++) { const v = a3[i + 1]; d3[i] = W3[i + 1] * d4 * (1 - v * v); }
          d2.fill(0);
          for (let i = 0; i < 8; i++) {
            const di = d3[i];
            for (let j = 0; j < 9; j++) { G2[9 * i + j] += di * a2[j]; if (j > 0) d2[j - 1] += W2[9 * i + j] * di; }
          }
          for (let i = 0; i < 8; i++) {
            const v = a2[i + 1], di = d2[i] * (1 - v * v);
            G1[3 * i] += di; G1[3 * i + 1] += di * a1[1]; G1[3 * i + 2] += di * a1[2];
          }
        }
        const k = alpha / n;
        for (let i = 0; i < 24; i++) W1[i] -= k * G1[i];
        for (let i = 0; i < 72; i++) W2[i] -= k * G2[i];
        for (let i = 0; i < 9; i++) W3[i] -= k * G3[i];
      }
    }
    return W3[0];
  };
}

/** Cost and gradient of a 400-25-10 sigmoid net with cross-entropy and λ (T2), one full-batch evaluation. */
export function baselineT2(W: readonly Float64Array[], X: PackedMatrix, Y: PackedMatrix, lambda: number) {
  const [W1, W2] = W; // 25×401, 10×26
  const G1 = new Float64Array(W1.length), G2 = new Float64Array(W2.length);
  const a2 = new Float64Array(26), h = new Float64Array(10), d2 = new Float64Array(25), d3 = new Float64Array(10);
  a2[0] = 1;
  const m = X.rows, x = X.data, y = Y.data;
  return () => {
    G1.fill(0); G2.fill(0);
    let J = 0;
    for (let r = 0; r < m; r++) {
      const xo = r * 400;
      for (let i = 0; i < 25; i++) {
        const b = i * 401;
        let z = W1[b];
        for (let j = 0; j < 400; j++) z += W1[b + j + 1] * x[xo + j];
        a2[i + 1] = 1 / (1 + Math.exp(-z));
      }
      for (let k = 0; k < 10; k++) {
        let z = 0;
        for (let j = 0; j < 26; j++) z += W2[k * 26 + j] * a2[j];
        const hk = 1 / (1 + Math.exp(-z)), yk = y[r * 10 + k];
        h[k] = hk;
        J -= yk * Math.log(hk) + (1 - yk) * Math.log(1 - hk);
        d3[k] = hk - yk;
      }
      d2.fill(0);
      for (let k = 0; k < 10; k++) {
        const dk = d3[k];
        for (let j = 0; j < 26; j++) { G2[k * 26 + j] += dk * a2[j]; if (j > 0) d2[j - 1] += W2[k * 26 + j] * dk; }
      }
      for (let i = 0; i < 25; i++) {
        const v = a2[i + 1], di = d2[i] * v * (1 - v), b = i * 401;
        G1[b] += di;
        for (let j = 0; j < 400; j++) G1[b + j + 1] += di * x[xo + j];
      }
    }
    let sq = 0;
    for (const [Wl, Gl, cols] of [[W1, G1, 401], [W2, G2, 26]] as const) {
      for (let p = 0; p < Wl.length; p++) {
        Gl[p] /= m;
        if (p % cols !== 0) { Gl[p] += (lambda / m) * Wl[p]; sq += Wl[p] * Wl[p]; }
      }
    }
    return J / m + (lambda / (2 * m)) * sq;
  };
}
