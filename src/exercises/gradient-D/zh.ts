import type { ExerciseText } from '../types';

export const zh: ExerciseText = {
  title: '梯度 D(l)',
  task: `实现 \`gradientD(Theta, X, Y, lambda)\`：sigmoid 网络正则化交叉熵代价的梯度 $\\Dl{l} = \\pd{J}{\\Th{l}}$。

对每个样本，\`backprop(net, x, y)\` 以 \`.D(l)\` 给出该样本的 $\\dl{l+1}(\\al{l})^T$。把它们累加到 $\\Acc{l}$ 中，然后当 $j \\ge 1$ 时 $\\Dl{l}_{ij} = \\frac1m\\Acc{l}_{ij} + \\frac{\\lambda}{m}\\Th{l}_{ij}$，当 $j = 0$ 时不加 $\\lambda$ 项。你的结果还会用有限差分做梯度检验。`,
  hints: [
    '$\\Acc{l}$ 的每个元素都要除以样本数 $m$。',
    '只有 $j \\ge 1$ 的列加上 $\\frac{\\lambda}{m}\\Th{l}_{ij}$：在 `map((v, c) => …)` 里判断 `c > 0`。',
  ],
  comments: {
    'D(l) = ∂J/∂Θ(l) for every l, regularised.': '对每个 l 求 D(l) = ∂J/∂Θ(l)，含正则化。',
    'Δ(l) starts at zero, same shape as Θ(l)': 'Δ(l) 从零开始，形状与 Θ(l) 相同',
    'TODO: divide by m and add (λ/m)·Θ(l), except in the bias column j = 0': 'TODO：除以 m，再加上 (λ/m)·Θ(l)，偏置列 j = 0 除外',
  },
};
