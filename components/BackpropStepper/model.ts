/**
 * The backprop stepper's script: the forward pass, the cost, the backward pass and the gradient of one
 * example, one operation per step, each with its equation (TeX, numbers substituted), the same as plain
 * text, the numbers it quotes (by `scenarioValues` name) and what to highlight on the diagram.
 */
import { Network, type Activation, type CostName } from 'backprop';
import { chainRuleValues, flattenExample, pathKey } from '../../src/course/flatten';
import { formatTex, formatText } from '../../src/course/format';
import { edgeKey, nodeKey } from '../../src/notation/diagram';
import { layerSym, plainLayer, texLayer } from '../../src/notation/layer';
import { key, plain, sym as N, type Sym, tex } from '../../src/notation/symbol';
import type { DiagramState } from '../NetworkDiagram/model';
import type { Lang } from '../../src/i18n/lang';
import { STEPPER_STRINGS } from './strings';

/** One number an equation quotes, by its `scenarioValues` name (`z2_1`, `path_1_1_0_2`, `f2_1_1_0`). */
export interface Quoted { name: string; value: number }

/** One operation of the passes. */
export interface Step {
  /** Name of what this step computes (a `scenarioValues` key: `z2_1`, `J`, `path_1_1_0_2`, `f1_1_1_0`, `D1_1_2`). */
  id: string;
  phase: 'forward' | 'cost' | 'backward' | 'gradient';
  /** Short heading, e.g. "Computing z(2)_1" (the phase is shown apart). */
  title: string;
  /** Display TeX (an `aligned` body) with `\htmlData{sym=…}` around each symbol and 4-significant-digit numbers. */
  tex: string;
  /** The same equation as plain text, for the aria-live region. */
  text: string;
  /** Every number substituted, in the order it appears. */
  numbers: Quoted[];
  /** The symbols in the equation (linked to the diagram), once each. */
  symbols: string[];
  /** Diagram keys to highlight (`n-2-1`, `e-1-1-0`, `J`). */
  highlight: string[];
}

interface Part { tex: string; text: string }
type Writer = ReturnType<typeof writer>;
type Strings = (typeof STEPPER_STRINGS)['en'];
const DIGITS = 4;

/** Builds one step's equation in TeX and text at once, recording numbers and symbols as it goes. */
function writer(lang: Lang) {
  const numbers: Quoted[] = [], symbols: string[] = [];
  return {
    numbers, symbols,
    cat: (...p: Part[]): Part => ({ tex: p.map((q) => q.tex).join(''), text: p.map((q) => q.text).join('') }),
    op: (tex: string, text = tex): Part => ({ tex, text }),
    sym(s: Sym): Part {
      const name = key(s);
      if (!symbols.includes(name)) symbols.push(name);
      return { tex: `\\htmlData{sym=${name}}{${tex(s)}}`, text: plain(s, { lang }) };
    },
    /** A number from the values (a symbol, or a path term's name); in parentheses when it is a factor of a product. */
    num(s: Sym | string, values: Record<string, number>, factor = false): Part {
      const name = typeof s === 'string' ? s : key(s);
      const value = values[name];
      if (value === undefined) throw new Error(`stepper: no value "${name}"`);
      numbers.push({ name, value });
      const tex = formatTex(value, DIGITS), text = formatText(value, DIGITS);
      return factor ? { tex: `(${tex})`, text: value < 0 ? `(${text})` : text } : { tex, text };
    },
    join: (parts: Part[], tex: string, text: string): Part =>
      ({ tex: parts.map((q) => q.tex).join(tex), text: parts.map((q) => q.text).join(text) }),
  };
}

const G_TEXT: Record<Activation, string> = { sigmoid: 'σ', tanh: 'tanh', relu: 'ReLU', linear: '', softmax: 'softmax' };
const G_TEX: Record<Activation, string> = { sigmoid: '\\sigma', tanh: '\\tanh', relu: '\\operatorname{ReLU}', linear: '', softmax: '\\operatorname{softmax}' };

/**
 * Every named number of a state, as `scenarioValues` names them: {@link flattenExample} plus the
 * chain-rule factors `f1_l_i_j` (①), `f2_l_i_j` (②), `f3_l_i_j` (③) and path terms `path_l_i_j_k`.
 */
export function stepValues(net: Network, s: DiagramState, cost: CostName): Record<string, number> {
  return { ...flattenExample(net, s.x, s.y, cost), ...chainRuleValues(net, s.x, s.y, cost) };
}

/**
 * The whole script for one example: for l = 2..L each $z^{(l)}_i$ then $a^{(l)}_i$; the cost $J$;
 * $\delta^{(L)}_k$; for each hidden unit (l = L−1..2) the path terms $\Theta^{(l)}_{ki}\delta^{(l+1)}_k$,
 * their sum $\partial J/\partial a^{(l)}_i$ and $\delta^{(l)}_i$; then every $D^{(l)}_{ij} = \delta^{(l+1)}_i a^{(l)}_j$
 * with its split into ①②③. Headings and the word "path" are in `lang` (default 'en'); symbols and numbers are the same.
 * @example
 * ```ts
 * const steps = stepperSteps(SCENARIOS.classic);
 * steps[0].text; // 'z(2)_1 = Θ(1)_10 a(1)_0 + … = 0.3775'
 * ```
 */
export function stepperSteps(state: DiagramState, lang: Lang = 'en'): Step[] {
  const S = STEPPER_STRINGS[lang];
  const w0 = () => writer(lang);
  const cost = state.cost ?? 'squared-error';
  const net = Network.fromWeights(state.weights, state.options);
  const v = stepValues(net, state, cost);
  const { L, sizes } = net;
  const steps: Step[] = [];
  const push = (id: string, phase: Step['phase'], title: string, w: Writer, eq: Part, highlight: string[]) =>
    steps.push({ id, phase, title, tex: eq.tex, text: eq.text, numbers: w.numbers, symbols: w.symbols, highlight });

  const c: Ctx = { v, push, S, writer: w0 };
  for (let l = 2; l <= L; l++) forwardSteps(l, sizes, net.activation(l), c);
  costStep(cost, sizes[L - 1]!, L, c);
  outputDeltaSteps(cost, net.activation(L), sizes[L - 1]!, L, c);
  for (let l = L - 1; l >= 2; l--) hiddenDeltaSteps(l, sizes, c);
  for (let l = L - 1; l >= 1; l--) gradientSteps(l, sizes, l === L - 1 && net.activation(L) === 'softmax', c);
  return steps;
}

type Push = (id: string, phase: Step['phase'], title: string, w: Writer, eq: Part, highlight: string[]) => void;
/** What every part of the script needs: the values, where steps go, the page's strings and a writer in its language. */
interface Ctx { v: Record<string, number>; push: Push; S: Strings; writer: () => Writer }
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

/** $z^{(l)}_i = \sum_j \Theta^{(l-1)}_{ij} a^{(l-1)}_j$, then $a^{(l)}_i = g(z^{(l)}_i)$, for each unit of layer l. */
function forwardSteps(l: number, sizes: number[], g: Activation, { v, push, S, writer }: Ctx) {
  const prev = sizes[l - 2]!, cols = range(0, prev);
  const shown = cols.length > 5 ? [0, 1, prev] : cols; // long sums: first terms, ⋯, last
  for (let i = 1; i <= sizes[l - 1]!; i++) {
    let w = writer();
    const gap = (p: Part[]) => (shown.length < cols.length ? [p[0]!, p[1]!, w.op('\\cdots', '…'), p[2]!] : p);
    const symbolic = gap(shown.map((j) => w.cat(w.sym(N.Theta(l - 1, i, j)), w.op('\\,', ' '), w.sym(N.a(l - 1, j)))));
    const numeric = gap(shown.map((j) => w.cat(w.num(N.Theta(l - 1, i, j), v, true), w.op('', '×'), w.num(N.a(l - 1, j), v, true))));
    const z = N.z(l, i);
    push(key(z), 'forward', S.computing(plain(z)), w, w.cat(
      w.sym(z), w.op(' &= ', ' = '), w.join(symbolic, ' + ', ' + '), w.op(' \\\\ &= ', ' = '), w.join(numeric, ' + ', ' + '),
      w.op(' \\\\ &= ', ' = '), w.num(z, v)), [nodeKey(l, i), ...cols.map((j) => edgeKey(l - 1, i, j)), ...cols.map((j) => nodeKey(l - 1, j))]);
    w = writer();
    const a = N.a(l, i);
    const gz = g === 'linear' ? w.sym(z) : g === 'softmax' ? w.op(`${G_TEX.softmax}(${texLayer(layerSym.z(l))})_{${i}}`, `${G_TEXT.softmax}(${plainLayer(layerSym.z(l))})_${i}`)
      : w.cat(w.op(`${G_TEX[g]}(`, `${G_TEXT[g]}(`), w.sym(z), w.op(')', ')'));
    const gn = g === 'linear' || g === 'softmax' ? w.op('', '') : w.cat(w.op(' = ', ' = '), w.op(`${G_TEX[g]}(`, `${G_TEXT[g]}(`), w.num(z, v), w.op(')', ')'));
    push(key(a), 'forward', S.computing(plain(a)), w, w.cat(w.sym(a), w.op(' &= ', ' = '), gz, gn, w.op(' = ', ' = '), w.num(a, v)), [nodeKey(l, i)]);
  }
}

/** $J$ of the example for the chosen cost. */
function costStep(cost: CostName, K: number, L: number, { v, push, S, writer }: Ctx) {
  const w = writer(), ks = range(1, K);
  const each = (f: (k: number) => Part) => w.join(ks.map(f), ' + ', ' + ');
  let eq: Part;
  if (cost === 'squared-error') {
    eq = w.cat(w.op('J &= \\tfrac12 \\textstyle\\sum_k (h_k - y_k)^2 \\\\ &= \\tfrac12\\bigl[', 'J = ½ Σ_k (h_k − y_k)² = ½ ['),
      each((k) => w.cat(w.op('(', '('), w.num(N.h(k), v), w.op(' - ', ' − '), w.num(N.y(k), v), w.op(')^2', ')²'))), w.op('\\bigr]', ']'));
  } else if (cost === 'cross-entropy') {
    eq = w.cat(w.op('J &= -\\textstyle\\sum_k \\bigl[y_k \\log h_k + (1 - y_k)\\log(1 - h_k)\\bigr] \\\\ &= -\\bigl[', 'J = −Σ_k [y_k log h_k + (1 − y_k) log(1 − h_k)] = −['),
      each((k) => w.cat(w.num(N.y(k), v), w.op('\\log ', ' log '), w.num(N.h(k), v, true), w.op(' + (1 - ', ' + (1 − '), w.num(N.y(k), v),
        w.op(')\\log(1 - ', ') log(1 − '), w.num(N.h(k), v), w.op(')', ')'))), w.op('\\bigr]', ']'));
  } else {
    eq = w.cat(w.op('J &= -\\textstyle\\sum_k y_k \\log h_k \\\\ &= -\\bigl[', 'J = −Σ_k y_k log h_k = −['),
      each((k) => w.cat(w.num(N.y(k), v), w.op('\\log ', ' log '), w.num(N.h(k), v, true))), w.op('\\bigr]', ']'));
  }
  push('J', 'cost', S.costTitle, w, w.cat(eq, w.op(' \\\\ &= ', ' = '), w.num('J', v)), [...ks.map((k) => nodeKey(L, k)), 'J']);
}

/** $\delta^{(L)}_k$: $h_k - y_k$ for the matched cross-entropies, $\partial J/\partial a \cdot g'(z)$ for squared error. */
function outputDeltaSteps(cost: CostName, g: Activation, K: number, L: number, { v, push, S, writer }: Ctx) {
  for (const k of range(1, K)) {
    const w = writer();
    const d = N.delta(L, k), f = [L - 1, k, 0] as const;
    let eq: Part;
    if (cost !== 'squared-error') {
      eq = w.cat(w.sym(d), w.op(' &= ', ' = '), w.sym(N.a(L, k)), w.op(` - ${tex(N.y(k))} = `, ` − ${plain(N.y(k))} = `), w.num(N.h(k), v), w.op(' - ', ' − '), w.num(N.y(k), v));
    } else if (g === 'softmax') {
      eq = w.cat(w.sym(d), w.op(` &= \\textstyle\\sum_m \\pd{J}{a_m}\\pd{a_m}{z_${k}} = `, ` = Σ_m ∂J/∂a_m ∂a_m/∂z_${k} = `),
        w.join(range(1, K).map((m) => w.num(pathKey(...f, m), v, true)), ' + ', ' + '));
    } else {
      const aL = N.a(L, k);
      eq = w.cat(w.sym(d), w.op(` &= \\pd{J}{${tex(aL)}}\\,g'(`, ` = ∂J/∂${plain(aL)} · g′(`), w.sym(N.z(L, k)), w.op(') \\\\ &= ', ') = '),
        w.num(N.factor(1, ...f), v, true), w.op('\\,', ' × '), w.num(N.factor(2, ...f), v, true));
    }
    push(key(d), 'backward', S.outputError(plain(d)), w, w.cat(eq, w.op(' = ', ' = '), w.num(d, v)), [nodeKey(L, k)]);
  }
}

/** For each unit i of hidden layer l: one step per path k, their sum $\partial J/\partial a^{(l)}_i$, then $\delta^{(l)}_i$. */
function hiddenDeltaSteps(l: number, sizes: number[], { v, push, S, writer }: Ctx) {
  const next = range(1, sizes[l]!);
  for (let i = 1; i <= sizes[l - 1]!; i++) {
    const f = [l - 1, i, 0] as const, ai = N.a(l, i), a = plain(ai);
    for (const k of next) {
      const w = writer();
      const T = N.Theta(l, k, i), d = N.delta(l + 1, k);
      push(pathKey(...f, k), 'backward', S.path(k, next.length, a, l + 1), w,
        w.cat(w.op(`${S.pathTex(k)}: &\\quad `, `${S.pathText(k)}: `), w.sym(T), w.op('\\,', ' '), w.sym(d), w.op(' = ', ' = '),
          w.num(T, v, true), w.op('', ' × '), w.num(d, v, true), w.op(' = ', ' = '), w.num(pathKey(...f, k), v)),
        [edgeKey(l, k, i), nodeKey(l + 1, k), nodeKey(l, i)]);
    }
    let w = writer();
    push(key(N.factor(1, ...f)), 'backward', S.pathsAddUp(next.length, `∂J/∂${a}`), w, w.cat(
      w.op(`\\pd{J}{${tex(ai)}} &= \\textstyle\\sum_k `, `∂J/∂${a} = Σ_k `), w.sym(N.Theta(l, next[0]!, i)), w.op('\\,', ' '),
      w.sym(N.delta(l + 1, next[0]!)), w.op(next.length > 1 ? ' + \\cdots \\\\ &= ' : ' = ', next.length > 1 ? ' + … = ' : ' = '),
      w.join(next.map((k) => w.num(pathKey(...f, k), v, k > 1)), ' + ', ' + '), w.op(' = ', ' = '), w.num(N.factor(1, ...f), v)),
      [...next.map((k) => edgeKey(l, k, i)), ...next.map((k) => nodeKey(l + 1, k)), nodeKey(l, i)]);
    w = writer();
    const d = N.delta(l, i);
    push(key(d), 'backward', S.computing(plain(d)), w, w.cat(w.sym(d), w.op(` &= \\pd{J}{${tex(ai)}}\\,g'(`, ` = ∂J/∂${a} · g′(`),
      w.sym(N.z(l, i)), w.op(') \\\\ &= ', ') = '), w.num(N.factor(1, ...f), v, true), w.op('\\,', ' × '), w.num(N.factor(2, ...f), v, true), w.op(' = ', ' = '), w.num(d, v)),
      [nodeKey(l, i)]);
  }
}

/** $D^{(l)}_{ij} = \delta^{(l+1)}_i a^{(l)}_j$, shown first as the chain rule's ①·②·③ (not for a softmax output). */
function gradientSteps(l: number, sizes: number[], softmaxOut: boolean, { v, push, writer }: Ctx) {
  for (let i = 1; i <= sizes[l]!; i++) {
    for (let j = 0; j <= sizes[l - 1]!; j++) {
      const w = writer();
      const D = N.D(l, i, j), f = [l, i, j] as const, d = N.delta(l + 1, i), a = N.a(l, j), W = N.Theta(l, i, j), T = plain(W);
      const aNext = N.a(l + 1, i), zNext = N.z(l + 1, i);
      const factor = (n: 1 | 2 | 3, body: string): Part => {
        const name = key(N.factor(n, ...f));
        w.symbols.push(name);
        return { tex: `\\underbrace{\\htmlData{sym=${name}}{${body}}}_{\\text{${'①②③'[n - 1]}}}`, text: '' };
      };
      const split = softmaxOut ? w.op('', '') : w.cat(
        w.op(' &= ', ' = ①·②·③'), factor(1, `\\pd{J}{${tex(aNext)}}`), w.op('\\,', ''),
        factor(2, `\\pd{${tex(aNext)}}{${tex(zNext)}}`), w.op('\\,', ''),
        factor(3, `\\pd{${tex(zNext)}}{${tex(W)}}`), w.op(' \\\\ &= ', ' = '),
        w.num(N.factor(1, ...f), v, true), w.op('\\,', ' × '), w.num(N.factor(2, ...f), v, true), w.op('\\,', ' × '), w.num(N.factor(3, ...f), v, true), w.op(' \\\\', ''));
      push(key(D), 'gradient', `${plain(D)} = ∂J/∂${T}`, w, w.cat(
        w.sym(D), w.op(` = \\pd{J}{${tex(W)}}`, ` = ∂J/∂${T}`), split,
        w.op(' &= ', ' = '), w.sym(d), w.op('\\,', ' '), w.sym(a), w.op(' = ', ' = '), w.num(d, v, true), w.op('\\,', ' × '), w.num(a, v, true),
        w.op(' = ', ' = '), w.num(D, v)), [edgeKey(l, i, j), nodeKey(l, j), nodeKey(l + 1, i)]);
    }
  }
}

/** Names whose values the diagram may show after step `index` (everything computed so far). */
export function revealed(steps: Step[], index: number): string[] {
  return steps.slice(0, index + 1).map((s) => s.id);
}

/**
 * The rows of a step's `aligned` TeX as separate lines without alignment marks, to typeset one by one in inline
 * style: KaTeX may then break a row after `=` or `+`, so a long row wraps instead of being cut off (reader QA D2).
 * @example eqLines('z &= a + b \\\\ &= 0.5') // ['z = a + b', '= 0.5']
 */
export function eqLines(tex: string): string[] {
  return tex.split('\\\\').map((row) => row.replace(/(^|[^\\])&/g, '$1').trim()).filter((row) => row !== '');
}
