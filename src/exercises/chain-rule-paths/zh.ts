import type { ExerciseText } from '../types';

export const zh: ExerciseText = {
  title: '对所有路径求和',
  task: `计算图以边的列表 \`{ from, to, local }\` 给出，其中 \`local\` 是局部导数 $\\partial\\,\\text{to} / \\partial\\,\\text{from}$。
实现 \`pathSum(edges, from, to)\`：按式 (3.19) 求节点 \`to\` 对节点 \`from\` 的导数——对从 \`from\` 到 \`to\` 的**每一条路径**，
取路径上各局部导数的**乘积**，再把它们**加起来**。

起始代码从每个节点只沿第一条出边走，所以只有一条路径时是对的，否则就错了。检查会用模块的 \`Value\` 搭出几个计算图
（第 3 课的 $e = (a+b)(b+1)$；$x \\cdot x$ 产生两条平行边的图；网络的隐藏单元 $a^{(2)}_1$；一个有 1024 条路径的深层图），
并把你的结果与模块反向模式求出的梯度比较。`,
  hints: [
    '从 `from` 出发的每条路径，都以 `from` 的某条出边开头。走过这条边以后，剩下的部分就是一条从 `edge.to` 到 `to` 的路径。',
    '所以 `pathSum(from) = Σ（对 from 的每条出边）edge.local × pathSum(edge.to)`，且 `pathSum(to, to) = 1`。到不了 `to` 的节点自然贡献 0（空和）。',
    '同一对节点之间的两条边（如 $x \\cdot x$）是两条不同的路径：两条都要算。可选：把每个已算完节点的结果记下来——省下的正是反向模式（也就是反向传播）省下的那部分计算。',
  ],
  comments: {
    '∂to/∂from = Σ over paths from → to of the product of local derivatives (3.19).': '∂to/∂from = 对所有路径 from → to 求和，每条路径取局部导数之积（式 3.19）。',
    'Follows only the FIRST edge out of each node: right for a single path, wrong otherwise.': '每个节点只沿第一条出边走：只有一条路径时正确，否则出错。',
    'a dead end: this path never reaches `to`': '走进死胡同：这条路径到不了 `to`',
    'TODO: add up the products of ALL paths from `from` to `to`': 'TODO：把从 `from` 到 `to` 的所有路径的乘积加起来',
    'the empty path: ∂to/∂to = 1': '空路径：∂to/∂to = 1',
    'every path from `from` starts with one of its outgoing edges; the rest is a path from e.to': '从 `from` 出发的每条路径都以它的某条出边开头；其余部分是一条从 e.to 出发的路径',
    'e = (a + b)(b + 1) at a = 2, b = 1: c = a + b, d = b + 1, e = c·d': 'e = (a + b)(b + 1)，a = 2，b = 1：c = a + b，d = b + 1，e = c·d',
  },
};
