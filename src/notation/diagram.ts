/**
 * Where a symbol sits on a network diagram: units (`a`, `z`, `δ`, `x`, `h`, `y`) on their node, weights and their
 * derivatives (`Θ`, `D`, ①②③) on their edge, `J` on the cost label. These keys are the diagram's element ids
 * (`data-el`), shared by the diagram, the stepper's highlights and linked symbols.
 */
import type { Sym } from './symbol';

/** Key of a unit node in a diagram: `n-<l>-<i>` (i = 0 is the bias unit +1). */
export const nodeKey = (l: number, i: number): string => `n-${l}-${i}`;
/** Key of the edge carrying $\Theta^{(l)}_{ij}$: `e-<l>-<i>-<j>`. */
export const edgeKey = (l: number, i: number, j: number): string => `e-${l}-${i}-${j}`;

/**
 * The diagram element of a symbol, for a network with `L` layers.
 * @example
 * ```ts
 * diagramTarget({ kind: 'delta', l: 2, i: 1 }, 3); // 'n-2-1'
 * diagramTarget({ kind: 'h', k: 2 }, 3);           // 'n-3-2'
 * diagramTarget({ kind: 'D', l: 1, i: 2, j: 0 }, 3); // 'e-1-2-0'
 * ```
 */
export function diagramTarget(s: Sym, L: number): string {
  switch (s.kind) {
    case 'J': return 'J';
    case 'x': return nodeKey(1, s.j);
    case 'y': case 'h': return nodeKey(L, s.k);
    case 'a': case 'z': case 'delta': return nodeKey(s.l, s.i);
    default: return edgeKey(s.l, s.i, s.j);
  }
}
