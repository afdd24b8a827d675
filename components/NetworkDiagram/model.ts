/**
 * What a network diagram draws, computed from the network state alone: node and edge positions, the
 * numbers on them, stroke colour (by sign) and width (by |Θ|). No DOM; the island and the tests share it.
 */
import { Network, type CostName, type NetworkOptions } from 'backprop';
import { flattenExample } from '../../src/course/flatten';
import type { Lang } from '../../src/i18n/lang';
import { edgeKey, nodeKey } from '../../src/notation/diagram';
import { CLASSIC_EXAMPLE, exampleData, type OneExampleProps } from '../shared/example';
import { exact, short } from '../shared/numbers';
import { layerSym, plainLayer } from '../../src/notation/layer';
import { key, named, namedValue, plain, spoken, sym, type Sym } from '../../src/notation/symbol';
import { NOTATION_STRINGS } from '../../src/notation/strings';
import { DIAGRAM_STRINGS } from './strings';
import { labelBox, placeWeightLabels, type Box } from './labels';

export { exact, short };

/** The state a diagram shows: weights $\Theta^{(1)}, \dots$ (column 0 = bias), one example and a cost. */
export interface DiagramState {
  weights: number[][][];
  x: number[];
  y: number[];
  cost?: CostName;
  options?: NetworkOptions;
}

/** How much to show and at what size (viewBox units; the SVG scales to its container). */
export interface DiagramView {
  /** Horizontal distance between layers. Default 150. */
  colGap?: number;
  /** Vertical distance between units. Default 78. */
  rowGap?: number;
  /** Show δ(l) under the hidden and output units. */
  showDelta?: boolean;
  /** Only these symbol names have their value shown (the stepper reveals values as they are computed). */
  reveal?: string[];
  /** Language of the accessible names (default 'en'); the numbers and symbols drawn are the same in both. */
  lang?: Lang;
}

/** One unit: `a` (and `z`, `δ` when known) at a position; `i = 0` is the bias unit drawn as +1. */
export interface DiagramNode {
  key: string; l: number; i: number; bias: boolean; cx: number; cy: number; r: number;
  /** Symbol name the node stands for (`x_1`, `a2_1`, `h_1`, `a2_0`). */
  name: string;
  /** Text inside the circle and the small lines under it. */
  inside: string; below: string[];
  /** The exact numbers as text (the readout under the drawing shows it). */
  label: string;
  /** Accessible name and tooltip: {@link label}'s numbers with each symbol's meaning ({@link namedValue}). */
  spoken: string;
  editable: boolean;
}

/** One weight $\Theta^{(l)}_{ij}$ from unit j of layer l to unit i of layer l+1. */
export interface DiagramEdge {
  key: string; l: number; i: number; j: number;
  x1: number; y1: number; x2: number; y2: number;
  /** Where its number is written: 30 % along the edge, near the source where edges still fan apart, or further on if that spot is taken (labels.ts). */
  lx: number; ly: number;
  value: number; sign: 'positive' | 'negative'; width: number;
  name: string; text: string;
  /** The exact numbers as text (the readout), and the accessible name and tooltip that say what the weight is. */
  label: string; spoken: string;
}

/** Everything the SVG needs. */
export interface DiagramModel {
  width: number; height: number;
  nodes: DiagramNode[]; edges: DiagramEdge[];
  headers: { x: number; text: string }[];
  /** Where the cost is written, and the text. */
  cost: { x: number; y: number; text: string; label: string; spoken: string };
  /** All named numbers of this state (`scenarioValues` names), for linked symbols and readouts. */
  values: Record<string, number>;
  L: number;
}

const MARGIN_X = 46, TOP = 44, R = 22;


/**
 * Compute the diagram of a state: forward and backward pass by the backprop module, then layout.
 * Layer l sits at $x = 46 + (l-1)\cdot$colGap; in layers $l < L$ the bias unit +1 is drawn on top.
 * @example
 * ```ts
 * const m = diagramModel(SCENARIOS.classic);
 * m.nodes.find((n) => n.key === 'n-3-1')!.inside; // '0.751' (a(3)_1)
 * ```
 */
export function diagramModel(state: DiagramState, view: DiagramView = {}): DiagramModel {
  const { colGap = 150, rowGap = 78, showDelta = false, lang = 'en' } = view;
  const S = DIAGRAM_STRINGS[lang], N = NOTATION_STRINGS[lang];
  const net = Network.fromWeights(state.weights, state.options);
  const cost = state.cost ?? 'squared-error';
  const values = flattenExample(net, state.x, state.y, cost);
  const { L, sizes } = net;
  const shown = (name: string) => !view.reveal || view.reveal.includes(name);
  const rows = Math.max(...sizes.map((s, l) => s + (l < L - 1 ? 1 : 0)));
  const height = TOP + (rows - 1) * rowGap + R + 58;
  const width = 2 * MARGIN_X + (L - 1) * colGap;
  const pos = (l: number, i: number) => {
    const n = sizes[l - 1]! + (l < L ? 1 : 0);
    const offset = ((rows - n) * rowGap) / 2; // centre shorter columns
    return { cx: MARGIN_X + (l - 1) * colGap, cy: TOP + offset + (l < L ? i : i - 1) * rowGap };
  };
  const nodes: DiagramNode[] = [];
  for (let l = 1; l <= L; l++) {
    for (let i = l < L ? 0 : 1; i <= sizes[l - 1]!; i++) {
      const a0 = sym.a(l, i), self = l === 1 && i > 0 ? sym.x(i) : a0;
      const name = key(self);
      // z and δ of the unit, when known: drawn short under it, exact in its label, with their meanings in its name.
      const zd: Sym[] = i > 0 && l > 1 ? [sym.z(l, i), ...(showDelta ? [sym.delta(l, i)] : [])].filter((t) => shown(key(t))) : [];
      const below = zd.map((t) => `${t.kind === 'z' ? 'z' : 'δ'} ${short(values[key(t)]!)}`);
      const parts = zd.map((t) => `${plain(t)} = ${exact(values[key(t)]!)}`);
      const known = i === 0 || l === 1 || shown(name);
      const a = values[key(a0)]!;
      const what = i === 0 ? S.biasUnit(l, plain(a0)) : l === 1 ? S.input(plain(self)) : l === L ? S.output(plain(a0), plain(sym.h(i))) : S.unit(plain(a0));
      const shownA = !known ? S.notComputed : l === 1 && i > 0 ? visibleThenExact(a, lang) : exact(a);
      const label = [`${what} = ${shownA}`, ...parts].join(S.sep);
      // The accessible name: each symbol with its value, then its meaning; the output unit said as h_i ("output 1 of
      // the network"). It contains what the unit shows (axe's label-content-name-mismatch on an editable input).
      const unit = l === L && i > 0
        ? N.named(`${plain(a0)} = ${plain(sym.h(i))}${known ? ` = ${shownA}` : ''}`, spoken(sym.h(i), lang))
        : known ? namedValue(self, shownA, lang) : named(self, lang);
      const said = [known ? unit : `${unit}${S.sep}${S.notComputed}`, ...zd.map((t) => namedValue(t, exact(values[key(t)]!), lang))];
      nodes.push({ key: nodeKey(l, i), l, i, bias: i === 0, ...pos(l, i), r: R, name,
        inside: i === 0 ? '+1' : known ? short(a) : '?', below, label, spoken: said.join(S.partSep), editable: l === 1 && i > 0 });
    }
  }
  const maxAbs = Math.max(1e-12, ...state.weights.flat(2).map(Math.abs));
  const edges: DiagramEdge[] = [];
  for (let l = 1; l < L; l++) {
    state.weights[l - 1]!.forEach((row, r) => row.forEach((value, j) => {
      const i = r + 1, from = pos(l, j), to = pos(l + 1, i);
      const dx = to.cx - from.cx, dy = to.cy - from.cy, len = Math.hypot(dx, dy);
      const x1 = from.cx + (dx / len) * R, y1 = from.cy + (dy / len) * R;
      const x2 = to.cx - (dx / len) * R, y2 = to.cy - (dy / len) * R;
      const w = sym.Theta(l, i, j), name = key(w), grad = values[key(sym.D(l, i, j))]!;
      edges.push({ key: edgeKey(l, i, j), l, i, j, x1, y1, x2, y2,
        lx: x1 + 0.3 * (x2 - x1), ly: y1 + 0.3 * (y2 - y1),
        value, sign: value < 0 ? 'negative' : 'positive', width: 1 + 4 * (Math.abs(value) / maxAbs),
        name, text: short(value),
        label: `${plain(w, { lang })} = ${exact(value)}${S.sep}∂J/∂Θ = ${exact(grad)}`,
        spoken: `${namedValue(w, exact(value), lang)}${S.partSep}${S.slope(exact(grad))}` });
    }));
  }
  placeWeightLabels(edges, nodes.flatMap(unitBoxes));
  const headers = Array.from({ length: L }, (_, k) => ({
    x: MARGIN_X + k * colGap,
    text: `${plainLayer(layerSym.a(k + 1))}${k === 0 ? ' = [1; x]' : k === L - 1 ? ' = h' : ''}`,
  }));
  const last = pos(L, sizes[L - 1]!);
  const J = values.J!;
  return { width, height, nodes, edges, headers, values, L,
    cost: { x: last.cx, y: last.cy + R + (showDelta ? 52 : 40), text: shown('J') ? `J = ${short(J)}` : 'J = ?',
      label: shown('J') ? S.cost(exact(J)) : S.costNotComputed,
      spoken: shown('J') ? namedValue(sym.J, exact(J), lang) : `${named(sym.J, lang)}${S.sep}${S.notComputed}` } };
}

/**
 * What a unit covers: its circle and, under a computed unit, room for the two lines z and δ (drawn by DiagramSvg at
 * `cy + r + 14 + 13k`, 11 px) whether they are shown yet or not, so the stepper's labels stay put as it reveals them.
 */
function unitBoxes(n: DiagramNode): Box[] {
  const circle = { x: n.cx - n.r, y: n.cy - n.r, w: 2 * n.r, h: 2 * n.r };
  return n.l === 1 || n.bias ? [circle] : [circle, ...[0, 1].map((k) => labelBox(n.cx, n.cy + n.r + 10 + 13 * k, 'δ −0.0000'))];
}

/**
 * Default state for a diagram: the example from the props, defaults by the shared {@link exampleData} (the classic
 * example), except that `sizes` other than the classic 2-2-2 without `weights` give a seeded random network.
 * @example
 * ```ts
 * initialState({ sizes: [2, 3, 1], seed: 4 }).weights.length; // 2
 * ```
 */
export function initialState(props: OneExampleProps & { sizes?: number[]; seed?: number }): DiagramState {
  const { sizes } = props;
  const classicSizes = [CLASSIC_EXAMPLE.x.length, ...CLASSIC_EXAMPLE.weights.map((T) => T.length)];
  const random = !props.weights && sizes && sizes.join() !== classicSizes.join()
    ? Network.random(sizes, { seed: props.seed ?? 1, ...props.options }).weights() : undefined;
  const { weights, x, y, cost, options } = exampleData({ ...props, weights: props.weights ?? random });
  return { weights, x, y, cost, options };
}

/**
 * An editable input's value as drawn, then the exact value only when the drawing rounds it, so the accessible
 * name contains the visible text (axe `label-content-name-mismatch`, reader QA D24): `0.05`, `0.123 (exactly 0.123457)`.
 */
function visibleThenExact(v: number, lang: Lang): string {
  const drawn = short(v);
  return Number(drawn.replace('−', '-')) === v ? drawn : DIAGRAM_STRINGS[lang].drawnThenExact(drawn, exact(v));
}
