/**
 * The second baseline: the same two tasks as `baseline.ts`, hand-written with register blocking, the way
 * a fast dense kernel is written: 4 examples per pass over the weights and 2 units per pass over the
 * activations, so each weight loaded serves 4 examples and each activation loaded serves 2 units.
 * Fixed architectures, activations inlined. A block of fewer than 4 rows (a mini-batch tail) goes one
 * row at a time. The library is measured against this and against the plain loops.
 */
import type { PackedMatrix } from '../src/backprop/advanced.ts';

type F = Float64Array;
const four = (n: number, bias: boolean): [F, F, F, F] => [0, 1, 2, 3].map(() => {
  const v = new Float64Array(n);
  if (bias) v[0] = 1;
  return v;
}) as [F, F, F, F];

/** T1 (2-8-8-1 tanh, squared error, mini-batch SGD), blocked 4 rows × 2 units. Returns a runner of `epochs`. */
export function blockedT1(init: readonly Float64Array[], X: PackedMatrix, Y: PackedMatrix, batch: number, alpha: number, rng: () => number) {
  const W1 = init[0].slice(), W2 = init[1].slice(), W3 = init[2].slice(); // 8×3, 8×9, 1×9
  const G1 = new Float64Array(24), G2 = new Float64Array(72), G3 = new Float64Array(9);
  const A1 = four(3, true), A2 = four(9, true), A3 = four(9, true);
  const D2 = four(8, false), D3 = four(8, false), D4 = new Float64Array(4);
  const m = X.rows, x = X.data, y = Y.data;
  const order = Int32Array.from({ length: m }, (_, i) => i);

  /** Forward and backward of n ≤ 4 rows starting at order[t], one row at a time for n < 4. */
  const rows = (t: number, n: number) => {
    for (let b = 0; b < n; b++) { const r = order[t + b]; A1[b][1] = x[2 * r]; A1[b][2] = x[2 * r + 1]; }
    if (n === 4) {
      const [p0, p1, p2, p3] = A1, [q0, q1, q2, q3] = A2, [s0, s1, s2, s3] = A3;
      for (let i = 0; i < 8; i += 2) {
        const u = 3 * i, v = u + 3;
        q0[i + 1] = Math.tanh(W1[u] + W1[u + 1] * p0[1] + W1[u + 2] * p0[2]); q0[i + 2] = Math.tanh(W1[v] + W1[v + 1] * p0[1] + W1[v + 2] * p0[2]);
        q1[i + 1] = Math.tanh(W1[u] + W1[u + 1] * p1[1] + W1[u + 2] * p1[2]); q1[i + 2] = Math.tanh(W1[v] + W1[v + 1] * p1[1] + W1[v + 2] * p1[2]);
        q2[i + 1] = Math.tanh(W1[u] + W1[u + 1] * p2[1] + W1[u + 2] * p2[2]); q2[i + 2] = Math.tanh(W1[v] + W1[v + 1] * p2[1] + W1[v + 2] * p2[2]);
        q3[i + 1] = Math.tanh(W1[u] + W1[u + 1] * p3[1] + W1[u + 2] * p3[2]); q3[i + 2] = Math.tanh(W1[v] + W1[v + 1] * p3[1] + W1[v + 2] * p3[2]);
      }
      for (let i = 0; i < 8; i += 2) {
        const u = 9 * i, v = u + 9;
        let a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
        for (let j = 0; j < 9; j++) {
          const wu = W2[u + j], wv = W2[v + j], c0 = q0[j], c1 = q1[j], c2 = q2[j], c3 = q3[j];
          a0 += wu * c0; a1 += wu * c1; a2 += wu * c2; a3 += wu * c3;
          b0 += wv * c0; b1 += wv * c1; b2 += wv * c2; b3 += wv * c3;
        }
        s0[i + 1] = Math.tanh(a0); s1[i + 1] = Math.tanh(a1); s2[i + 1] = Math.tanh(a2); s3[i + 1] = Math.tanh(a3);
        s0[i + 2] = Math.tanh(b0); s1[i + 2] = Math.tanh(b1); s2[i + 2] = Math.tanh(b2); s3[i + 2] = Math.tanh(b3);
      }
      let h0 = 0, h1 = 0, h2 = 0, h3 = 0;
      for (let j = 0; j < 9; j++) { const w = W3[j]; h0 += w * s0[j]; h1 += w * s1[j]; h2 += w * s2[j]; h3 += w * s3[j]; }
      const hs = [Math.tanh(h0), Math.tanh(h1), Math.tanh(h2), Math.tanh(h3)];
      for (let b = 0; b < 4; b++) { const h = hs[b]; D4[b] = (h - y[order[t + b]]) * (1 - h * h); }
      const [e0, e1, e2, e3] = [D4[0], D4[1], D4[2], D4[3]];
      for (let j = 0; j < 9; j++) G3[j] += e0 * s0[j] + e1 * s1[j] + e2 * s2[j] + e3 * s3[j];
      const [f0, f1, f2, f3] = D3, [g0, g1, g2, g3] = D2;
      for (let i = 0; i < 8; i++) {
        const w = W3[i + 1], v0 = s0[i + 1], v1 = s1[i + 1], v2 = s2[i + 1], v3 = s3[i + 1];
        f0[i] = w * e0 * (1 - v0 * v0); f1[i] = w * e1 * (1 - v1 * v1); f2[i] = w * e2 * (1 - v2 * v2); f3[i] = w * e3 * (1 - v3 * v3);
      }
      g0.fill(0); g1.fill(0); g2.fill(0); g3.fill(0);
      for (let i = 0; i < 8; i += 2) {
        const u = 9 * i, v = u + 9;
        const a0 = f0[i], a1 = f1[i], a2 = f2[i], a3 = f3[i], b0 = f0[i + 1], b1 = f1[i + 1], b2 = f2[i + 1], b3 = f3[i + 1];
        for (let j = 0; j < 9; j++) {
          const c0 = q0[j], c1 = q1[j], c2 = q2[j], c3 = q3[j];
          G2[u + j] += a0 * c0 + a1 * c1 + a2 * c2 + a3 * c3;
          G2[v + j] += b0 * c0 + b1 * c1 + b2 * c2 + b3 * c3;
          if (j > 0) {
            const wu = W2[u + j], wv = W2[v + j];
            g0[j - 1] += wu * a0 + wv * b0; g1[j - 1] += wu * a1 + wv * b1; g2[j - 1] += wu * a2 + wv * b2; g3[j - 1] += wu * a3 + wv * b3;
          }
        }
      }
      for (let i = 0; i < 8; i++) {
        const v0 = q0[i + 1], v1 = q1[i + 1], v2 = q2[i + 1], v3 = q3[i + 1];
        const d0 = g0[i] * (1 - v0 * v0), d1 = g1[i] * (1 - v1 * v1), d2 = g2[i] * (1 - v2 * v2), d3 = g3[i] * (1 - v3 * v3);
        G1[3 * i] += d0 + d1 + d2 + d3;
        G1[3 * i + 1] += d0 * p0[1] + d1 * p1[1] + d2 * p2[1] + d3 * p3[1];
        G1[3 * i + 2] += d0 * p0[2] + d1 * p1[2] + d2 * p2[2] + d3 * p3[2];
      }
      return;
    }
    for (let b = 0; b < n; b++) {
      const a1 = A1[b], a2 = A2[b], a3 = A3[b], d2 = D2[b], d3 = D3[b];
      for (let i = 0; i < 8; i++) a2[i + 1] = Math.tanh(W1[3 * i] + W1[3 * i + 1] * a1[1] + W1[3 * i + 2] * a1[2]);
      for (let i = 0; i < 8; i++) {
        let z = 0;
        for (let j = 0; j < 9; j++) z += W2[9 * i + j] * a2[j];
        a3[i + 1] = Math.tanh(z);
      }
      let z4 = 0;
      for (let j = 0; j < 9; j++) z4 += W3[j] * a3[j];
      const h = Math.tanh(z4), d4 = (h - y[order[t + b]]) * (1 - h * h);
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
  };

  return (epochs: number) => {
    for (let e = 0; e < epochs; e++) {
      for (let i = m - 1; i > 0; i--) { const j = Math.floor(rng() * (i + 1)), t = order[i]; order[i] = order[j]; order[j] = t; }
      for (let s = 0; s < m; s += batch) {
        G1.fill(0); G2.fill(0); G3.fill(0);
        const n = Math.min(batch, m - s);
        for (let t = s; t < s + n; t += 4) rows(t, Math.min(4, s + n - t));
        const k = alpha / n;
        for (let i = 0; i < 24; i++) W1[i] -= k * G1[i];
        for (let i = 0; i < 72; i++) W2[i] -= k * G2[i];
        for (let i = 0; i < 9; i++) W3[i] -= k * G3[i];
      }
    }
    return W3[0];
  };
}

/** T2 (400-25-10 sigmoid, cross-entropy, λ), one full-batch cost and gradient, blocked 4 rows × 2 units. m must be a multiple of 4. */
export function blockedT2(W: readonly Float64Array[], X: PackedMatrix, Y: PackedMatrix, lambda: number) {
  const [W1, W2] = W; // 25×401, 10×26
  const G1 = new Float64Array(W1.length), G2 = new Float64Array(W2.length);
  const A2 = four(26, true), D2 = four(25, false), D3 = four(10, false);
  const m = X.rows, x = X.data, y = Y.data;
  if (m % 4 !== 0) throw new Error('blockedT2 needs m divisible by 4');
  const sig = (z: number) => 1 / (1 + Math.exp(-z));
  return () => {
    G1.fill(0); G2.fill(0);
    let J = 0;
    const [q0, q1, q2, q3] = A2, [e0, e1, e2, e3] = D3, [g0, g1, g2, g3] = D2;
    for (let r = 0; r < m; r += 4) {
      const o0 = r * 400, o1 = o0 + 400, o2 = o1 + 400, o3 = o2 + 400;
      let i = 0;
      for (; i + 1 < 25; i += 2) {
        const u = i * 401, v = u + 401;
        let a0 = W1[u], a1 = a0, a2 = a0, a3 = a0, b0 = W1[v], b1 = b0, b2 = b0, b3 = b0;
        for (let j = 0; j < 400; j++) {
          const wu = W1[u + 1 + j], wv = W1[v + 1 + j], c0 = x[o0 + j], c1 = x[o1 + j], c2 = x[o2 + j], c3 = x[o3 + j];
          a0 += wu * c0; a1 += wu * c1; a2 += wu * c2; a3 += wu * c3;
          b0 += wv * c0; b1 += wv * c1; b2 += wv * c2; b3 += wv * c3;
        }
        q0[i + 1] = sig(a0); q1[i + 1] = sig(a1); q2[i + 1] = sig(a2); q3[i + 1] = sig(a3);
        q0[i + 2] = sig(b0); q1[i + 2] = sig(b1); q2[i + 2] = sig(b2); q3[i + 2] = sig(b3);
      }
      {
        const u = i * 401;
        let a0 = W1[u], a1 = a0, a2 = a0, a3 = a0;
        for (let j = 0; j < 400; j++) { const w = W1[u + 1 + j]; a0 += w * x[o0 + j]; a1 += w * x[o1 + j]; a2 += w * x[o2 + j]; a3 += w * x[o3 + j]; }
        q0[i + 1] = sig(a0); q1[i + 1] = sig(a1); q2[i + 1] = sig(a2); q3[i + 1] = sig(a3);
      }
      for (let k = 0; k < 10; k += 2) {
        const u = k * 26, v = u + 26;
        let a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
        for (let j = 0; j < 26; j++) {
          const wu = W2[u + j], wv = W2[v + j], c0 = q0[j], c1 = q1[j], c2 = q2[j], c3 = q3[j];
          a0 += wu * c0; a1 += wu * c1; a2 += wu * c2; a3 += wu * c3;
          b0 += wv * c0; b1 += wv * c1; b2 += wv * c2; b3 += wv * c3;
        }
        const zs = [a0, a1, a2, a3, b0, b1, b2, b3];
        for (let t = 0; t < 8; t++) {
          const b = t & 3, kk = k + (t >> 2), h = sig(zs[t]), yk = y[(r + b) * 10 + kk];
          J -= yk * Math.log(h) + (1 - yk) * Math.log(1 - h);
          D3[b][kk] = h - yk;
        }
      }
      g0.fill(0); g1.fill(0); g2.fill(0); g3.fill(0);
      for (let k = 0; k < 10; k += 2) {
        const u = k * 26, v = u + 26;
        const a0 = e0[k], a1 = e1[k], a2 = e2[k], a3 = e3[k], b0 = e0[k + 1], b1 = e1[k + 1], b2 = e2[k + 1], b3 = e3[k + 1];
        for (let j = 0; j < 26; j++) {
          const c0 = q0[j], c1 = q1[j], c2 = q2[j], c3 = q3[j];
          G2[u + j] += a0 * c0 + a1 * c1 + a2 * c2 + a3 * c3;
          G2[v + j] += b0 * c0 + b1 * c1 + b2 * c2 + b3 * c3;
          if (j > 0) {
            const wu = W2[u + j], wv = W2[v + j];
            g0[j - 1] += wu * a0 + wv * b0; g1[j - 1] += wu * a1 + wv * b1; g2[j - 1] += wu * a2 + wv * b2; g3[j - 1] += wu * a3 + wv * b3;
          }
        }
      }
      for (let i2 = 0; i2 < 25; i2++) {
        const v0 = q0[i2 + 1], v1 = q1[i2 + 1], v2 = q2[i2 + 1], v3 = q3[i2 + 1];
        g0[i2] *= v0 * (1 - v0); g1[i2] *= v1 * (1 - v1); g2[i2] *= v2 * (1 - v2); g3[i2] *= v3 * (1 - v3);
      }
      let i2 = 0;
      for (; i2 + 1 < 25; i2 += 2) {
        const u = i2 * 401, v = u + 401;
        const a0 = g0[i2], a1 = g1[i2], a2 = g2[i2], a3 = g3[i2], b0 = g0[i2 + 1], b1 = g1[i2 + 1], b2 = g2[i2 + 1], b3 = g3[i2 + 1];
        G1[u] += a0 + a1 + a2 + a3; G1[v] += b0 + b1 + b2 + b3;
        for (let j = 0; j < 400; j++) {
          const c0 = x[o0 + j], c1 = x[o1 + j], c2 = x[o2 + j], c3 = x[o3 + j];
          G1[u + 1 + j] += a0 * c0 + a1 * c1 + a2 * c2 + a3 * c3;
          G1[v + 1 + j] += b0 * c0 + b1 * c1 + b2 * c2 + b3 * c3;
        }
      }
      {
        const u = i2 * 401, a0 = g0[i2], a1 = g1[i2], a2 = g2[i2], a3 = g3[i2];
        G1[u] += a0 + a1 + a2 + a3;
        for (let j = 0; j < 400; j++) G1[u + 1 + j] += a0 * x[o0 + j] + a1 * x[o1 + j] + a2 * x[o2 + j] + a3 * x[o3 + j];
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
