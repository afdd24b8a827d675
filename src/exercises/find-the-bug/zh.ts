import type { ExerciseText } from '../types';

export const zh: ExerciseText = {
  title: '找出故意埋下的错误',
  task: `下面的 \`backpropGradients(Theta, x, y)\` 是对单个样本的完整反向传播——各层都是 sigmoid 单元，代价是交叉熵，
所以 $\\dl{L} = \\al{L} - y$——返回 $\\Dl{1}, \\dots, \\Dl{L-1}$。它能运行，算出的数看上去也合理，但有一行是错的。

点击**检查**：最下面的代码会在一个 2-3-3-1 网络上把它与模块的 \`numericalGradient\` **逐层**比较。哪些层对不上，就告诉你该往哪里找。
修好这个错误（改动越少越好）；之后检查会在三个网络上把你的梯度与模块的梯度比较。`,
  hints: [
    '最后一层 $\\Dl{L-1}$ 对得上，它下面的每一层都对不上。所以 $\\dl{L}$ 和 $\\Dl{l}$ 的公式都没错；错误是在把 $\\delta$ 从第 $l+1$ 层传回第 $l$ 层时引入的。',
    '`a.slice(1)` 去掉了偏置单元，所以在 map 里 `j = 0` 是第 $l$ 层的单元 1。从单元 1 发出的权重在 $\\Th{l}$ 的哪一列？',
    '$\\Th{l}$ 的第 0 列乘的是偏置单元。第 $l$ 层的单元 $j+1$ 对应第 `j + 1` 列：应读取 `T[i][j + 1]`。',
  ],
  comments: {
    '∂J/∂Θ(l) for one example: sigmoid units, cross-entropy, so δ(L) = a(L) − y.': '单个样本的 ∂J/∂Θ(l)：sigmoid 单元、交叉熵代价，因此 δ(L) = a(L) − y。',
    'δ(L)': 'δ(L)',
    'a(l), bias unit 1 first': 'a(l)，偏置单元 1 在最前',
    'D(l) = δ(l+1) a(l)ᵀ': 'D(l) = δ(l+1) a(l)ᵀ',
    'Θ(l)': 'Θ(l)',
    "δ(l) = (Θ(l)ᵀ δ(l+1)) without the bias row, ⊙ g'(z(l)) = a(1 − a)": "δ(l) = (Θ(l)ᵀ δ(l+1)) 去掉偏置行，再 ⊙ g'(z(l)) = a(1 − a)",
    'unit j + 1 is column j + 1': '单元 j + 1 对应第 j + 1 列',
    'Gradient check, layer by layer: which layers disagree?': '逐层做梯度检验：哪些层对不上？',
  },
};
