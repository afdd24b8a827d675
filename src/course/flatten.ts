import { backprop, Network, type CostName, type Vector } from '../backprop/index.ts';

/**
 * Every number of one example's forward and backward pass, under names a lesson can quote:
 * `x_1`, `y_1`, `Theta1_2_0` ($\Theta^{(1)}_{20}$), `z2_1`, `a2_0` (the bias, 1), `a2_1`, `h_1`,
 * `delta3_1`, `D2_1_1` ($\partial J/\partial\Theta^{(2)}_{11}$) and `J`. Indices follow the math: units from 1,
 * bias column 0.
 */
export function flattenExample(net: Network, x: Vector, y: Vector, cost: CostName): Record<string, number> {
  const out: Record<string, number> = {};
  const t = backprop(net, x, y, { cost });
  x.forEach((v, j) => (out[`x_${j + 1}`] = v));
  y.forEach((v, k) => (out[`y_${k + 1}`] = v));
  for (let l = 1; l < net.L; l++) {
    net.Theta(l).forEach((row, i) => row.forEach((v, j) => (out[`Theta${l}_${i + 1}_${j}`] = v)));
    t.D(l).forEach((row, i) => row.forEach((v, j) => (out[`D${l}_${i + 1}_${j}`] = v)));
  }
  for (let l = 1; l <= net.L; l++) {
    const a = t.a(l);
    const offset = l < net.L ? 0 : 1; // a(l) carries the bias at index 0 except in the output layer
    a.forEach((v, i) => (out[`a${l}_${i + offset}`] = v));
    if (l >= 2) {
      t.z(l).forEach((v, i) => (out[`z${l}_${i + 1}`] = v));
      t.delta(l).forEach((v, i) => (out[`delta${l}_${i + 1}`] = v));
    }
  }
  t.h.forEach((v, k) => (out[`h_${k + 1}`] = v));
  out.J = t.J;
  return out;
}
