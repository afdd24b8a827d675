/**
 * T1 and T2 on TensorFlow.js's CPU backend (tfjs-core + tfjs-backend-cpu), same shapes and costs.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { buildSync } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PackedMatrix } from '../src/backprop/advanced.ts';

/**
 * Select the CPU backend and register TF's gradients. tfjs-core's Node build ships without them and
 * its `register_all_gradients` is extensionless ESM, so we bundle it with esbuild; the registry is global.
 */
export async function initTf(): Promise<void> {
  const out = buildSync({
    stdin: { contents: "import '@tensorflow/tfjs-core/dist/register_all_gradients';", resolveDir: process.cwd() },
    bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent',
  });
  const file = join(tmpdir(), `tfjs-gradients-${process.pid}.mjs`);
  writeFileSync(file, out.outputFiles[0].text);
  await import(pathToFileURL(file).href);
  await tf.setBackend('cpu');
  await tf.ready();
}

/** Θ(l) (rows × (1 + cols), bias in column 0) → TF kernel [in, out] and bias [out]. */
function toTf(T: Float64Array, rows: number, cols: number): [tf.Variable, tf.Variable] {
  const W = new Float32Array(cols * rows), b = new Float32Array(rows);
  for (let i = 0; i < rows; i++) {
    b[i] = T[i * (cols + 1)];
    for (let j = 0; j < cols; j++) W[j * rows + i] = T[i * (cols + 1) + j + 1];
  }
  return [tf.variable(tf.tensor2d(W, [cols, rows])), tf.variable(tf.tensor1d(b))];
}

/** T1: mini-batch SGD through `optimizer.minimize`, batches sliced once up front. Returns a runner of `epochs`. */
export function tfT1(init: readonly Float64Array[], sizes: number[], X: PackedMatrix, Y: PackedMatrix, batch: number, alpha: number) {
  const vars = init.map((T, l) => toTf(T, sizes[l + 1], sizes[l]));
  const xs = tf.tensor2d(Float32Array.from(X.data), [X.rows, X.cols]), ys = tf.tensor2d(Float32Array.from(Y.data), [Y.rows, Y.cols]);
  const batches: [tf.Tensor2D, tf.Tensor2D][] = [];
  for (let s = 0; s < X.rows; s += batch) batches.push([tf.slice(xs, [s, 0], [batch, -1]), tf.slice(ys, [s, 0], [batch, -1])]);
  const opt = tf.train.sgd(alpha);
  return (epochs: number) => {
    for (let e = 0; e < epochs; e++) {
      for (const [bx, by] of batches) {
        opt.minimize(() => {
          let a: tf.Tensor2D = bx;
          for (const [W, b] of vars) a = tf.tanh(tf.add(tf.matMul(a, W), b));
          return tf.div(tf.mul(0.5, tf.sum(tf.square(tf.sub(a, by)))), bx.shape[0]) as tf.Scalar;
        });
      }
    }
  };
}

/** T2: J and all gradients of the 400-25-10 sigmoid net with cross-entropy and λ, via `tf.variableGrads`. */
export function tfT2(init: readonly Float64Array[], sizes: number[], X: PackedMatrix, Y: PackedMatrix, lambda: number) {
  const vars = init.map((T, l) => toTf(T, sizes[l + 1], sizes[l]));
  const xs = tf.tensor2d(Float32Array.from(X.data), [X.rows, X.cols]), ys = tf.tensor2d(Float32Array.from(Y.data), [Y.rows, Y.cols]);
  const m = X.rows;
  return () => {
    const { value, grads } = tf.variableGrads(() => {
      let a: tf.Tensor2D = xs;
      for (const [W, b] of vars) a = tf.sigmoid(tf.add(tf.matMul(a, W), b));
      const ce = tf.neg(tf.sum(tf.add(tf.mul(ys, tf.log(a)), tf.mul(tf.sub(1, ys), tf.log(tf.sub(1, a))))));
      const reg = tf.addN(vars.map(([W]) => tf.sum(tf.square(W))));
      return tf.div(tf.add(ce, tf.mul(lambda / 2, reg)), m) as tf.Scalar;
    });
    const J = value.dataSync()[0];
    for (const g of Object.values(grads)) { g.dataSync(); g.dispose(); }
    value.dispose();
    return J;
  };
}
