/**
 * Every user-visible string of the ExpressionGraph widget, its parser and its model, in English and Chinese
 * (`EXPRESSION_GRAPH_STRINGS[lang].key`). Functions take the numbers and names they print. The parser, the model
 * and the step texts take the language as an argument, so their messages arrive already in the page's language.
 */
import { defineStrings } from '../../src/i18n/strings';

const EN = {
  caption: 'The computational graph of your own expression',
  expressionLabel: 'Expression',
  expressionHint: 'Operators + − * / ^ and exp, log, tanh, sigmoid, relu, max(a, b); numbers like 0.5 or 1e-3.',
  valuesLegend: 'Values of the variables',
  valuesPendingLegend: 'Values for the expression you typed (not drawn yet: the graph below is the last valid one)',
  modeGroup: 'Mode',
  forward: 'Forward mode',
  reverse: 'Reverse mode',
  step: 'Step',
  back: 'Back',
  reset: 'Reset',
  needsJs: 'Typing your own expression and the buttons need JavaScript; without it the drawing shows the example before its first step, and the line and table below give its finished gradients.',
  share: 'Put in the address bar',
  shared: 'The address bar now holds this expression and these values: copy it to share.',
  keptLast: 'The graph below still shows the last valid expression.',
  noVariables: 'This expression has no variables, so there is nothing to differentiate.',
  counter: (k: number, n: number) => `Step ${k} of ${n}`,
  passOf: (p: number, n: number, v: string) => ` · pass ${p} of ${n} (∂/∂${v})`,
  backwardPass: ' · backward pass',
  startForward: (n: number) => `Forward mode: ${n} pass${n === 1 ? '' : 'es'}, one per variable; each carries ∂node/∂variable from the leaves up.`,
  /** After the intro, only when the buttons work (with JavaScript). */
  pressStep: ' Press Step.',
  startReverse: (out: string) => `Reverse mode: the values are known from the forward pass; one backward pass carries ∂${out}/∂node from the output down.`,
  // local, inTan, upstream arrive with their relation ("= 2", "≈ 0.1966"); carried and total as plain numbers.
  // `slot`: which operand the edge is, when `from` feeds `to` twice (x/x), else '' ({@link slotNote}).
  forwardStep: (p: number, v: string, from: string, to: string, slot: string, local: string, inTan: string, carried: string, total: string) =>
    `Pass ${p} (∂/∂${v}): along ${from} → ${to}${slot}, local ∂${to}/∂${from} ${local} times ∂${from}/∂${v} ${inTan} gives ${carried}; ∂${to}/∂${v} is now ${total}.`,
  reverseStep: (out: string, from: string, to: string, slot: string, upstream: string, local: string, carried: string, total: string) =>
    `Backward along ${to} → ${from}${slot}: ∂${out}/∂${to} ${upstream} times local ∂${to}/∂${from} ${local} gives ${carried}; ∂${out}/∂${from} is now ${total}.`,
  /** Which operand an edge is (0-based `slot` of operation `op`), for a node that takes the same argument twice. */
  slotNote: (op: string, slot: number) =>
    ` (as the ${op === '/' ? ['numerator', 'denominator'][slot] : op === 'powv' ? ['base', 'exponent'][slot] : slot === 0 ? 'first operand' : 'second operand'})`,
  /** `mode` null: nothing to step (no variable). */
  svgLabel: (nodes: number, edges: number, mode: string | null, k: number, n: number) =>
    `Graph with ${nodes} nodes and ${edges} edges${mode === null ? '' : `; ${mode}, step ${k} of ${n}`}`,
  legend: (reverse: boolean, out: string) =>
    `Under each node its value; on each edge the local derivative, or (highlighted) the derivative it carried in this pass; beside a node ${reverse ? `∂${out}/∂node` : '∂node/∂(seeded variable)'}.`,
  /** After the legend, only when the drawing answers (with JavaScript). */
  exactHint: ' Focus or hover a node for exact values.',
  /** Shown when the graph has a constant: why its edges are never stepped. */
  constantsSkipped: 'A dashed edge leaves a constant: it is not stepped, since a constant depends on no variable (∂/∂x is 0) and its own derivative is never needed.',
  /** The table's ∂f/∂node cell of a constant, read aloud instead of the dash. */
  notComputed: 'not computed: a constant',
  nodeDetail: (name: string, op: string, value: string, deriv: string | null) =>
    `${name} (${op}) = ${value}${deriv === null ? '' : `; derivative so far ${deriv}`}`,
  edgeTitle: (carried: string | null, local: string) => (carried === null ? `local derivative ${local}` : `carried ${carried}; local derivative ${local}`),
  gradientCaption: (out: string) => `Gradient of ${out}: `,
  /** Between the gradient's entries. */
  listSep: ', ',
  tableSummary: 'All values and derivatives (both modes, completed)',
  colNode: 'node',
  colOp: 'operation',
  colValue: 'value',
  colVariable: 'variable',
  colDerivative: (out: string) => `∂${out}/∂variable`,
  colTangent: (v: string) => `∂·/∂${v}`,
  colAdjoint: (out: string) => `∂${out}/∂·`,
  // Parser and model errors; `at` is the 1-based column.
  errorAt: (message: string, column: number) => `Column ${column}: ${message}`,
  empty: 'Type an expression, for example (a+b)*(b+1).',
  syntax: jsepEn,
  unknownName: (name: string, known: string) => `unknown function “${name}”; known: ${known}`,
  notAllowed: (what: string) => `${what} is not allowed here`,
  /** What `notAllowed` names for member access. */
  memberAccess: '“.” or “[ ]”',
  missingOperator: 'an operator is missing before this (or a stray “,” or “;”)',
  operator: (op: string) => `the operator “${op}” is not supported; use + − * / ^`,
  arity: (fn: string, n: number, got: number) => `${fn} takes ${n} argument${n === 1 ? '' : 's'}, not ${got}`,
  /** a^b where b is not a plain number: a variable, or computed (x^(1/3)), so a^b is taken as e^(b ln a). */
  powBase: (base: string) => `the base is ${base}: with an exponent that is not a plain number (a variable, or computed as in x^(1/3)) the base must be > 0`,
  divisionByZero: (den: string) => `division by zero: the denominator is ${den}`,
  logDomain: (arg: string) => `log of ${arg}: the argument must be > 0`,
  powDomain: (base: string, n: string) => `${base} ^ ${n} is not a real number`,
  notFinite: 'this part overflows: its value is not a finite number',
  reservedName: (name: string) => `“${name}” is a function; call it as ${name}(…)`,
  reservedWord: (name: string) => `“${name}” cannot be a variable name; choose another`,
  /** `power`: the name's power written as the parser reads it (`x^3` for `x³`), when `ch` is a superscript. */
  badNameCharacter: (ch: string, name: string, power: string | null) =>
    `“${ch}” cannot be part of a name (in “${name}”): names use letters, digits and _${power ? `; write a power as ${power}` : ''}`,
  /** `ch` right after the number `num` (`1$`, `2²`): neither an operator nor a name's character there. */
  badAfterNumber: (ch: string, num: string, power: string | null) =>
    `“${ch}” after the number ${num} is neither an operator nor part of a name (names use letters, digits and _)${power ? `; write a power as ${power}` : ''}`,
  nameTooLong: (name: string, max: number) => `the name “${name}” is longer than ${max} characters`,
  tooBig: (n: number) => `the graph would have more than ${n} nodes`,
  valueLabel: (v: string) => `${v} =`,
  /** Beside the field of a variable called e, which a reader may take for Euler's number. */
  eIsVariable: 'e is a variable here; for Euler’s number write exp(1), for eˣ exp(x)',
  valueMissing: (v: string) => `${v} needs a value`,
  valueInvalid: (v: string, raw: string) => `${v} = “${raw}” is not a finite number`,
  /** Names given values in a link that the expression has no variable for. */
  urlAbsent: (names: string[]) => (names.length === 1
    ? `The expression has no variable ${names[0]}, so its value in the link is left out.`
    : `The expression has no variables ${names.join(', ')}, so their values in the link are left out.`),
  /** Parts of a link that cannot be read at all (a pair without ":", a name given twice, an unknown mode). */
  urlIgnored: (parts: string[]) => `Not understood in the link, so left out: ${parts.join(', ')}.`,
};

/**
 * jsep's syntax-error descriptions (English, from the library, such as `Unclosed (` or
 * `Variable names cannot start with a number (2x)`) reworded as one sentence without nested brackets, in English
 * and in Chinese; one that is not known here becomes a plain "syntax error" / 语法错误 (its English would leak into
 * a Chinese page, and its brackets into the message).
 */
type JsepRule = [RegExp, (...m: string[]) => string, (...m: string[]) => string];
const JSEP_RULES: JsepRule[] = [
  [/^Expected expression after (.+)$/, (_, op) => `an expression is missing after “${op}”`, (_, op) => `“${op}”之后缺少表达式`],
  [/^Expected expression$/, () => 'an expression is missing', () => '缺少表达式'],
  [/^Unexpected token (.+)$/, (_, t) => `unexpected “${t}”`, (_, t) => `意外的“${t}”`],
  [/^Unexpected period$/, () => 'unexpected “.”', () => '意外的“.”'],
  [/^Unexpected "(.*)"$/, (_, t) => `unexpected “${t}”`, (_, t) => `意外的“${t}”`],
  [/^Unexpected (.+)$/, (_, t) => `unexpected “${t}”`, (_, t) => `意外的“${t}”`],
  [/^Unclosed quote after "(.*)"$/, () => 'a quote is not closed', () => '引号没有闭合'],
  [/^Unclosed (.)$/, (_, b) => `unclosed “${b}”`, (_, b) => `“${b}”没有闭合`],
  [/^Expected comma$/, () => 'a comma is missing', () => '缺少逗号'],
  [/^Expected exponent \((.*)\)$/, (_, t) => `the exponent of “${t}” is incomplete`, (_, t) => `指数“${t}”不完整`],
  [/^Variable names cannot start with a number \((.*)\)$/, (_, t) => `a variable name cannot start with a digit: “${t}”`, (_, t) => `变量名“${t}”不能以数字开头`],
  [/^missing unaryOp argument$/, () => 'an operand is missing after a unary operator', () => '一元运算符缺少操作数'],
  [/^Expected (.+)$/, (_, t) => `“${t}” is missing`, (_, t) => `缺少“${t}”`],
];

function jsepSay(what: string, zh: boolean): string | null {
  for (const [re, en, cn] of JSEP_RULES) {
    const m = re.exec(what.trim());
    if (m) return (zh ? cn : en)(...m);
  }
  return null;
}

function jsepEn(what: string): string {
  const said = jsepSay(what, false);
  return said === null ? 'syntax error' : `syntax error: ${said}`;
}

function jsepZh(what: string): string {
  const said = jsepSay(what, true);
  return said === null ? '语法错误' : `语法错误：${said}`;
}

const ZH: typeof EN = {
  caption: '你输入的表达式的计算图',
  expressionLabel: '表达式',
  expressionHint: '运算符 + − * / ^，函数 exp、log、tanh、sigmoid、relu、max(a, b)；数写作 0.5 或 1e-3 的形式。',
  valuesLegend: '各变量的取值',
  valuesPendingLegend: '你输入的表达式中各变量的取值（尚未画出：下方仍是上一个有效表达式的图）',
  modeGroup: '模式',
  forward: '前向模式',
  reverse: '反向模式',
  step: '下一步',
  back: '上一步',
  reset: '重置',
  needsJs: '输入自己的表达式和上面的按钮需要 JavaScript；未启用时，图中是示例表达式第一步之前的样子，下方的结果行和表格给出算完的梯度。',
  share: '写入地址栏',
  shared: '地址栏中已写入这个表达式和这些取值：复制地址即可分享。',
  keptLast: '下方的图仍显示上一个有效的表达式。',
  noVariables: '这个表达式不含变量，没有可以求导的对象。',
  counter: (k, n) => `第 ${k} 步，共 ${n} 步`,
  passOf: (p, n, v) => ` · 第 ${p} 遍，共 ${n} 遍（∂/∂${v}）`,
  backwardPass: ' · 反向传递',
  startForward: (n) => `前向模式：共 ${n} 遍，每个变量一遍；每一遍从叶节点往上传递 ∂节点/∂变量。`,
  pressStep: '请按“下一步”。',
  startReverse: (out) => `反向模式：各节点的值已在前向传播中求得；一遍反向传递把 ∂${out}/∂节点 从输出逐边往下传。`,
  forwardStep: (p, v, from, to, slot, local, inTan, carried, total) =>
    `第 ${p} 遍（∂/∂${v}）：沿 ${from} → ${to}${slot}，局部导数 ∂${to}/∂${from} ${local} 乘以 ∂${from}/∂${v} ${inTan}，得 ${carried}；∂${to}/∂${v} 现为 ${total}。`,
  reverseStep: (out, from, to, slot, upstream, local, carried, total) =>
    `沿 ${to} → ${from}${slot || ' '}反向：∂${out}/∂${to} ${upstream} 乘以局部导数 ∂${to}/∂${from} ${local}，得 ${carried}；∂${out}/∂${from} 现为 ${total}。`,
  slotNote: (op, slot) => `（作为${op === '/' ? ['分子', '分母'][slot] : op === 'powv' ? ['底数', '指数'][slot] : slot === 0 ? '第一个运算数' : '第二个运算数'}）`,
  svgLabel: (nodes, edges, mode, k, n) => `计算图，共 ${nodes} 个节点、${edges} 条边${mode === null ? '' : `；${mode}，第 ${k} 步，共 ${n} 步`}`,
  legend: (reverse, out) =>
    `每个节点下方是它的值；每条边上是局部导数，高亮的边上是本遍沿它传递的导数；节点旁边是 ${reverse ? `∂${out}/∂节点` : '∂节点/∂（本遍所求导的变量）'}。`,
  exactHint: '把焦点移到节点上或将鼠标悬停其上，可查看精确值。',
  constantsSkipped: '虚线边从常数出发，不参与逐步计算：常数不依赖任何变量（对变量的导数为 0），也从不需要对常数本身求导。',
  notComputed: '不计算：常数',
  nodeDetail: (name, op, value, deriv) => `${name}（${op}）= ${value}${deriv === null ? '' : `；目前的导数为 ${deriv}`}`,
  edgeTitle: (carried, local) => (carried === null ? `局部导数 ${local}` : `传递了 ${carried}；局部导数 ${local}`),
  gradientCaption: (out) => `${out} 的梯度：`,
  listSep: '，',
  tableSummary: '全部值与导数（两种模式，均已算完）',
  colNode: '节点',
  colOp: '运算',
  colValue: '值',
  colVariable: '变量',
  colDerivative: (out) => `∂${out}/∂变量`,
  colTangent: (v) => `∂·/∂${v}`,
  colAdjoint: (out) => `∂${out}/∂·`,
  errorAt: (message, column) => `第 ${column} 列：${message}`,
  empty: '请输入一个表达式，例如 (a+b)*(b+1)。',
  syntax: jsepZh,
  unknownName: (name, known) => `未知函数“${name}”；可用的函数有 ${known.split(', ').join('、')}`,
  notAllowed: (what) => `此处不能使用${what}`,
  memberAccess: '“.”或“[ ]”',
  missingOperator: '这里之前缺少运算符（或者多了一个“,”或“;”）',
  operator: (op) => `不支持运算符“${op}”；请使用 + − * / ^`,
  arity: (fn, n, got) => `${fn} 需要 ${n} 个参数，这里给了 ${got} 个`,
  powBase: (base) => `底数为 ${base}：指数不是单个数（含变量，或如 x^(1/3) 那样需要计算）时，底数必须 > 0`,
  divisionByZero: (den) => `除以零：分母为 ${den}`,
  logDomain: (arg) => `log 的参数为 ${arg}：参数必须 > 0`,
  powDomain: (base, n) => `${base} ^ ${n} 不是实数`,
  notFinite: '这一部分溢出了：它的值不是有限的数',
  reservedName: (name) => `“${name}”是函数，请写成 ${name}(…) 的形式调用`,
  reservedWord: (name) => `“${name}”不能用作变量名，请换一个名字`,
  badNameCharacter: (ch, name, power) => `名称“${name}”中不能有“${ch}”：名称只能由字母、数字和 _ 组成${power ? `；乘方请写成 ${power}` : ''}`,
  badAfterNumber: (ch, num, power) => `数 ${num} 后面的“${ch}”既不是运算符，也不能出现在名称中（名称只能由字母、数字和 _ 组成）${power ? `；乘方请写成 ${power}` : ''}`,
  nameTooLong: (name, max) => `名称“${name}”超过了 ${max} 个字符`,
  tooBig: (n) => `计算图的节点将超过 ${n} 个`,
  valueLabel: (v) => `${v} =`,
  eIsVariable: '这里的 e 是变量；自然常数 e 请写作 exp(1)，eˣ 写作 exp(x)',
  valueMissing: (v) => `请给 ${v} 填一个值`,
  valueInvalid: (v, raw) => `${v} = “${raw}”不是有限的数`,
  urlAbsent: (names) => `表达式中没有变量 ${names.join('、')}，链接中给出的值已略去。`,
  urlIgnored: (parts) => `链接中的以下部分无法识别，已略去：${parts.join('、')}。`,
};

export const EXPRESSION_GRAPH_STRINGS = defineStrings(EN, ZH);

/** One language's table. */
export type ExpressionGraphStrings = typeof EN;
