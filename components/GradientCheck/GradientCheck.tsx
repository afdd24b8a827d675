/**
 * GradientCheck: backprop against central differences for every weight, an ε slider on a log scale, and
 * the log–log plot of the error against ε (truncation ∝ ε² on the right, round-off ∝ 1/ε on the left).
 * "Plant a bug" drops the g′(z) factor from the hidden δ so the check visibly fails.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { FRAME } from '../shared/weights.ts';
import { type ExampleProps, fmt, resolveExample } from '../shared/example.ts';
import { analyticGradients, checkTable, errorCurve, errorPlot, EXPONENTS } from './model.ts';
import { GRADIENT_CHECK_STRINGS } from './strings.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { named, weight } from '../../src/notation/symbol.ts';
import '../shared/widget.css';

/** Props of {@link GradientCheck}; all optional, the network and data default to `SCENARIOS.classic`. */
export interface GradientCheckProps extends ExampleProps {
  /** Initial step ε of the central difference (default 1e-4; the slider spans 1e-12..1e-1). */
  epsilon?: number;
  /** Start with the bug planted (default false). */
  bug?: boolean;
  /** A relative difference below this passes (default 1e-7). */
  tolerance?: number;
  /** Caption above the widget. */
  caption?: string;
  /** Language of the page: 'zh' on the Chinese pages (default 'en'). */
  lang?: Lang;
}

/** The island; see {@link GradientCheckProps}. */
export default function GradientCheck(props: GradientCheckProps) {
  const lang = props.lang ?? 'en';
  const S = GRADIENT_CHECK_STRINGS[lang];
  const ex = useMemo(() => resolveExample(props), []);
  const tol = props.tolerance ?? 1e-7;
  const [exponent, setExponent] = useState(Math.log10(props.epsilon ?? 1e-4));
  const [bug, setBug] = useState(props.bug ?? false);
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  const analytic = useMemo(() => analyticGradients(ex, bug), [ex, bug]);
  const curve = useMemo(() => errorCurve(ex, analytic), [ex, analytic]);
  const plot = useMemo(() => errorPlot(curve, exponent), [curve, exponent]);
  const eps = 10 ** exponent;
  const table = useMemo(() => checkTable(ex, analytic, eps, tol), [ex, analytic, eps]);
  const epsText = fmt(eps, 2);

  return (
    <figure class="bpw gc" data-widget="gradient-check">
      <figcaption>{props.caption ?? S.caption}</figcaption>
      <div class="bpw-controls">
        <label>{S.epsilon}
          <input type="range" min={EXPONENTS[0]} max={EXPONENTS[EXPONENTS.length - 1]} step={0.25} value={exponent}
            disabled={!live} aria-valuetext={`ε = ${epsText}`} data-testid="gc-epsilon"
            onInput={(e) => setExponent(Number(e.currentTarget.value))} />
        </label>
        <output data-testid="gc-eps">ε = {epsText}</output>
        <button type="button" aria-pressed={bug} disabled={!live} data-testid="gc-bug" onClick={() => setBug(!bug)}>
          {S.bug}
        </button>
      </div>
      <p class="bpw-readout" aria-live="polite" data-testid="gc-summary">
        <span class={table.ok ? 'ok' : 'bad'}>
          {table.ok ? '✓' : '✗'} {S.overall}<output data-testid="gc-overall">{fmt(table.overall, 3)}</output>
          {table.ok ? S.pass : S.fail(fmt(tol, 1))}
        </span>
      </p>
      <svg class="bpw-svg" viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} role="img" data-testid="gc-plot"
        aria-label={S.plot(epsText, fmt(table.overall, 2))}>
        {plot.yTicks.map((t) => <g><line class="bpw-grid" x1={FRAME.left} x2={FRAME.right} y1={t.at} y2={t.at} />
          <text x={FRAME.left - 4} y={t.at + 4} text-anchor="end">{t.label}</text></g>)}
        {plot.xTicks.map((t) => <text x={t.at} y={FRAME.bottom + 14} text-anchor="middle">{t.label}</text>)}
        <line class="bpw-axis" x1={FRAME.left} x2={FRAME.right} y1={FRAME.bottom} y2={FRAME.bottom} />
        <line class="bpw-axis" x1={FRAME.left} x2={FRAME.left} y1={FRAME.top} y2={FRAME.bottom} />
        <text x={(FRAME.left + FRAME.right) / 2} y={FRAME.height - 4} text-anchor="middle">{S.axis}</text>
        {plot.guides.map((g) => <g class="gc-guide"><line x1={g.x1} y1={g.y1} x2={g.x2} y2={g.y2} />
          <text x={g.lx} y={g.ly} text-anchor="middle">{g.label}</text></g>)}
        <path class="gc-curve" d={plot.path} />
        <line class="gc-now" x1={plot.marker.x} x2={plot.marker.x} y1={FRAME.top} y2={FRAME.bottom} />
        <circle class="gc-marker" cx={plot.marker.x} cy={plot.marker.y} r={4.5} data-testid="gc-marker" />
      </svg>
      <p class="bpw-note">{S.note}</p>
      <table data-testid="gc-table">
        <caption class="visually-hidden">{S.tableCaption(epsText)}</caption>
        <thead><tr><th scope="col">{S.weight}</th><th scope="col">{S.backprop}</th><th scope="col">{S.numerical}</th><th scope="col">{S.relDiff}</th></tr></thead>
        <tbody>
          {table.rows.map((r) => (
            <tr class={r.ok ? 'ok' : 'bad'}>
              {/* Θ(1)₁₀ alone reads badly (subscript digits, a bare letter): the name says the symbol, then what it is. */}
              <th scope="row" aria-label={named(weight(r.ref), lang, { indices: 'subscript' })}>{r.label}</th>
              <td class="num">{fmt(r.backprop, 7)}</td>
              <td class="num">{fmt(r.numerical, 7)}</td>
              <td class="num">{r.ok ? '✓ ' : '✗ '}{fmt(r.relDiff, 2)}
                {r.byFloor && <><sup aria-hidden="true">*</sup><span class="visually-hidden">{S.byFloor}</span></>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {table.rows.some((r) => r.byFloor) && <p class="bpw-note" data-testid="gc-floor-note">{S.floorNote(fmt(table.atol, 1), fmt(tol, 1))}</p>}
    </figure>
  );
}
