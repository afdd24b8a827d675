/**
 * Every fixed piece of text the exercises show, in English and Chinese: the `<Exercise>` widget's labels and
 * the fixed parts of the check messages. Values and names of the mathematics (δ(2), Θ(1)_10, numbers) are
 * filled in by the functions, each symbol written by the notation module (src/notation) as the widgets write it.
 *
 * The checks write their messages through {@link S}, which speaks the language of the run in progress
 * ({@link inLanguage}, called by the runner). Checks run one at a time in a worker (one per page, and a page
 * has one language) and one at a time in the unit tests, so the run's language is never shared by two runs.
 */
import type { Lang } from '../i18n/lang';
import { defineStrings } from '../i18n/strings';
import { plainLayer, type LayerKind } from '../notation/layer';
import { plain, sym } from '../notation/symbol';

/** A layer's vector or matrix as the notation module writes it: `Th(2)` is `Θ(2)`, `El(3)` is `E(3)`. */
const writer = (kind: LayerKind) => (l: number) => plainLayer({ kind, l });
const Th = writer('Theta'), dl = writer('delta'), zl = writer('z'), Dl = writer('D'), Acc = writer('Delta');
const Al = writer('A'), El = writer('E');

export const EXERCISE_STRINGS = defineStrings({
  // <Exercise> widget
  exerciseTitle: (title: string) => `Exercise: ${title}`,
  hintSummary: (n: number, of: number) => `Hint ${n} of ${of}`,
  hintsLabel: 'Hints',
  solutionSummary: 'Show the solution (try the hints first)',
  useSolution: 'Put the solution in the editor',
  /** `names`: the functions, each already marked up as code. */
  notAvailable: (names: string[]) => `Not available inside your function here (the module would do the exercise for you): ${names.join(', ')}.`,
  cellLabel: (title: string) => `exercise “${title}”`,

  // Check messages: "expected X, got Y". The check's name says which input it ran on; a message adds the input
  // (forInput) only for argument values the name does not state (kit.ts).
  expectedGot: (expected: string, got: string) => `expected ${expected}, got ${got}`,
  // In parentheses, as the Chinese does: after "… g′(z(L)) = a(1 − a)", a bare "for input a(3) = …" read as if the
  // input qualified the formula (reader QA).
  forInput: (input: string) => ` (input: ${input})`,
  correct: 'correct',
  threw: (error: string) => `threw ${error}`,
  ok: 'ok',
  expectedNumber: (got: string) => `expected a number, got ${got}`,
  expectedArray: (n: number, got: string) => `expected an array of length ${n}, got ${got}`,
  expectedLength: (n: number, got: number) => `expected length ${n}, got length ${got}`,

  // The runner
  definesName: (entry: string) => `defines ${entry}`,
  expectedFunction: (entry: string, got: string) => `expected a function named ${entry}, got ${got}`,
  checksName: 'checks',
  noChecks: 'no checks ran',
  yourCodeThrew: (error: string) => `your code threw ${error}`,

  // Reference functions the reader may not use (guard.ts)
  allowedName: 'uses only allowed functions',
  forbiddenCall: (name: string, why: string) =>
    `${name} is not available in this exercise: ${why}. Compute it yourself.`,
  forbiddenUsed: (entry: string, names: string, whys: string) =>
    `expected ${entry} to compute it itself, got a call of ${names} (${whys})`,

  /** Why a reference function may not be used (references.ts). */
  reasons: {
    backprop: 'it runs backpropagation and returns δ(l) and D(l) for you',
    backpropBatch: 'it runs backpropagation for every example and returns δ(l) and D(l) for you',
    gradients: 'it returns D(l) = ∂J/∂Θ(l), whose bias column is δ(l+1)',
    numericalGradient: 'it returns ∂J/∂Θ(l) by central differences',
    gradientCheck: 'it computes ∂J/∂Θ(l) both ways',
    chainRule: 'it returns the chain-rule factors of ∂J/∂Θ(l)_ij, δ included',
    networkGraph: 'its graph differentiates J by reverse mode',
    reverseMode: 'it runs the reverse sweep itself',
    forwardMode: 'it differentiates the graph itself',
    dualPass: 'it differentiates the graph itself',
    forward: 'it computes the forward pass and h_Θ(x) itself',
    forwardBatch: 'it computes the forward pass itself',
    predict: 'it computes h_Θ(x) itself',
    cost: 'it computes J itself',
    fit: 'it runs the whole training loop',
    train: 'it runs the whole training loop',
    sigmoidGradient: "it is g'(z) itself",
    activationGradient: "it computes g'(z) itself",
    softmax: 'it computes h = softmax(z) stably for you',
  },

  // Diagnosis: the first wrong intermediate (diagnose.ts)
  vectorEntry: (symbol: string, k: number) => `${symbol} row ${k}`,
  matrixEntry: (symbol: string, i: number, j: number) => `${symbol} entry (${i}, ${j})`,
  entryDiffers: (what: string, expected: string, got: string) => `${what} differs: expected ${expected}, got ${got}`,
  sizeDiffers: (what: string, expected: string, got: string) => `${what} has ${got}, expected ${expected}`,
  matrices: (n: number) => `${n} ${n === 1 ? 'matrix' : 'matrices'}`,
  entries: (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`,
  rowsCols: (r: number, c: number) => `${r} × ${c} entries`,
  notAnArray: (what: string, got: string) => `${what}: expected an array, got ${got}`,
  likely: (why: string) => ` — ${why}`,
  /** Two explanations of one mistake. */
  both: (first: string, second: string) => `${first}; ${second}`,
  /** The parts of an input described in words ("2-2-2 network, m = 3"). */
  list: (...parts: string[]) => parts.join(', '),
  /** Where in a nested value a difference is ("[1][0]: expected …"). */
  at: (path: string) => `${path}: `,

  // Fixed parts of particular checks
  gcNumerical: (limit: string, diff: string) => `expected a relative difference to the numerical gradient below ${limit}, got ${diff}`,
  gcNumericalPass: (diff: string) => `relative difference to the numerical gradient ${diff}`,
  gcBackprop: (limit: string, diff: string) => `expected a relative difference to backpropagation’s gradient below ${limit}, got ${diff}`,
  gcBackpropPass: (diff: string) => `relative difference to backpropagation’s gradient ${diff}`,
  gcCentral: (limit: string, diff: string) => `expected a relative difference to central differences below ${limit}, got ${diff}`,
  gcCentralPass: (diff: string) => `relative difference to central differences ${diff}`,
  thetaChanged: 'expected Theta to be left as it was, got changed weights',
  expectedNetwork: (sizes: string, got: string) => `expected a ${sizes} Network, got ${got}`,
  costAbove: (limit: string, J: string) => `expected J < ${limit}, got ${J}`,
  costIs: (J: string) => `J = ${J}`,
  xorWrong: (got: string) => `expected outputs rounding to [0, 1, 1, 0], got [${got}]`,
  xorRight: 'all four points right',
  ownSweep: 'expected your own sweep, not out.backward()',
  stepAlpha: (alpha: string) => `α = ${alpha}`,
  /** After a wrong step: the expected weights were computed with the α read off the reader's own step. */
  yourAlpha: (alpha: string) => ` (with your α = ${alpha})`,

  /** The networks and graphs the checks run on, as messages name them. */
  net: {
    classicAt: (x: string) => `the 2-2-2 network, x = ${x}`,
    randomAt: (sizes: string, seed: number) => `a random ${sizes} network (seed ${seed})`,
    classic: '2-2-2 network',
    random: (sizes: string) => `random ${sizes} network`,
  },
  /** The graphs the checks differentiate, each with the point it is evaluated at (the checks' names). */
  graphs: {
    lesson3: 'e = (a + b)(b + 1) at a = 2, b = 1',
    lesson3Check: (which: string) => `∂e/∂${which} on e = (a+b)(b+1) at a = 2, b = 1`,
    repeatedCheck: '∂f/∂x on f = xy(x+y) + x·x at x = 0.5, y = −1.5',
    hiddenCheck: '∂J/∂a(2)_1 in the 2-2-2 network at a(2)_1 = 0.593270',
    deepCheck: '∂out/∂x through 10 layers (1024 paths) at x = 0.3',
    sigmoid: 'f = σ(x·x + x) at x = 3',
    networkCost: 'the 2-2-2 network’s cost J, all 12 weights',
  },
  /** The inputs of the softmax δ exercise (lesson 9). */
  softmaxCases: {
    lesson9: 'lesson 9’s z(3)',
    fourClasses: 'four classes',
    softTargets: 'soft targets',
    hugeZ: 'huge z',
  },

  /** The blank-page passes of lesson 11 (`digits-passes`). */
  passes: {
    classicBatch: (m: number) => `the 2-2-2 network, m = ${m}`,
    name: (input: string) => `passes, ${input}`,
    quantitiesName: (input: string) => `a, z, δ and D, ${input}`,
    allMatch: 'every a(l), z(l), δ(l) and D(l) matches',
    expectedObject: (got: string) => `expected an object { a, z, delta, D }, got ${got}`,
    expectedShape: (name: string, key: string, l: number, shape: string, got: string) =>
      `${name} (${key}[${l}]): expected a ${shape} matrix, got ${got}`,
    row: (name: string, r: number) => `${name} row ${r}`,
    ragged: (rows: number) => `${rows} rows of unequal or wrong lengths`,
  },

  /** Names of checks (the first column of the result list). */
  names: {
    forNetwork: (symbol: string, network: string) => `${symbol} for ${network}`,
    of: (symbol: string, network: string) => `${symbol}, ${network}`,
    withLambda: (symbol: string, network: string, lambda: number) => `${symbol}, ${network}, λ = ${lambda}`,
    gradientCheck: (network: string, lambda: number) => `gradient check, ${network}, λ = ${lambda}`,
    gradientCheckOf: (what: string) => `gradient check, ${what}`,
    gradientCheckBackprop: (network: string) => `gradient check against backprop, ${network}`,
    numericalGradient: (network: string) => `numerical gradient, ${network}`,
    thetaUnchanged: (network: string) => `Theta unchanged, ${network}`,
    seed: (seed: number) => `seed ${seed}`,
    costAfter: (seed: number) => `cost after training, seed ${seed}`,
    xorClassified: (seed: number) => `XOR classified, seed ${seed}`,
    biasTrained: (seed: number) => `bias weights trained, seed ${seed}`,
    oneStep: (seed: number) => `one step Θ(l) := Θ(l) − αD(l), seed ${seed}`,
    stepResult: (l: number, k: number) => `${Th(l)} after step ${k}`,
  },

  /** What a recognised mistake means, per exercise. */
  why: {
    deltaOutput: {
      noGPrime: 'that is ∂E/∂a(L); δ(L) = ∂E/∂z(L) also needs the factor g′(z(L)) = a(1 − a)',
      gPrimeOfA: 'that is g′ applied to a; g′(z) = g(z)(1 − g(z)) = a(1 − a)',
      sign: 'the sign is flipped: ∂E/∂a = a − y',
    },
    deltaHidden: {
      biasAndNoGPrime: (l: number) => `that is (${Th(l)})ᵀ${dl(l + 1)} with its bias row and without ⊙ g′(${zl(l)})`,
      biasKept: (l: number) => `row 0 of (${Th(l)})ᵀ${dl(l + 1)} belongs to the bias unit, which has no error to pass back: drop it`,
      noGPrime: (l: number) => `that is (${Th(l)})ᵀ${dl(l + 1)} without ⊙ g′(${zl(l)}) = a(1 − a)`,
      shiftedA: 'g′ of the wrong unit: once the bias row is dropped, unit j + 1 of a (which keeps its bias) goes with entry j',
      shiftedColumn: (l: number) => `unit j was read from column j − 1 of ${Th(l)}; column 0 multiplies the bias, so unit j's weights are column j`,
      gPrimeOfA: 'that is g′ applied to a; g′(z) = g(z)(1 − g(z)) = a(1 − a)',
    },
    gradientD: {
      notDivided: (l: number) => `${Acc(l)} is the sum over the m examples: divide it by m`,
      noBiasColumn: (l: number) => `column j = 0 (the bias unit ${plain(sym.a(l, 0))} = 1) is missing`,
      biasRegularised: (l: number) => `the bias column j = 0 of ${Th(l)} was regularised: it gets no (λ/m)Θ term`,
      noRegularisation: (l: number) => `the term (λ/m)${Th(l)}_ij for j ≥ 1 is missing`,
      halfLambda: 'λ/(2m) belongs to the cost; its derivative is (λ/m)Θ',
      lambdaNotDivided: 'the regularisation term is (λ/m)Θ, divided by m',
    },
    numericalGradient: {
      oneSided: 'that is a one-sided difference, accurate only to O(ε): use (J(Θ + εe) − J(Θ − εe)) / (2ε)',
      notTwoEpsilon: 'the central difference spans 2ε: divide by 2ε, not ε',
    },
    softmaxDelta: {
      dJdh: 'that is ∂J/∂h = −y/h; δ = ∂J/∂z also needs the softmax Jacobian ∂h_k/∂z_j = h_k(δ_kj − h_j), summed over k',
      diagonalOnly: 'that keeps only the diagonal k = j of the softmax Jacobian; every h_k depends on every z_j, so sum over k',
      noMinusY: 'that is h = softmax(z) itself; δ = h − y',
      sign: 'the sign is flipped: δ = h − y',
      overflow: 'e^z overflowed: subtract max_k z_k from every z_k before exponentiating (the softmax does not change)',
    },
    batchGradient: {
      notDivided: (l: number) => `(${El(l + 1)})ᵀ${Al(l)} is the sum over the m examples: divide it by m`,
      transposed: (l: number) => `that is (${Al(l)})ᵀ${El(l + 1)}, the transpose: ${Dl(l)} has the shape of ${Th(l)}, so (${El(l + 1)})ᵀ${Al(l)}`,
    },
    trainXor: {
      biasNeverMoved: 'expected the bias weights Θ(l)_i0 to be trained, got every one of them still at its random start: the update must cover column j = 0 too',
      nothingMoved: 'expected trained weights, got every weight still at its random start',
      biasNotUpdated: (l: number) => `the bias weights ${Th(l)}_i0 (column j = 0) were not updated: every weight takes the step`,
      neverStepped: 'expected the weights to change between calls of gradients, got the same weights every time',
      uphill: (alpha: string) => `expected a step downhill, Θ − αD with α > 0, got α = ${alpha}`,
    },
  },
}, {
  // <Exercise> widget
  exerciseTitle: (title) => `练习：${title}`,
  hintSummary: (n, of) => `提示 ${n}/${of}`,
  hintsLabel: '提示',
  solutionSummary: '查看参考答案（建议先看提示）',
  useSolution: '把参考答案放进编辑器',
  notAvailable: (names) => `在你的函数里不能调用以下函数（它们会替你把练习做完）：${names.join('、')}。`,
  cellLabel: (title) => `练习“${title}”`,

  // Check messages
  expectedGot: (expected, got) => `应为 ${expected}，实际为 ${got}`,
  forInput: (input) => `（输入：${input}）`,
  correct: '正确',
  threw: (error) => `抛出了 ${error}`,
  ok: '正确',
  expectedNumber: (got) => `应为一个数，实际为 ${got}`,
  expectedArray: (n, got) => `应为长度 ${n} 的数组，实际为 ${got}`,
  expectedLength: (n, got) => `长度应为 ${n}，实际为 ${got}`,

  // The runner
  definesName: (entry) => `定义了 ${entry}`,
  expectedFunction: (entry, got) => `应定义名为 ${entry} 的函数，实际为 ${got}`,
  checksName: '检查',
  noChecks: '没有运行任何检查',
  yourCodeThrew: (error) => `你的代码抛出了 ${error}`,

  // Reference functions the reader may not use (guard.ts)
  allowedName: '只调用允许的函数',
  forbiddenCall: (name, why) => `本练习中不能调用 ${name}：${why}。请自己计算。`,
  forbiddenUsed: (entry, names, whys) => `${entry} 应当自己完成计算，却调用了 ${names}（${whys}）`,

  reasons: {
    backprop: '它会运行反向传播，直接给出 δ(l) 和 D(l)',
    backpropBatch: '它会对每个样本运行反向传播，直接给出 δ(l) 和 D(l)',
    gradients: '它直接返回 D(l) = ∂J/∂Θ(l)，其偏置列就是 δ(l+1)',
    numericalGradient: '它用中心差分直接返回 ∂J/∂Θ(l)',
    gradientCheck: '它会用两种方法计算 ∂J/∂Θ(l)',
    chainRule: '它直接返回 ∂J/∂Θ(l)_ij 的链式法则各因子，包括 δ',
    networkGraph: '它的计算图会用反向模式对 J 求导',
    reverseMode: '它自己就会完成反向扫描',
    forwardMode: '它自己就会对计算图求导',
    dualPass: '它自己就会对计算图求导',
    forward: '它自己就会完成前向传播并算出 h_Θ(x)',
    forwardBatch: '它自己就会完成前向传播',
    predict: '它自己就会算出 h_Θ(x)',
    cost: '它自己就会算出 J',
    fit: '它会跑完整个训练循环',
    train: '它会跑完整个训练循环',
    sigmoidGradient: "它本身就是 g'(z)",
    activationGradient: "它自己就会算出 g'(z)",
    softmax: '它会替你以数值稳定的方式算出 h = softmax(z)',
  },

  // Diagnosis (diagnose.ts)
  vectorEntry: (symbol, k) => `${symbol} 第 ${k} 行`,
  matrixEntry: (symbol, i, j) => `${symbol} 的 (${i}, ${j}) 元`,
  // A space between a Latin, Greek or maths name and the Chinese after it ("∂e/∂b 不对"), as everywhere in zh text.
  entryDiffers: (what, expected, got) => `${what}${/\p{Script=Han}$/u.test(what) ? '' : ' '}不对：应为 ${expected}，实际为 ${got}`,
  sizeDiffers: (what, expected, got) => `${what} 有 ${got}，应有 ${expected}`,
  matrices: (n) => `${n} 个矩阵`,
  entries: (n) => `${n} 个元素`,
  rowsCols: (r, c) => `${r} × ${c} 个元素`,
  notAnArray: (what, got) => `${what}：应为数组，实际为 ${got}`,
  likely: (why) => `——${why}`,
  both: (first, second) => `${first}；${second}`,
  list: (...parts) => parts.join('，'),
  at: (path) => `${path}：`,

  // Fixed parts of particular checks
  gcNumerical: (limit, diff) => `与数值梯度的相对差应小于 ${limit}，实际为 ${diff}`,
  gcNumericalPass: (diff) => `与数值梯度的相对差为 ${diff}`,
  gcBackprop: (limit, diff) => `与反向传播梯度的相对差应小于 ${limit}，实际为 ${diff}`,
  gcBackpropPass: (diff) => `与反向传播梯度的相对差为 ${diff}`,
  gcCentral: (limit, diff) => `与中心差分结果的相对差应小于 ${limit}，实际为 ${diff}`,
  gcCentralPass: (diff) => `与中心差分结果的相对差为 ${diff}`,
  thetaChanged: 'Theta 应保持原样，实际上权重被改动了',
  expectedNetwork: (sizes, got) => `应返回一个 ${sizes} 的 Network，实际为 ${got}`,
  costAbove: (limit, J) => `应有 J < ${limit}，实际为 ${J}`,
  costIs: (J) => `J = ${J}`,
  xorWrong: (got) => `输出四舍五入后应为 [0, 1, 1, 0]，实际为 [${got}]`,
  xorRight: '四个点全部分类正确',
  ownSweep: '应自己完成反向扫描，而不是调用 out.backward()',
  stepAlpha: (alpha) => `α = ${alpha}`,
  yourAlpha: (alpha) => `（按你的 α = ${alpha} 计算）`,

  net: {
    classicAt: (x) => `2-2-2 网络，x = ${x}`,
    randomAt: (sizes, seed) => `随机的 ${sizes} 网络（种子 ${seed}）`,
    classic: '2-2-2 网络',
    random: (sizes) => `随机的 ${sizes} 网络`,
  },
  graphs: {
    lesson3: 'e = (a + b)(b + 1)，a = 2，b = 1',
    lesson3Check: (which) => `e = (a+b)(b+1) 在 a = 2，b = 1 处的 ∂e/∂${which}`,
    repeatedCheck: 'f = xy(x+y) + x·x 在 x = 0.5，y = −1.5 处的 ∂f/∂x',
    hiddenCheck: '2-2-2 网络中 a(2)_1 = 0.593270 处的 ∂J/∂a(2)_1',
    deepCheck: '经过 10 层（共 1024 条路径）的 ∂out/∂x，x = 0.3',
    sigmoid: 'f = σ(x·x + x)，x = 3',
    networkCost: '2-2-2 网络的代价函数 J，全部 12 个权重',
  },
  softmaxCases: {
    lesson9: '第 9 课的 z(3)',
    fourClasses: '四个类别',
    softTargets: '软目标值',
    hugeZ: '很大的 z',
  },

  passes: {
    classicBatch: (m) => `2-2-2 网络，m = ${m}`,
    name: (input) => `前向传播与反向传递，${input}`,
    quantitiesName: (input) => `a、z、δ 和 D，${input}`,
    allMatch: '每个 a(l)、z(l)、δ(l) 和 D(l) 都一致',
    expectedObject: (got) => `应返回对象 { a, z, delta, D }，实际为 ${got}`,
    expectedShape: (name, key, l, shape, got) => `${name}（${key}[${l}]）：应为 ${shape} 矩阵，实际为 ${got}`,
    row: (name, r) => `${name} 第 ${r} 行`,
    ragged: (rows) => `${rows} 行，行长不一致或不对`,
  },

  names: {
    forNetwork: (symbol, network) => `${symbol}，${network}`,
    of: (symbol, network) => `${symbol}，${network}`,
    withLambda: (symbol, network, lambda) => `${symbol}，${network}，λ = ${lambda}`,
    gradientCheck: (network, lambda) => `梯度检验，${network}，λ = ${lambda}`,
    gradientCheckOf: (what) => `梯度检验，${what}`,
    gradientCheckBackprop: (network) => `与反向传播对照的梯度检验，${network}`,
    numericalGradient: (network) => `数值梯度，${network}`,
    thetaUnchanged: (network) => `Theta 未被改动，${network}`,
    seed: (seed) => `种子 ${seed}`,
    costAfter: (seed) => `训练后的代价，种子 ${seed}`,
    xorClassified: (seed) => `XOR 分类，种子 ${seed}`,
    biasTrained: (seed) => `偏置权重得到训练，种子 ${seed}`,
    oneStep: (seed) => `一步更新 Θ(l) := Θ(l) − αD(l)，种子 ${seed}`,
    stepResult: (l, k) => `第 ${k} 步后的 ${Th(l)}`,
  },

  why: {
    deltaOutput: {
      noGPrime: '这是 ∂E/∂a(L)；δ(L) = ∂E/∂z(L) 还要乘上因子 g′(z(L)) = a(1 − a)',
      gPrimeOfA: '这是把 g′ 作用在 a 上；应为 g′(z) = g(z)(1 − g(z)) = a(1 − a)',
      sign: '符号反了：∂E/∂a = a − y',
    },
    deltaHidden: {
      biasAndNoGPrime: (l) => `这是带着偏置行、又没有 ⊙ g′(${zl(l)}) 的 (${Th(l)})ᵀ${dl(l + 1)}`,
      biasKept: (l) => `(${Th(l)})ᵀ${dl(l + 1)} 的第 0 行属于偏置单元，偏置单元没有误差项要往回传：去掉这一行`,
      noGPrime: (l) => `这是没有 ⊙ g′(${zl(l)}) = a(1 − a) 的 (${Th(l)})ᵀ${dl(l + 1)}`,
      shiftedA: '用错了单元的 g′：去掉偏置行之后，第 j 个元素对应的是 a 的第 j + 1 个元素（a 仍带着偏置单元）',
      shiftedColumn: (l) => `单元 j 的权重取自 ${Th(l)} 的第 j − 1 列；第 0 列乘的是偏置单元，单元 j 的权重在第 j 列`,
      gPrimeOfA: '这是把 g′ 作用在 a 上；应为 g′(z) = g(z)(1 − g(z)) = a(1 − a)',
    },
    gradientD: {
      notDivided: (l) => `${Acc(l)} 是 m 个样本之和：要除以 m`,
      noBiasColumn: (l) => `缺少第 j = 0 列（偏置单元 ${plain(sym.a(l, 0))} = 1）`,
      biasRegularised: (l) => `${Th(l)} 的偏置列 j = 0 被正则化了：这一列没有 (λ/m)Θ 项`,
      noRegularisation: (l) => `缺少 j ≥ 1 时的 (λ/m)${Th(l)}_ij 项`,
      halfLambda: 'λ/(2m) 属于代价函数；它求导后是 (λ/m)Θ',
      lambdaNotDivided: '正则化项是 (λ/m)Θ，要除以 m',
    },
    numericalGradient: {
      oneSided: '这是单侧差分，精度只有 O(ε)：请用 (J(Θ + εe) − J(Θ − εe)) / (2ε)',
      notTwoEpsilon: '中心差分跨越 2ε：要除以 2ε，而不是 ε',
    },
    softmaxDelta: {
      dJdh: '这是 ∂J/∂h = −y/h；δ = ∂J/∂z 还要乘 softmax 函数的雅可比矩阵 ∂h_k/∂z_j = h_k(δ_kj − h_j)，并对 k 求和',
      diagonalOnly: '这里只保留了 softmax 函数雅可比矩阵的对角线 k = j；每个 h_k 都依赖每个 z_j，所以要对 k 求和',
      noMinusY: '这就是 h = softmax(z) 本身；δ = h − y',
      sign: '符号反了：δ = h − y',
      overflow: 'e^z 溢出了：取指数之前，先从每个 z_k 中减去 max_k z_k（softmax 函数的值不变）',
    },
    batchGradient: {
      notDivided: (l) => `(${El(l + 1)})ᵀ${Al(l)} 是 m 个样本之和：要除以 m`,
      transposed: (l) => `这是 (${Al(l)})ᵀ${El(l + 1)}，转置反了：${Dl(l)} 与 ${Th(l)} 形状相同，应为 (${El(l + 1)})ᵀ${Al(l)}`,
    },
    trainXor: {
      biasNeverMoved: '偏置权重 Θ(l)_i0 应当得到训练，实际上它们全都停在随机初值：更新也要覆盖第 j = 0 列',
      nothingMoved: '权重应当得到训练，实际上每个权重都停在随机初值',
      biasNotUpdated: (l) => `偏置权重 ${Th(l)}_i0（第 j = 0 列）没有更新：每个权重都要走这一步`,
      neverStepped: '两次调用 gradients 之间权重应当变化，实际上每次都是同一组权重',
      uphill: (alpha) => `应朝下坡走一步，即 Θ − αD 且 α > 0，实际 α = ${alpha}`,
    },
  },
});


/** The strings of one language. */
export type ExerciseStrings = (typeof EXERCISE_STRINGS)['en'];

/** The language of the check run in progress (see the note at the top). */
const current: { lang: Lang } = { lang: 'en' };

/**
 * Runs `fn` (the checks of one run) with {@link S} speaking `lang`, and restores the previous language after.
 * @example
 * ```ts
 * const results = await inLanguage('zh', () => exercise.check(entry, seen));
 * ```
 */
export async function inLanguage<T>(lang: Lang, fn: () => T | Promise<T>): Promise<T> {
  const before = current.lang;
  current.lang = lang;
  try { return await fn(); } finally { current.lang = before; }
}

/**
 * The strings of the check run in progress, for the checks (read at the moment a message is made, so
 * `S.names.seed(1)` inside a check is in the run's language).
 */
export const S: ExerciseStrings = new Proxy({} as ExerciseStrings, {
  get: (_, key) => EXERCISE_STRINGS[current.lang][key as keyof ExerciseStrings],
});
