/**
 * ComputationGraph: an expression graph with forward mode (one pass per input, edges carrying ∂node/∂input)
 * and reverse mode (one backward pass, edges carrying ∂out/∂node) animated edge by edge, and the number of
 * passes and operations each needs, as counted by the backprop module.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { fmtShort as fmt } from '../shared/example.ts';
import { type Expression, type GraphParams, layoutGraph } from './graph.ts';
import { derivativeTable, graphState, type Mode, steps } from './model.ts';
import '../shared/widget.css';
import { SHARED_STRINGS } from '../shared/strings.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { GRAPH_STRINGS } from './strings.ts';
import './graph.css';

/** Props of {@link ComputationGraph}; all optional. */
export interface ComputationGraphProps extends GraphParams {
  /** `"e=(a+b)(b+1)"` (default; a = 2, b = 1) or `"seed-cost"` (squared error of one sigmoid unit with 2 inputs). */
  expression?: Expression;
  /** Mode shown first (default `"forward"`). */
  mode?: Mode;
  /** Milliseconds per step while playing (default 700). */
  interval?: number;
  /** Caption above the widget. */
  caption?: string;
  /** Language of the page: 'zh' on the Chinese pages (default 'en'). */
  lang?: Lang;
}

const R = 17;

/** The island; see {@link ComputationGraphProps}. */
export default function ComputationGraph(props: ComputationGraphProps) {
  const lang = props.lang ?? 'en';
  const S = GRAPH_STRINGS[lang];
  const expression = props.expression ?? 'e=(a+b)(b+1)';
  const g = useMemo(() => layoutGraph(expression, props), []);
  const table = useMemo(() => derivativeTable(g), [g]);
  // Without JavaScript (server render) the counts table gives both modes' finished gradients, as the derivatives
  // table below does (reader QA: it showed "…" that nothing could fill in).
  const finished = { forward: table[g.output]!.tangents, reverse: g.inputs.map((id) => table[id]!.adjoint) };
  const [mode, setMode] = useState<Mode>(props.mode ?? 'forward');
  const all = useMemo(() => steps(g, mode, lang), [g, mode, lang]);
  const [k, setK] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  const s = graphState(g, mode, k, all, lang);
  const out = g.nodes[g.output]!.name;
  const inputNames = g.inputs.map((id) => g.nodes[id]!.name);
  const E = g.edges.length;

  useEffect(() => {
    if (!playing) return;
    if (k >= all.length) { setPlaying(false); return; }
    const t = setTimeout(() => setK(k + 1), props.interval ?? 700);
    return () => clearTimeout(t);
  }, [playing, k, all]);

  const gradientCell = (m: Mode) => (live ? (mode === m ? s.results : []) : finished[m]).map((r) => (r === null ? '…' : fmt(r, 4))).join(', ') || '…';

  const play = () => {
    if (playing) { setPlaying(false); return; }
    const start = k >= all.length ? 0 : k;
    // Reduced motion: no animation; jump to the end of the current pass instead.
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
      setK(mode === 'forward' ? Math.min(all.length, (Math.floor(start / E) + 1) * E) : all.length);
      return;
    }
    setK(start);
    setPlaying(true);
  };
  const choose = (m: Mode) => { setMode(m); setK(0); setPlaying(false); };
  const passLabel = s.pass < 0 ? '' : mode === 'forward' ? S.forwardPass(s.pass + 1, g.forward.passes, inputNames[s.pass]!) : S.backwardPass;

  return (
    <figure class="bpw cg" data-widget="computation-graph" data-expression={expression}>
      <figcaption>{props.caption ?? (expression !== 'seed-cost' ? S.captionArticle : props.weights ? S.captionCost : S.captionSeedCost)}</figcaption>
      <div class="bpw-controls">
        <div class="cg-mode" role="group" aria-label={S.modeGroup}>
          {(['forward', 'reverse'] as const).map((m) => (
            <button type="button" aria-pressed={mode === m} disabled={!live} onClick={() => choose(m)}
              data-testid={`cg-mode-${m}`}>{S.modeName[m]}</button>
          ))}
        </div>
        {/* aria-disabled, not disabled: a focused button that disabled itself would drop focus to <body> (reader QA D7). */}
        <button type="button" disabled={!live} aria-disabled={k >= all.length} onClick={() => { if (k < all.length) { setPlaying(false); setK(k + 1); } }} data-testid="cg-step">{S.step}</button>
        <button type="button" disabled={!live} aria-pressed={playing} onClick={play} data-testid="cg-play">{playing ? S.pause : S.play}</button>
        <button type="button" disabled={!live} aria-disabled={k === 0} onClick={() => { if (k > 0) { setPlaying(false); setK(0); } }} data-testid="cg-reset">{S.reset}</button>
      </div>
      {!live && <p class="bpw-note">{SHARED_STRINGS[lang].needsJs(S.buttons)}</p>}
      <p class="bpw-readout" aria-live="polite" data-testid="cg-status">
        <span data-testid="cg-counter">{S.counter(s.step, s.total)}{passLabel}</span>
        <span>{s.text}{live && s.step === 0 ? S.pressStep : ''}</span>
      </p>
      <svg class="bpw-svg cg-svg" viewBox={`0 0 ${g.width} ${g.height}`} role="img" data-testid="cg-svg"
        aria-label={S.drawing(out, g.nodes.length, E, mode, s.step, s.total)}>
        {g.edges.map((e) => {
          const a = g.nodes[e.from]!, b = g.nodes[e.to]!;
          const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1, ux = dx / len, uy = dy / len;
          const carried = s.edgeCarried[e.id];
          const cls = e.id === s.current ? 'cg-edge cg-current' : carried !== null ? 'cg-edge cg-done' : 'cg-edge';
          const mx = a.x + dx * 0.5 - uy * 9, my = a.y + dy * 0.5 + ux * 9 + 3;
          return (
            <g class={cls} data-edge={e.id}>
              <line x1={a.x + ux * R} y1={a.y + uy * R} x2={b.x - ux * R} y2={b.y - uy * R} />
              <text x={mx} y={my} text-anchor="middle" class={carried !== null ? 'cg-carried' : 'cg-local'}>
                {fmt(carried ?? e.local, 3)}
              </text>
            </g>
          );
        })}
        {g.nodes.map((n) => {
          const d = s.nodeDeriv[n.id];
          return (
            <g class={`cg-node${n.isInput ? ' cg-input' : ''}${n.id === g.output ? ' cg-output' : ''}`} data-node={n.name}>
              <circle cx={n.x} cy={n.y} r={R} />
              <text x={n.x} y={n.y + 4} text-anchor="middle" class="cg-symbol">{n.symbol}</text>
              <text x={n.x} y={n.y + R + 11} text-anchor="middle" class="cg-value">{fmt(n.value, 3)}</text>
              {d !== null && <text x={n.x + R + 2} y={n.y - R + 4} class="cg-deriv" data-testid="cg-deriv">{fmt(d, 3)}</text>}
            </g>
          );
        })}
      </svg>
      <p class="bpw-note">
        {S.legend(mode === 'forward' ? S.derivForward : S.derivReverse(out))}
      </p>
      <table class="cg-counts" data-testid="cg-counts">
        <caption>{S.countsCaption(g.inputs.length, inputNames.map((v) => `∂${out}/∂${v}`).join(', '))}</caption>
        <thead><tr><th scope="col">{S.modeHeader}</th><th scope="col">{S.passesHeader}</th><th scope="col">{S.operationsHeader}</th><th scope="col">{S.gradientHeader}</th></tr></thead>
        <tbody>
          <tr data-mode="forward"><th scope="row">{S.forwardRow}</th><td class="num">{g.forward.passes}</td><td class="num">{g.forward.operations}</td>
            <td class="num">{gradientCell('forward')}</td></tr>
          <tr data-mode="reverse"><th scope="row">{S.reverseRow}</th><td class="num">{g.reverse.passes}</td><td class="num">{g.reverse.operations}</td>
            <td class="num">{gradientCell('reverse')}</td></tr>
        </tbody>
      </table>
      <details open={g.nodes.length <= 8} class="cg-table">
        <summary>{S.tableSummary}</summary>
        <table data-testid="cg-derivatives">
          <thead><tr><th scope="col">{S.nodeHeader}</th><th scope="col">{S.valueHeader}</th>
            {inputNames.map((v) => <th scope="col">∂·/∂{v}</th>)}<th scope="col">∂{out}/∂·</th></tr></thead>
          <tbody>
            {table.map((r) => (
              <tr><th scope="row">{r.name}</th><td class="num">{fmt(r.value, 4)}</td>
                {r.tangents.map((t) => <td class="num">{fmt(t, 4)}</td>)}<td class="num">{fmt(r.adjoint, 4)}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
