import { defineStrings } from '../i18n/strings';

/**
 * How a screen reader says a symbol of the notation, in both languages: the meaning column of the notation
 * reference page (content/reference/{en,zh}/notation.mdx), with the indices filled in.
 */
export const NOTATION_STRINGS = defineStrings(
  {
    /** Unit `i` of layer `l`; `i = 0` is the bias unit. */
    unit: (l: number, i: number) => (i === 0 ? `the bias unit of layer ${l}` : `unit ${i} of layer ${l}`),
    a: (unit: string) => `output of ${unit}`,
    z: (unit: string) => `weighted input of ${unit}`,
    delta: (unit: string) => `error term of ${unit}`,
    /** The weight from unit `j` of layer `l` to unit `i` of layer `l + 1`. */
    Theta: (from: string, to: string) => `weight from ${from} to ${to}`,
    D: (weight: string) => `derivative of the cost J with respect to the ${weight}`,
    factor: (circled: string, weight: string) => `factor ${circled} of the derivative for the ${weight}`,
    x: (j: number) => `input ${j}`,
    y: (k: number) => `target ${k}`,
    h: (k: number) => `output ${k} of the network`,
    J: 'the cost J',
    /** A chain-rule factor ①②③ of one weight's derivative, as plain text: `① for Θ(2)_11`. */
    factorName: (circled: string, weight: string) => `${circled} for ${weight}`,
    /** Symbol and meaning together: what an aria-label of a bare symbol says. */
    named: (symbol: string, meaning: string) => `${symbol}, ${meaning}`,
  },
  {
    // A unit ending in a number keeps a space before the next Chinese character, as the lessons write 第 $l$ 层单元 $i$ 的输出.
    unit: (l, i) => (i === 0 ? `第 ${l} 层的偏置单元` : `第 ${l} 层单元 ${i} `),
    a: (unit) => `${unit}的输出`,
    z: (unit) => `${unit}的加权输入`,
    delta: (unit) => `${unit}的误差项`,
    Theta: (from, to) => `从${from}到${to}的权重`,
    D: (weight) => `代价函数 J 对${weight}的偏导数`,
    factor: (circled, weight) => `${weight}的导数的因子 ${circled}`,
    x: (j) => `输入的第 ${j} 个分量`,
    y: (k) => `目标值的第 ${k} 个分量`,
    h: (k) => `网络的第 ${k} 个输出`,
    J: '代价函数 J',
    factorName: (circled, weight) => `${weight} 的因子 ${circled}`,
    named: (symbol, meaning) => `${symbol}，${meaning}`,
  },
);
