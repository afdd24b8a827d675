/**
 * The kernel's matrix loops, register-blocked: z = Θa, Δ += δaᵀ, and Δ += δaᵀ with e = (Θᵀδ)[1:] ⊙ g′ in one pass
 * over Θ, each for 1, 2 and 4 examples. The 2- and 4-example loops take 2 units per pass, so every weight loaded
 * serves all the examples and every activation loaded serves 2 units; each sum is added in the same order as in
 * the one-example loop, so the results are bit for bit the same. Internal to the kernel (`kernel.ts`).
 */

/** v = 0, as a loop the compiler inlines (a `fill` call costs more than these few stores). */
export function zero(v: Float64Array): void {
  for (let i = 0; i < v.length; i++) v[i] = 0;
}

/** z = T a for one example: `T` is units × cols, row-major. */
export function product1(T: Float64Array, a: Float64Array, z: Float64Array, units: number, cols: number): void {
  for (let i = 0, p = 0; i < units; i++, p += cols) {
    let sum = 0;
    for (let j = 0; j < cols; j++) sum += T[p + j] * a[j];
    z[i] = sum;
  }
}

/** {@link product4} for 2 examples (the tail of a mini-batch). */
export function product2(T: Float64Array, a: Float64Array[], z: Float64Array[], units: number, cols: number): void {
  const a0 = a[0], a1 = a[1], z0 = z[0], z1 = z[1];
  let i = 0;
  for (; i + 1 < units; i += 2) {
    const p = i * cols, q = p + cols;
    let s00 = 0, s01 = 0, s10 = 0, s11 = 0;
    for (let j = 0; j < cols; j++) {
      const u = T[p + j], v = T[q + j], x0 = a0[j], x1 = a1[j];
      s00 += u * x0; s01 += u * x1; s10 += v * x0; s11 += v * x1;
    }
    z0[i] = s00; z1[i] = s01; z0[i + 1] = s10; z1[i + 1] = s11;
  }
  if (i < units) {
    const p = i * cols;
    let s0 = 0, s1 = 0;
    for (let j = 0; j < cols; j++) { const u = T[p + j]; s0 += u * a0[j]; s1 += u * a1[j]; }
    z0[i] = s0; z1[i] = s1;
  }
}

/** z_b = T a_b for 4 examples b, 2 units per pass: each T entry is read once for 4 examples. */
export function product4(T: Float64Array, a: Float64Array[], z: Float64Array[], units: number, cols: number): void {
  const a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
  const z0 = z[0], z1 = z[1], z2 = z[2], z3 = z[3];
  let i = 0;
  for (; i + 1 < units; i += 2) {
    const p = i * cols, q = p + cols;
    let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
    for (let j = 0; j < cols; j++) {
      const u = T[p + j], v = T[q + j], x0 = a0[j], x1 = a1[j], x2 = a2[j], x3 = a3[j];
      s00 += u * x0; s01 += u * x1; s02 += u * x2; s03 += u * x3;
      s10 += v * x0; s11 += v * x1; s12 += v * x2; s13 += v * x3;
    }
    z0[i] = s00; z1[i] = s01; z2[i] = s02; z3[i] = s03;
    z0[i + 1] = s10; z1[i + 1] = s11; z2[i + 1] = s12; z3[i + 1] = s13;
  }
  if (i < units) {
    const p = i * cols;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let j = 0; j < cols; j++) {
      const u = T[p + j];
      s0 += u * a0[j]; s1 += u * a1[j]; s2 += u * a2[j]; s3 += u * a3[j];
    }
    z0[i] = s0; z1[i] = s1; z2[i] = s2; z3[i] = s3;
  }
}

/** Δ += δ aᵀ for one example. */
export function outer1(Delta: Float64Array, d: Float64Array, a: Float64Array, units: number, cols: number): void {
  for (let i = 0, p = 0; i < units; i++, p += cols) {
    const di = d[i];
    for (let j = 0; j < cols; j++) Delta[p + j] += di * a[j];
  }
}

/** {@link outer4} for 2 examples. */
export function outer2(Delta: Float64Array, d: Float64Array[], a: Float64Array[], units: number, cols: number): void {
  const a0 = a[0], a1 = a[1], d0 = d[0], d1 = d[1];
  let i = 0;
  for (; i + 1 < units; i += 2) {
    const p = i * cols, q = p + cols, u0 = d0[i], u1 = d1[i], v0 = d0[i + 1], v1 = d1[i + 1];
    for (let j = 0; j < cols; j++) {
      const x0 = a0[j], x1 = a1[j];
      Delta[p + j] = Delta[p + j] + u0 * x0 + u1 * x1;
      Delta[q + j] = Delta[q + j] + v0 * x0 + v1 * x1;
    }
  }
  if (i < units) {
    const p = i * cols, u0 = d0[i], u1 = d1[i];
    for (let j = 0; j < cols; j++) Delta[p + j] = Delta[p + j] + u0 * a0[j] + u1 * a1[j];
  }
}

/** Δ += Σ_b δ_b a_bᵀ for 4 examples, 2 units per pass: each Δ entry is loaded and stored once for 4 examples. */
export function outer4(Delta: Float64Array, d: Float64Array[], a: Float64Array[], units: number, cols: number): void {
  const a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
  const d0 = d[0], d1 = d[1], d2 = d[2], d3 = d[3];
  let i = 0;
  for (; i + 1 < units; i += 2) {
    const p = i * cols, q = p + cols;
    const u0 = d0[i], u1 = d1[i], u2 = d2[i], u3 = d3[i];
    const v0 = d0[i + 1], v1 = d1[i + 1], v2 = d2[i + 1], v3 = d3[i + 1];
    for (let j = 0; j < cols; j++) {
      const x0 = a0[j], x1 = a1[j], x2 = a2[j], x3 = a3[j];
      Delta[p + j] = Delta[p + j] + u0 * x0 + u1 * x1 + u2 * x2 + u3 * x3;
      Delta[q + j] = Delta[q + j] + v0 * x0 + v1 * x1 + v2 * x2 + v3 * x3;
    }
  }
  if (i < units) {
    const p = i * cols, u0 = d0[i], u1 = d1[i], u2 = d2[i], u3 = d3[i];
    for (let j = 0; j < cols; j++) Delta[p + j] = Delta[p + j] + u0 * a0[j] + u1 * a1[j] + u2 * a2[j] + u3 * a3[j];
  }
}

/**
 * Δ += d aᵀ and e = (Tᵀ d)[1:] ⊙ g′ for one example, in one pass over T (the bias column of T is not sent back):
 * with d = δ(l+1), a = a(l) and g′ = g′(z(l)), e is δ(l).
 */
export function outerAndBack1(T: Float64Array, Delta: Float64Array, d: Float64Array, a: Float64Array, e: Float64Array, gPrime: Float64Array, units: number, cols: number): void {
  zero(e);
  for (let i = 0, p = 0; i < units; i++, p += cols) {
    const di = d[i];
    Delta[p] += di * a[0];
    for (let j = 1; j < cols; j++) {
      Delta[p + j] += di * a[j];
      e[j - 1] += T[p + j] * di;
    }
  }
  for (let j = 0; j < cols - 1; j++) e[j] *= gPrime[j];
}

/** {@link outerAndBack4} for 2 examples. */
export function outerAndBack2(T: Float64Array, Delta: Float64Array, d: Float64Array[], a: Float64Array[], e: Float64Array[], gPrime: Float64Array[], units: number, cols: number): void {
  const a0 = a[0], a1 = a[1], d0 = d[0], d1 = d[1], e0 = e[0], e1 = e[1];
  for (let j = 0; j < cols - 1; j++) { e0[j] = 0; e1[j] = 0; }
  let i = 0;
  for (; i + 1 < units; i += 2) {
    const p = i * cols, q = p + cols, u0 = d0[i], u1 = d1[i], v0 = d0[i + 1], v1 = d1[i + 1];
    Delta[p] = Delta[p] + u0 * a0[0] + u1 * a1[0];
    Delta[q] = Delta[q] + v0 * a0[0] + v1 * a1[0];
    for (let j = 1; j < cols; j++) {
      const x0 = a0[j], x1 = a1[j], u = T[p + j], v = T[q + j];
      Delta[p + j] = Delta[p + j] + u0 * x0 + u1 * x1;
      Delta[q + j] = Delta[q + j] + v0 * x0 + v1 * x1;
      e0[j - 1] = e0[j - 1] + u * u0 + v * v0;
      e1[j - 1] = e1[j - 1] + u * u1 + v * v1;
    }
  }
  if (i < units) {
    const p = i * cols, u0 = d0[i], u1 = d1[i];
    Delta[p] = Delta[p] + u0 * a0[0] + u1 * a1[0];
    for (let j = 1; j < cols; j++) {
      const u = T[p + j];
      Delta[p + j] = Delta[p + j] + u0 * a0[j] + u1 * a1[j];
      e0[j - 1] += u * u0; e1[j - 1] += u * u1;
    }
  }
  const g0 = gPrime[0], g1 = gPrime[1];
  for (let j = 0; j < cols - 1; j++) { e0[j] *= g0[j]; e1[j] *= g1[j]; }
}

/** {@link outerAndBack1} for 4 examples, 2 units per pass: each T and Δ entry is touched once for 4 examples. */
export function outerAndBack4(T: Float64Array, Delta: Float64Array, d: Float64Array[], a: Float64Array[], e: Float64Array[], gPrime: Float64Array[], units: number, cols: number): void {
  const a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
  const d0 = d[0], d1 = d[1], d2 = d[2], d3 = d[3];
  const e0 = e[0], e1 = e[1], e2 = e[2], e3 = e[3];
  for (let j = 0; j < cols - 1; j++) { e0[j] = 0; e1[j] = 0; e2[j] = 0; e3[j] = 0; }
  let i = 0;
  for (; i + 1 < units; i += 2) {
    const p = i * cols, q = p + cols;
    const u0 = d0[i], u1 = d1[i], u2 = d2[i], u3 = d3[i];
    const v0 = d0[i + 1], v1 = d1[i + 1], v2 = d2[i + 1], v3 = d3[i + 1];
    Delta[p] = Delta[p] + u0 * a0[0] + u1 * a1[0] + u2 * a2[0] + u3 * a3[0];
    Delta[q] = Delta[q] + v0 * a0[0] + v1 * a1[0] + v2 * a2[0] + v3 * a3[0];
    for (let j = 1; j < cols; j++) {
      const x0 = a0[j], x1 = a1[j], x2 = a2[j], x3 = a3[j], u = T[p + j], v = T[q + j];
      Delta[p + j] = Delta[p + j] + u0 * x0 + u1 * x1 + u2 * x2 + u3 * x3;
      Delta[q + j] = Delta[q + j] + v0 * x0 + v1 * x1 + v2 * x2 + v3 * x3;
      e0[j - 1] = e0[j - 1] + u * u0 + v * v0;
      e1[j - 1] = e1[j - 1] + u * u1 + v * v1;
      e2[j - 1] = e2[j - 1] + u * u2 + v * v2;
      e3[j - 1] = e3[j - 1] + u * u3 + v * v3;
    }
  }
  if (i < units) {
    const p = i * cols, u0 = d0[i], u1 = d1[i], u2 = d2[i], u3 = d3[i];
    Delta[p] = Delta[p] + u0 * a0[0] + u1 * a1[0] + u2 * a2[0] + u3 * a3[0];
    for (let j = 1; j < cols; j++) {
      const u = T[p + j];
      Delta[p + j] = Delta[p + j] + u0 * a0[j] + u1 * a1[j] + u2 * a2[j] + u3 * a3[j];
      e0[j - 1] += u * u0; e1[j - 1] += u * u1; e2[j - 1] += u * u2; e3[j - 1] += u * u3;
    }
  }
  const g0 = gPrime[0], g1 = gPrime[1], g2 = gPrime[2], g3 = gPrime[3];
  for (let j = 0; j < cols - 1; j++) { e0[j] *= g0[j]; e1[j] *= g1[j]; e2[j] *= g2[j]; e3[j] *= g3[j]; }
}
