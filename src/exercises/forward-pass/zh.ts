import type { ExerciseText } from '../types';

export const zh: ExerciseText = {
  title: '前向传播',
  task: `实现 \`forwardPass(Theta, x)\`：返回每层都用 sigmoid 函数的网络的输出 $h_\\Theta(x) = a^{(L)}$。

\`Theta[l - 1]\` 就是 $\\Th{l}$：第 $l+1$ 层的每个单元对应它的一行，第一列对应偏置单元。从 $x$ 出发：$\\al{1} = [1;\\, x]$ 是在 $x$ 前面补上偏置单元 $a_0 = 1$。然后 $\\zl{l+1} = \\Th{l}\\al{l}$，$g(\\zl{l+1})$ 给出第 $l+1$ 层各单元的激活值；进入下一层之前，再在前面补上偏置单元（输出 $a^{(L)}$ 不带偏置单元）。`,
  hints: [
    '在循环里，`const withBias = [1, ...a];` 就在前面补上了 $a_0 = 1$。',
    '$\\Th{l}$ 的第 $i$ 行乘以这个向量得到 $z_i$：`T.map((row) => row.reduce((s, w, j) => s + w * withBias[j], 0))`。',
    '再把 `a` 换成每个 $z_i$ 的 sigmoid 函数值。',
  ],
  comments: {
    'h_Θ(x): forward propagation, sigmoid on every layer.': 'h_Θ(x)：前向传播，每层都用 sigmoid 函数。',
    'TODO: add the bias unit, compute z = T·a, then a = g(z)': 'TODO：补上偏置单元，算出 z = T·a，再令 a = g(z)',
    'should be about [0.751365, 0.772928]': '应约为 [0.751365, 0.772928]',
  },
};
