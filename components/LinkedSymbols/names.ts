/**
 * Symbol names shared by lessons, equations and diagrams. A name is a key of `scenarioValues()`
 * (`src/course/flatten.ts`): `x_1`, `a2_1`, `z2_1`, `delta3_1`, `h_1`, `y_1`, `Theta1_2_1`, `D2_1_1`,
 * `f1_2_1_1` (①), `J`. This module turns a name into the diagram element it belongs to and into the
 * notation a reader sees (`δ(2)_1` in text, `\dl{2}_1` in TeX) through the notation module, src/notation/symbol.ts.
 */
import type { Lang } from '../../src/i18n/lang';
import { diagramTarget, edgeKey, nodeKey } from '../../src/notation/diagram';
import { namedValueOf, parse, plainName, type SymKind, tex } from '../../src/notation/symbol';
import { exact, short } from '../shared/numbers';

export { exact, short };

/** A parsed symbol name, flattened: the quantity and its math indices (units from 1, bias column 0). */
export interface SymbolRef {
  kind: SymKind;
  /** Layer $l$ (inputs are layer 1, outputs layer L); 0 when the name has no layer (x, y, h, J). */
  l: number;
  /** Unit (or row) index. */
  i: number;
  /** Column index of a weight; −1 for units. */
  j: number;
}

/**
 * Parse a symbol name, or `null` when it is not one the diagram can show (the grammar is
 * `src/notation/symbol.ts`'s `key`/`parse`; this is its flat form for the diagram).
 * @example
 * ```ts
 * parseSym('Theta1_2_1'); // { kind: 'Theta', l: 1, i: 2, j: 1 }
 * parseSym('path_1_1_1_2'); // null
 * ```
 */
export function parseSym(name: string): SymbolRef | null {
  const s = parse(name);
  if (!s) return null;
  switch (s.kind) {
    case 'J': return { kind: 'J', l: 0, i: 0, j: -1 };
    case 'x': return { kind: 'x', l: 0, i: s.j, j: -1 };
    case 'y': case 'h': return { kind: s.kind, l: 0, i: s.k, j: -1 };
    case 'a': case 'z': case 'delta': return { kind: s.kind, l: s.l, i: s.i, j: -1 };
    default: return { kind: s.kind, l: s.l, i: s.i, j: s.j };
  }
}

export { edgeKey, nodeKey };

/**
 * The diagram element a symbol belongs to, for a network with `L` layers (`diagramTarget` of src/notation/diagram.ts):
 * units (`a`, `z`, `δ`, `x`, `h`, `y`) map to their node, weights and their derivatives (`Θ`, `D`, ①②③) to
 * their edge, `J` to the cost label.
 * @example
 * ```ts
 * symTarget('delta2_1', 3); // 'n-2-1'
 * symTarget('h_2', 3);      // 'n-3-2'
 * symTarget('D1_2_0', 3);   // 'e-1-2-0'
 * ```
 */
export function symTarget(name: string, L: number): string | null {
  const s = parse(name);
  return s ? diagramTarget(s, L) : null;
}

/**
 * The symbol as plain text, for aria-labels and live regions ({@link plain} of the notation module). Only the
 * chain-rule factors have words in them, in the page's language `lang`.
 * @example
 * ```ts
 * symText('delta2_1');         // 'δ(2)_1'
 * symText('Theta1_2_1');       // 'Θ(1)_21'
 * symText('f1_2_1_1');         // '① for Θ(2)_11'
 * symText('f1_2_1_1', 'zh');   // 'Θ(2)_11 的因子 ①'
 * ```
 */
export function symText(name: string, lang: Lang = 'en'): string {
  return plainName(name, { lang });
}

/**
 * The accessible name of a linked symbol with its value: the text shown (`δ(2)_1 = 0.0138`), then what the symbol
 * means in the page's language ({@link namedValueOf} of the notation module).
 * @example
 * ```ts
 * symLabel('delta2_1', '0.0138'); // 'δ(2)_1 = 0.0138, error term of unit 1 of layer 2'
 * ```
 */
export function symLabel(name: string, value: string, lang: Lang = 'en'): string {
  return namedValueOf(name, value, lang);
}

/**
 * The symbol in the course's TeX notation (macros of `src/math/macros.json`; {@link tex} of the notation module).
 * @example
 * ```ts
 * symTex('delta2_1');   // '\\dl{2}_{1}'
 * symTex('Theta1_2_1'); // '\\Th{1}_{21}'
 * ```
 */
export function symTex(name: string): string {
  const s = parse(name);
  if (!s) throw new Error(`"${name}" is not a symbol name (expected e.g. delta2_1, Theta1_2_1, a3_1, x_1, J)`);
  return tex(s);
}
