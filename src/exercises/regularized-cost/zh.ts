import type { ExerciseText } from '../types';

export const zh: ExerciseText = {
  title: '正则化的代价函数',
  task: `补全 \`regularizedCost(Theta, X, Y, lambda)\`：sigmoid 网络在 \`X\` 与 \`Y\` 的 $m$ 行上的交叉熵代价，再加上正则化项
$\\frac{\\lambda}{2m}\\sum_l\\sum_i\\sum_{j \\ge 1} (\\Th{l}_{ij})^2$。

偏置列 $j = 0$ 不参与正则化。起始代码已经算好了不含正则化的部分。`,
  hints: [
    '遍历每个矩阵、每一行、每个列下标 $j$；跳过 $j = 0$。',
    '这一项是平方和乘以 $\\frac{\\lambda}{2m}$，其中的 $m$ 与数据项的 $m$ 相同。',
  ],
  comments: {
    'TODO: add λ/(2m) · (sum of the squares of every weight except the bias column)': 'TODO：加上 λ/(2m) ·（除偏置列外所有权重的平方和）',
  },
};
