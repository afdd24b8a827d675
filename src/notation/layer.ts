/**
 * A whole layer's symbol of the notation, beside the single entries of symbol.ts: the vectors $a^{(l)}$, $z^{(l)}$,
 * $\delta^{(l)}$ of layer l, the matrices $\Theta^{(l)}$, $\Delta^{(l)}$, $D^{(l)}$ from layer l to l + 1, and the
 * batch matrices $A^{(l)}$, $Z^{(l)}$, $E^{(l)}$ (one row per example), as the notation page lists them. Its
 * renderers are the only writers of a symbol's letter and layer: symbol.ts writes `Θ(1)_21` as
 * {@link plainLayer}'s `Θ(1)` with the indices after it.
 *
 * ```ts
 * plainLayer(layerSym.Theta(2)); // 'Θ(2)'
 * texLayer(layerSym.delta(3));   // '\\dl{3}'
 * ```
 */

/** The kinds of a whole layer's symbol. */
export type LayerKind = 'a' | 'z' | 'delta' | 'Theta' | 'Delta' | 'D' | 'A' | 'Z' | 'E';

/** A layer's vector or matrix: `kind` of layer `l` (from 1; a matrix of weights goes from layer l to l + 1). */
export interface LayerSym { kind: LayerKind; l: number }

/** Every kind, in the order the notation page introduces them. */
export const LAYER_KINDS: readonly LayerKind[] = ['a', 'z', 'Theta', 'delta', 'Delta', 'D', 'A', 'Z', 'E'];

const of = (kind: LayerKind) => (l: number): LayerSym => ({ kind, l });

/** Layer symbols by name: `layerSym.Theta(1)` is $\Theta^{(1)}$, `layerSym.E(3)` is $E^{(3)}$. */
export const layerSym = {
  a: of('a'), z: of('z'), delta: of('delta'), Theta: of('Theta'), Delta: of('Delta'), D: of('D'), A: of('A'), Z: of('Z'), E: of('E'),
} as const;

const LETTER: Record<LayerKind, string> = { a: 'a', z: 'z', delta: 'δ', Theta: 'Θ', Delta: 'Δ', D: 'D', A: 'A', Z: 'Z', E: 'E' };
/** The lessons' macros (src/math/macros.json); the batch matrices have none and are written out. */
const MACRO: Partial<Record<LayerKind, string>> = { a: '\\al', z: '\\zl', delta: '\\dl', Theta: '\\Th', Delta: '\\Acc', D: '\\Dl' };

/** The kind's letter alone, as plain text: `δ` for `delta`, `Δ` for `Delta`. */
export const letter = (kind: LayerKind): string => LETTER[kind];

/**
 * The symbol as plain text, what widgets and messages show.
 * @example
 * ```ts
 * plainLayer(layerSym.Theta(2)); // 'Θ(2)'
 * plainLayer(layerSym.delta(3)); // 'δ(3)'
 * plainLayer(layerSym.E(3));     // 'E(3)'
 * ```
 */
export const plainLayer = (s: LayerSym): string => `${LETTER[s.kind]}(${s.l})`;

/**
 * The symbol in the course's TeX, with the macros of src/math/macros.json.
 * @example
 * ```ts
 * texLayer(layerSym.z(3));     // '\\zl{3}'
 * texLayer(layerSym.Delta(1)); // '\\Acc{1}'
 * texLayer(layerSym.A(2));     // 'A^{(2)}'
 * ```
 */
export function texLayer(s: LayerSym): string {
  const macro = MACRO[s.kind];
  return macro ? `${macro}{${s.l}}` : `${LETTER[s.kind]}^{(${s.l})}`;
}
