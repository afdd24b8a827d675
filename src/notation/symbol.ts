/**
 * One symbol of the course's notation as data, and its renderers side by side (KaTeX's "one tree, several
 * outputs"): {@link key} for maps, ids and `scenarioValues` names, {@link tex} in the lessons' macros
 * (src/math/macros.json), {@link plain} for the text widgets show, {@link spoken} for screen readers ({@link named} and
 * {@link namedValue} put the plain text first, for accessible names).
 * Indices follow the math: layers from 1, units from 1, the bias unit and column 0. A whole layer's vector or matrix
 * (`Θ(1)`, `δ(3)`) is in layer.ts, whose renderers write the letter and layer of every symbol here too.
 *
 * ```ts
 * const s: Sym = { kind: 'Theta', l: 1, i: 2, j: 1 };
 * key(s);   // 'Theta1_2_1'
 * tex(s);   // '\\Th{1}_{21}'
 * plain(s); // 'Θ(1)_21'
 * spoken(s, 'en'); // 'weight from unit 1 of layer 1 to unit 2 of layer 2'
 * ```
 */
import type { Lang } from '../i18n/lang';
import { letter, plainLayer, texLayer, type LayerSym } from './layer';
import { NOTATION_STRINGS } from './strings';

/** A weight's place: $\Theta^{(l)}_{ij}$ (row i ≥ 1 in layer l + 1, column j ≥ 0 in layer l, 0 = bias). */
export interface WeightIndex { l: number; i: number; j: number }

/** A symbol of the notation. */
export type Sym =
  /** $x_j$, entry j of the input. */
  | { kind: 'x'; j: number }
  /** $y_k$ (target) and $h_\Theta(x)_k$ (output). */
  | { kind: 'y' | 'h'; k: number }
  /** $a^{(l)}_i$, $z^{(l)}_i$, $\delta^{(l)}_i$ of unit i of layer l ($a^{(l)}_0$ is the bias unit). */
  | { kind: 'a' | 'z' | 'delta'; l: number; i: number }
  /** $\Theta^{(l)}_{ij}$ and $D^{(l)}_{ij} = \partial J/\partial\Theta^{(l)}_{ij}$. */
  | ({ kind: 'Theta' | 'D' } & WeightIndex)
  /** The chain-rule factors ① ∂J/∂a, ② ∂a/∂z, ③ ∂z/∂Θ of $\partial J/\partial\Theta^{(l)}_{ij}$ (see {@link factorOf}). */
  | ({ kind: 'f1' | 'f2' | 'f3' } & WeightIndex)
  /** The cost $J$ of the example. */
  | { kind: 'J' };

export type SymKind = Sym['kind'];

/** Every kind, in the order the notation page introduces them. */
export const SYM_KINDS: readonly SymKind[] = ['x', 'y', 'a', 'z', 'Theta', 'h', 'J', 'delta', 'D', 'f1', 'f2', 'f3'];

/**
 * Symbols by name, with the math's indices: `sym.Theta(1, 2, 1)` is $\Theta^{(1)}_{21}$, `sym.factor(1, 2, 1, 1)`
 * is ① of $\partial J/\partial\Theta^{(2)}_{11}$.
 */
export const sym = {
  x: (j: number): Sym => ({ kind: 'x', j }),
  y: (k: number): Sym => ({ kind: 'y', k }),
  h: (k: number): Sym => ({ kind: 'h', k }),
  a: (l: number, i: number): Sym => ({ kind: 'a', l, i }),
  z: (l: number, i: number): Sym => ({ kind: 'z', l, i }),
  delta: (l: number, i: number): Sym => ({ kind: 'delta', l, i }),
  Theta: (l: number, i: number, j: number): Sym => ({ kind: 'Theta', l, i, j }),
  D: (l: number, i: number, j: number): Sym => ({ kind: 'D', l, i, j }),
  factor: (n: 1 | 2 | 3, l: number, i: number, j: number): Sym => ({ kind: `f${n}` as const, l, i, j }),
  J: { kind: 'J' } as Sym,
} as const;

/** The symbol $\Theta^{(l)}_{ij}$ of a weight reference `{ l, i, j }` (as `networkGraph` returns them). */
export const weight = (w: WeightIndex): Sym => ({ kind: 'Theta', l: w.l, i: w.i, j: w.j });

const CIRCLED = { f1: '①', f2: '②', f3: '③' } as const;
const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';

/** Digits as Unicode subscripts: `12` → `₁₂`. */
export const subscriptDigits = (n: number | string): string => String(n).replace(/\d/g, (d) => SUBSCRIPT[Number(d)]!);

/**
 * The symbol's name as a key: the `scenarioValues` names (`x_1`, `a2_1`, `delta3_1`, `Theta1_2_1`, `D2_1_0`,
 * `f1_2_1_1`, `h_1`, `J`). The only writer of this grammar; {@link parse} is its only reader.
 */
export function key(s: Sym): string {
  switch (s.kind) {
    case 'J': return 'J';
    case 'x': return `x_${s.j}`;
    case 'y': case 'h': return `${s.kind}_${s.k}`;
    case 'a': case 'z': case 'delta': return `${s.kind}${s.l}_${s.i}`;
    case 'Theta': case 'D': return `${s.kind}${s.l}_${s.i}_${s.j}`;
    default: return `${s.kind}_${s.l}_${s.i}_${s.j}`;
  }
}

const KEY = /^(?:(x|y|h)_(\d+)|(a|z|delta)(\d+)_(\d+)|(Theta|D)(\d+)_(\d+)_(\d+)|(f[123])_(\d+)_(\d+)_(\d+)|(J))$/;

/**
 * A key back into its symbol, or `null` when the name is not a symbol (a path term, a scenario's extra value).
 * @example
 * ```ts
 * parse('Theta1_2_1'); // { kind: 'Theta', l: 1, i: 2, j: 1 }
 * parse('path_1_1_1_2'); // null
 * ```
 */
export function parse(name: string): Sym | null {
  const m = KEY.exec(name);
  if (!m) return null;
  if (m[1]) return m[1] === 'x' ? { kind: 'x', j: +m[2]! } : { kind: m[1] as 'y' | 'h', k: +m[2]! };
  if (m[3]) return { kind: m[3] as 'a' | 'z' | 'delta', l: +m[4]!, i: +m[5]! };
  if (m[6]) return { kind: m[6] as 'Theta' | 'D', l: +m[7]!, i: +m[8]!, j: +m[9]! };
  if (m[10]) return { kind: m[10] as 'f1' | 'f2' | 'f3', l: +m[11]!, i: +m[12]!, j: +m[13]! };
  return { kind: 'J' };
}

/** The weight a chain-rule factor belongs to: `f1_2_1_1` is ① of $\partial J/\partial\Theta^{(2)}_{11}$. */
export const factorOf = (s: Extract<Sym, { kind: 'f1' | 'f2' | 'f3' }>): Sym => ({ kind: 'Theta', l: s.l, i: s.i, j: s.j });

/**
 * The symbol in the course's TeX, with the macros of src/math/macros.json.
 * @example
 * ```ts
 * tex({ kind: 'delta', l: 2, i: 1 }); // '\\dl{2}_{1}'
 * tex({ kind: 'h', k: 1 });           // '\\hT(x)_{1}'
 * ```
 */
export function tex(s: Sym): string {
  switch (s.kind) {
    case 'J': return 'J';
    case 'x': return `x_{${s.j}}`;
    case 'y': return `y_{${s.k}}`;
    case 'h': return `\\hT(x)_{${s.k}}`;
    case 'a': case 'z': case 'delta': return `${texLayer(s)}_{${s.i}}`;
    case 'Theta': case 'D': return `${texLayer(s)}_{${s.i}${s.j}}`;
    default: return `\\text{${CIRCLED[s.kind]}}_{${tex(factorOf(s))}}`;
  }
}

/** How {@link plain} writes indices. */
export interface PlainOptions {
  /** Language of the words in a factor's name (default 'en'); every other symbol is the same in both. */
  lang?: Lang;
  /**
   * `'underscore'` (default): `Θ(1)_21`, `δ(2)_1`, `x_1`, as linked symbols, the diagram and the stepper write them.
   * `'subscript'`: Unicode subscript digits, `Θ(1)₂₁`, `x₁`, as the plots and the computational graph write them.
   */
  indices?: 'underscore' | 'subscript';
  /** Write the layer `(l)` (default true); false gives `Θ₂₁` where a graph has only one layer of weights. */
  layer?: boolean;
}

/**
 * The symbol as plain text, what a widget shows (and today's aria-labels quote).
 * @example
 * ```ts
 * plain({ kind: 'delta', l: 2, i: 1 });                          // 'δ(2)_1'
 * plain({ kind: 'Theta', l: 1, i: 2, j: 1 });                    // 'Θ(1)_21'
 * plain({ kind: 'Theta', l: 2, i: 1, j: 0 }, { indices: 'subscript' }); // 'Θ(2)₁₀'
 * plain({ kind: 'f1', l: 2, i: 1, j: 1 }, { lang: 'zh' });       // 'Θ(2)_11 的因子 ①'
 * ```
 */
export function plain(s: Sym, opts: PlainOptions = {}): string {
  const { lang = 'en', indices = 'underscore', layer = true } = opts;
  const sub = (...n: number[]) => (indices === 'subscript' ? subscriptDigits(n.join('')) : `_${n.join('')}`);
  // The letter and layer as the layer's own symbol writes them (`Θ(1)`), or the letter alone.
  const head = (t: LayerSym) => (layer ? plainLayer(t) : letter(t.kind));
  switch (s.kind) {
    case 'J': return 'J';
    case 'x': return `x${sub(s.j)}`;
    case 'y': case 'h': return `${s.kind}${sub(s.k)}`;
    case 'a': case 'z': case 'delta': return `${head(s)}${sub(s.i)}`;
    case 'Theta': case 'D': return `${head(s)}${sub(s.i, s.j)}`;
    default: return NOTATION_STRINGS[lang].factorName(CIRCLED[s.kind], plain(factorOf(s), { ...opts, lang }));
  }
}

/**
 * A name's plain text when it is a symbol's key, else the name itself (a path term, a scenario's extra value).
 * @example
 * ```ts
 * plainName('delta2_1'); // 'δ(2)_1'
 * plainName('path_1_1_0_2'); // 'path_1_1_0_2'
 * ```
 */
export function plainName(name: string, opts: PlainOptions = {}): string {
  const s = parse(name);
  return s ? plain(s, opts) : name;
}

/**
 * The symbol's meaning in words, for screen readers, in `lang`: the notation page's meaning column with the
 * indices filled in.
 * @example
 * ```ts
 * spoken({ kind: 'delta', l: 2, i: 1 }, 'en'); // 'error term of unit 1 of layer 2'
 * spoken({ kind: 'delta', l: 2, i: 1 }, 'zh'); // '第 2 层单元 1 的误差项'
 * ```
 */
export function spoken(s: Sym, lang: Lang = 'en'): string {
  const S = NOTATION_STRINGS[lang];
  switch (s.kind) {
    case 'J': return S.J;
    case 'x': return S.x(s.j);
    case 'y': return S.y(s.k);
    case 'h': return S.h(s.k);
    case 'a': case 'z': case 'delta': return S[s.kind](S.unit(s.l, s.i));
    case 'Theta': return S.Theta(S.unit(s.l, s.j), S.unit(s.l + 1, s.i));
    case 'D': return S.D(spoken(weight(s), lang));
    default: return S.factor(CIRCLED[s.kind], spoken(factorOf(s), lang));
  }
}

/**
 * Symbol and meaning together, `δ(2)_1, error term of unit 1 of layer 2`: an aria-label for a bare symbol. It starts
 * with the symbol as {@link plain} writes it (with `opts`, e.g. subscript digits), so an accessible name made of it
 * contains the visible text (axe's label-content-name-mismatch).
 */
export const named = (s: Sym, lang: Lang = 'en', opts: Omit<PlainOptions, 'lang'> = {}): string =>
  NOTATION_STRINGS[lang].named(plain(s, { ...opts, lang }), spoken(s, lang));

/**
 * A symbol shown with its value, then its meaning: `δ(2)_1 = 0.0138, error term of unit 1 of layer 2`. The
 * accessible name of a symbol whose value is on screen: it starts with the visible `δ(2)_1 = 0.0138`.
 * @example
 * ```ts
 * namedValue({ kind: 'x', j: 1 }, '0.05');       // 'x_1 = 0.05, input 1'
 * namedValue({ kind: 'x', j: 1 }, '0.05', 'zh'); // 'x_1 = 0.05，输入的第 1 个分量'
 * ```
 */
export const namedValue = (s: Sym, value: string, lang: Lang = 'en'): string =>
  NOTATION_STRINGS[lang].named(`${plain(s, { lang })} = ${value}`, spoken(s, lang));

/**
 * {@link namedValue} of a name when it is a symbol's key, else `name = value` (a path term, a scenario's extra value).
 * @example
 * ```ts
 * namedValueOf('Theta1_2_1', '0.25'); // 'Θ(1)_21 = 0.25, weight from unit 1 of layer 1 to unit 2 of layer 2'
 * namedValueOf('path_1_1_0_2', '3');  // 'path_1_1_0_2 = 3'
 * ```
 */
export function namedValueOf(name: string, value: string, lang: Lang = 'en'): string {
  const s = parse(name);
  return s ? namedValue(s, value, lang) : `${name} = ${value}`;
}
