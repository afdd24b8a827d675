/**
 * Symbol names shared by lessons, equations and diagrams. A name is a key of `scenarioValues()`
 * (`src/course/flatten.ts`): `x_1`, `a2_1`, `z2_1`, `delta3_1`, `h_1`, `y_1`, `Theta1_2_1`, `D2_1_1`,
 * `f1_2_1_1` (①), `J`. This module turns a name into the diagram element it belongs to and into the
 * notation a reader sees (`δ(2)_1` in text, `\dl{2}_1` in TeX).
 */
import { formatNumber } from '../../src/format/number';
import type { Lang } from '../../src/i18n/lang';
import { SYMBOL_STRINGS } from './strings';

/** A number for exact readouts (hover, focus, aria-labels): 6 significant digits kept, `−` for minus. */
export const exact = (v: number): string => formatNumber(v, { digits: 6, keepZeros: true });
/** A number drawn on a diagram: 3 significant digits, trailing zeros dropped (`0.05`, `0.593`). */
export const short = (v: number): string => formatNumber(v, { digits: 3 });

/** A parsed symbol name: the quantity and its math indices (units from 1, bias column 0). */
export interface SymbolRef {
  kind: 'x' | 'y' | 'h' | 'a' | 'z' | 'delta' | 'Theta' | 'D' | 'f1' | 'f2' | 'f3' | 'J';
  /** Layer $l$ (inputs are layer 1, outputs layer L); 0 when the name has no layer (x, y, h, J). */
  l: number;
  /** Unit (or row) index. */
  i: number;
  /** Column index of a weight; −1 for units. */
  j: number;
}

const UNIT = /^(a|z|delta)(\d+)_(\d+)$/;
const WEIGHT = /^(Theta|D)(\d+)_(\d+)_(\d+)$/;
const FACTOR = /^(f[123])_(\d+)_(\d+)_(\d+)$/;
const PLAIN = /^(x|y|h)_(\d+)$/;

/**
 * Parse a symbol name, or `null` when it is not one the diagram can show.
 * @example
 * ```ts
 * parseSym('Theta1_2_1'); // { kind: 'Theta', l: 1, i: 2, j: 1 }
 * parseSym('path_1_1_1_2'); // null
 * ```
 */
export function parseSym(name: string): SymbolRef | null {
  if (name === 'J') return { kind: 'J', l: 0, i: 0, j: -1 };
  let m = UNIT.exec(name);
  if (m) return { kind: m[1] as SymbolRef['kind'], l: +m[2]!, i: +m[3]!, j: -1 };
  m = WEIGHT.exec(name) ?? FACTOR.exec(name);
  if (m) return { kind: m[1] as SymbolRef['kind'], l: +m[2]!, i: +m[3]!, j: +m[4]! };
  m = PLAIN.exec(name);
  if (m) return { kind: m[1] as SymbolRef['kind'], l: 0, i: +m[2]!, j: -1 };
  return null;
}

/** Key of a unit node in a diagram: `n-<l>-<i>` (i = 0 is the bias unit +1). */
export const nodeKey = (l: number, i: number): string => `n-${l}-${i}`;
/** Key of the edge carrying $\Theta^{(l)}_{ij}$: `e-<l>-<i>-<j>`. */
export const edgeKey = (l: number, i: number, j: number): string => `e-${l}-${i}-${j}`;

/**
 * The diagram element a symbol belongs to, for a network with `L` layers: units (`a`, `z`, `δ`, `x`, `h`,
 * `y`) map to their node, weights and their derivatives (`Θ`, `D`, ①②③) to their edge, `J` to the cost label.
 * @example
 * ```ts
 * symTarget('delta2_1', 3); // 'n-2-1'
 * symTarget('h_2', 3);      // 'n-3-2'
 * symTarget('D1_2_0', 3);   // 'e-1-2-0'
 * ```
 */
export function symTarget(name: string, L: number): string | null {
  const s = parseSym(name);
  if (!s) return null;
  switch (s.kind) {
    case 'J': return 'J';
    case 'x': return nodeKey(1, s.i);
    case 'y': case 'h': return nodeKey(L, s.i);
    case 'a': case 'z': case 'delta': return nodeKey(s.l, s.i);
    default: return edgeKey(s.l, s.i, s.j);
  }
}

const CIRCLED = { f1: '①', f2: '②', f3: '③' } as const;

/**
 * The symbol as plain text, for aria-labels and live regions. Only the chain-rule factors have words in them,
 * in the page's language `lang`.
 * @example
 * ```ts
 * symText('delta2_1');         // 'δ(2)_1'
 * symText('Theta1_2_1');       // 'Θ(1)_21'
 * symText('f1_2_1_1');         // '① for Θ(2)_11'
 * symText('f1_2_1_1', 'zh');   // 'Θ(2)_11 的因子 ①'
 * ```
 */
export function symText(name: string, lang: Lang = 'en'): string {
  const s = parseSym(name);
  if (!s) return name;
  switch (s.kind) {
    case 'J': return 'J';
    case 'x': case 'y': case 'h': return `${s.kind}_${s.i}`;
    case 'a': case 'z': return `${s.kind}(${s.l})_${s.i}`;
    case 'delta': return `δ(${s.l})_${s.i}`;
    case 'Theta': return `Θ(${s.l})_${s.i}${s.j}`;
    case 'D': return `D(${s.l})_${s.i}${s.j}`;
    default: return SYMBOL_STRINGS[lang].factor(CIRCLED[s.kind], `Θ(${s.l})_${s.i}${s.j}`);
  }
}

/**
 * The symbol in the course's TeX notation (macros of `src/math/macros.json`).
 * @example
 * ```ts
 * symTex('delta2_1');   // '\\dl{2}_{1}'
 * symTex('Theta1_2_1'); // '\\Th{1}_{21}'
 * ```
 */
export function symTex(name: string): string {
  const s = parseSym(name);
  if (!s) throw new Error(`"${name}" is not a symbol name (expected e.g. delta2_1, Theta1_2_1, a3_1, x_1, J)`);
  const macro = { a: '\\al', z: '\\zl', delta: '\\dl', Theta: '\\Th', D: '\\Dl' } as const;
  switch (s.kind) {
    case 'J': return 'J';
    case 'x': case 'y': return `${s.kind}_{${s.i}}`;
    case 'h': return `\\hT(x)_{${s.i}}`;
    case 'a': case 'z': case 'delta': return `${macro[s.kind]}{${s.l}}_{${s.i}}`;
    case 'Theta': case 'D': return `${macro[s.kind]}{${s.l}}_{${s.i}${s.j}}`;
    default: {
      const c = { f1: '①', f2: '②', f3: '③' }[s.kind];
      return `\\text{${c}}_{\\Th{${s.l}}_{${s.i}${s.j}}}`;
    }
  }
}
