import type { ExerciseText } from '../types';

export const zh: ExerciseText = {
  title: '在 XOR 上训练网络',
  task: `实现 \`trainXor(seed)\`：创建 \`Network.random([2, 4, 1], { seed })\`，在 \`xor()\` 上用梯度下降训练，直到四个点全部分类正确，然后返回这个网络。

一步更新是对每个 $l$ 令 $\\Th{l} := \\Th{l} - \\alpha \\Dl{l}$，其中 $\\Dl{l}$ 取自 \`gradients(net, X, Y).D\`。循环要自己写（不能用 \`fit\` 或 \`train\`）：取 $\\alpha = 2$，大约 2000 步就足够了。检查使用种子 1、2 和 3，要求代价低于 0.1。`,
  hints: [
    '`gradients(net, X, Y).D[l - 1]` 就是 $\\Dl{l}$；它的元素 `[i - 1][j]` 对应权重 $\\Th{l}_{ij}$。',
    '`net.setWeight(l, i, j, net.weight(l, i, j) - alpha * d)` 原地更新一个权重（行 $i$ 从 1 开始，列 $j$ 从 0 开始）。',
  ],
  comments: {
    'TODO: repeat: D = gradients(net, X, Y).D, then Θ(l) := Θ(l) − α·D(l) for every weight': 'TODO：反复执行：D = gradients(net, X, Y).D，然后对每个权重做 Θ(l) := Θ(l) − α·D(l)',
    'should be below 0.1': '应低于 0.1',
  },
};
