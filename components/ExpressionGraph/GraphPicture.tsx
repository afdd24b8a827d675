/**
 * The SVG of an expression graph at one step: nodes (value below, accumulated derivative beside), edges (local
 * derivative, or the derivative carried in this pass, highlighted). Exact values on hover (`<title>`) and, for
 * keyboard users, on focus: each node is focusable and its readout line shows the exact numbers.
 */
import { useState } from 'preact/hooks';
import type { ExprGraph } from './model.ts';
import type { Layout } from './layout.ts';
import type { StepState } from './steps.ts';
import { formatNumber } from './format.ts';
import { EXPRESSION_GRAPH_STRINGS as S } from './strings.ts';

const R = 17;

/** Props: the graph, its layout, the step state and the SVG's accessible name. */
export interface GraphPictureProps { g: ExprGraph; layout: Layout; state: StepState; label: string }

/** The drawing; stateless apart from which node has focus. */
export function GraphPicture({ g, layout, state: s, label }: GraphPictureProps) {
  const [focus, setFocus] = useState<number | null>(null);
  const detail = (id: number) => {
    const n = g.nodes[id]!, d = s.nodeDeriv[id] ?? null;
    return S.nodeDetail(n.name, n.symbol, formatNumber(n.value).exact, d === null ? null : formatNumber(d).exact);
  };
  // Parallel edges (x*x: the same node twice) bend apart so both stay visible.
  const twin = new Map<string, number>();
  return (
    <div class="eg-picture">
      <svg class="eg-svg" viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-label={label} data-testid="eg-svg">
        {g.edges.map((e) => {
          const a = layout.at[e.from]!, b = layout.at[e.to]!;
          const key = `${e.from}-${e.to}`, nth = twin.get(key) ?? 0;
          twin.set(key, nth + 1);
          const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1, ux = dx / len, uy = dy / len;
          const bend = nth === 0 ? 0 : (nth % 2 ? 1 : -1) * 16 * Math.ceil(nth / 2);
          const cx = (a.x + b.x) / 2 - uy * bend * 2, cy = (a.y + b.y) / 2 + ux * bend * 2;
          const carried = s.edgeCarried[e.id] ?? null;
          const f = formatNumber(carried ?? e.local, 3);
          const cls = e.id === s.current ? 'eg-edge eg-current' : carried !== null ? 'eg-edge eg-done' : 'eg-edge';
          // The label sits on the curve at t = 0.4 from the argument, where edges into one node are still apart;
          // its halo (CSS paint-order) keeps it readable over the line.
          const t = 0.4, mx = (1 - t) ** 2 * a.x + 2 * t * (1 - t) * cx + t * t * b.x;
          const my = (1 - t) ** 2 * a.y + 2 * t * (1 - t) * cy + t * t * b.y + 4;
          return (
            <g class={cls} data-edge={e.id} data-testid="eg-edge">
              <path d={`M${a.x + ux * R},${a.y + uy * R} Q${cx},${cy} ${b.x - ux * R},${b.y - uy * R}`} />
              <text x={mx} y={my} text-anchor="middle" class={carried !== null ? 'eg-carried' : 'eg-local'}>
                <title>{carried !== null ? `carried ${f.exact}; local ${formatNumber(e.local).exact}` : `local ${f.exact}`}</title>{f.text}
              </text>
            </g>
          );
        })}
        {g.nodes.map((n) => {
          const p = layout.at[n.id]!, d = s.nodeDeriv[n.id] ?? null;
          const v = formatNumber(n.value, 3), fd = d === null ? null : formatNumber(d, 3);
          const kind = n.op === 'var' ? ' eg-input' : n.op === 'const' ? ' eg-const' : '';
          return (
            <g class={`eg-node${kind}${n.id === g.output ? ' eg-output' : ''}`} data-node={n.name} tabindex={0} role="img"
              aria-label={detail(n.id)} onFocus={() => setFocus(n.id)} onBlur={() => setFocus(null)}>
              <title>{detail(n.id)}</title>
              <circle cx={p.x} cy={p.y} r={n.op === 'const' ? R - 5 : R} />
              <text x={p.x} y={p.y + 4} text-anchor="middle" class="eg-symbol">{n.symbol}</text>
              <text x={p.x} y={p.y + R + 13} text-anchor="middle" class="eg-value">{n.op === 'const' ? '' : v.text}</text>
              {fd && <text x={p.x + R + 4} y={p.y + 4} class="eg-deriv" data-testid="eg-deriv" data-exact={fd.exact}>{fd.text}</text>}
            </g>
          );
        })}
      </svg>
      <p class="eg-focus" aria-hidden="true">{focus === null ? ' ' : detail(focus)}</p>
    </div>
  );
}
