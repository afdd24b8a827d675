import { defineStrings } from '../../src/i18n/strings';

/** Every reader-visible (or screen-reader) string of GradientCheck, in both languages; numbers arrive written. */
export const GRADIENT_CHECK_STRINGS = defineStrings(
  {
    caption: 'Gradient checking: backpropagation against central differences',
    epsilon: 'Step ε (log scale)',
    bug: 'Plant a bug: forget g′(z) in the hidden δ',
    /** Before the overall relative difference in the summary. */
    overall: 'relative difference ‖num − bp‖/‖num + bp‖ = ',
    pass: ' — backprop agrees',
    fail: (tol: string) => ` — above ${tol}: check fails`,
    /** Accessible name of the log–log plot. */
    plot: (eps: string, error: string) =>
      `Log–log plot of the relative difference against ε from 1e-12 to 1e-1; the current ε = ${eps} is marked, with error ${error}`,
    axis: 'ε (log scale)',
    note: 'Right: truncation error of the central difference falls as ε². Left: round-off in J(Θ ± ε) is divided by 2ε and grows as 1/ε.',
    tableCaption: (eps: string) => `Backprop and numerical gradient for every weight at ε = ${eps}`,
    weight: 'weight',
    backprop: 'backprop',
    numerical: 'numerical',
    relDiff: 'rel. diff.',
    /** After a verdict that passed on the absolute floor (screen readers; the eye sees a *). */
    byFloor: ' (passed on the absolute floor, see the note below the table)',
    floorNote: (atol: string, tol: string) =>
      `* Above ${tol}, yet passed: |backprop − numerical| ≤ ${atol}, the absolute floor 10⁻⁹·max(1, J). For a derivative this close to 0 the relative difference is not a fair test: any tiny absolute error is a large fraction of it.`,
  },
  {
    caption: '梯度检验：反向传播与中心差分的对比',
    epsilon: '步长 ε（对数刻度）',
    bug: '故意引入错误：计算隐藏层的 δ 时漏掉 g′(z)',
    overall: '相对差 ‖数值 − 反向传播‖/‖数值 + 反向传播‖ = ',
    pass: '，反向传播通过检验',
    fail: (tol: string) => `，超过 ${tol}：检验未通过`,
    plot: (eps: string, error: string) =>
      `相对差随 ε（从 1e-12 到 1e-1）变化的双对数坐标图；图中标出了当前的 ε = ${eps}，此时相对差为 ${error}`,
    axis: 'ε（对数刻度）',
    note: '右侧：中心差分的截断误差按 ε² 减小。左侧：J(Θ ± ε) 中的舍入误差被除以 2ε，按 1/ε 增长。',
    tableCaption: (eps: string) => `ε = ${eps} 时每个权重的反向传播梯度与数值梯度`,
    weight: '权重',
    backprop: '反向传播',
    numerical: '数值梯度',
    relDiff: '相对差',
    byFloor: '（按绝对下限判为通过，见表下说明）',
    floorNote: (atol: string, tol: string) =>
      `* 相对差超过 ${tol}，但 |反向传播 − 数值梯度| ≤ ${atol}，即绝对下限 10⁻⁹·max(1, J)，因此仍判为通过。导数本身接近 0 时，再小的绝对误差也占它的很大比例，相对差不再是公平的标准。`,
  },
);
