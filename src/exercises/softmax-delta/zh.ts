import type { ExerciseText } from '../types';

export const zh: ExerciseText = {
  title: 'softmax 输出层的 δ',
  task: `实现 \`softmaxDelta(z, y)\`：softmax 输出层在代价 $J = -\\sum_k y_k \\log h_k$ 下的误差项 $\\delta_j = \\pd{J}{z_j}$，其中 $h = \\operatorname{softmax}(z)$，目标值 $y_k \\ge 0$ 且总和为 $1$。

对 $z = (1000, 0, -1000)$ 这样会让 $e^{z}$ 溢出的输入，它也必须能算。你的结果会与模块的反向传播比较，并用模块代价函数的中心差分做梯度检验。`,
  hints: [
    'softmax 函数的雅可比矩阵是 $\\pd{h_k}{z_j} = h_k(\\delta_{kj} - h_j)$，而 $\\pd{J}{h_k} = -y_k/h_k$。两者相乘，再对 $k$ 求和。',
    '这个和化简为 $h_j \\sum_k y_k - y_j = h_j - y_j$。',
    '$z$ 很大时，先从每个 $z_k$ 中减去 $\\max_k z_k$ 再取指数：softmax 函数的值不变，而且没有哪个指数会超过 $0$。',
  ],
  comments: {
    'δ = ∂J/∂z for a softmax output and J = −Σ y_k log h_k.': 'softmax 输出层、代价 J = −Σ y_k log h_k 时的 δ = ∂J/∂z。',
    'TODO: this is ∂J/∂h, not ∂J/∂z: multiply by the softmax Jacobian': 'TODO：这是 ∂J/∂h，不是 ∂J/∂z：还要乘以 softmax 函数的雅可比矩阵',
    'δ_2 should be about −0.5468': 'δ_2 应约为 −0.5468',
    'softmax(z) = softmax(z − max): no overflow': 'softmax(z) = softmax(z − max)：不会溢出',
    'δ_j = Σ_k (−y_k / h_k) · h_k(δ_kj − h_j) = h_j Σ_k y_k − y_j = h_j − y_j': 'δ_j = Σ_k (−y_k / h_k) · h_k(δ_kj − h_j) = h_j Σ_k y_k − y_j = h_j − y_j',
    '[0.4023, −0.5468, 0.1445]': '应约为 [0.4023, −0.5468, 0.1445]',
  },
};
