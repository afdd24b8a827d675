import type { ExerciseText } from '../types';

export const zh: ExerciseText = {
  title: '隐藏层的误差项 δ(l)',
  task: `实现 \`deltaHidden(Theta, deltaNext, a)\`：sigmoid 隐藏层的误差项
$\\dl{l} = \\left((\\Th{l})^T \\dl{l+1}\\right) \\odot g'(\\zl{l})$。

\`Theta\` 是 $\\Th{l}$（它的第 0 列乘的是偏置单元），\`deltaNext\` 是 $\\dl{l+1}$，\`a\` 是 $\\al{l}$，偏置单元 $a_0 = 1$ 排在最前。返回不含偏置项的 $\\dl{l}$（偏置单元没有误差项要往回传）。`,
  hints: [
    '`back[0]` 属于偏置单元：`back.slice(1)` 留下单元 $1..s_l$。',
    '结果的第 $j$ 个单元要用 $a_j$；`back` 去掉了偏置而 `a` 没有，所以它是 `a[j + 1]`。',
  ],
  comments: {
    "δ(l) = (Θ(l))ᵀ δ(l+1) ⊙ g'(z(l)), sigmoid hidden layer.": "δ(l) = (Θ(l))ᵀ δ(l+1) ⊙ g'(z(l))，sigmoid 隐藏层。",
    '(Θᵀ δ)_j for every column j, including the bias column 0': '每一列 j 的 (Θᵀ δ)_j，包括偏置列 0',
    "TODO: drop the bias entry and multiply by g'(z) = a(1 − a)": "TODO：去掉偏置项，再乘以 g'(z) = a(1 − a)",
  },
};
