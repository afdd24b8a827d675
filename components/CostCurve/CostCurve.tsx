/**
 * CostCurve: $J$ against one weight $\Theta^{(l)}_{ij}$, the others fixed. The tangent at the current value
 * has backprop's slope; the central-difference slope is printed beside it, so the reader sees them agree.
 */
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { costCurve, FRAME, H, weightLabel, type WeightRef, weightRefs } from './model.ts';
import { COST_CURVE_STRINGS } from './strings.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { type ExampleProps, fmt, resolveExample } from '../shared/example.ts';
import '../shared/widget.css';
import { spoken, weight } from '../../src/notation/symbol.ts';

/** Props of {@link CostCurve}; all optional, the network and data default to `SCENARIOS.classic`. */
export interface CostCurveProps extends ExampleProps {
  /** Layer of the chosen weight $\Theta^{(l)}_{ij}$ (default 2). */
  l?: number;
  /** Row i (1-based, default 1). */
  i?: number;
  /** Column j (0 = bias, default 1). */
  j?: number;
  /** Range of the weight drawn and offered by the slider (default [-4, 4]). */
  range?: [number, number];
  /** Initial value of the weight (default: its value in `weights`). */
  value?: number;
  /** Caption above the widget; the initial weight's name in it (`Θ(2)₁₁`) follows the weight the reader picks. */
  caption?: string;
  /** Language of the page: 'zh' on the Chinese pages (default 'en'). */
  lang?: Lang;
}

const key = (r: WeightRef) => `${r.l}_${r.i}_${r.j}`;

/** The island; see {@link CostCurveProps}. */
export default function CostCurve(props: CostCurveProps) {
  const lang = props.lang ?? 'en';
  const S = COST_CURVE_STRINGS[lang];
  const ex = useMemo(() => resolveExample(props), []);
  const refs = useMemo(() => weightRefs(ex), [ex]);
  const range = props.range ?? [-4, 4];
  const first = useMemo<WeightRef>(() => ({ l: props.l ?? 2, i: props.i ?? 1, j: props.j ?? 1 }), []);
  const [ref, setRef] = useState<WeightRef>(first);
  const [note, setNote] = useState('');
  const clip = useId();
  const [w, setW] = useState(props.value ?? ex.net.weight(ref.l, ref.i, ref.j));
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  const v = useMemo(() => costCurve(ex, ref, w, range), [ex, ref, w]);
  const name = weightLabel(ref);
  const diff = Math.abs(v.slope - v.numerical);
  // The caption names the weight shown (reader QA D12): the lesson's caption is written for the first weight.
  const caption = props.caption ? props.caption.split(weightLabel(first)).join(name) : S.caption(name);
  const step = (range[1] - range[0]) / 400;

  const choose = (k: string) => {
    const r = refs.find((x) => key(x) === k);
    if (r) { setRef(r); setW(ex.net.weight(r.l, r.i, r.j)); }
  };
  const setValue = (s: string) => { const n = Number(s); if (s !== '' && Number.isFinite(n)) { setW(n); setNote(''); return true; } return false; };
  /** A committed entry: used when it is a number; otherwise the field shows the value in use again, and says so. */
  const commit = (el: HTMLInputElement) => {
    if (setValue(el.value)) return;
    el.value = String(+w.toPrecision(10));
    setNote(S.notANumber(name, fmt(w, 6)));
  };

  return (
    <figure class="bpw cc" data-widget="cost-curve">
      <figcaption>{caption}</figcaption>
      <div class="bpw-controls">
        <label>{S.weight}
          <select value={key(ref)} disabled={!live} onChange={(e) => choose(e.currentTarget.value)} data-testid="cc-weight">
            {refs.map((r) => <option value={key(r)}>{weightLabel(r)}</option>)}
          </select>
        </label>
        <label>{S.valueOf(name)}
          <input type="range" min={range[0]} max={range[1]} step={step} value={w} disabled={!live}
            aria-valuetext={`${name} = ${fmt(w, 4)}`} onInput={(e) => setValue(e.currentTarget.value)} data-testid="cc-slider" />
        </label>
        <label>{name} =
          <input type="number" step="any" value={+w.toPrecision(10)} disabled={!live}
            onChange={(e) => commit(e.currentTarget)} data-testid="cc-value" />
        </label>
      </div>
      <svg class="bpw-svg" viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} role="img"
        aria-label={S.plot(name, spoken(weight(ref), lang), fmt(w, 4), fmt(v.J, 6), fmt(v.slope, 6))}>
        {v.yTicks.map((t) => <g><line class="bpw-grid" x1={FRAME.left} x2={FRAME.right} y1={t.at} y2={t.at} />
          <text x={FRAME.left - 4} y={t.at + 4} text-anchor="end">{t.label}</text></g>)}
        {v.xTicks.map((t) => <text x={t.at} y={FRAME.bottom + 14} text-anchor="middle">{t.label}</text>)}
        <line class="bpw-axis" x1={FRAME.left} x2={FRAME.right} y1={FRAME.bottom} y2={FRAME.bottom} />
        <line class="bpw-axis" x1={FRAME.left} x2={FRAME.left} y1={FRAME.top} y2={FRAME.bottom} />
        <text x={(FRAME.left + FRAME.right) / 2} y={FRAME.height - 4} text-anchor="middle">{name}</text>
 <text x={FRAME.left + 6} y={FRAME.top + 12} text-anchor="start" class="bpw-axis-name">J</text>
        <clipPath id={clip}><rect x={FRAME.left} y={FRAME.top} width={FRAME.right - FRAME.left} height={FRAME.bottom - FRAME.top} /></clipPath>
        <path class="cc-curve" d={v.path} />
        <line clip-path={`url(#${clip})`} class="cc-tangent" x1={v.tangent.x1} y1={v.tangent.y1} x2={v.tangent.x2} y2={v.tangent.y2} data-testid="cc-tangent" />
        <circle class="cc-point" cx={v.point.x} cy={v.point.y} r={4.5} data-testid="cc-point" />
      </svg>
      <div class="bpw-readout" aria-live="polite" data-testid="cc-readout">
        <span>{name} = <output data-testid="cc-w">{fmt(w, 6)}</output>, J = <output data-testid="cc-J">{fmt(v.J, 8)}</output></span>
        <span><span class="cc-key-tangent" aria-hidden="true">━</span> {S.tangentSlope(name)}<output data-testid="cc-slope">{fmt(v.slope, 10)}</output></span>
        <span>{S.numericalSlope}<output data-testid="cc-numerical">{fmt(v.numerical, 10)}</output></span>
        <span class={v.verdict === 'agree' ? 'ok' : v.verdict === 'differ' ? 'bad' : 'warn'} data-testid="cc-verdict">
          {v.verdict === 'unreliable' ? S.unreliable(fmt(H, 1)) : v.verdict === 'agree' ? S.agree : S.differ}{S.difference}<output data-testid="cc-diff">{fmt(diff, 2)}</output> (h = {fmt(H, 1)})</span>
        {note && <span role="status">{note}</span>}
      </div>
    </figure>
  );
}
