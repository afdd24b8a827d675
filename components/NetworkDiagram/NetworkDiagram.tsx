/**
 * NetworkDiagram island: the seed's network as SVG with a(l), z(l) on the units and Θ(l)_ij on the
 * edges; with `editable`, the input x and every weight can be changed and everything is recomputed
 * live by the backprop module. Server-rendered, so the initial state reads without JavaScript.
 * @example <NetworkDiagram client:visible-or-tab editable />
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../src/i18n/lang';
import { SYM_EVENT, installSymbolLinks, type SymEventDetail } from '../LinkedSymbols/link';
import { named, plain, plainName, sym } from '../../src/notation/symbol';
import type { OneExampleProps } from '../shared/example';
import { DiagramSvg } from './DiagramSvg';
import { ValueTable } from './ValueTable';
import { diagramModel, exact, initialState, type DiagramModel, type DiagramState } from './model';
import { DIAGRAM_STRINGS } from './strings';
import './NetworkDiagram.css';

/**
 * The shared example props (weights, one input x and target y for δ, D and J, cost, activations; defaults from the
 * classic 2-2-2 example), and:
 */
export interface NetworkDiagramProps extends OneExampleProps {
  /** Units per layer, e.g. [2, 3, 1]; used with random weights (from `seed`) when `weights` is absent. */
  sizes?: number[];
  /** Seed of the random weights when only `sizes` is given (default 1). */
  seed?: number;
  /** Let the reader edit x and the weights (Enter on a focused unit or edge, or a click). Default false. */
  editable?: boolean;
  /** Show δ(l) under the units. Default false. */
  showDelta?: boolean;
  /** Accessible name of the drawing. */
  label?: string;
  /** Language of the page: 'zh' on the Chinese pages (default 'en'). */
  lang?: Lang;
}

/** The island; see {@link NetworkDiagramProps}. */
export default function NetworkDiagram(props: NetworkDiagramProps) {
  const lang = props.lang ?? 'en';
  const S = DIAGRAM_STRINGS[lang];
  const [state, setState] = useState<DiagramState>(() => initialState(props));
  const [editing, setEditing] = useState<string | null>(null);
  const [readout, setReadout] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  // The edited value when the editor opened, put back if the reader commits text that is no finite number: the value
  // follows the text as it is typed, so `1e999` passed through `1e99` (reader QA: it stayed at 1e99, and nothing said so).
  const opened = useRef(0);
  const [refused, setRefused] = useState('');
  const model = useMemo(() => diagramModel(state, { showDelta: props.showDelta, lang }), [state, props.showDelta, lang]);

  useEffect(() => installSymbolLinks(document), []);
  useEffect(() => {
    const el = root.current!;
    const on = (ev: Event) => {
      const { name } = (ev as CustomEvent<SymEventDetail>).detail;
      setReadout(name === null ? null : `${plainName(name, { lang })} = ${exact(model.values[name]!)}`);
    };
    el.addEventListener(SYM_EVENT, on);
    return () => el.removeEventListener(SYM_EVENT, on);
  }, [model]);

  // The field is uncontrolled while the reader types: it gets the value in use once, when it opens, and is never
  // rewritten from the parsed number, so "0.0" or "-" on the way to "0.05" or "-0.5" stay as typed (reader QA D4).
  // A layout effect: it runs in the same task as the render that opens the editor, so keys typed right after Enter go
  // into the selected field (with a plain effect, after the next frame, they went to the drawing and were lost, or the
  // old value was written over the first keys: "1e99" typed fast became 9 — reader QA).
  useLayoutEffect(() => {
    if (!editing || !input.current) return;
    opened.current = current;
    setRefused('');
    input.current.value = String(current);
    input.current.focus();
    input.current.select(); // typing replaces the old value instead of appending to it
  }, [editing]);

  const target = editing ? editTarget(model, editing) : null;
  const current = target ? (target.l === 0 ? state.x[target.i - 1]! : state.weights[target.l - 1]![target.i - 1]![target.j]!) : 0;
  const edited = target ? (target.l === 0 ? sym.x(target.i) : sym.Theta(target.l, target.i, target.j)) : null;
  const name = edited ? plain(edited, { lang }) : '';
  const set = (v: number) => {
    if (!target || !Number.isFinite(v)) return;
    setState((s) => {
      if (target.l === 0) return { ...s, x: s.x.map((xi, k) => (k === target.i - 1 ? v : xi)) };
      const weights = s.weights.map((T, l) => T.map((row, i) => row.map((w, j) =>
        (l === target.l - 1 && i === target.i - 1 && j === target.j ? v : w))));
      return { ...s, weights };
    });
  };
  const close = () => {
    const key = editing;
    setEditing(null);
    // Focus back to the edited element once the editor is gone — unless an editor opened again meanwhile (Escape then
    // Enter within a frame): focus moved out of its field as the reader typed (a loaded box's test caught it).
    requestAnimationFrame(() => {
      if (root.current?.querySelector('.nd-editor')) return;
      root.current?.querySelector<SVGElement>(`[data-el="${key}"]`)?.focus();
    });
  };
  /** The field's text as a finite number, or null (a number field's value is '' when the browser cannot read it). */
  const typed = () => { const t = input.current?.value ?? ''; const v = Number(t); return t.trim() !== '' && Number.isFinite(v) ? v : null; };
  /** Enter or Done: a number closes the editor; anything else puts the value from before back and says so, the editor open. */
  const commit = () => {
    if (typed() !== null) { close(); return; }
    set(opened.current);
    input.current!.value = String(opened.current);
    input.current!.select();
    // The value as the field now shows it, with a true minus sign.
    setRefused(S.notANumber(name, String(opened.current).replace('-', '−')));
  };
  /** Escape: cancels — the value from before the editor opened is back (the drawing followed the text as typed). */
  const cancel = () => { set(opened.current); close(); };
  const h = model.nodes.filter((n) => n.l === model.L).map((n) => exact(model.values[n.name]!));

  return (
    <figure class="nd" ref={root} data-diagram="" data-layers={model.L} data-values={JSON.stringify(model.values)}>
      <DiagramSvg model={model} label={props.label ?? S.drawing(model.L)} lang={lang}
        onEdit={props.editable ? setEditing : undefined} onShow={setReadout} />
      <p class="nd-readout" aria-hidden="true">{readout ?? (props.editable ? S.hintEditable : S.hintReadOnly)}</p>
      {target && (
        <div class="nd-editor">
          <label for={inputId}>{name}</label>
          <input id={inputId} type="number" step="0.05" ref={input} aria-label={edited ? named(edited, lang) : undefined}
            aria-describedby={refused ? `${inputId}-refused` : undefined}
            onInput={() => { const v = typed(); if (v !== null) { set(v); setRefused(''); } }}
            onKeyDown={(e) => { if (e.key === 'Enter' || e.key === 'Escape') { e.preventDefault(); if (e.key === 'Enter') commit(); else cancel(); } }} />
          <button type="button" onClick={commit}>{S.done}</button>
          <p id={`${inputId}-refused`} class="nd-refused" role="alert">{refused}</p>
        </div>
      )}
      <p class="nd-status" aria-live="polite">{S.status(h.join(', '), exact(model.values.J!))}</p>
      <ValueTable model={model} lang={lang} />
    </figure>
  );
}

/** The indices of the element being edited, read from the model (not from its key): an input x_i (`l = 0`) or Θ(l)_ij. */
function editTarget(model: DiagramModel, key: string): { l: number; i: number; j: number } | null {
  const e = model.edges.find((d) => d.key === key);
  if (e) return { l: e.l, i: e.i, j: e.j };
  const n = model.nodes.find((d) => d.key === key);
  return n ? { l: 0, i: n.i, j: -1 } : null;
}
