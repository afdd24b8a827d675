/**
 * The Playground's symbols in plain text, through the course's notation model (src/notation/symbol.ts), so a weight
 * reads here as in the network diagram and the stepper (`Θ(1)_10`) and the inputs as on the other plots (`x₁`).
 * Indices stay single digits (at most 8 units a layer), so `Θ(1)_10` is unambiguous.
 */
import { plain, sym, weight, type WeightIndex } from '../../src/notation/symbol';
import { layerSym, plainLayer } from '../../src/notation/layer';

/**
 * The weight $\Theta^{(l)}_{ij}$ as the diagram and the stepper write it.
 * @example weightName({ l: 1, i: 1, j: 0 }) // 'Θ(1)_10'
 */
export const weightName = (w: WeightIndex): string => plain(weight(w));

/**
 * The weight matrix $\Theta^{(l)}$, as the weight menu lists it.
 * @example matrixName(2) // 'Θ(2)'
 */
export const matrixName = (l: number): string => plainLayer(layerSym.Theta(l));

/**
 * Input $x_j$ as the plots write it, with a subscript digit.
 * @example inputName(2) // 'x₂'
 */
export const inputName = (j: 1 | 2): string => plain(sym.x(j), { indices: 'subscript' });
