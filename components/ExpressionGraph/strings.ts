/**
 * Every user-visible string of the ExpressionGraph widget, its parser and its model, in one table so that
 * a translated edition replaces this object only. Functions take the numbers and names they print.
 */
export const EXPRESSION_GRAPH_STRINGS = {
  caption: 'The computational graph of your own expression',
  expressionLabel: 'Expression',
  expressionHint: 'Operators + − * / ^ and exp, log, tanh, sigmoid, relu, max(a, b); numbers like 0.5 or 1e-3.',
  valuesLegend: 'Values of the variables',
  modeGroup: 'Mode',
  forward: 'Forward mode',
  reverse: 'Reverse mode',
  step: 'Step',
  back: 'Back',
  reset: 'Reset',
  share: 'Put in the address bar',
  shared: 'The address bar now holds this expression and these values: copy it to share.',
  keptLast: 'The graph below still shows the last valid expression.',
  noVariables: 'This expression has no variables, so there is nothing to differentiate.',
  counter: (k: number, n: number) => `Step ${k} of ${n}`,
  passOf: (p: number, n: number, v: string) => ` · pass ${p} of ${n} (∂/∂${v})`,
  backwardPass: ' · backward pass',
  startForward: (n: number) => `Forward mode: ${n} pass${n === 1 ? '' : 'es'}, one per variable; each carries ∂node/∂variable from the leaves up. Press Step.`,
  startReverse: (out: string) => `Reverse mode: the values are known from the forward pass; one backward pass carries ∂${out}/∂node from the output down. Press Step.`,
  // local, inTan, upstream arrive with their relation ("= 2", "≈ 0.1966"); carried and total as plain numbers.
  forwardStep: (p: number, v: string, from: string, to: string, local: string, inTan: string, carried: string, total: string) =>
    `Pass ${p} (∂/∂${v}): along ${from} → ${to}, local ∂${to}/∂${from} ${local} times ∂${from}/∂${v} ${inTan} gives ${carried}; ∂${to}/∂${v} is now ${total}.`,
  reverseStep: (out: string, from: string, to: string, upstream: string, local: string, carried: string, total: string) =>
    `Backward along ${to} → ${from}: ∂${out}/∂${to} ${upstream} times local ∂${to}/∂${from} ${local} gives ${carried}; ∂${out}/∂${from} is now ${total}.`,
  svgLabel: (nodes: number, edges: number, mode: string, k: number, n: number) =>
    `Graph with ${nodes} nodes and ${edges} edges; ${mode}, step ${k} of ${n}`,
  legend: (reverse: boolean, out: string) =>
    `Under each node its value; on each edge the local derivative, or (highlighted) the derivative it carried in this pass; beside a node ${reverse ? `∂${out}/∂node` : '∂node/∂(seeded variable)'}. Focus or hover a node for exact values.`,
  nodeDetail: (name: string, op: string, value: string, deriv: string | null) =>
    `${name} (${op}) = ${value}${deriv === null ? '' : `; derivative so far ${deriv}`}`,
  edgeTitle: (carried: string | null, local: string) => (carried === null ? `local derivative ${local}` : `carried ${carried}; local derivative ${local}`),
  gradientCaption: (out: string) => `Gradient of ${out}`,
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
  syntax: (what: string) => `syntax error (${what})`,
  unknownName: (name: string, known: string) => `unknown function “${name}”; known: ${known}`,
  notAllowed: (what: string) => `${what} is not allowed here`,
  missingOperator: 'an operator is missing before this (or a stray “,” or “;”)',
  operator: (op: string) => `the operator “${op}” is not supported; use + − * / ^`,
  arity: (fn: string, n: number, got: number) => `${fn} takes ${n} argument${n === 1 ? '' : 's'}, not ${got}`,
  powBase: (base: string) => `the base is ${base}: with a variable exponent the base must be > 0`,
  divisionByZero: (den: string) => `division by zero: the denominator is ${den}`,
  logDomain: (arg: string) => `log of ${arg}: the argument must be > 0`,
  powDomain: (base: string, n: string) => `${base} ^ ${n} is not a real number`,
  notFinite: 'this part overflows: its value is not a finite number',
  reservedName: (name: string) => `“${name}” is a function; call it as ${name}(…)`,
  reservedWord: (name: string) => `“${name}” cannot be a variable name; choose another`,
  tooBig: (n: number) => `the graph would have more than ${n} nodes`,
  valueLabel: (v: string) => `${v} =`,
  valueMissing: (v: string) => `${v} needs a value`,
  valueInvalid: (v: string, raw: string) => `${v} = “${raw}” is not a number`,
  urlInvalid: 'The link held an invalid expression or value; the default is shown instead.',
} as const;

/** The strings table's type, for a translated edition. */
export type ExpressionGraphStrings = typeof EXPRESSION_GRAPH_STRINGS;
