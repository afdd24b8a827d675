import type { ExerciseText } from '../types';

export const zh: ExerciseText = {
  title: '矩阵形式的批量梯度',
  task: `实现 \`batchGradient(Theta, X, Y)\`：任意层数的 sigmoid 网络在（不含正则化的）交叉熵代价下的梯度 $\\Dl{l} = \\frac1m \\bigl(E^{(l+1)}\\bigr)\\T A^{(l)}$，一次算完整个批量。

\`X\` 是 $m \\times s_1$ 矩阵（每行一个样本），\`Theta[l - 1]\` 是 $\\Th{l}$。前向传播和 $E^{(L)} = H - Y$ 已经写好。接下来往回走：每一步先求出 $\\Dl{l}$，再求 $E^{(l)} = \\bigl[E^{(l+1)}\\Th{l}\\bigr]_{\\text{第 } 1:s_l \\text{ 列}} \\odot A^{(l)}_{1:s_l} \\odot \\bigl(1 - A^{(l)}_{1:s_l}\\bigr)$。不要调用模块：检查会把你的矩阵与模块的 \`gradients\` 以及中心差分的结果比较。`,
  hints: [
    '$\\Dl{l}$ 与 $\\Th{l}$ 形状相同：$s_{l+1} \\times (s_l + 1)$。$E^{(l+1)}$ 是 $m \\times s_{l+1}$，$A^{(l)}$ 是 $m \\times (s_l + 1)$，所以只有 $\\bigl(E^{(l+1)}\\bigr)\\T A^{(l)}$ 的形状对得上：`matmul(transpose(E), A[l])`，再除以 `m`。',
    '$E^{(l+1)}\\Th{l}$ 是 $m \\times (s_l + 1)$；用 `row.slice(1)` 去掉它的第 0 列（偏置单元没有误差项）。',
    '代码里 `A[l]` 是 $A^{(l+1)}$，`Theta[l]` 是 $\\Th{l+1}$，所以下一层的隐藏层误差项是去掉第 0 列的 `matmul(E, Theta[l])`，再乘以 `A[l][r][j + 1] * (1 - A[l][r][j + 1])`。',
  ],
  comments: {
    'C = A·B for matrices as arrays of rows.': 'C = A·B，矩阵按行存成数组。',
    'Puts the bias unit 1 in front of every row.': '在每一行前面补上偏置单元 1。',
    'D(l) = (1/m) E(l+1)ᵀ A(l) for l = 1 … L−1.': '对 l = 1 … L−1 求 D(l) = (1/m) E(l+1)ᵀ A(l)。',
    'Forward pass for the whole batch: A[l] is A(l+1), m × (s + 1) with the bias column, rows = examples.': '整个批量的前向传播：A[l] 是 A(l+1)，m × (s + 1)，含偏置列，每行一个样本。',
    'Z(l+2) = A(l+1) Θ(l+1)ᵀ': 'Z(l+2) = A(l+1) Θ(l+1)ᵀ',
    'E(L) = H − Y (sigmoid + cross-entropy)': 'E(L) = H − Y（sigmoid 函数 + 交叉熵）',
    'TODO: D(l+1) has the shape of Θ(l+1), s(l+2) × (s(l+1) + 1); check the order of the product': 'TODO：D(l+1) 与 Θ(l+1) 形状相同，为 s(l+2) × (s(l+1) + 1)；检查乘积的顺序',
    'TODO: E(l+1) from E(l+2), for the next step down': 'TODO：由 E(l+2) 求 E(l+1)，供下一步使用',
    'E(l+1) = [E(l+2) Θ(l+1)] without column 0, times g′ = a(1 − a) elementwise': 'E(l+1) = [E(l+2) Θ(l+1)] 去掉第 0 列，再逐元素乘以 g′ = a(1 − a)',
  },
};
