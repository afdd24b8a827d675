/**
 * Every reader-visible string of the Playground (labels, messages, captions, text alternatives, the no-JavaScript
 * note), in English and Chinese: `PLAYGROUND_STRINGS[lang].key`. Numbers are written the same in both.
 */
import { type DescribedNumber, formatNumber, relation } from '../../src/format/number';
import { defineStrings } from '../../src/i18n/strings';
import type { DatasetName, FieldRange, HiddenActivation } from './settings';
import type { LinkRule, UnreadParam } from './url-state';

/** Whole numbers with many digits in full (a seed's limit reads 4294967295, not 4.294967295e9); round ones and
 * fractions as the shared formatter writes them (1e6, 0.03). */
const manyDigits = (x: number) => Number.isSafeInteger(x) && String(Math.abs(x)).replace(/0+$/, '').length > 3;
const n = (x: number) => (manyDigits(x) ? `${x < 0 ? '−' : ''}${Math.abs(x)}` : formatNumber(x, { digits: 10 }));
/** "point" or "points" after a count (reader QA: "1 test points"). */
const points = (count: number) => (count === 1 ? 'point' : 'points');
/** The space Chinese text puts between a name ending in Latin or Greek ("学习率 α") and the Chinese that follows. */
const cjkSpace = (name: string) => (/[\p{Script=Han}）」”]$/u.test(name) ? '' : ' ');

type DataSet = 'training' | 'test';

/** The data sets' Chinese names (also used in the no-JavaScript note). */
/** What a link's value must be (url-state.ts LINK_RULES), in the words of each language. */
const enOr = (xs: readonly string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} or ${xs.at(-1)}` : xs.join(''));
function enRule(r: LinkRule): string {
  switch (r.kind) {
    case 'whole': return `a whole number from ${n(r.lo)} to ${n(r.hi)}`;
    case 'number': return r.openLo ? `a number greater than ${n(r.lo)} and at most ${n(r.hi)}` : `a number from ${n(r.lo)} to ${n(r.hi)}`;
    case 'oneOf': return enOr(r.options);
    case 'hidden': return `up to ${r.layers} layer sizes of 1 to ${r.units} such as 8,8, or empty for none`;
    case 'activation': return `one per hidden layer, each ${enOr(r.options)}`;
  }
}
function zhRule(r: LinkRule): string {
  switch (r.kind) {
    case 'whole': return `${n(r.lo)} 到 ${n(r.hi)} 之间的整数`;
    case 'number': return r.openLo ? `大于 ${n(r.lo)} 且不超过 ${n(r.hi)} 的数` : `${n(r.lo)} 到 ${n(r.hi)} 之间的数`;
    case 'oneOf': return `${r.options.join('、')} 之一`;
    case 'hidden': return `最多 ${r.layers} 个隐藏层的单元数，每个 1 到 ${r.units}，如 8,8；留空表示没有隐藏层`;
    case 'activation': return `每个隐藏层一个，取 ${r.options.join('、')} 之一`;
  }
}

const EN_DATASETS: Record<DatasetName, string> = { xor: 'XOR', circles: 'Circles', spirals: 'Spirals', blobs: 'Blobs' };
const ZH_DATASETS: Record<DatasetName, string> = { xor: '异或（XOR）', circles: '同心圆', spirals: '双螺旋', blobs: '高斯团簇' };

export const PLAYGROUND_STRINGS = defineStrings({
  /** Accessible name of the widget when the lesson gives none. */
  label: 'Neural network playground',
  /** Why a typed setting was refused, with the valid range and the value still in use. */
  badField: (label: string, r: FieldRange, kept: number) =>
    `${label} must be ${r.whole ? 'a whole number' : 'a number'} ${r.openLo ? `greater than ${n(r.lo)} and at most ${n(r.hi)}` : `from ${n(r.lo)} to ${n(r.hi)}`}; `
    + `still using ${n(kept)}, and training continues from where it was.`,
  /** A point added outside the plotted square. */
  farPoint: (lo: number, hi: number) => `That point lies outside the plotted range (${n(lo)} to ${n(hi)} on both axes); it was not added.`,
  /**
   * Name of a loss curve or number: with λ > 0 the run reports (and minimises) J, the loss plus the penalty
   * (λ/2m)ΣΘ², so it is named that way (`run.ts` `losses()`).
   */
  lossName: (set: DataSet, lambda: number) => (lambda > 0 ? `${set} J (with penalty)` : `${set} loss`),
  // Status messages (role="status").
  settingsChanged: (shape: string) => `Settings changed: a ${shape} network starts at step 0.`,
  fromUrl: 'Settings read from the page address.',
  /** Settings of the address that were not understood (`lr=oops`): their default values were kept. */
  linkUnread: (params: UnreadParam[]) =>
    `Not understood in the page address, so left at their defaults: ${params.map((p) => `${p.key}=${p.value} (${enRule(p.rule)})`).join('; ')}.`,
  pausedNoPoints: (step: number) => `Paused at step ${step}: there are no training points.`,
  paused: (step: number) => `Paused at step ${step}.`,
  divergedFirst: 'Training has diverged: press Reset or Rewind first.',
  addPointsFirst: 'Add training points first.',
  training: 'Training…',
  stepped: (step: number) => `Step ${step}.`,
  rewound: 'Rewound to step 0: the same initial weights, the same run.',
  wasReset: (seed: number) => `Reset: new initial weights from seed ${seed}, step 0.`,
  added: (k: number, x1: string, x2: string) => `Added a class ${k} training point at (${x1}, ${x2}).`,
  removed: (k: number, set: DataSet, x1: string, x2: string) => `Removed a class ${k} ${set} point at (${x1}, ${x2}).`,
  /** `weight`: the weight's name (`names.ts`, `Θ(1)_10`); `value`: the value set, exactly (`describeNumber(v).exact`). */
  weightSet: (weight: string, value: string) => `${weight} set to ${value}.`,
  // Controls and the stats line.
  controls: 'Training controls',
  play: 'Play',
  pause: 'Pause',
  step: 'Step',
  rewind: 'Rewind',
  reset: 'Reset',
  /** The stats line's step count: before and after the number. */
  stepBefore: 'Step ',
  stepAfter: '',
  counts: (train: number, test: number) => `${train} training, ${test} test ${points(test)}`,
  diverged: (step: number) => `Training diverged at step ${step}: the loss, the gradient or the weights stopped being finite numbers, so `
    + 'training stopped and the last update was not applied. Lower the learning rate, then start again.',
  noJs: (dataset: DatasetName, train: number, test: number, sizes: string, lr: number) =>
    `This playground trains the network live and needs JavaScript. Shown: the initial ${EN_DATASETS[dataset]} data set (${train} training ${points(train)} filled, `
    + `${test} test ${points(test)} hollow) for a ${sizes} network with learning rate ${lr}.`,
  hint: 'Click the plot to add a point of the class chosen below; click a point to remove it.',
  editLegend: (playing: boolean) => `Edit a weight ${playing ? '(pause first)' : ''}`,
  // The plot and its text alternative.
  shapes: ['circle', 'square', 'triangle', 'diamond'],
  className: (k: number, shape: string) => `class ${k} (${shape})`,
  listSep: ', ',
  summary: (sizes: string, step: number, classes: string, train: number, test: number) =>
    `Decision boundary of the ${sizes} network after ${step} steps: the background is tinted by the predicted class, ${classes}; `
    + `${train} training ${points(train)} (filled) and ${test} test ${points(test)} (hollow).`,
  /** `x1`, `x2`: the inputs' names (`names.ts`, `x₁`). */
  ticks: (r: number, x1: string, x2: string) => `${x1} → and ${x2} ↑, each from −${r} to ${r}`,
  // The loss chart.
  chartLabel: (step: number, trainName: string, train: string, testName: string, test: string) =>
    `Loss curves up to step ${step}: ${trainName} ${train}, ${testName} ${test}.`,
  chartStep: (step: number) => `step ${step}`,
  // The weight diagram.
  diagramLabel: (sizes: string) => `Weights of the ${sizes} network: green lines are positive, red dashed lines negative, thicker lines are larger.`,
  /** A weight line's title: `Θ(1)_10 ≈ 0.2541 (exactly 0.2541478811763227)`, or `Θ(1)_10 = 2` when nothing was rounded. */
  edgeTitle: (weight: string, d: DescribedNumber) => d.rounded ? `${relation(weight, d)} (exactly ${d.exact})` : relation(weight, d),
  /** `editable`: a click on a line chooses that weight (false without JavaScript: the caption offers no click then). */
  diagramCaption: (sizes: string, editable: boolean) => `Θ weights of the ${sizes} network${editable ? ' (click a line to edit it)' : ''}`,
  // The edit panel.
  newClass: 'Class of new points',
  /**
   * Why a typed coordinate was refused (empty, not a number, or too large to be finite, such as 1e999): `label` the
   * field's name, `x₁` (`names.ts`) or the CSV column's name with the reader's own data.
   */
  badCoord: (label: string) => `${label} must be a finite number, such as 0.5, -2 or 1e-3.`,
  addPoint: 'Add point',
  removeNearest: 'Remove nearest point',
  layer: 'weight matrix',
  row: 'row i',
  column: 'column j',
  biasColumn: '0 (bias)',
  value: 'Value',
  setWeight: 'Set weight',
  /**
   * Why a typed weight was refused (empty, not a number, or too large to be finite, such as 1e999): `label` the field's
   * name (`value`), `weight` the weight's name (`names.ts`, `Θ(1)_10`), `kept` its value in use as shown (`describeNumber(v).text`: rounded values with ≈).
   */
  badWeight: (label: string, weight: string, kept: string) =>
    `${label} must be a finite number, such as 0.5, -2 or 1e-3; ${weight} was left at ${kept}.`,
  exportSummary: 'Export the weights as JSON',
  /** The JSON field's label, around the code that loads it. */
  jsonBefore: 'Weights JSON (load it in a code cell with ',
  jsonAfter: ')',
  /** In place of the export panel without JavaScript (it would open to an empty box). */
  exportNoJs: 'Exporting the weights as JSON needs JavaScript.',
  copy: 'Copy JSON',
  copied: 'Copied to the clipboard.',
  copyBlocked: 'Copying was blocked: select the text and copy it by hand.',
  // The settings panel.
  data: 'Data',
  dataSet: 'Data set',
  datasets: EN_DATASETS,
  classes: 'Classes',
  points: 'Points',
  noise: 'Noise',
  /** While the reader's own data are in use. */
  ownDataFixed: 'Points and Noise shape the built-in data sets only, so they are fixed while your own data are in use.',
  network: (layers: number) => `Network: 2 inputs, ${layers} hidden layer${layers === 1 ? '' : 's'}`,
  layerUnits: (l: number) => `Layer ${l} units`,
  layerActivation: (l: number) => `Layer ${l} activation`,
  activations: { tanh: 'tanh', relu: 'relu', sigmoid: 'sigmoid', linear: 'linear' } as Record<HiddenActivation, string>,
  addLayer: 'Add layer',
  removeLayer: 'Remove layer',
  trainingLegend: 'Training',
  learningRate: 'Learning rate α',
  lambda: 'Regularisation λ',
  momentum: 'Momentum μ',
  batchSize: 'Batch size',
  loss: 'Loss',
  crossEntropy: 'cross-entropy',
  squaredError: 'squared error',
  seed: 'Seed',
}, {
  label: '神经网络试验场',
  badField: (label, r, kept) =>
    `${label}${cjkSpace(label)}必须是${r.openLo ? `大于 ${n(r.lo)} 且不超过 ${n(r.hi)} 的` : ` ${n(r.lo)} 到 ${n(r.hi)} 之间的`}${r.whole ? '整数' : '数'}；`
    + `现仍使用 ${n(kept)}，训练从原处继续。`,
  farPoint: (lo, hi) => `这个点在绘图范围之外（两条坐标轴都是 ${n(lo)} 到 ${n(hi)}），没有添加。`,
  lossName: (set, lambda) => `${set === 'training' ? '训练集' : '测试集'}${lambda > 0 ? ' J（含正则化项）' : '代价'}`,
  settingsChanged: (shape) => `设置已更改：新的 ${shape} 网络从第 0 步开始。`,
  fromUrl: '已从页面地址读取设置。',
  linkUnread: (params) => `页面地址中的以下设置无法识别，已保留默认值：${params.map((p) => `${p.key}=${p.value}（${zhRule(p.rule)}）`).join('；')}。`,
  pausedNoPoints: (step) => `在第 ${step} 步暂停：没有训练点。`,
  paused: (step) => `在第 ${step} 步暂停。`,
  divergedFirst: '训练已经发散：请先按“重置”或“倒回”。',
  addPointsFirst: '请先添加训练点。',
  training: '正在训练…',
  stepped: (step) => `第 ${step} 步。`,
  rewound: '已倒回第 0 步：初始权重相同，接下来的训练过程也完全相同。',
  wasReset: (seed) => `已重置：由随机种子 ${seed} 生成新的初始权重，从第 0 步开始。`,
  added: (k, x1, x2) => `已在 (${x1}, ${x2}) 添加一个类别 ${k} 的训练点。`,
  removed: (k, set, x1, x2) => `已移除 (${x1}, ${x2}) 处类别 ${k} 的${set === 'test' ? '测试' : '训练'}点。`,
  weightSet: (weight, value) => `${weight} 已设为 ${value}。`,
  controls: '训练控制',
  play: '运行',
  pause: '暂停',
  step: '单步',
  rewind: '倒回',
  reset: '重置',
  stepBefore: '第 ',
  stepAfter: ' 步',
  counts: (train, test) => `训练点 ${train} 个，测试点 ${test} 个`,
  diverged: (step) => `训练在第 ${step} 步发散：代价、梯度或权重不再是有限的数，因此训练已停止，最后一次更新没有生效。请调低学习率，再重新开始。`,
  noJs: (dataset, train, test, sizes, lr) =>
    `这个试验场在浏览器中实时训练网络，需要 JavaScript。这里显示的是初始的“${ZH_DATASETS[dataset]}”数据集（实心的训练点 ${train} 个，`
    + `空心的测试点 ${test} 个），网络为 ${sizes}，学习率为 ${lr}。`,
  hint: '点击图中空白处，可添加一个下方所选类别的点；点击已有的点则将它移除。',
  editLegend: (playing) => `编辑一个权重${playing ? '（请先暂停）' : ''}`,
  shapes: ['圆形', '方形', '三角形', '菱形'],
  className: (k, shape) => `类别 ${k}（${shape}）`,
  listSep: '、',
  summary: (sizes, step, classes, train, test) =>
    `${sizes} 网络训练 ${step} 步后的决策边界：背景按预测的类别着色，${classes}；实心的训练点 ${train} 个，空心的测试点 ${test} 个。`,
  ticks: (r, x1, x2) => `${x1} 向右、${x2} 向上，范围都是 −${r} 到 ${r}`,
  chartLabel: (step, trainName, train, testName, test) => `截至第 ${step} 步的代价曲线：${trainName} ${train}，${testName} ${test}。`,
  chartStep: (step) => `第 ${step} 步`,
  diagramLabel: (sizes) => `${sizes} 网络的权重：绿色实线为正，红色虚线为负，线越粗，权重的绝对值越大。`,
  edgeTitle: (weight, d) => d.rounded ? `${relation(weight, d)}（精确值 ${d.exact}）` : relation(weight, d),
  diagramCaption: (sizes, editable) => `${sizes} 网络的 Θ 权重${editable ? '（点击一条线即可编辑它）' : ''}`,
  newClass: '新点的类别',
  badCoord: (label) => `“${label}”必须是有限的数，例如 0.5、-2 或 1e-3。`,
  addPoint: '添加点',
  removeNearest: '移除最近的点',
  layer: '权重矩阵',
  row: '行 i',
  column: '列 j',
  biasColumn: '0（偏置）',
  value: '值',
  setWeight: '设置权重',
  badWeight: (label, weight, kept) => `${label}必须是有限的数，例如 0.5、-2 或 1e-3；${weight} 保持原值 ${kept}。`,
  exportSummary: '将权重导出为 JSON',
  jsonBefore: '权重 JSON（在代码单元中用 ',
  jsonAfter: ' 载入）',
  exportNoJs: '将权重导出为 JSON 需要 JavaScript。',
  copy: '复制 JSON',
  copied: '已复制到剪贴板。',
  copyBlocked: '浏览器阻止了复制：请选中文本，手动复制。',
  data: '数据',
  dataSet: '数据集',
  datasets: ZH_DATASETS,
  classes: '类别数',
  points: '点数',
  noise: '噪声',
  ownDataFixed: '“点数”和“噪声”只作用于内置数据集，因此使用你自己的数据时不能修改。',
  network: (layers) => `网络：2 个输入，${layers} 个隐藏层`,
  layerUnits: (l) => `第 ${l} 层单元数`,
  layerActivation: (l) => `第 ${l} 层激活函数`,
  activations: { tanh: 'tanh', relu: 'ReLU', sigmoid: 'sigmoid', linear: '线性（恒等）' },
  addLayer: '增加一层',
  removeLayer: '删除一层',
  trainingLegend: '训练',
  learningRate: '学习率 α',
  lambda: '正则化参数 λ',
  momentum: '动量 μ',
  batchSize: '批量大小',
  loss: '代价函数',
  crossEntropy: '交叉熵',
  squaredError: '平方误差',
  seed: '随机种子',
});
