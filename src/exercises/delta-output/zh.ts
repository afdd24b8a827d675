import type { ExerciseText } from '../types';

export const zh: ExerciseText = {
  title: '平方误差代价下的输出层误差项 δ(L)',
  task: `对平方误差代价 $E = \\frac12\\sum_k (a^{(L)}_k - y_k)^2$ 和 sigmoid 输出层，实现 \`deltaOutput(aL, y)\`，对每个输出单元 $k$ 返回
$\\delta^{(L)}_k = \\pd{E}{z^{(L)}_k}$。

\`aL\` 是输出 $a^{(L)} = h_\\Theta(x)$（不带偏置单元），\`y\` 是目标值。`,
  hints: [
    '链式法则：$\\pd{E}{z^{(L)}_k} = \\pd{E}{a^{(L)}_k}\\cdot\\pd{a^{(L)}_k}{z^{(L)}_k}$。',
    '对 sigmoid 函数，$g\'(z) = g(z)(1 - g(z)) = a(1 - a)$：用不着 $z$ 本身。',
  ],
  comments: {
    'δ(L) for squared error with a sigmoid output.': '平方误差代价、sigmoid 输出层的 δ(L)。',
    'TODO: this is ∂E/∂a, not yet ∂E/∂z': 'TODO：这是 ∂E/∂a，还不是 ∂E/∂z',
    "∂E/∂z = ∂E/∂a · ∂a/∂z = (a − y) · g'(z), and g'(z) = a(1 − a) for the sigmoid": "∂E/∂z = ∂E/∂a · ∂a/∂z = (a − y) · g'(z)，而 sigmoid 函数的 g'(z) = a(1 − a)",
    'δ(3) should be about [0.138499, -0.0380983]': 'δ(3) 应约为 [0.138499, -0.0380983]',
  },
};
