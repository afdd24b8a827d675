import { defineStrings } from '../../src/i18n/strings';

/**
 * Every reader-visible (or screen-reader) string of ComputationGraph, in both languages: the step texts of
 * model.ts and the island's captions, buttons, counters and tables. Node names (`a`, `v₇`, `Θ₁₀`) and numbers
 * arrive written and read the same in both.
 */
export const GRAPH_STRINGS = defineStrings(
  {
    /** One step of forward mode, pass `pass` seeding input `s`: the edge f → to and what it carried. */
    forwardStep: (pass: number, s: string, f: string, to: string, local: string, tangent: string, carried: string, total: string) =>
      `Pass ${pass} (∂/∂${s}): along ${f} → ${to}, local ∂${to}/∂${f} = ${local} times ∂${f}/∂${s} = ${tangent} gives ${carried}; ∂${to}/∂${s} is now ${total}.`,
    /** One step of reverse mode along the edge f → to, walked backwards. */
    reverseStep: (out: string, f: string, to: string, adjoint: string, local: string, carried: string, total: string) =>
      `Backward along ${to} → ${f}: ∂${out}/∂${to} = ${adjoint} times local ∂${to}/∂${f} = ${local} gives ${carried}; ∂${out}/∂${f} is now ${total}.`,
    forwardIntro: (passes: number) => `Forward mode: ${passes} passes, one per input; each carries ∂node/∂input from the inputs up.`,
    /** After the intro, only when the buttons work (with JavaScript). */
    pressStep: ' Press Step.',
    reverseIntro: (out: string) => `Reverse mode: the values are known from the forward pass; one backward pass carries ∂${out}/∂node from the output down.`,
    captionArticle: 'The computational graph of e = (a + b)(b + 1)',
    captionCost: 'The cost of one example as a computational graph',
    captionSeedCost: 'The cost of one example, J = ½(σ(Θ₁₀ + Θ₁₁x₁ + Θ₁₂x₂) − y)², as a computational graph',
    modeGroup: 'Mode',
    modeName: { forward: 'Forward mode', reverse: 'Reverse mode' },
    step: 'Step',
    play: 'Play',
    pause: 'Pause',
    reset: 'Reset',
    /** What needs JavaScript, completed by SHARED_STRINGS.needsJs. */
    buttons: 'The mode, Step, Play and Reset buttons',
    counter: (step: number, total: number) => `Step ${step} of ${total}`,
    forwardPass: (pass: number, passes: number, input: string) => ` · pass ${pass} of ${passes} (∂/∂${input})`,
    backwardPass: ' · backward pass',
    /** Accessible name of the drawing. */
    drawing: (out: string, nodes: number, edges: number, mode: 'forward' | 'reverse', step: number, total: number) =>
      `Graph of ${out} with ${nodes} nodes and ${edges} edges; ${mode} mode, step ${step} of ${total}`,
    /** The legend under the drawing; `deriv` is {@link derivForward} or {@link derivReverse}. */
    legend: (deriv: string) => `Under each node its value; on each edge the local derivative, or (highlighted) the derivative it carried in this pass; beside a node ${deriv}.`,
    derivForward: '∂node/∂(seeded input)',
    derivReverse: (out: string) => `∂${out}/∂node`,
    countsCaption: (n: number, list: string) => `Work to get the ${n} derivatives ${list} (counted by the module)`,
    modeHeader: 'mode',
    passesHeader: 'passes',
    operationsHeader: 'operations',
    gradientHeader: 'gradient',
    forwardRow: 'forward',
    reverseRow: 'reverse',
    tableSummary: 'All derivatives (both modes, completed)',
    nodeHeader: 'node',
    valueHeader: 'value',
  },
  {
    forwardStep: (pass: number, s: string, f: string, to: string, local: string, tangent: string, carried: string, total: string) =>
      `第 ${pass} 遍（∂/∂${s}）：沿 ${f} → ${to}，局部导数 ∂${to}/∂${f} = ${local} 乘以 ∂${f}/∂${s} = ${tangent}，得 ${carried}；∂${to}/∂${s} 现为 ${total}。`,
    reverseStep: (out: string, f: string, to: string, adjoint: string, local: string, carried: string, total: string) =>
      `沿 ${to} → ${f} 反向：∂${out}/∂${to} = ${adjoint} 乘以局部导数 ∂${to}/∂${f} = ${local}，得 ${carried}；∂${out}/∂${f} 现为 ${total}。`,
    forwardIntro: (passes: number) => `前向模式：共 ${passes} 遍，每个输入一遍；每一遍从输入出发，向上传递 ∂节点/∂输入。`,
    pressStep: '请按“单步”。',
    reverseIntro: (out: string) => `反向模式：各节点的值已在前向传播中求得；只需一遍反向传递，从输出出发，向下传递 ∂${out}/∂节点。`,
    captionArticle: '表达式 e = (a + b)(b + 1) 的计算图',
    captionCost: '单个样本的代价，表示为计算图',
    captionSeedCost: '单个样本的代价 J = ½(σ(Θ₁₀ + Θ₁₁x₁ + Θ₁₂x₂) − y)² 的计算图',
    modeGroup: '模式',
    modeName: { forward: '前向模式', reverse: '反向模式' },
    step: '单步',
    play: '播放',
    pause: '暂停',
    reset: '重置',
    buttons: '模式切换按钮以及“单步”“播放”“重置”按钮',
    counter: (step: number, total: number) => `第 ${step} 步，共 ${total} 步`,
    forwardPass: (pass: number, passes: number, input: string) => ` · 第 ${pass} 遍，共 ${passes} 遍（∂/∂${input}）`,
    backwardPass: ' · 反向传递',
    drawing: (out: string, nodes: number, edges: number, mode: 'forward' | 'reverse', step: number, total: number) =>
      `${out} 的计算图，共 ${nodes} 个节点、${edges} 条边；${mode === 'forward' ? '前向模式' : '反向模式'}，第 ${step} 步，共 ${total} 步`,
    legend: (deriv: string) => `每个节点下方是它的值；每条边上是局部导数，高亮的边上则是它在这一遍中传递的导数；节点旁是 ${deriv}。`,
    derivForward: '∂节点/∂(本遍选定的输入)',
    derivReverse: (out: string) => `∂${out}/∂节点`,
    countsCaption: (n: number, list: string) => `求出全部 ${n} 个导数 ${list} 所需的计算量（由模块计数）`,
    modeHeader: '模式',
    passesHeader: '遍数',
    operationsHeader: '运算次数',
    gradientHeader: '梯度',
    forwardRow: '前向',
    reverseRow: '反向',
    tableSummary: '全部导数（两种模式都完成后）',
    nodeHeader: '节点',
    valueHeader: '值',
  },
);
