import type { ExerciseText } from '../types';

export const zh: ExerciseText = {
  title: '数值梯度',
  task: `实现 \`numGrad(J, Theta, epsilon)\`：对每个权重求中心差分
$\\pd{J}{\\Th{l}_{ij}} \\approx \\frac{J(\\Theta + \\varepsilon e_{ij}) - J(\\Theta - \\varepsilon e_{ij})}{2\\varepsilon}$，
结果按 \`Theta\` 的形状返回。

\`J\` 的参数是整个矩阵列表。\`Theta\` 用完要保持原样。检查会与模块的 \`numericalGradient\` 比较，并与反向传播做梯度检验。`,
  hints: [
    '把 `Theta` 复制两份：同一个权重，一份加 $\\varepsilon$，一份减 $\\varepsilon$。',
    '中心差分的误差是 $O(\\varepsilon^2)$ 而不是 $O(\\varepsilon)$：梯度检验要的正是这个精度。',
  ],
  comments: {
    '∂J/∂Θ by finite differences.': '用有限差分求 ∂J/∂Θ。',
    '∂J/∂Θ by central differences.': '用中心差分求 ∂J/∂Θ。',
    'TODO: this one-sided difference is only accurate to O(ε); use a central difference': 'TODO：这个单侧差分的精度只有 O(ε)；请改用中心差分',
  },
};
