/**
 * BackpropStepper island: the forward pass, the cost, the backward pass and the gradient of one example,
 * one operation per step (Next, Previous, Play/Pause, Reset), with the diagram highlighting what is being
 * computed and the KaTeX equation of the step beside it, numbers substituted. The first step is rendered
 * on the server; KaTeX is loaded in the browser only when the island hydrates. A composition: it draws with the
 * NetworkDiagram's SVG and model (imported from that folder on purpose) and names symbols through src/notation and links them with LinkedSymbols.
 * @example <BackpropStepper client:visible-or-tab />
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../src/i18n/lang';
import { installSymbolLinks } from '../LinkedSymbols/link';
import { namedValueOf, plainName } from '../../src/notation/symbol';
import type { OneExampleProps } from '../shared/example';
import { exact } from '../shared/numbers';
import { DiagramSvg } from '../NetworkDiagram/DiagramSvg';
import { diagramModel, initialState, type DiagramState } from '../NetworkDiagram/model';
import { eqLines, revealed, stepperSteps } from './model';
import '../NetworkDiagram/NetworkDiagram.css';
import './BackpropStepper.css';
import { SHARED_STRINGS } from '../shared/strings';
import { STEPPER_STRINGS } from './strings';

/** The shared example props (weights, one input x and target y, cost, activations; default the classic example), and: */
export interface BackpropStepperProps extends OneExampleProps {
  /** Step shown first, 0-based (default 0). */
  start?: number;
  /** Language of the page: 'zh' on the Chinese pages (default 'en'). */
  lang?: Lang;
  /** Accessible name of the stepper (default "Backpropagation, step by step" in its language); give another when a page shows two. */
  label?: string;
}

type Render = (tex: string, display: boolean) => string;
/** KaTeX on the server only: the client bundle drops this branch and loads KaTeX on hydration instead. */
const serverRender: Render | null = import.meta.env.SSR ? (await import('../LinkedSymbols/linked-tex')).renderLinkedTex : null;

/** The island; see {@link BackpropStepperProps}. */
export default function BackpropStepper(props: BackpropStepperProps) {
  const lang = props.lang ?? 'en';
  const S = STEPPER_STRINGS[lang];
  const state = useMemo<DiagramState>(() => initialState(props), []);
  const steps = useMemo(() => stepperSteps(state, lang), [state, lang]);
  const last = steps.length - 1;
  const first = Math.min(Math.max(props.start ?? 0, 0), last);
  const [index, setIndex] = useState(first);
  const [playing, setPlaying] = useState(false);
  const [render, setRender] = useState<Render | null>(() => serverRender);
  const [live, setLive] = useState(false);
  const moved = useRef(false);
  const step = steps[index]!;
  const model = useMemo(() => diagramModel(state, { reveal: revealed(steps, index), showDelta: step.phase !== 'forward' && step.phase !== 'cost', lang }),
    [state, steps, index, lang]);

  useEffect(() => {
    setLive(true);
    installSymbolLinks(document);
    import('../LinkedSymbols/linked-tex').then((m) => setRender(() => m.renderLinkedTex));
  }, []);
  useEffect(() => {
    if (!playing) return;
    if (index >= last) { setPlaying(false); return; }
    const slow = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const t = setTimeout(() => setIndex((i) => Math.min(i + 1, last)), slow ? 3000 : 1400);
    return () => clearTimeout(t);
  }, [playing, index, last]);

  const go = (i: number) => { moved.current = true; setIndex(Math.min(Math.max(i, 0), last)); };
  // While hydrating, keep the server's KaTeX ('' leaves innerHTML alone); after a move without KaTeX, show the text.
  // One inline-style KaTeX line per row, so long rows wrap after = or + instead of being cut off (reader QA D2).
  const lines = render ? eqLines(step.tex).map((row) => render(row, false)) : moved.current ? null : [];
  const values = model.values;

  return (
    <section class="bs" aria-label={props.label ?? S.region}>
      {/* Without JavaScript the buttons would do nothing: hidden, and the reader told why (reader QA D29). */}
      {!live && <p class="bs-nojs">{SHARED_STRINGS[lang].needsJs(S.buttons)}</p>}
      <div class="bs-controls" role="group" aria-label={S.controls} hidden={!live}>
        <button type="button" onClick={() => go(index - 1)} aria-disabled={index === 0}>{S.previous}</button>
        <button type="button" onClick={() => go(index + 1)} aria-disabled={index === last}>{S.next}</button>
        <button type="button" onClick={() => { if (index >= last) go(0); setPlaying(!playing); }} aria-pressed={playing}>{playing ? S.pause : S.play}</button>
        <button type="button" onClick={() => { setPlaying(false); go(0); }}>{S.reset}</button>
        <span class="bs-count">{S.count(index + 1, steps.length)}</span>
      </div>
      <div class="bs-body">
        <div class="bs-diagram nd" data-diagram="" data-layers={model.L} data-values={JSON.stringify(values)}>
          <DiagramSvg model={model} highlight={step.highlight} label={S.diagram} lang={lang} />
        </div>
        <div class="bs-eqbox">
          <p class="bs-phase">{S.phase[step.phase]}</p>
          <h3 class="bs-title">{step.title}</h3>
          {lines === null
            ? <p key="text" class="bs-eq">{step.text}</p>
            : lines.length === 0
              ? <div key="ssr" class="bs-eq" role="group" aria-label={S.equation} dangerouslySetInnerHTML={{ __html: '' }} />
              : <div key="tex" class="bs-eq" role="group" aria-label={S.equation}>
                  {lines.map((html, k) => <div key={`${index}-${k}`} class="bs-line" dangerouslySetInnerHTML={{ __html: html }} />)}
                </div>}
          <ul class="bs-symbols" aria-label={S.symbols}>
            {step.symbols.filter((n) => n in values).map((n) => (
              <li key={n}><span class="sym" data-sym={n} tabIndex={0} role="math" aria-label={namedValueOf(n, exact(values[n]!), lang)}>
                {plainName(n, { lang })} = {exact(values[n]!)}</span></li>
            ))}
          </ul>
        </div>
      </div>
      <p class="bs-live" aria-live="polite">{S.live(S.phase[step.phase], index + 1, step.title, step.text)}</p>
    </section>
  );
}
