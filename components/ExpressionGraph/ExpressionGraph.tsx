/**
 * ExpressionGraph: the reader types a scalar expression and its variables' values; the widget draws its
 * computational graph (shared subexpressions once) and steps forward mode (one pass per variable) or reverse
 * mode (one backward pass) edge by edge. Rendered on the server with the default expression, so it reads
 * without JavaScript; the state can go into the URL.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { caretLines } from './parse.ts';
import { captionFits, fieldsFor, validateInputs } from './inputs.ts';
import { layoutGraph } from './layout.ts';
import { dependsOnVariable, derivativeTable, labelChars, type Mode, stepState, steps } from './steps.ts';
import { readState, writeState } from './url-state.ts';
import { graphNumber } from './format.ts';
import type { Lang } from '../../src/i18n/lang';
import { EXPRESSION_GRAPH_STRINGS } from './strings.ts';
import { GraphPicture } from './GraphPicture.tsx';
import './expression-graph.css';

/** Props of {@link ExpressionGraph}; all optional. */
export interface ExpressionGraphProps {
  /** The expression shown first (default `(a+b)*(b+1)`). */
  expression?: string;
  /** Values of its variables (default a = 2, b = 1); a variable without one starts at 1. */
  values?: Record<string, number>;
  /** Mode shown first (default `"reverse"`). */
  mode?: Mode;
  /** Caption above the widget. */
  caption?: string;
  /** Id of the widget: element ids and the URL parameters (`<id>-expr`, `<id>-vals`) start with it (default `eg`). */
  id?: string;
  /** Language of the page (default 'en'): every label, step text and error message is in it. */
  lang?: Lang;
}

const DEFAULT = { expression: '(a+b)*(b+1)', values: { a: 2, b: 1 } };
const toTexts = (v: Record<string, number>) => Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)]));

/** The island; see {@link ExpressionGraphProps}. */
export default function ExpressionGraph(props: ExpressionGraphProps) {
  const id = props.id ?? 'eg';
  const lang = props.lang ?? 'en';
  const S = EXPRESSION_GRAPH_STRINGS[lang];
  const initialExpression = props.expression ?? DEFAULT.expression, initialValues = props.values ?? DEFAULT.values;
  const [text, setText] = useState(initialExpression);
  const [texts, setTexts] = useState<Record<string, string>>(toTexts(initialValues));
  const [urlNote, setUrlNote] = useState<string | null>(null);
  const check = useMemo(() => validateInputs(text, texts, [], '1', lang), [text, texts]);
  // The last valid graph stays on screen while the fields hold an error.
  const lastGood = useRef(check.graph ?? validateInputs(DEFAULT.expression, toTexts(DEFAULT.values), []).graph!);
  if (check.graph) lastGood.current = check.graph;
  const g = lastGood.current;
  const chars = useMemo(() => labelChars(g), [g]);
  const layout = useMemo(() => layoutGraph(g, Math.max(1, ...chars.node)), [g, chars]);
  const [mode, setMode] = useState<Mode>(props.mode ?? 'reverse');
  const all = useMemo(() => steps(g, mode, lang), [g, mode]);
  const [k, setK] = useState(0);
  const [live, setLive] = useState(false);
  const s = stepState(g, mode, Math.min(k, all.length), all, lang);
  const table = useMemo(() => derivativeTable(g), [g]);
  const hasConstantEdge = useMemo(() => { const dep = dependsOnVariable(g); return g.edges.some((e) => !dep[e.from]); }, [g]);
  const done = useMemo(() => stepState(g, 'reverse', Infinity).results, [g]);
  const out = g.nodes[g.output]!.name;
  const varNames = g.variables.map((v) => g.nodes[v]!.name);
  // Fields of the graph on screen, or of the expression typed (marked) when a value may be what fixes it.
  const fields = fieldsFor(check, varNames);
  // The author's caption describes one expression at given values; after the reader's edits, the neutral one.
  const caption = props.caption !== undefined && captionFits(text, texts, initialExpression, initialValues) ? props.caption : S.caption;

  useEffect(() => {
    setLive(true);
    // A link's expression and values are taken as if typed: their own messages show, nothing is lost (reader QA: a
    // link without values, or with one the expression cannot take, showed the default example and said nothing).
    // Values or a mode without an expression are for the widget's own expression, over its own values.
    const st = readState(window.location.search, id, initialExpression);
    if (st) {
      setText(st.expression);
      setTexts(st.linkedExpression ? st.texts : { ...toTexts(initialValues), ...st.texts });
      if (st.mode) setMode(st.mode);
      const notes = [st.absent.length ? S.urlAbsent(st.absent) : '', st.ignored.length ? S.urlIgnored(st.ignored) : ''].filter(Boolean);
      if (notes.length) setUrlNote(notes.join(lang === 'zh' ? '' : ' ')); // no space after a Chinese full stop
    }
  }, []);
  useEffect(() => setK(0), [g, mode]);

  const setValue = (v: string, raw: string) => setTexts({ ...texts, [v]: raw });
  const share = () => {
    if (!check.graph) return;
    const q = writeState(window.location.search, id, { expression: text, values: check.values, mode });
    // The link opens at the widget (reader QA: it opened at the top of a long lesson, the widget far below).
    window.history.replaceState(null, '', `${window.location.pathname}?${q}#${id}`);
    setUrlNote(S.shared);
  };
  // Buttons stay focusable at the ends (aria-disabled, not disabled) so focus never drops to <body>.
  const act = (ok: boolean, f: () => void) => () => { if (ok) f(); };
  const err = check.expressionError;
  const fieldsOk = !err && Object.keys(check.valueErrors).length === 0;
  const passLabel = s.pass < 0 ? '' : mode === 'forward' ? S.passOf(s.pass + 1, g.variables.length, varNames[s.pass] ?? '') : S.backwardPass;

  return (
    <figure class="eg" id={id} data-widget="expression-graph">
      <figcaption data-testid="eg-caption">{caption}</figcaption>
      <div class="eg-fields">
        <label class="eg-expr" for={`${id}-expr`}>{S.expressionLabel}</label>
        <input id={`${id}-expr`} type="text" value={text} disabled={!live} spellcheck={false} autocomplete="off"
          autocapitalize="off" aria-invalid={err ? 'true' : 'false'} aria-describedby={`${id}-expr-hint ${id}-expr-msg`}
          onInput={(e) => setText((e.target as HTMLInputElement).value)} data-testid="eg-expr" />
        <p class="eg-hint" id={`${id}-expr-hint`}>{S.expressionHint}</p>
        <div id={`${id}-expr-msg`} class="eg-msg" aria-live="polite" data-testid="eg-expr-msg">
          {err && (<>
            <p class="bad">{S.errorAt(err.message, err.column)}</p>
            <pre class="eg-caret" aria-hidden="true" data-testid="eg-caret">{caretLines(text, err)}</pre>
          </>)}
        </div>
        <fieldset class={fields.pending ? 'eg-values eg-pending' : 'eg-values'} disabled={!live} data-testid="eg-values"
          data-pending={fields.pending ? 'true' : undefined}>
          <legend>{fields.pending ? S.valuesPendingLegend : S.valuesLegend}</legend>
          {fields.variables.map((v) => {
            const msg = check.valueErrors[v];
            return (
              <div class="eg-value">
                <label for={`${id}-v-${v}`}>{S.valueLabel(v)}</label>
                <input id={`${id}-v-${v}`} type="text" size={8} value={texts[v] ?? '1'}
                  aria-invalid={msg ? 'true' : 'false'} aria-describedby={[msg ? `${id}-v-${v}-msg` : '', v === 'e' ? `${id}-v-e-note` : ''].join(' ').trim() || undefined}
                  onInput={(e) => setValue(v, (e.target as HTMLInputElement).value)} data-testid={`eg-value-${v}`} />
                {msg && <span id={`${id}-v-${v}-msg`} class="bad" data-testid={`eg-value-msg-${v}`}>{msg}</span>}
              </div>
            );
          })}
          {fields.variables.includes('e') && <p id={`${id}-v-e-note`} class="eg-value-note" data-testid="eg-value-note-e">{S.eIsVariable}</p>}
        </fieldset>
        {!fieldsOk && <p class="eg-note" data-testid="eg-kept">{S.keptLast}</p>}
      </div>
      <div class="eg-controls">
        <div class="eg-mode" role="group" aria-label={S.modeGroup}>
          {(['forward', 'reverse'] as const).map((m) => (
            <button type="button" aria-pressed={mode === m} disabled={!live} onClick={() => setMode(m)}
              data-testid={`eg-mode-${m}`}>{m === 'forward' ? S.forward : S.reverse}</button>
          ))}
        </div>
        <button type="button" disabled={!live} aria-disabled={k >= all.length} onClick={act(k < all.length, () => setK(k + 1))} data-testid="eg-step">{S.step}</button>
        <button type="button" disabled={!live} aria-disabled={k === 0} onClick={act(k > 0, () => setK(k - 1))} data-testid="eg-back">{S.back}</button>
        <button type="button" disabled={!live} aria-disabled={k === 0} onClick={act(k > 0, () => setK(0))} data-testid="eg-reset">{S.reset}</button>
        <button type="button" disabled={!live} aria-disabled={!check.graph} onClick={share} data-testid="eg-share">{S.share}</button>
      </div>
      {!live && <p class="eg-note" data-testid="eg-nojs">{S.needsJs}</p>}
      {urlNote && <p class="eg-note" role="status" data-testid="eg-url-note">{urlNote}</p>}
      {/* Without a variable there is nothing to step (reader QA: 2*3 read "Step 0 of 0 … Press Step"). */}
      <p class="eg-readout" aria-live="polite" data-testid="eg-status">
        {g.variables.length === 0 ? <span>{S.noVariables}</span> : (<>
          <span data-testid="eg-counter">{S.counter(s.step, s.total)}{passLabel}</span>
          <span>{s.text}{live && s.step === 0 ? S.pressStep : ''}</span>
        </>)}
      </p>
      <GraphPicture g={g} layout={layout} chars={chars} state={s} lang={lang} label={S.svgLabel(g.nodes.length, g.edges.length, g.variables.length === 0 ? null : mode === 'forward' ? S.forward : S.reverse, s.step, s.total)} />
      {/* Without JavaScript the nodes show nothing on focus or hover: no hint to try (reader QA). */}
      <p class="eg-note" data-testid="eg-legend">{S.legend(mode === 'reverse', out)}{live ? S.exactHint : ''}</p>
      {hasConstantEdge && <p class="eg-note" data-testid="eg-constants">{S.constantsSkipped}</p>}
      {g.variables.length > 0 && <p class="eg-result" data-testid="eg-result">
        {S.gradientCaption(out)}
        {varNames.map((v, i) => {
          // Without JavaScript (server render) the line shows the completed reverse pass.
          const r = (live ? s.results : done)[i] ?? null, f = r === null ? null : graphNumber(r);
          // A rounded value is "≈ −1.222", not "= ≈−1.222".
          const shown = f === null ? '= …' : f.rounded ? `≈ ${f.text.slice(1)}` : `= ${f.text}`;
          return <span class="eg-grad" data-variable={v} title={f?.exact} data-exact={f?.exact}>∂{out}/∂{v} {shown}{i < varNames.length - 1 ? S.listSep : ''}</span>;
        })}
      </p>}
      <details class="eg-details" open={!live}>
        <summary>{S.tableSummary}</summary>
        <table class="eg-table" data-testid="eg-table">
          <thead><tr><th scope="col">{S.colNode}</th><th scope="col">{S.colOp}</th><th scope="col">{S.colValue}</th>
            {varNames.map((v) => <th scope="col">{S.colTangent(v)}</th>)}<th scope="col">{S.colAdjoint(out)}</th></tr></thead>
          <tbody>
            {table.map((r) => (
              <tr data-node={r.name}><th scope="row">{r.name}</th><td>{r.symbol}</td>{r.cells.map((c) => c === null
                ? <td class="num"><span aria-hidden="true">—</span><span class="visually-hidden">{S.notComputed}</span></td>
                : <td class="num" title={c.exact}>{c.text}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
