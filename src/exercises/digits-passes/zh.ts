import type { ExerciseText } from '../types';

export const zh: ExerciseText = {
  title: '从零写出反向传播',
  task: `编写 \`passes(Theta, X, Y)\`：交叉熵代价下 sigmoid 网络的前向传播和反向传递，一次处理整个批量，不借助模块：只用普通数组和循环。检查会把你算出的每个量与模块的结果比较，指出第一个不一致的量，然后对你的 $\\Dl{l}$ 做梯度检验。

每个数组都按层号索引，与数学记号一致；下标 0 留空。对 $l = 1, \\dots, L-1$，\`Theta[l]\` 是 $\\Th{l}$（$s_{l+1} \\times (s_l + 1)$，第 0 列对应偏置），所以 \`L = Theta.length\`。\`X\` 是 $m \\times s_1$（每行一个样本），\`Y\` 是 $m \\times s_L$。返回 \`{ a, z, delta, D }\`：其中 \`a[l]\` 对应 $l = 1..L$，\`z[l]\` 和 \`delta[l]\` 对应 $l = 2..L$，形状都是 $m \\times s_l$（每行一个样本，不含偏置列）；\`D[l]\` $= \\frac1m \\sum_i \\dl{l+1}(\\al{l})^T$（不含 $\\lambda$），形状与 $\\Th{l}$ 相同。`,
  hints: [
    '每行一个样本时，对所有行同时计算 $z^{(l+1)} = \\Th{l} a^{(l)}$，就是 $Z^{(l+1)} = [\\mathbf 1\\ A^{(l)}]\\,(\\Th{l})^T$：其 $(i, k)$ 元为 $\\Th{l}_{k0} + \\sum_j \\Th{l}_{kj} A^{(l)}_{ij}$。',
    '对 $2 \\le l < L$：$\\delta^{(l)}_{ij} = \\big(\\sum_k \\Th{l}_{k,j} \\delta^{(l+1)}_{ik}\\big)\\, a^{(l)}_{ij}(1 - a^{(l)}_{ij})$，其中单元编号 $j$ 从 1 开始——所以要跳过 $\\Th{l}$ 的第 0 列。',
    '$\\Dl{l}_{kj} = \\frac1m \\sum_i \\delta^{(l+1)}_{ik}\\, a^{(l)}_{ij}$，偏置列取 $a^{(l)}_{i0} = 1$。',
  ],
  comments: {
    'Forward and backward passes of a sigmoid network over a batch, from scratch (no imports).\nTheta[l] = Θ(l), l = 1..L-1; X is m × s(1); Y is m × s(L). Index 0 of every array stays empty.':
      'sigmoid 网络在一个批量上的前向传播和反向传递，从零写起（不导入任何东西）。\nTheta[l] = Θ(l)，l = 1..L-1；X 是 m × s(1)；Y 是 m × s(L)。每个数组的下标 0 都留空。',
    'Forward: a[1] = X, then for l = 1..L-1: z[l+1] = [1 A(l)] Θ(l)ᵀ and a[l+1] = g(z[l+1])': '前向：a[1] = X，然后对 l = 1..L-1：z[l+1] = [1 A(l)] Θ(l)ᵀ，a[l+1] = g(z[l+1])',
    'Backward: delta[L] = a[L] - Y, then delta[l] for l = L-1..2, then D[l] for l = 1..L-1': '反向：delta[L] = a[L] - Y，然后对 l = L-1..2 求 delta[l]，再对 l = 1..L-1 求 D[l]',
    'A·Bᵀ for A (m × n) and B (k × n): row i, column k is Σ_j A[i][j]·B[k][j].': 'A (m × n) 与 B (k × n) 的 A·Bᵀ：第 i 行第 k 列为 Σ_j A[i][j]·B[k][j]。',
    'Z(l+1) = [1 A(l)] Θ(l)ᵀ': 'Z(l+1) = [1 A(l)] Θ(l)ᵀ',
    'δ(L) = a(L) − y': 'δ(L) = a(L) − y',
    'δ(l) = (Θ(l) without column 0)ᵀ δ(l+1) ⊙ a(l)(1 − a(l)), one example per row': 'δ(l) = (Θ(l) 去掉第 0 列)ᵀ δ(l+1) ⊙ a(l)(1 − a(l))，每行一个样本',
    'D(l) = (1/m) Σ_i δ(l+1) [1 a(l)]ᵀ': 'D(l) = (1/m) Σ_i δ(l+1) [1 a(l)]ᵀ',
  },
};
