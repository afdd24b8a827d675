import type { ExerciseText } from '../types';

export const zh: ExerciseText = {
  title: 'sigmoid 函数的导数',
  task: `实现 \`gPrime(z)\`：sigmoid 函数 $g(z) = \\frac{1}{1 + e^{-z}}$ 的导数。

反向传播在每一层都要乘上 $g'(z^{(l)})$，所以这个小函数处处都会用到。可以使用模块中的 \`sigmoid\`。`,
  hints: [
    '用链式法则对 $g(z) = (1 + e^{-z})^{-1}$ 求导，得到 $\\frac{e^{-z}}{(1 + e^{-z})^2}$。',
    '把它写成 $\\frac{e^{-z}}{(1+e^{-z})^2} = \\frac{1}{1+e^{-z}} \\cdot \\frac{e^{-z}}{1+e^{-z}}$，再看看第二个因子是不是 $1 - g(z)$。',
  ],
  comments: {
    "g'(z) for the sigmoid g(z) = 1 / (1 + e^(-z)).": "sigmoid 函数 g(z) = 1 / (1 + e^(-z)) 的导数 g'(z)。",
    "TODO: express g'(z) with g(z) = sigmoid(z)": "TODO：用 g(z) = sigmoid(z) 表示 g'(z)",
    'should be 0.25': '应为 0.25',
  },
};
