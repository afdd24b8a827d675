/**
 * BackpropStepper island: the forward pass, the cost, the backward pass and the gradient of one example,
 * one operation per step (Next, Previous, Play/Pause, Reset), with the diagram highlighting what is being
 * computed and the KaTeX equation of the step beside it, numbers substituted. The first step is rendered
 * on the server; KaTeX is loaded in the browser only when the island hydrates. A composition: it draws with the
 * NetworkDiagram's SVG and model (imported from that folder on purpose) and names symbols via LinkedSymbols.
 * @example <BackpropStepper client:visible />
 */
import type { CostName, NetworkOptions } from 'backprop';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CORE_SCENARIOS } from '../../src/course/scenarios-core';
import { installSymbolLinks } from '../LinkedSymbols/link';
import { exact, symText } from '../LinkedSymbols/names';
import { DiagramSvg } from '../NetworkDiagram/DiagramSvg';
import { diagramModel, initialState, type DiagramState } from '../NetworkDiagram/model';
import { eqLines, revealed, stepperSteps } from './model';
import '../NetworkDiagram/NetworkDiagram.css';
import './BackpropStepper.css';
import { SHARED_STRINGS } from '../shared/strings';

export interface BackpropStepperProps {
  /** Θ(1), Θ(2), … (column 0 = bias). Default: the classic 2-2-2 example. */
  weights?: number[][][];
  /** Input x (default classic [0.05, 0.1]). */
  x?: number[];
  /** Target y (default classic [0.01, 0.99]). */
  y?: number[];
  /** Cost (default 'squared-error'). */
  cost?: CostName;
  /** Activations (default sigmoid everywhere). */
  options?: NetworkOptions;
  /** Step shown first, 0-based (default 0). */
  start?: number;
}

type Render = (tex: string, display: boolean) => string;
/** KaTeX on the server only: the client bundle drops this branch and loads KaTeX on hydration instead. */
const serverRender: Render | null = import.meta.env.SSR ? (await import('../LinkedSymbols/linked-tex')).renderLinkedTex : null;
const PHASE = { forward: 'Forward pass', cost: 'Cost', backward: 'Backward pass', gradient: 'Gradient' } as const;

/** The island; see {@link BackpropStepperProps}. */
export default function BackpropStepper(props: BackpropStepperProps) {
  const state = useMemo<DiagramState>(() => initialState(props, CORE_SCENARIOS.classic as DiagramState), []);
  const steps = useMemo(() => stepperSteps(state), [state]);
  const last = steps.length - 1;
  const first = Math.min(Math.max(props.start ?? 0, 0), last);
  const [index, setIndex] = useState(first);
  const [playing, setPlaying] = useState(false);
  const [render, setRender] = useState<Render | null>(() => serverRender);
  const [live, setLive] = useState(false);
  const moved = useRef(false);
  const step = steps[index]!;
  const model = useMemo(() => diagramModel(state, { reveal: revealed(steps, index), showDelta: step.phase !== 'forward' && step.phase !== 'cost' }),
    [state, steps, index]);

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
    <section class="bs" aria-label="Backpropagation, step by step">
      {/* Without JavaScript the buttons would do nothing: hidden, and the reader told why (reader QA D29). */}
      {!live && <p class="bs-nojs">{SHARED_STRINGS.needsJs('Previous, Next, Play and Reset')}</p>}
      <div class="bs-controls" role="group" aria-label="Stepper controls" hidden={!live}>
        <button type="button" onClick={() => go(index - 1)} aria-disabled={index === 0}>Previous</button>
        <button type="button" onClick={() => go(index + 1)} aria-disabled={index === last}>Next</button>
        <button type="button" onClick={() => { if (index >= last) go(0); setPlaying(!playing); }} aria-pressed={playing}>{playing ? 'Pause' : 'Play'}</button>
        <button type="button" onClick={() => { setPlaying(false); go(0); }}>Reset</button>
        <span class="bs-count">Step {index + 1} of {steps.length}</span>
      </div>
      <div class="bs-body">
        <div class="bs-diagram nd" data-diagram="" data-layers={model.L} data-values={JSON.stringify(values)}>
          <DiagramSvg model={model} highlight={step.highlight} label="The network; the units and weights of this step are highlighted" />
        </div>
        <div class="bs-eqbox">
          <p class="bs-phase">{PHASE[step.phase]}</p>
          <h3 class="bs-title">{step.title}</h3>
          {lines === null
            ? <p key="text" class="bs-eq">{step.text}</p>
            : lines.length === 0
              ? <div key="ssr" class="bs-eq" role="group" aria-label="Equation of this step" dangerouslySetInnerHTML={{ __html: '' }} />
              : <div key="tex" class="bs-eq" role="group" aria-label="Equation of this step">
                  {lines.map((html, k) => <div key={`${index}-${k}`} class="bs-line" dangerouslySetInnerHTML={{ __html: html }} />)}
                </div>}
          <ul class="bs-symbols" aria-label="Symbols in this step">
            {step.symbols.filter((n) => n in values).map((n) => (
              <li key={n}><span class="sym" data-sym={n} tabIndex={0} role="math" aria-label={`${symText(n)} = ${exact(values[n]!)}`}>
                {symText(n)} = {exact(values[n]!)}</span></li>
            ))}
          </ul>
        </div>
      </div>
      <p class="bs-live" aria-live="polite">{PHASE[step.phase]}, step {index + 1}: {step.title}. {step.text}</p>
    </section>
  );
}
