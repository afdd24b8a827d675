import { defineStrings } from '../../src/i18n/strings';

/**
 * Every reader-visible (or screen-reader) string of the backprop stepper, in both languages: the steps' headings
 * and the word "path" in their equations (model.ts), the phases, the controls and the live region (the island).
 * Symbols arrive written (`z(2)_1`, `∂J/∂a(2)_1`) and read the same in both languages.
 */
export const STEPPER_STRINGS = defineStrings(
  {
    computing: (sym: string) => `Computing ${sym}`,
    costTitle: 'The cost J of this example',
    outputError: (delta: string) => `The output error ${delta}`,
    /** Heading of one path term of a hidden unit's ∂J/∂a: path k of n, through unit k of layer l + 1. */
    path: (k: number, n: number, a: string, layer: number) => `Path ${k} of ${n} from ${a}: through unit ${k} of layer ${layer}`,
    pathsAddUp: (n: number, dJda: string) => `The ${n} paths add up to ${dJda}`,
    /** "path k:" before a path term, in the equation's TeX (`\text{…}`) and in its plain text. */
    pathTex: (k: number) => `\\text{path } ${k}`,
    pathText: (k: number) => `path ${k}`,
    phase: { forward: 'Forward pass', cost: 'Cost', backward: 'Backward pass', gradient: 'Gradient' },
    region: 'Backpropagation, step by step',
    /** What needs JavaScript, completed by SHARED_STRINGS.needsJs. */
    buttons: 'Previous, Next, Play and Reset',
    controls: 'Stepper controls',
    previous: 'Previous',
    next: 'Next',
    play: 'Play',
    pause: 'Pause',
    reset: 'Reset',
    count: (n: number, total: number) => `Step ${n} of ${total}`,
    diagram: 'The network; the units and weights of this step are highlighted',
    equation: 'Equation of this step',
    symbols: 'Symbols in this step',
    /** The live region: phase, step number, heading and the equation as text. */
    live: (phase: string, n: number, title: string, text: string) => `${phase}, step ${n}: ${title}. ${text}`,
  },
  {
    computing: (sym: string) => `计算 ${sym}`,
    costTitle: '这个样本的代价 J',
    outputError: (delta: string) => `输出层的误差项 ${delta}`,
    path: (k: number, n: number, a: string, layer: number) => `从 ${a} 出发的第 ${k} 条路径（共 ${n} 条）：经过第 ${layer} 层的单元 ${k}`,
    pathsAddUp: (n: number, dJda: string) => `${n} 条路径相加，得到 ${dJda}`,
    pathTex: (k: number) => `\\text{路径 } ${k}`,
    pathText: (k: number) => `路径 ${k}`,
    phase: { forward: '前向传播', cost: '代价', backward: '反向传递', gradient: '梯度' },
    region: '反向传播，逐步演示',
    buttons: '“上一步”“下一步”“播放”和“重置”按钮',
    controls: '步进控制',
    previous: '上一步',
    next: '下一步',
    play: '播放',
    pause: '暂停',
    reset: '重置',
    count: (n: number, total: number) => `第 ${n} 步，共 ${total} 步`,
    diagram: '网络示意图；本步涉及的单元和权重以高亮显示',
    equation: '本步的公式',
    symbols: '本步涉及的符号',
    live: (phase: string, n: number, title: string, text: string) => `${phase}，第 ${n} 步：${title}。${text}`,
  },
);
