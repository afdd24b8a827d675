import { backprop, chainRule, Network, type CostName, type Vector } from '../backprop/index.ts';
import { key, sym } from '../notation/symbol.ts';

/**
 * Every number of one example's forward and backward pass, under names a lesson can quote:
 * `x_1`, `y_1`, `Theta1_2_0` ($\Theta^{(1)}_{20}$), `z2_1`, `a2_0` (the bias, 1), `a2_1`, `h_1`,
 * `delta3_1`, `D2_1_1` ($\partial J/\partial\Theta^{(2)}_{11}$) and `J`. Indices follow the math: units from 1,
 * bias column 0.
 */
export function flattenExample(net: Network, x: Vector, y: Vector, cost: CostName): Record<string, number> {
  const out: Record<string, number> = {};
  const t = backprop(net, x, y, { cost });
  x.forEach((v, j) => (out[key(sym.x(j + 1))] = v));
  y.forEach((v, k) => (out[key(sym.y(k + 1))] = v));
  for (let l = 1; l < net.L; l++) {
    net.Theta(l).forEach((row, i) => row.forEach((v, j) => (out[key(sym.Theta(l, i + 1, j))] = v)));
    t.D(l).forEach((row, i) => row.forEach((v, j) => (out[key(sym.D(l, i + 1, j))] = v)));
  }
  for (let l = 1; l <= net.L; l++) {
    const a = t.a(l);
    const offset = l < net.L ? 0 : 1; // a(l) carries the bias at index 0 except in the output layer
    a.forEach((v, i) => (out[key(sym.a(l, i + offset))] = v));
    if (l >= 2) {
      t.z(l).forEach((v, i) => (out[key(sym.z(l, i + 1))] = v));
      t.delta(l).forEach((v, i) => (out[key(sym.delta(l, i + 1))] = v));
    }
  }
  t.h.forEach((v, k) => (out[key(sym.h(k + 1))] = v));
  out.J = t.J;
  return out;
}

/** Name of a path term: the k-th term $\Theta^{(l+1)}_{ki}\delta^{(l+2)}_k$ of ① for $\Theta^{(l)}_{ij}$ (`path_l_i_j_k`). */
export const pathKey = (l: number, i: number, j: number, k: number): string => `path_${l}_${i}_${j}_${k}`;

/**
 * The chain-rule factors of every weight, ① `f1_l_i_j`, ② `f2_l_i_j`, ③ `f3_l_i_j`, and for hidden units the path
 * terms `path_l_i_j_k` that add up to ①, as the module's `chainRule` gives them.
 */
export function chainRuleValues(net: Network, x: Vector, y: Vector, cost: CostName): Record<string, number> {
  const out: Record<string, number> = {};
  for (let l = 1; l < net.L; l++) {
    for (let i = 1; i <= net.sizes[l]!; i++) {
      for (let j = 0; j <= net.sizes[l - 1]!; j++) {
        const f = chainRule(net, x, y, l, i, j, { cost });
        out[key(sym.factor(1, l, i, j))] = f.dJda;
        out[key(sym.factor(2, l, i, j))] = f.dadz;
        out[key(sym.factor(3, l, i, j))] = f.dzdTheta;
        f.paths?.forEach((p) => (out[pathKey(l, i, j, p.k)] = p.term));
      }
    }
  }
  return out;
}
