/**
 * OwnNetwork island: the reader's own small network (2–4 layers, up to 6 units a layer), activations, cost,
 * weights Θ (JSON or plain-text matrices), one example x, y and a learning rate, with the step-by-step
 * derivation of the BackpropStepper (diagram, every number substituted, linked symbols) and one gradient step.
 * Every field is validated as it is typed, with its message next to it; the step-through keeps the last valid
 * network meanwhile. The form lives in the URL (`?net=…`) so a link shares the network. A composition: it
 * shows the BackpropStepper (imported from that folder on purpose).
 * @example <OwnNetwork client:visible-or-tab lang="zh" />
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../src/i18n/lang';
import BackpropStepper from '../BackpropStepper/BackpropStepper';
import { Num } from '../shared/Num';
import { describeNumber } from '../../src/format/number';
import { named, plain, sym } from '../../src/notation/symbol';
import { PRESETS, withRandomWeights, type PresetName } from './presets';
import { COST_NAMES, HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS, parseSpec, specText, type Field, type Problem, type Spec, type SpecText } from './spec';
import { gradientStep } from './step';
import { OWN_NETWORK_STRINGS } from './strings';
import { URL_PARAM, decodeSpecText, encodeSpecText, urlWithSpec } from './url-state';
import './OwnNetwork.css';

export interface OwnNetworkProps {
  /** Language of the labels and messages (default English). */
  lang?: Lang;
  /** Example shown first (default Mazur's). */
  preset?: PresetName;
}

type Status = 'showing' | 'keeping' | 'fromLink' | 'linkUnreadable';

/** The island; see {@link OwnNetworkProps}. */
export default function OwnNetwork({ lang = 'en', preset = 'mazur' }: OwnNetworkProps) {
  const S = OWN_NETWORK_STRINGS[lang];
  const id = useId();
  const [text, setText] = useState<SpecText>(() => specText(PRESETS[preset]));
  /** The form as typed so far, ahead of the render (two quick inputs must not undo each other). */
  const current = useRef(text);
  const [valid, setValid] = useState<Spec>(PRESETS[preset]);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState<Status>('showing');
  const [live, setLive] = useState(false);
  const [copy, setCopy] = useState<'' | 'copied' | 'copyFailed'>('');
  const [seed, setSeed] = useState(1);

  /** Validates a whole form; a valid one becomes the network shown and the page URL. */
  const apply = (next: SpecText, fromLink = false) => {
    current.current = next;
    setText(next);
    setCopy('');
    const parsed = parseSpec(next);
    if (parsed.ok) {
      setValid(parsed.spec);
      setProblems([]);
      setStatus('showing');
      try { history.replaceState(history.state, '', urlWithSpec(location.href, next)); } catch { /* a sandboxed page: no URL state */ }
    } else {
      setProblems(parsed.problems);
      setStatus(fromLink ? 'fromLink' : 'keeping');
    }
  };

  useEffect(() => {
    setLive(true);
    const fromUrl = decodeSpecText(location.search, specText(PRESETS[preset]));
    if (fromUrl) apply(fromUrl, true);
    else if (new URLSearchParams(location.search).has(URL_PARAM)) setStatus('linkUnreadable');
  }, []);

  const step = useMemo(() => gradientStep(valid), [valid]);
  const field = (f: Field) => ({
    id: `${id}-${f}`,
    value: text[f],
    'aria-invalid': problems.some((p) => p.field === f) ? ('true' as const) : undefined,
    'aria-describedby': [`${id}-${f}-msg`, f === 'weights' || f === 'sizes' ? `${id}-${f}-hint` : ''].filter(Boolean).join(' '),
    onInput: (e: Event) => apply({ ...current.current, [f]: (e.currentTarget as HTMLInputElement).value }),
  });
  const message = (f: Field) => {
    const p = problems.find((q) => q.field === f);
    return <p id={`${id}-${f}-msg`} class="own-msg" role={p ? 'alert' : undefined}>{p ? S.problem(p) : ''}</p>;
  };
  const label = (f: Field, text: string) => <label for={`${id}-${f}`}>{text}</label>;
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(urlWithSpec(location.href, specText(valid)));
      setCopy('copied');
    } catch {
      setCopy('copyFailed');
    }
  };

  return (
    <section class="own" aria-label={S.region} data-valid-spec={encodeSpecText(specText(valid))}>
      {!live && <p class="own-nojs">{S.needsJs}</p>}
      <form class="own-form" hidden={!live} onSubmit={(e) => e.preventDefault()}>
        <div class="own-presets" role="group" aria-label={S.presets}>
          <span class="own-presets-label" aria-hidden="true">{S.presets}:</span>
          <button type="button" onClick={() => apply(specText(PRESETS.mazur))}>{S.presetMazur}</button>
          <button type="button" onClick={() => apply(specText(PRESETS.tanhXor))}>{S.presetTanhXor}</button>
          <button type="button" onClick={() => apply(specText(PRESETS.reluSoftmax))}>{S.presetReluSoftmax}</button>
          <button type="button" onClick={() => { const s = parseSpec(current.current); apply(specText(withRandomWeights(s.ok ? s.spec : valid, seed))); setSeed(seed + 1); }}>
            {S.randomWeights}
          </button>
        </div>
        <div class="own-grid">
          <div class="own-field">
            {label('sizes', S.sizes)}
            <input type="text" inputMode="numeric" autoComplete="off" spellcheck={false} {...field('sizes')} />
            <p id={`${id}-sizes-hint`} class="own-hint">{S.sizesHint}</p>
            {message('sizes')}
          </div>
          <div class="own-field">
            {label('hidden', S.hidden)}
            <select {...field('hidden')} onChange={field('hidden').onInput}>
              {HIDDEN_ACTIVATIONS.map((a) => <option value={a}>{S.activationNames[a]}</option>)}
            </select>
            {message('hidden')}
          </div>
          <div class="own-field">
            {label('output', S.output)}
            <select {...field('output')} onChange={field('output').onInput}>
              {OUTPUT_ACTIVATIONS.map((a) => <option value={a}>{S.activationNames[a]}</option>)}
            </select>
            {message('output')}
          </div>
          <div class="own-field own-cost">
            {label('cost', S.cost)}
            <select {...field('cost')} onChange={field('cost').onInput}>
              {COST_NAMES.map((c) => <option value={c}>{S.costNames[c]}</option>)}
            </select>
            {message('cost')}
          </div>
        </div>
        <div class="own-field">
          {label('weights', S.weights)}
          <textarea rows={7} spellcheck={false} autoComplete="off" {...field('weights')} />
          <p id={`${id}-weights-hint`} class="own-hint">{S.weightsHint}</p>
          {message('weights')}
        </div>
        <div class="own-grid">
          {(['x', 'y', 'alpha'] as const).map((f) => (
            <div class="own-field">
              {label(f, S[f])}
              <input type="text" inputMode="decimal" autoComplete="off" spellcheck={false} {...field(f)} />
              {message(f)}
            </div>
          ))}
        </div>
        <p class="own-status" role="status">
          {S[status]} <button type="button" onClick={copyLink}>{S.copyLink}</button> {copy && <span>{S[copy]}</span>}
        </p>
      </form>
      <BackpropStepper key={encodeSpecText(specText(valid))} weights={valid.weights} x={valid.x} y={valid.y} cost={valid.cost}
        options={{ hidden: valid.hidden, output: valid.output }} lang={lang} label={S.stepperLabel} />
      <details class="own-step">
        <summary>{S.stepSummary(String(valid.alpha), fmt(step.J), fmt(step.Jnext))}</summary>
        {valid.weights.map((M, l) => (
          <div class="own-table" tabIndex={0} role="region" aria-label={S.stepCaption(l + 1)}>
            <table>
              <caption>{S.stepCaption(l + 1)}</caption>
              <thead><tr><th scope="col">{S.colWeight}</th><th scope="col">{S.colValue}</th><th scope="col">{S.colGradient}</th><th scope="col">{S.colNext}</th></tr></thead>
              <tbody>
                {M.flatMap((row, i) => row.map((w, j) => (
                  <tr>
                    <th scope="row" aria-label={named(sym.Theta(l + 1, i + 1, j), lang, SUB)}>{plain(sym.Theta(l + 1, i + 1, j), { lang, ...SUB })}</th>
                    <td><Num value={w} digits={6} lang={lang} /></td>
                    <td><Num value={step.D[l]![i]![j]!} digits={6} lang={lang} /></td>
                    <td><Num value={step.next[l]![i]![j]!} digits={6} lang={lang} /></td>
                  </tr>
                )))}
              </tbody>
            </table>
          </div>
        ))}
      </details>
    </section>
  );
}

/** J in the summary line: 6 significant digits from the one formatter, "≈" when rounded. */
const fmt = (v: number) => describeNumber(v, { digits: 6 }).text;

/** The step table writes weights as the lessons' tables do, with subscript digits: Θ(1)₁₀. */
const SUB = { indices: 'subscript' } as const;
