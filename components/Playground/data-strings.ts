/** Reader-visible strings of the Playground's own-data panel (DataPanel.tsx), in English and Chinese. */
import { formatNumber } from '../../src/format/number';
import { defineStrings } from '../../src/i18n/strings';
import { MAX_BYTES, MAX_CLASSES, MAX_ROWS } from './own-csv.ts';
import { MAX_LINK_CHARS, MAX_LINK_TEXT } from './url-state.ts';

const f = (x: number) => formatNumber(x, { digits: 4 });
/** Whole counts with thousands separators (10,000), in both editions. */
const c = (x: number) => x.toLocaleString('en-US');
/** A column name in Chinese text: in Chinese quotation marks, with no space beside it (reader QA). */
const q = (name: string) => `“${name}”`;

export const DATA_STRINGS = defineStrings({
  summary: 'Use your own data (CSV)',
  /** In place of the panel without JavaScript (it would open to an empty box). */
  summaryNoJs: 'Using your own data (CSV) needs JavaScript.',
  intro: `Paste or upload CSV with three columns: x1, x2 and a label (a class name or number, 2 to ${MAX_CLASSES} classes) `
    + `or a numeric target (regression). A header row is optional; commas, semicolons, tabs or | may separate the columns `
    + `(with semicolons or tabs, a decimal comma such as 1,5 reads as 1.5). At most ${c(MAX_ROWS)} rows and ${c(MAX_BYTES)} bytes (1 MB).`,
  textLabel: 'CSV text (paste here, or drop a file on it)',
  fileLabel: 'Or choose a CSV file',
  kindLabel: 'The third column is',
  kindAuto: 'detected from the data',
  kindClasses: 'class labels',
  kindRegression: 'a numeric target (regression)',
  preview: 'Preview',
  reading: (name: string) => `Reading ${name}…`,
  fileError: (name: string) => `${name} could not be read.`,
  tooBig: (bytes: number) => `This is ${c(bytes)} bytes or more; the limit is ${c(MAX_BYTES)} bytes (1 MB). Nothing was read: use a smaller file.`,
  tooManyRows: `More than ${c(MAX_ROWS)} data rows: reading stopped at row ${c(MAX_ROWS + 1)} and nothing was loaded. Use at most ${c(MAX_ROWS)} rows.`,
  noRows: 'No data rows found: paste at least two rows such as 0.5,1.2,a.',
  tooFewRows: (n: number) => `Only ${n} usable ${n === 1 ? 'row' : 'rows'}: at least 2 are needed.`,
  oneClass: (label: string) => `Every usable row has the label “${label}”: at least two classes are needed (or choose “a numeric target”).`,
  tooManyClasses: (count: number, numeric: boolean) => `${count} different labels: the playground draws at most ${MAX_CLASSES} classes.`
    + (numeric ? ' If the third column is a quantity, choose “a numeric target (regression)”.' : ''),
  readCounts: (read: number, good: number, bad: number) => `Read ${c(read)} data ${read === 1 ? 'row' : 'rows'}: ${c(good)} usable, ${c(bad)} with problems.`,
  header: (cols: readonly string[]) => `Header row: ${cols.join(', ')}.`,
  noHeader: 'No header row: the columns are x1, x2, label.',
  /** The delimiter found, and whether decimal commas were read (`;` or tab only). */
  delimiter: (d: string, decimalComma = false) => `Columns separated by ${d === ',' ? 'commas' : d === ';' ? 'semicolons' : d === '\t' ? 'tabs' : d === '|' ? 'vertical bars' : `“${d}”`}.`
    + (decimalComma ? ' Decimal commas read as decimal points.' : ''),
  ranges: (a: string, aLo: number, aHi: number, b: string, bLo: number, bHi: number) => `${a} runs from ${f(aLo)} to ${f(aHi)}, ${b} from ${f(bLo)} to ${f(bHi)}.`,
  classesTitle: (k: number) => `Classification, ${k} classes:`,
  classItem: (k: number, name: string, shape: string, count: number) => `class ${k} “${name}” (${shape}): ${c(count)} ${count === 1 ? 'row' : 'rows'}`,
  classesOutput: (k: number) => (k === 2
    ? 'One sigmoid output unit (the probability of class 1) and cross-entropy.'
    : `${k} softmax output units and softmax cross-entropy.`),
  regression: (name: string, lo: number, hi: number) => `Regression: the target ${name} runs from ${f(lo)} to ${f(hi)}. One linear output unit and squared error; `
    + `for training the target is scaled to −1 … 1, so the loss shown is in those units. The exported weights give ${name} in its own units.`,
  firstRows: (n: number) => `First ${n} usable rows`,
  rowHead: 'row',
  problemsTitle: 'Rows with problems',
  nan: (row: number, col: string, text: string) => `Row ${row}, column ${col}: “${text}” is not a number.`,
  empty: (row: number, col: string) => `Row ${row}, column ${col}: empty.`,
  missing: (row: number, col: string) => `Row ${row}: column ${col} is missing.`,
  extra: (row: number, found: number) => `Row ${row}: ${found} columns, but only 3 are expected.`,
  quotes: (row: number) => `Row ${row}: a quotation mark is not closed.`,
  more: (n: number) => `… and ${c(n)} more ${n === 1 ? 'row' : 'rows'} with problems.`,
  rowsNote: 'Row numbers are line numbers of the text (the header, if any, is line 1).',
  useAll: (n: number) => `Use these ${c(n)} rows`,
  useGood: (n: number, bad: number) => `Use the ${c(n)} usable rows (leave out the ${c(bad)} with problems)`,
  orFix: 'Or fix the rows in the text box and press Preview again.',
  using: (n: number, train: number, test: number) => `Training on your data: ${c(n)} rows, ${c(train)} for training and ${c(test)} for testing; step 0.`,
  active: (n: number) => `The playground is using your data (${c(n)} rows).`,
  back: 'Back to the built-in data sets',
  backDone: 'Back to the built-in data set; step 0.',
  legendClasses: 'On the plot:',
  /** Between the legend's classes. */
  legendSep: '; ',
  /** Between the sentences of a report (Chinese sentences end in 。 and take no space). */
  sentenceSep: ' ',
  legendRegression: (name: string, lo: number, mid: number, hi: number) => `On the plot the background is the fitted ${name}: tinted towards the colour of the circles `
    + `below the middle (${f(mid)}, down to ${f(lo)}) and towards the colour of the squares above it (up to ${f(hi)}). Circles are rows with ${name} below ${f(mid)}, squares rows at or above it.`,
  downloadData: 'Download the data (CSV)',
  downloadWeights: 'Download the weights (JSON)',
  weightsNote: 'The weights file works on the raw columns (the scaling used in training is folded into Θ(1) and, for a target, the last Θ): load it in a code cell with Network.fromWeights(w.weights, w).',
  noClickAdd: 'With a numeric target, rows are added in the CSV, not by clicking the plot.',
  /** The plot's hint with a numeric target (no point can be added there: it would need a target value). */
  hintRegression: 'With a numeric target, rows are added in the CSV (in the data panel), not on the plot; click a point to remove it.',
  /** Another built-in data set chosen while the reader's data were in use. */
  replaced: (set: string) => `Your data were replaced by the built-in ${set} data set; step 0. Your CSV text is still in the data panel: `
    + 'press Preview and use it to train on it again.',
  axes: (a: string, aLo: number, aHi: number, b: string, bLo: number, bHi: number) => `${a} → from ${f(aLo)} to ${f(aHi)}; ${b} ↑ from ${f(bLo)} to ${f(bHi)}`,
  shapes: ['circle', 'square', 'triangle', 'diamond'] as readonly string[],
  /** The class chooser of the point form, with the reader's class names. */
  classOption: (name: string, shape: string) => `“${name}” (${shape})`,
  /** A point typed (or clicked) outside the plotted range, which is given in the reader's units. */
  farPoint: (a: string, aLo: number, aHi: number, b: string, bLo: number, bHi: number) =>
    `That point lies outside the plotted range (${a} from ${f(aLo)} to ${f(aHi)}, ${b} from ${f(bLo)} to ${f(bHi)}); it was not added.`,
  added: (name: string, a: string, x1: number, b: string, x2: number) => `Added a training point of class “${name}” at ${a} = ${f(x1)}, ${b} = ${f(x2)}.`,
  removed: (name: string, test: boolean, a: string, x1: number, b: string, x2: number) =>
    `Removed a ${test ? 'test' : 'training'} point of class “${name}” at ${a} = ${f(x1)}, ${b} = ${f(x2)}.`,
  removedRow: (test: boolean, a: string, x1: number, b: string, x2: number) => `Removed a ${test ? 'test' : 'training'} row at ${a} = ${f(x1)}, ${b} = ${f(x2)}.`,
  /** The data in the page address (`?csv=`). */
  linkIn: (chars: number) => `The page address holds these data (${c(chars)} characters, compressed): copy it to share them with the settings.`,
  linkTooLarge: (chars: number | null, text: number) => `These data are too large for a link (${chars === null
    ? `${c(text)} characters of CSV; more than ${c(MAX_LINK_TEXT)} are not compressed for a link`
    : `${c(chars)} characters compressed; a link holds at most ${c(MAX_LINK_CHARS)}`}), `
    + 'so the page address holds only the settings. To share the data, download the CSV and send the file.',
  linkLoaded: (n: number, train: number, test: number) => `Your data were read from the page address: ${c(n)} rows, ${c(train)} for training and ${c(test)} for testing; step 0.`,
  linkDamaged: 'The data in the page address (its csv part) are damaged and could not be read; the built-in data set is in use.',
  linkTooLong: (chars: number) => `The data in the page address are too long (${c(chars)} characters; at most ${c(MAX_LINK_CHARS)}) and were not read; the built-in data set is in use.`,
  linkProblems: 'The data in the page address have problems (shown below) and were not loaded; the built-in data set is in use.',
}, {
  summary: '使用自己的数据（CSV）',
  summaryNoJs: '使用自己的数据（CSV）需要 JavaScript。',
  intro: `粘贴或上传 CSV 数据，共三列：x1、x2，以及标签（类别名称或编号，2 到 ${MAX_CLASSES} 个类别）或数值目标值（回归）。`
    + `表头行可有可无；列之间可用逗号、分号、制表符或 | 分隔（用分号或制表符分隔时，1,5 这样的小数逗号按 1.5 读取）。最多 ${c(MAX_ROWS)} 行、${c(MAX_BYTES)} 字节（1 MB）。`,
  textLabel: 'CSV 文本（粘贴到这里，或把文件拖放到框内）',
  fileLabel: '或选择一个 CSV 文件',
  kindLabel: '第三列是',
  kindAuto: '根据数据自动判断',
  kindClasses: '类别标签',
  kindRegression: '数值目标值（回归）',
  preview: '预览',
  reading: (name) => `正在读取 ${name}…`,
  fileError: (name) => `无法读取 ${name}。`,
  tooBig: (bytes) => `数据至少有 ${c(bytes)} 字节，超过了 ${c(MAX_BYTES)} 字节（1 MB）的上限，因此没有读取。请换一个更小的文件。`,
  tooManyRows: `数据行超过 ${c(MAX_ROWS)} 行：读到第 ${c(MAX_ROWS + 1)} 行时已停止，没有载入任何数据。请最多使用 ${c(MAX_ROWS)} 行。`,
  noRows: '没有找到数据行：请至少粘贴两行，例如 0.5,1.2,a。',
  tooFewRows: (n) => `只有 ${n} 行可用，至少需要 2 行。`,
  oneClass: (label) => `所有可用的行标签都是“${label}”：至少需要两个类别（或者选择“数值目标值”）。`,
  tooManyClasses: (count, numeric) => `共有 ${count} 种不同的标签，而交互组件最多只能画 ${MAX_CLASSES} 个类别。`
    + (numeric ? '如果第三列是一个数量，请选择“数值目标值（回归）”。' : ''),
  readCounts: (read, good, bad) => `共读取 ${c(read)} 行数据：${c(good)} 行可用，${c(bad)} 行有问题。`,
  header: (cols) => `表头行：${cols.join('、')}。`,
  noHeader: '没有表头行：三列依次为 x1、x2、label。',
  delimiter: (d, decimalComma = false) => `列之间用${d === ',' ? '逗号' : d === ';' ? '分号' : d === '\t' ? '制表符' : d === '|' ? '竖线' : `“${d}”`}分隔。`
    + (decimalComma ? '小数逗号已按小数点读取。' : ''),
  ranges: (a, aLo, aHi, b, bLo, bHi) => `${q(a)}的范围是 ${f(aLo)} 到 ${f(aHi)}，${q(b)}的范围是 ${f(bLo)} 到 ${f(bHi)}。`,
  classesTitle: (k) => `分类问题，共 ${k} 个类别：`,
  classItem: (k, name, shape, count) => `类别 ${k}“${name}”（${shape}）：${c(count)} 行`,
  classesOutput: (k) => (k === 2
    ? '输出层为一个 sigmoid 单元（给出属于类别 1 的概率），代价函数为交叉熵。'
    : `输出层为 ${k} 个 softmax 单元，代价函数为 softmax 交叉熵。`),
  regression: (name, lo, hi) => `回归问题：目标值${q(name)}的范围是 ${f(lo)} 到 ${f(hi)}。输出层为一个线性单元，代价函数为平方误差代价；`
    + `训练时目标值被缩放到 −1 … 1，因此显示的代价也以缩放后的单位计。导出的权重直接给出原单位下的${q(name)}。`,
  firstRows: (n) => `前 ${n} 行可用数据`,
  rowHead: '行',
  problemsTitle: '有问题的行',
  nan: (row, col, text) => `第 ${row} 行${q(col)}列：“${text}”不是数字。`,
  empty: (row, col) => `第 ${row} 行${q(col)}列：为空。`,
  missing: (row, col) => `第 ${row} 行：缺少${q(col)}列。`,
  extra: (row, found) => `第 ${row} 行：有 ${found} 列，但只应有 3 列。`,
  quotes: (row) => `第 ${row} 行：引号没有闭合。`,
  more: (n) => `……另有 ${c(n)} 行有问题。`,
  rowsNote: '行号即文本的行号（如有表头，表头为第 1 行）。',
  useAll: (n) => `使用这 ${c(n)} 行`,
  useGood: (n, bad) => `使用 ${c(n)} 行可用数据（略去有问题的 ${c(bad)} 行）`,
  orFix: '也可以在文本框里改正这些行，再按“预览”。',
  using: (n, train, test) => `正在用你的数据训练：共 ${c(n)} 行，其中 ${c(train)} 行用于训练，${c(test)} 行用于测试；从第 0 步开始。`,
  active: (n) => `交互组件正在使用你的数据（${c(n)} 行）。`,
  back: '回到内置数据集',
  backDone: '已回到内置数据集，从第 0 步开始。',
  legendClasses: '图中：',
  legendSep: '；',
  sentenceSep: '',
  legendRegression: (name, lo, mid, hi) => `图中背景是拟合出的${q(name)}：低于中间值（${f(mid)}，最低 ${f(lo)}）的区域偏向圆形点的颜色，`
    + `高于中间值（最高 ${f(hi)}）的区域偏向方形点的颜色。圆形点是${q(name)}低于 ${f(mid)} 的行，方形点是不低于它的行。`,
  downloadData: '下载数据（CSV）',
  downloadWeights: '下载权重（JSON）',
  weightsNote: '权重文件直接作用于原始列（训练时所用的缩放已并入 Θ(1)；对于数值目标值，也并入了最后一个 Θ）：在代码单元中用 Network.fromWeights(w.weights, w) 载入。',
  noClickAdd: '使用数值目标值时，请在 CSV 中添加行，而不是点击图像。',
  hintRegression: '使用数值目标值时，请在数据面板的 CSV 中添加行，不能在图中添加；点击已有的点则将它移除。',
  replaced: (set) => `你的数据已被内置的“${set}”数据集替换，从第 0 步开始。你的 CSV 文本仍在数据面板中：按“预览”后再使用，即可重新用它训练。`,
  axes: (a, aLo, aHi, b, bLo, bHi) => `${a} → 从 ${f(aLo)} 到 ${f(aHi)}；${b} ↑ 从 ${f(bLo)} 到 ${f(bHi)}`,
  shapes: ['圆形', '方形', '三角形', '菱形'],
  classOption: (name, shape) => `“${name}”（${shape}）`,
  farPoint: (a, aLo, aHi, b, bLo, bHi) => `这个点在绘图范围之外（${q(a)}从 ${f(aLo)} 到 ${f(aHi)}，${q(b)}从 ${f(bLo)} 到 ${f(bHi)}），没有添加。`,
  added: (name, a, x1, b, x2) => `已在 ${a} = ${f(x1)}、${b} = ${f(x2)} 处添加一个类别“${name}”的训练点。`,
  removed: (name, test, a, x1, b, x2) => `已移除 ${a} = ${f(x1)}、${b} = ${f(x2)} 处类别“${name}”的${test ? '测试' : '训练'}点。`,
  removedRow: (test, a, x1, b, x2) => `已移除 ${a} = ${f(x1)}、${b} = ${f(x2)} 处的一行${test ? '测试' : '训练'}数据。`,
  linkIn: (chars) => `页面地址中已包含这些数据（压缩后 ${c(chars)} 个字符）：复制地址即可连同设置一起分享。`,
  linkTooLarge: (chars, text) => `这些数据太大，放不进链接（${chars === null
    ? `CSV 共 ${c(text)} 个字符，超过 ${c(MAX_LINK_TEXT)} 个字符的数据不会压缩进链接`
    : `压缩后 ${c(chars)} 个字符，链接最多容纳 ${c(MAX_LINK_CHARS)} 个`}），`
    + '因此页面地址中只有设置。如要分享数据，请下载 CSV 文件后发送。',
  linkLoaded: (n, train, test) => `已从页面地址读取你的数据：共 ${c(n)} 行，其中 ${c(train)} 行用于训练，${c(test)} 行用于测试；从第 0 步开始。`,
  linkDamaged: '页面地址中的数据（csv 部分）已损坏，无法读取；现在使用的是内置数据集。',
  linkTooLong: (chars) => `页面地址中的数据太长（${c(chars)} 个字符，最多 ${c(MAX_LINK_CHARS)} 个），没有读取；现在使用的是内置数据集。`,
  linkProblems: '页面地址中的数据有问题（见下方），没有载入；现在使用的是内置数据集。',
});
