/**
 * The SVG of an expression graph at one step: nodes (value below, accumulated derivative beside), edges (local
 * derivative, or the derivative carried in this pass, highlighted). Exact values on hover (`<title>`) and, for
 * keyboard users, on focus: each node is focusable and its readout line shows the exact numbers.
 */
import { useMemo, useState } from 'preact/hooks';
import type { ExprGraph } from './model.ts';
import { edgeControls, edgeLabelSpots, type Layout, NODE_RADIUS as R, symbolFontSize, symbolSide } from './layout.ts';
import { dependsOnVariable, type LabelChars, type StepState } from './steps.ts';
import { graphNumber } from './format.ts';
import type { Lang } from '../../src/i18n/lang';
import { EXPRESSION_GRAPH_STRINGS } from './strings.ts';

/**
 * The smallest and the largest scale of the drawing (CSS px per viewBox unit). Below 0.75 its labels (11–13.5 px)
 * would be smaller than about 9 px; up to 1.3 it fills its box. A tall graph is kept within 88 % of the screen's
 * height, but not below 0.75 either. Reader QA: a wide graph was held at 34rem with 7 px labels beside empty space, a
 * small one blown up 1.7× to labels larger than the text, a tall one squeezed to 0.47× by the height limit, and at
 * 0.6 a wide one had 9 px symbols and smaller values.
 */
const MIN_SCALE = 0.75, MAX_SCALE = 1.3;

const unit = (x: number, y: number): [number, number] => { const l = Math.hypot(x, y) || 1; return [x / l, y / l]; };

/** Props: the graph, its layout, how wide its labels get, the step state, the SVG's accessible name and the page's language. */
export interface GraphPictureProps { g: ExprGraph; layout: Layout; chars: LabelChars; state: StepState; label: string; lang?: Lang }

/** The drawing; stateless apart from which node has focus. */
export function GraphPicture({ g, layout, chars, state: s, label, lang = 'en' }: GraphPictureProps) {
  const S = EXPRESSION_GRAPH_STRINGS[lang];
  const [focus, setFocus] = useState<number | null>(null);
  const detail = (id: number) => {
    const n = g.nodes[id]!, d = s.nodeDeriv[id] ?? null;
    return S.nodeDetail(n.name, n.symbol, graphNumber(n.value).exact, d === null ? null : graphNumber(d).exact);
  };
  const controls = useMemo(() => edgeControls(g, layout), [g, layout]);
  const spots = useMemo(() => edgeLabelSpots(g, layout, controls, chars), [g, layout, controls, chars]);
  const dep = useMemo(() => dependsOnVariable(g), [g]);
  return (
    <div class="eg-picture">
      {/* A graph too wide for the box at MIN_SCALE (on a phone) scrolls sideways in it; its focusable nodes scroll
          into view. */}
      <div class="eg-scroll scroll-shadows">
      <svg class="eg-svg" viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-label={label} data-testid="eg-svg"
        style={`min-width:${Math.round(MIN_SCALE * layout.width)}px;max-width:${Math.round(MAX_SCALE * layout.width)}px;max-height:max(88vh,${Math.round(MIN_SCALE * layout.height)}px)`}>
        {g.edges.map((e) => {
          const a = layout.at[e.from]!, b = layout.at[e.to]!, { cx, cy } = controls[e.id]!;
          // The curve leaves and enters along its tangents (towards the control point), on the circles' rims.
          const u0 = unit(cx - a.x, cy - a.y), u1 = unit(b.x - cx, b.y - cy);
          const carried = s.edgeCarried[e.id] ?? null;
          const f = graphNumber(carried ?? e.local, 3);
          // An edge out of a constant is never stepped (steppedEdges): drawn dashed.
          const cls = e.id === s.current ? 'eg-edge eg-current' : carried !== null ? 'eg-edge eg-done' : dep[e.from] ? 'eg-edge' : 'eg-edge eg-fixed';
          // The label sits on the curve where it meets no other label or node (edgeLabelSpots); its halo (CSS
          // paint-order) keeps it readable over the line.
          const mx = spots[e.id]!.x, my = spots[e.id]!.y + 4;
          return (
            <g class={cls} data-edge={e.id} data-testid="eg-edge">
              <path d={`M${a.x + u0[0] * R},${a.y + u0[1] * R} Q${cx},${cy} ${b.x - u1[0] * R},${b.y - u1[1] * R}`} />
              <text x={mx} y={my} text-anchor="middle" class={carried !== null ? 'eg-carried' : 'eg-local'}>
                <title>{S.edgeTitle(carried === null ? null : f.exact, graphNumber(e.local).exact)}</title>{f.text}
              </text>
            </g>
          );
        })}
        {g.nodes.map((n) => {
          const p = layout.at[n.id]!, d = s.nodeDeriv[n.id] ?? null;
          const v = graphNumber(n.value, 3), fd = d === null ? null : graphNumber(d, 3);
          const kind = n.op === 'var' ? ' eg-input' : n.op === 'const' ? ' eg-const' : '';
          return (
            <g class={`eg-node${kind}${n.id === g.output ? ' eg-output' : ''}`} data-node={n.name} tabindex={0} role="img"
              aria-label={detail(n.id)} onFocus={() => setFocus(n.id)} onBlur={() => setFocus(null)}>
              <title>{detail(n.id)}</title>
              <circle cx={p.x} cy={p.y} r={n.op === 'const' ? R - 5 : R} />
              <text x={p.x} y={p.y + 4} text-anchor="middle" class="eg-symbol" style={`font-size:${symbolFontSize(n)}px`}>{n.symbol}</text>
              <text x={p.x} y={p.y + R + 13} text-anchor="middle" class="eg-value">{n.op === 'const' ? '' : v.text}</text>
              {fd && <text x={p.x + symbolSide(n) + 4} y={p.y + 4} class="eg-deriv" data-testid="eg-deriv" data-exact={fd.exact}>{fd.text}</text>}
            </g>
          );
        })}
      </svg>
      </div>
      <p class="eg-focus" aria-hidden="true">{focus === null ? ' ' : detail(focus)}</p>
    </div>
  );
}
