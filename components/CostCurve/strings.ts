import { defineStrings } from '../../src/i18n/strings';

/**
 * Every reader-visible (or screen-reader) string of CostCurve, in both languages. Weight names (`Θ(2)₁₁`) and
 * numbers arrive written and read the same in both.
 */
export const COST_CURVE_STRINGS = defineStrings(
  {
    /** Default caption, naming the weight currently chosen. */
    caption: (name: string) => `The cost J as a function of ${name}, the others fixed`,
    agree: '✓ the slopes agree',
    differ: '✗ the slopes differ',
    /** Shown instead of ✓/✗ where the central difference itself breaks down (reader QA D13). */
    unreliable: (h: string) =>
      `⚠ the finite difference breaks down at this value: with h = ${h}, J(w + h) − J(w − h) is lost to floating-point `
      + 'round-off (or w ± h rounds to w), so this difference says nothing about backprop',
    /** A typed value that is not a number was refused; the field shows the value in use again. */
    notANumber: (name: string, kept: string) => `Not a number: ${name} stays ${kept}.`,
    weight: 'Weight',
    valueOf: (name: string) => `Value of ${name}`,
    /** Accessible name of the plot; `meaning` says what the weight is (the notation's spoken name). */
    plot: (name: string, meaning: string, w: string, J: string, slope: string) =>
      `Curve of J against ${name}, the ${meaning}; at ${name} = ${w}, J = ${J} and the tangent slope is ${slope}`,
    /** Before backprop's slope in the readout. */
    tangentSlope: (name: string) => `tangent slope, backprop ∂J/∂${name} = `,
    numericalSlope: 'numerical slope [J(w+h) − J(w−h)]/2h = ',
    /** After the verdict, before the difference of the two slopes. */
    difference: ': difference = ',
  },
  {
    caption: (name: string) => `代价 J 随 ${name} 变化的曲线（其余权重固定）`,
    agree: '✓ 两个斜率一致',
    differ: '✗ 两个斜率不一致',
    unreliable: (h: string) =>
      `⚠ 有限差分在这个取值处失效：取 h = ${h} 时，J(w + h) − J(w − h) 被浮点舍入误差淹没`
      + '（或 w ± h 舍入后就等于 w），所以这个差值说明不了反向传播的对错',
    notANumber: (name: string, kept: string) => `输入的不是数字：${name} 仍为 ${kept}。`,
    weight: '权重',
    valueOf: (name: string) => `${name} 的值`,
    plot: (name: string, meaning: string, w: string, J: string, slope: string) =>
      `J 随 ${name}（${meaning}）变化的曲线；在 ${name} = ${w} 处，J = ${J}，切线斜率为 ${slope}`,
    tangentSlope: (name: string) => `切线斜率，即反向传播算出的 ∂J/∂${name} = `,
    numericalSlope: '数值斜率 [J(w+h) − J(w−h)]/2h = ',
    difference: '：差值 = ',
  },
);
