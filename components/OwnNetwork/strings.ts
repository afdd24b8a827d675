import type { Activation, CostName } from 'backprop';
import { defineStrings } from '../../src/i18n/strings';
import { formatNumber } from '../../src/format/number';
import { layerSym, plainLayer } from '../../src/notation/layer';
import type { Problem } from './spec';

type Names<K extends string> = Record<K, string>;

/** The notation's Θ(l) and D(l), as every message writes them. */
const Th = (l: number) => plainLayer(layerSym.Theta(l)), Dl = (l: number) => plainLayer(layerSym.D(l));

const ZH_ACTIVATION_NAMES: Names<Activation> = { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU', linear: '线性（恒等）', softmax: 'softmax' };

/** Reader-visible strings of the OwnNetwork widget, in both languages (the Chinese table must have every key). */
export const OWN_NETWORK_STRINGS = defineStrings(
  {
    region: 'Your own network, step by step',
    stepperLabel: 'Backpropagation through your network, step by step',
    needsJs: 'Typing your own network needs JavaScript; below is the step-through of Mazur’s example.',
    presets: 'Load an example',
    presetMazur: 'Mazur’s 2-2-2 example',
    presetTanhXor: '2-3-1, tanh, cross-entropy',
    presetReluSoftmax: '2-3-3, ReLU, softmax',
    randomWeights: 'Random weights for these sizes',
    sizes: 'Layer sizes s(1)-…-s(L)',
    sizesHint: 'e.g. 2-3-1: 2 to 4 layers, 1 to 6 units each',
    hidden: 'Hidden activation g',
    output: 'Output activation',
    cost: 'Cost J',
    weights: 'Weights Θ',
    weightsHint: 'Θ(1), Θ(2), … as JSON [[[…]]], or one matrix row a line with a blank line between matrices; column 0 is the bias weight.',
    x: 'Input x',
    y: 'Target y',
    alpha: 'Learning rate α',
    copyLink: 'Copy a link to this network',
    copied: 'Link copied.',
    copyFailed: 'Could not copy; the address bar has the link.',
    showing: 'The step-through below shows your network.',
    keeping: 'The step-through keeps the last valid network until the fields marked below are fixed.',
    fromLink: 'This page’s link holds a network with problems, shown next to its fields; the step-through shows Mazur’s example.',
    linkUnreadable: 'This page’s link holds a network that could not be read (the address may be cut off); the step-through shows Mazur’s example.',
    stepHeading: 'One gradient step',
    stepSummary: (alpha: string, J: string, Jnext: string) => `One step Θ ← Θ − αD with α = ${alpha}: J goes from ${J} to ${Jnext}`,
    stepCaption: (l: number) => `${Th(l)}, its gradient ${Dl(l)} = ∂J/∂${Th(l)} and the weight after the step`,
    colWeight: 'Weight',
    colValue: 'Θ now',
    colGradient: 'D = ∂J/∂Θ',
    colNext: 'Θ − αD',
    activationNames: { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU', linear: 'linear (identity)', softmax: 'softmax' } as Names<Activation>,
    costNames: { 'squared-error': 'squared error ½Σ(h − y)²', 'cross-entropy': 'cross-entropy', 'softmax-cross-entropy': 'softmax cross-entropy' } as Names<CostName>,
    problem: (p: Problem): string => {
      switch (p.code) {
        case 'empty': return 'This field is empty.';
        case 'notNumber': return `“${p.token}” is not a number${where(p, 'en')}.`;
        case 'sizeNotWhole': return `“${p.token}” is not a layer size: each layer needs a whole number of units from 1 to 6.`;
        case 'layerCount': return `${p.count} layer${p.count === 1 ? '' : 's'}: give 2 to 4 layer sizes.`;
        case 'unitCount': return `Layer ${p.layer} has ${p.units} units: each layer needs 1 to 6.`;
        case 'unknownName': return `Unknown choice “${p.name}”.`;
        case 'costOutput': return p.cost === 'cross-entropy'
          ? `Cross-entropy needs a sigmoid output layer, but the output is ${p.output}.`
          : `Softmax cross-entropy needs a softmax output layer, but the output is ${p.output}.`;
        case 'badJson': return p.detail === undefined
          ? 'Not readable as weights: expected a list of matrices [[[…], …], …] of numbers.'
          : `Not readable as JSON: ${p.detail}.`;
        case 'matrixCount': return `${p.found} weight matrices, but ${p.expected + 1} layers need ${p.expected}.`;
        case 'matrixShape': return `${Th(p.layer)} is ${p.found}, but the layer sizes need ${p.expected} (rows s(${p.layer + 1}), columns s(${p.layer}) + 1).`;
        case 'raggedRow': return `${Th(p.layer)} row ${p.row} has ${p.found} numbers, row 1 has ${p.expected}.`;
        case 'length': return `${p.found} number${p.found === 1 ? '' : 's'}, but the layer has ${p.expected} unit${p.expected === 1 ? '' : 's'}.`;
        case 'softmaxTarget': return `A softmax output’s target must add up to 1 (a probability for each class); this one adds up to ${formatNumber(p.sum, { digits: 6 })}.`;
        case 'alphaRange': return `α = ${p.value}: give one number above 0 and at most 100.`;
      }
    },
  },
  {
    region: '你自己的网络，逐步演算',
    stepperLabel: '在你的网络上逐步演示反向传播',
    needsJs: '输入你自己的网络需要 JavaScript；下面是 Mazur 例子的逐步演算。',
    presets: '载入示例',
    presetMazur: 'Mazur 的 2-2-2 例子',
    presetTanhXor: '2-3-1，tanh，交叉熵',
    presetReluSoftmax: '2-3-3，ReLU，softmax',
    randomWeights: '按当前层大小随机生成权重',
    sizes: '各层大小 s(1)-…-s(L)',
    sizesHint: '例如 2-3-1：2 到 4 层，每层 1 到 6 个单元',
    hidden: '隐藏层激活函数 g',
    output: '输出层激活函数',
    cost: '代价函数 J',
    weights: '权重 Θ',
    weightsHint: 'Θ(1)、Θ(2)……可写成 JSON [[[…]]]，也可以每行写矩阵的一行，矩阵之间空一行；第 0 列是偏置权重。',
    x: '输入 x',
    y: '目标值 y',
    alpha: '学习率 α',
    copyLink: '复制本网络的链接',
    copied: '链接已复制。',
    copyFailed: '无法复制；地址栏里就是这个链接。',
    showing: '下面的逐步演算显示的是你的网络。',
    keeping: '在修正下面标出的字段之前，逐步演算保持显示上一个有效的网络。',
    fromLink: '本页链接中的网络有问题，问题已标在对应字段旁；逐步演算显示的是 Mazur 的例子。',
    linkUnreadable: '本页链接中的网络无法读取（地址可能不完整）；逐步演算显示的是 Mazur 的例子。',
    stepHeading: '一步梯度下降',
    stepSummary: (alpha: string, J: string, Jnext: string) => `按 Θ ← Θ − αD 走一步，α = ${alpha}：J 从 ${J} 变为 ${Jnext}`,
    stepCaption: (l: number) => `${Th(l)}、它的梯度 ${Dl(l)} = ∂J/∂${Th(l)} 以及走一步之后的权重`,
    colWeight: '权重',
    colValue: '当前 Θ',
    colGradient: 'D = ∂J/∂Θ',
    colNext: 'Θ − αD',
    activationNames: ZH_ACTIVATION_NAMES,
    costNames: { 'squared-error': '平方误差代价 ½Σ(h − y)²', 'cross-entropy': '交叉熵', 'softmax-cross-entropy': 'softmax 交叉熵' },
    problem: (p: Problem): string => {
      switch (p.code) {
        case 'empty': return '此字段为空。';
        case 'notNumber': return `“${p.token}”不是数${where(p, 'zh')}。`;
        case 'sizeNotWhole': return `“${p.token}”不是有效的层大小：每层的单元数须为 1 到 6 的整数。`;
        case 'layerCount': return `共 ${p.count} 层：请给出 2 到 4 个层大小。`;
        case 'unitCount': return `第 ${p.layer} 层有 ${p.units} 个单元：每层需要 1 到 6 个。`;
        case 'unknownName': return `未知的选项“${p.name}”。`;
        case 'costOutput': return p.cost === 'cross-entropy'
          ? `交叉熵要求输出层使用 sigmoid，但当前输出层是 ${ZH_ACTIVATION_NAMES[p.output]}。`
          : `softmax 交叉熵要求输出层使用 softmax，但当前输出层是 ${ZH_ACTIVATION_NAMES[p.output]}。`;
        case 'badJson': return p.detail === undefined
          ? '无法读作权重：应为由数构成的矩阵列表 [[[…], …], …]。'
          : '无法按 JSON 读取：请检查方括号和逗号是否成对、是否多余。';
        case 'matrixCount': return `给出了 ${p.found} 个权重矩阵，但 ${p.expected + 1} 层的网络需要 ${p.expected} 个。`;
        case 'matrixShape': return `${Th(p.layer)} 是 ${p.found}，但按各层大小应为 ${p.expected}（行数 s(${p.layer + 1})，列数 s(${p.layer}) + 1）。`;
        case 'raggedRow': return `${Th(p.layer)} 的第 ${p.row} 行有 ${p.found} 个数，而第 1 行有 ${p.expected} 个。`;
        case 'length': return `给出了 ${p.found} 个数，但这一层有 ${p.expected} 个单元。`;
        case 'softmaxTarget': return `softmax 输出的目标值之和必须为 1（每一类一个概率）；这里的和是 ${formatNumber(p.sum, { digits: 6 })}。`;
        case 'alphaRange': return `α = ${p.value}：请给出一个大于 0、不超过 100 的数。`;
      }
    },
  },
);

/** "(Θ(2), row 1, column 3)" for a bad number in the weights, "(number 2)" in a vector. */
function where(p: Extract<Problem, { code: 'notNumber' }>, lang: 'en' | 'zh'): string {
  if (p.layer !== undefined && p.row !== undefined) {
    return lang === 'en' ? ` (${Th(p.layer)}, row ${p.row}, column ${p.column})` : `（${Th(p.layer)} 第 ${p.row} 行第 ${p.column} 列）`;
  }
  if (p.column !== undefined) return lang === 'en' ? ` (number ${p.column})` : `（第 ${p.column} 个数）`;
  return '';
}
