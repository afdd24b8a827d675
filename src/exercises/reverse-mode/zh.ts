import type { ExerciseText } from '../types';

export const zh: ExerciseText = {
  title: '手写反向模式',
  task: `实现 \`gradient(out, inputs)\`：通过**一次反向扫描**，求计算图的输出 \`out\` 对 \`inputs\` 中每个节点的导数。把伴随值
$\\bar v = \\partial\\,\\text{out}/\\partial v$ 存在 \`Map\` 类型的 \`adj\` 中，从 $\\bar{\\text{out}} = 1$ 出发，按拓扑序的逆序访问各节点。对每个节点 $v$
及其每个输入节点 $p$，链式法则给 $\\bar p$ 贡献 $\\bar v \\cdot \\partial v/\\partial p$——一个节点若同时输入给多个节点，就要从每个后继节点各收一份贡献（第 3 课：各条路径相加）。

\`topoSort(out)\` 列出 \`out\` 依赖的所有节点，输入节点排在后继节点之前；\`v.parents\` 是节点的输入，
\`localDerivatives(v)[k]\` 是 $\\partial v/\\partial(\\texttt{v.parents[k]})$。不要调用 \`out.backward()\`。检查会在 $e = (a+b)(b+1)$、
$\\sigma(x^2 + x)$ 以及 2-2-2 网络的整个代价函数上运行你的反向扫描，后者的结果必须等于反向传播给出的 $\\Dl{1}, \\Dl{2}$。`,
  hints: [
    '链式法则：$\\partial\\,\\text{out}/\\partial p = \\partial\\,\\text{out}/\\partial v \\cdot \\partial v/\\partial p$。起始代码漏掉了第一个因子 $\\bar v$ = `adj.get(v)`。',
    '在 $e = (a+b)(b+1)$ 中，$b$ 输入给两个节点。直接设置它的伴随值，第二份贡献会覆盖第一份；各条路径必须**相加**：`adj.set(p, (adj.get(p) ?? 0) + …)`。',
  ],
  comments: {
    '∂out/∂x for every x in inputs, by one reverse sweep over the graph.': '对 inputs 中的每个 x 求 ∂out/∂x，只需在计算图上反向扫描一次。',
    'parents before children': '输入节点排在后继节点之前',
    'adjoints ∂out/∂v': '伴随值 ∂out/∂v',
    '∂v/∂(v.parents[k])': '∂v/∂(v.parents[k])',
    'TODO: the chain rule, and several paths': 'TODO：链式法则，以及多条路径',
    "add this path's contribution": '加上这条路径的贡献',
    'should be [2, 5]': '应为 [2, 5]',
  },
};
