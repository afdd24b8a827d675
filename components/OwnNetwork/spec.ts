/**
 * A reader's own small network as typed into the OwnNetwork widget: layer sizes, activations, cost, the
 * weights Θ(l) (JSON or plain-text matrices), one example x, y and a learning rate α. Parsing and validation
 * return structured problems (field, code, values) that the widget words in the page's language; nothing
 * here throws. Limits: 2–4 layers, 1–6 units a layer (small enough to show every number of the derivation).
 */
import { type Activation, type CostName } from 'backprop';

export const MAX_LAYERS = 4;
export const MAX_UNITS = 6;
export const HIDDEN_ACTIVATIONS: readonly Activation[] = ['sigmoid', 'tanh', 'relu', 'linear'];
export const OUTPUT_ACTIVATIONS: readonly Activation[] = ['sigmoid', 'linear', 'softmax'];
export const COST_NAMES: readonly CostName[] = ['squared-error', 'cross-entropy', 'softmax-cross-entropy'];

/** What the reader typed, field by field (all strings, as in the form and the URL). */
export interface SpecText {
  sizes: string;
  hidden: string;
  output: string;
  cost: string;
  weights: string;
  x: string;
  y: string;
  alpha: string;
}

/** A valid network and example. `weights[l-1]` is Θ(l), s(l+1) rows × (s(l) + 1) columns, column 0 the bias. */
export interface Spec {
  sizes: number[];
  hidden: Activation;
  output: Activation;
  cost: CostName;
  weights: number[][][];
  x: number[];
  y: number[];
  /** Learning rate of the "one gradient step" view. */
  alpha: number;
}

export type Field = keyof SpecText;

/** One problem with one field; `code` selects the message, the other members fill it in. */
export type Problem =
  | { field: Field; code: 'empty' }
  | { field: Field; code: 'notNumber'; token: string; layer?: number; row?: number; column?: number }
  /** A layer size that is not a whole number (`2.5`, `a`): sizes are counts of units, 1 to 6. */
  | { field: 'sizes'; code: 'sizeNotWhole'; token: string }
  | { field: 'sizes'; code: 'layerCount'; count: number }
  | { field: 'sizes'; code: 'unitCount'; layer: number; units: number }
  | { field: 'hidden' | 'output' | 'cost'; code: 'unknownName'; name: string }
  | { field: 'cost'; code: 'costOutput'; cost: CostName; output: Activation }
  /** `detail`: the JavaScript engine's own (English) message for a JSON syntax error; absent when the JSON is
   * well formed but not a list of matrices of numbers. */
  | { field: 'weights'; code: 'badJson'; detail?: string }
  | { field: 'weights'; code: 'matrixCount'; found: number; expected: number }
  | { field: 'weights'; code: 'matrixShape'; layer: number; found: string; expected: string }
  | { field: 'weights'; code: 'raggedRow'; layer: number; row: number; found: number; expected: number }
  | { field: 'x' | 'y'; code: 'length'; found: number; expected: number }
  | { field: 'y'; code: 'softmaxTarget'; sum: number }
  | { field: 'alpha'; code: 'alphaRange'; value: number };

export type Parsed = { ok: true; spec: Spec } | { ok: false; problems: Problem[] };

/** A number as typed: decimal, exponent, optional sign (`−` allowed); anything else is not a number. */
export function parseNumber(token: string): number | null {
  const t = token.trim().replace(/^−/, '-');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

/** Numbers separated by spaces, commas or semicolons, optionally inside [ ]: `0.05, 0.1`, `[0.05 0.1]`. */
export function parseVector(text: string, field: Field): { ok: true; value: number[] } | { ok: false; problem: Problem } {
  const tokens = text.replace(/[[\]]/g, ' ').split(/[\s,;]+/).filter((t) => t !== '');
  if (tokens.length === 0) return { ok: false, problem: { field, code: 'empty' } };
  const value: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const v = parseNumber(tokens[k]!);
    if (v === null) return { ok: false, problem: { field, code: 'notNumber', token: tokens[k]!, column: k + 1 } };
    value.push(v);
  }
  return { ok: true, value };
}

/** Layer sizes: `2-2-2`, `2, 3, 1`, `[2 3 1]`, `2×3×1`. */
export function parseSizes(text: string): { ok: true; value: number[] } | { ok: false; problem: Problem } {
  // × or x separates only between two numbers (2x3x1): elsewhere an x is a size that is not a number (reader QA: 2-x-2
  // was read as 2-2 and got "2 layers need 1" weight matrices).
  const tokens = text.replace(/[[\]]/g, ' ').replace(/(\d)\s*[×xX]\s*(?=\d)/g, '$1 ').split(/[\s,;\-–—]+/).filter((t) => t !== '');
  if (tokens.length === 0) return { ok: false, problem: { field: 'sizes', code: 'empty' } };
  const sizes: number[] = [];
  for (const t of tokens) {
    const v = /^\d+$/.test(t) ? Number(t) : NaN;
    if (!Number.isInteger(v)) return { ok: false, problem: { field: 'sizes', code: 'sizeNotWhole', token: t } };
    sizes.push(v);
  }
  if (sizes.length < 2 || sizes.length > MAX_LAYERS) return { ok: false, problem: { field: 'sizes', code: 'layerCount', count: sizes.length } };
  const bad = sizes.findIndex((s) => s < 1 || s > MAX_UNITS);
  if (bad >= 0) return { ok: false, problem: { field: 'sizes', code: 'unitCount', layer: bad + 1, units: sizes[bad]! } };
  return { ok: true, value: sizes };
}

/**
 * The weights as typed: JSON (`[[[0.35, 0.15, 0.2], …], …]`, Θ(1) first) or plain text, one matrix row a
 * line, numbers separated by spaces or commas, a blank line (or a line like `Θ(2)`) between matrices.
 */
export function parseMatrices(text: string): { ok: true; value: number[][][] } | { ok: false; problem: Problem } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: { field: 'weights', code: 'empty' } };
  if (trimmed.startsWith('[') && trimmed.replace(/[\s\d.eE+\-,]/g, '').replace(/[[\]]/g, '') === '') {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (e) {
      return { ok: false, problem: { field: 'weights', code: 'badJson', detail: (e as Error).message } };
    }
    return fromJson(json);
  }
  const blocks: string[][] = [[]];
  for (const raw of trimmed.split(/\r?\n/)) {
    const line = raw.trim();
    const isLabel = /^(Θ|Theta|theta|W)\s*\(?\s*\d+\s*\)?\s*[:=]?$/.test(line);
    if (line === '' || isLabel) { if (blocks[blocks.length - 1]!.length > 0) blocks.push([]); continue; }
    blocks[blocks.length - 1]!.push(line);
  }
  if (blocks[blocks.length - 1]!.length === 0) blocks.pop();
  const value: number[][][] = [];
  for (let l = 0; l < blocks.length; l++) {
    const rows: number[][] = [];
    for (let r = 0; r < blocks[l]!.length; r++) {
      const parsed = parseVector(blocks[l]![r]!, 'weights');
      if (!parsed.ok) {
        const p = parsed.problem as Extract<Problem, { code: 'notNumber' }>;
        return { ok: false, problem: { field: 'weights', code: 'notNumber', token: p.token, layer: l + 1, row: r + 1, column: p.column } };
      }
      rows.push(parsed.value);
    }
    value.push(rows);
  }
  return { ok: true, value };
}

function fromJson(json: unknown): { ok: true; value: number[][][] } | { ok: false; problem: Problem } {
  const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  if (!Array.isArray(json) || !json.every((m) => Array.isArray(m) && m.every((r) => Array.isArray(r) && r.every(isNumber)))) {
    return { ok: false, problem: { field: 'weights', code: 'badJson' } };
  }
  return { ok: true, value: json as number[][][] };
}

/** Rows × columns of a matrix as the lessons write it: `2×3`. */
export const shapeText = (rows: number, cols: number) => `${rows}×${cols}`;

/** Every problem of a form at once (so each field shows its own message), or the valid spec. */
export function parseSpec(t: SpecText): Parsed {
  const problems: Problem[] = [];
  const sizes = parseSizes(t.sizes);
  if (!sizes.ok) problems.push(sizes.problem);
  const hidden = t.hidden as Activation, output = t.output as Activation, cost = t.cost as CostName;
  if (!HIDDEN_ACTIVATIONS.includes(hidden)) problems.push({ field: 'hidden', code: 'unknownName', name: t.hidden });
  if (!OUTPUT_ACTIVATIONS.includes(output)) problems.push({ field: 'output', code: 'unknownName', name: t.output });
  if (!COST_NAMES.includes(cost)) problems.push({ field: 'cost', code: 'unknownName', name: t.cost });
  else if (OUTPUT_ACTIVATIONS.includes(output)
    && ((cost === 'cross-entropy' && output !== 'sigmoid') || (cost === 'softmax-cross-entropy' && output !== 'softmax'))) {
    problems.push({ field: 'cost', code: 'costOutput', cost, output });
  }
  const weights = parseMatrices(t.weights);
  if (!weights.ok) problems.push(weights.problem);
  else if (sizes.ok) problems.push(...shapeProblems(weights.value, sizes.value));
  const x = parseVector(t.x, 'x');
  if (!x.ok) problems.push(x.problem);
  else if (sizes.ok && x.value.length !== sizes.value[0]) problems.push({ field: 'x', code: 'length', found: x.value.length, expected: sizes.value[0]! });
  const y = parseVector(t.y, 'y');
  const sL = sizes.ok ? sizes.value[sizes.value.length - 1]! : undefined;
  if (!y.ok) problems.push(y.problem);
  else if (sL !== undefined && y.value.length !== sL) problems.push({ field: 'y', code: 'length', found: y.value.length, expected: sL });
  else if (output === 'softmax' && Math.abs(y.value.reduce((a, b) => a + b, 0) - 1) > 1e-9) {
    problems.push({ field: 'y', code: 'softmaxTarget', sum: y.value.reduce((a, b) => a + b, 0) });
  }
  const alpha = parseVector(t.alpha, 'alpha');
  if (!alpha.ok) problems.push(alpha.problem);
  else if (alpha.value.length !== 1 || !(alpha.value[0]! > 0) || alpha.value[0]! > 100) {
    problems.push({ field: 'alpha', code: 'alphaRange', value: alpha.value[0]! });
  }
  if (problems.length > 0 || !sizes.ok || !weights.ok || !x.ok || !y.ok || !alpha.ok) return { ok: false, problems };
  return { ok: true, spec: { sizes: sizes.value, hidden, output, cost, weights: weights.value, x: x.value, y: y.value, alpha: alpha.value[0]! } };
}

/** Shape problems of the weights against the sizes: Θ(l) must be s(l+1) × (s(l) + 1). Both shapes are named. */
export function shapeProblems(weights: number[][][], sizes: number[]): Problem[] {
  if (weights.length !== sizes.length - 1) {
    return [{ field: 'weights', code: 'matrixCount', found: weights.length, expected: sizes.length - 1 }];
  }
  for (let l = 0; l < weights.length; l++) {
    const rows = sizes[l + 1]!, cols = sizes[l]! + 1, M = weights[l]!;
    const ragged = M.findIndex((r) => r.length !== M[0]!.length);
    if (ragged >= 0) return [{ field: 'weights', code: 'raggedRow', layer: l + 1, row: ragged + 1, found: M[ragged]!.length, expected: M[0]!.length }];
    if (M.length !== rows || M[0]!.length !== cols) {
      return [{ field: 'weights', code: 'matrixShape', layer: l + 1, found: shapeText(M.length, M[0]?.length ?? 0), expected: shapeText(rows, cols) }];
    }
  }
  return [];
}

/** The form text of a valid spec (weights as plain text, one row a line, a blank line between matrices). */
export function specText(s: Spec): SpecText {
  return {
    sizes: s.sizes.join('-'),
    hidden: s.hidden,
    output: s.output,
    cost: s.cost,
    weights: s.weights.map((M) => M.map((r) => r.join(' ')).join('\n')).join('\n\n'),
    x: s.x.join(', '),
    y: s.y.join(', '),
    alpha: String(s.alpha),
  };
}
