/**
 * Pure helpers of the digits lab: grey-level images of digits and of hidden units' weights, and the
 * weights file (export and a checked import). No DOM: the component puts the bytes on canvases.
 */
import { Network, type Matrix } from 'backprop';
import type { Lang } from '../../src/i18n/lang';
import { DIGIT_LAB_STRINGS } from './strings.ts';

/** The shape every saved or loaded network must have: 20×20 inputs, 10 digits out. */
export const INPUTS = 400;
export const OUTPUTS = 10;
const FORMAT = 'backprop-notebook/digits-weights';

/**
 * RGBA bytes of a grey image: `values[k]` in [lo, hi] maps to black…white (clamped).
 * @example
 * ```ts
 * grey([0, 1], 0, 1); // [0,0,0,255, 255,255,255,255]
 * ```
 */
export function grey(values: ArrayLike<number>, lo: number, hi: number): Uint8ClampedArray {
  const out = new Uint8ClampedArray(values.length * 4);
  const span = hi - lo || 1;
  for (let k = 0; k < values.length; k++) {
    const g = Math.round(((values[k] - lo) / span) * 255);
    out.set([g, g, g, 255], k * 4);
  }
  return out;
}

/**
 * Hidden unit `i`'s incoming weights $\Theta^{(1)}_{i,1..400}$ (bias left out) as a 20×20 grey image,
 * scaled symmetrically so that 0 is mid-grey and the largest |weight| is black or white (Coursera ex4's `displayData`).
 */
export function hiddenUnitImage(Theta1: Float64Array, i: number, inputs = INPUTS): Uint8ClampedArray {
  const row = Theta1.subarray(i * (inputs + 1) + 1, (i + 1) * (inputs + 1));
  let max = 0;
  for (const w of row) max = Math.max(max, Math.abs(w));
  return grey(row, -max || -1, max || 1);
}

/**
 * The weights as a JSON file that {@link parseWeights} reads back.
 * @example
 * ```ts
 * parseWeights(weightsJson(net)); // { net } equal to net
 * ```
 */
export function weightsJson(net: Network): string {
  return JSON.stringify({ format: FORMAT, version: 1, sizes: net.sizes, ...net.options(), Theta: net.weights() });
}

/**
 * Reads a weights file: a 400-s₂-10 network, checked by `Network.fromWeights` (which names shapes that do not chain).
 * @returns `{ net }`, or `{ error }` saying what is wrong (in `lang`; a shape error from the module is its own English), never throws
 */
export function parseWeights(text: string, lang: Lang = 'en'): { net: Network } | { error: string } {
  const S = DIGIT_LAB_STRINGS[lang];
  let data: { format?: unknown; Theta?: unknown; hidden?: unknown; output?: unknown; sizes?: unknown };
  try { data = JSON.parse(text); } catch (e) {
    // The browser's own message is English: the Chinese one keeps only where or what went wrong, if it says.
    const why = (e as Error).message, at = /position (\d+)/.exec(why), token = /Unexpected token '(.+?)'/.exec(why);
    return { error: S.notJson(why, { character: at ? Number(at[1]) + 1 : null, token: token ? token[1]! : null, cutShort: /Unexpected end/.test(why) }) };
  }
  if (!data || typeof data !== 'object' || data.format !== FORMAT) return { error: S.notWeights(FORMAT) };
  if (!Array.isArray(data.Theta) || data.Theta.length !== 2) return { error: S.twoThetas };
  let net: Network;
  try {
    net = Network.fromWeights(data.Theta as Matrix[], { hidden: data.hidden as never, output: data.output as never });
  } catch (e) {
    return { error: (e as Error).message };
  }
  const [s1, , s3] = net.sizes;
  if (s1 !== INPUTS || s3 !== OUTPUTS) return { error: S.wrongNetwork(net.sizes.join('-'), INPUTS, OUTPUTS) };
  // The layer sizes the file states (weightsJson writes them) must be those of its matrices: else it was damaged.
  if (data.sizes !== undefined && JSON.stringify(data.sizes) !== JSON.stringify(net.sizes)) {
    return { error: S.sizesDisagree(JSON.stringify(data.sizes).slice(0, 40), net.sizes.join('-')) };
  }
  return { net };
}

/**
 * Percent with one decimal, halves rounded up, e.g. `0.9234` → `"92.3%"`, `1887 / 2000` → `"94.4%"` (QA: toFixed on
 * 94.35, stored as 94.349999…, gave 94.3).
 */
export function percent(x: number): string {
  return `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
}
