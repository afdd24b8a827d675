/**
 * DigitLab (lesson 11): trains a 400-25-10 sigmoid network on 8,000 MNIST digits in a Web Worker, with a
 * progress bar, live train/test cost and test accuracy, Pause/Resume, and gradients from the module or from
 * the reader's own `passes` (the lesson's exercise). Then: the confusion matrix, the misclassified digits,
 * the hidden units' weights as images, a drawing pad with live outputs, and export/import of the weights.
 * Above the controls, with or without JavaScript, a picture of the data: two digits of each class (the sample sheet
 * `scripts/build-digits.mjs` writes). Without JavaScript the controls are disabled and a note says why; a missing or
 * corrupt data file is reported and nothing else breaks.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Network, predict } from 'backprop';
import type { Digits } from './asset.ts';
import { lossPaths, CHART, type Point } from './chart.ts';
import Confusion from './Confusion.tsx';
import DrawPad from './DrawPad.tsx';
import { argmax, evaluate, type Evaluation } from './evaluate.ts';
import { assetUrl, loadDigits, samplesUrl } from './load.ts';
import { grey, hiddenUnitImage, parseWeights, percent, weightsJson } from './model.ts';
import { readOwnCode } from './own-code.ts';
import Pixels from './Pixels.tsx';
import type { FromTrainer } from './protocol.ts';
import { spawnTrainer } from './spawn.ts';
import type { Lang } from '../../src/i18n/lang';
import { DIGIT_LAB_STRINGS } from './strings.ts';
import { DEFAULT_CONFIG, EVAL_TRAIN, slice, type LabConfig } from './trainer.ts';
import './DigitLab.css';

type RunState = 'idle' | 'running' | 'paused' | 'done';
const TRAIN_SIZES = [500, 2000, 8000];

/**
 * The island. `base` is the site's base path (defaults to Vite's BASE_URL), where `data/digits-20x20.bin.gz` lives;
 * `lang` the page's language (default 'en'), which the worker's and the loader's messages follow too.
 */
export default function DigitLab({ base = import.meta.env.BASE_URL ?? '/', lang = 'en' }: { base?: string; lang?: Lang }) {
  const STRINGS = DIGIT_LAB_STRINGS[lang];
  const [live, setLive] = useState(false);
  const [digits, setDigits] = useState<Digits | null>(null);
  const [loadError, setLoadError] = useState('');
  const [impl, setImpl] = useState<'module' | 'own'>('module');
  const [trainSize, setTrainSize] = useState(DEFAULT_CONFIG.train);
  const [epochs, setEpochs] = useState(DEFAULT_CONFIG.epochs);
  const [epochsNote, setEpochsNote] = useState('');
  const [state, setState] = useState<RunState>('idle');
  const [progress, setProgress] = useState({ step: 0, totalSteps: 1, epoch: 0, elapsedMs: 0 });
  const [history, setHistory] = useState<Point[]>([]);
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const [net, setNet] = useState<Network | null>(null);
  // A status line; `error` styles it as a problem (training stopped, a file not loaded, no code to train with).
  const [note, setNote] = useState({ text: '', error: false });
  const setMessage = (text: string, error = false) => setNote({ text, error });
  const [pausedAt, setPausedAt] = useState<number | null>(null);
  const [drawing, setDrawing] = useState<Float64Array | null>(null);
  const worker = useRef<Worker | null>(null);
  const config = useRef<LabConfig>(DEFAULT_CONFIG);
  const trainButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    setLive(true);
    loadDigits(assetUrl(base), lang).then(setDigits, (e: Error) => setLoadError(e.message));
    return () => worker.current?.terminate();
  }, []);

  const netFrom = (params: Float64Array[]) => {
    const net = new Network([400, config.current.hidden, 10]);
    net.restore({ sizes: net.sizes, data: params });
    return net;
  };

  const onMessage = (m: FromTrainer) => {
    if (m.type === 'paused') { setPausedAt(m.step); setMessage(STRINGS.paused(m.step)); return; }
    setProgress((p) => ({ ...p, step: m.step, epoch: m.epoch, elapsedMs: m.elapsedMs, ...(m.type === 'progress' ? { totalSteps: m.totalSteps } : {}) }));
    const ev = m.evaluation;
    if (ev && Number.isFinite(ev.trainLoss) && m.params?.length) {
      const perEpoch = Math.ceil(config.current.train / config.current.batchSize);
      setHistory((h) => [...h, { epoch: m.step / perEpoch, trainLoss: ev.trainLoss, testLoss: ev.testLoss, testAccuracy: ev.testAccuracy }]);
      setEvaluation(ev);
      setNet(netFrom(m.params));
    }
    if (m.type === 'done') {
      setState('done');
      worker.current?.terminate();
      worker.current = null;
      if (m.error) setMessage(impl === 'own' && m.errorKind !== 'diverged' ? STRINGS.ownFailed(m.error) : STRINGS.diverged(m.error), true);
      else setMessage(STRINGS.done(percent(ev!.testAccuracy), (m.elapsedMs / 1000).toFixed(1)));
    }
  };

  const start = () => {
    if (!digits) return;
    worker.current?.terminate();
    const own = impl === 'own' ? readOwnCode() : undefined;
    if (own === null) { setMessage(STRINGS.ownMissing, true); return; }
    config.current = { ...DEFAULT_CONFIG, train: trainSize, epochs };
    setHistory([]); setEvaluation(null); setNet(null); setMessage('');
    setProgress({ step: 0, totalSteps: Math.ceil(trainSize / DEFAULT_CONFIG.batchSize) * epochs, epoch: 1, elapsedMs: 0 });
    const w = spawnTrainer();
    w.onmessage = (e: MessageEvent<FromTrainer>) => onMessage(e.data);
    w.onerror = (e) => { setMessage(STRINGS.workerFailed(e.message || STRINGS.unknownError), true); setState('done'); };
    w.postMessage({ type: 'start', digits, config: config.current, ...(own !== undefined ? { own } : {}), lang });
    worker.current = w;
    setState('running');
  };
  const pause = () => { worker.current?.postMessage({ type: 'pause' }); setState('paused'); };
  const resume = () => { worker.current?.postMessage({ type: 'resume' }); setState('running'); setPausedAt(null); setMessage(''); };

  const exportWeights = () => {
    if (!net) return;
    const url = URL.createObjectURL(new Blob([weightsJson(net)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url; a.download = 'digits-weights.json'; a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const importWeights = async (file: File | undefined) => {
    if (!file) return;
    const r = parseWeights(await file.text(), lang);
    if ('error' in r) { setMessage(STRINGS.importBad(r.error), true); return; }
    setNet(r.net);
    if (digits) {
      const test = config.current.test, start = config.current.train;
      setEvaluation(evaluate(r.net, slice(digits, 0, 1), slice(digits, start, test), () => NaN));
    }
    setMessage(STRINGS.importOk);
  };

  const outputs = useMemo(() => (net && drawing ? predict(net, [Array.from(drawing)])[0] : null), [net, drawing]);
  const paths = lossPaths(history, config.current.epochs);
  const latest = history[history.length - 1];
  const busy = state === 'running' || state === 'paused';
  // When a run ends, the Pause button hides and the browser drops its focus to the page: a reader whose focus was on it
  // continues from the Train button (QA: focus was on <body>). `pauseFocused` stays true through that blur, which has no
  // element to go to, and turns false when focus moves on to one.
  const pauseFocused = useRef(false);
  useEffect(() => {
    const on = document.activeElement;
    if (!busy && pauseFocused.current && (on === document.body || on === null || (on instanceof HTMLElement && on.hidden))) trainButton.current?.focus();
    if (!busy) pauseFocused.current = false;
  }, [busy]);

  return (
    <figure class="dg" data-widget="digit-lab" data-state={state} data-paused-at={pausedAt ?? undefined}>
      <figcaption>{STRINGS.caption}</figcaption>
      <div class="dg-samples">
        <img src={samplesUrl(base)} width={218} height={42} alt={STRINGS.samplesAlt} data-testid="dg-samples" />
        <p class="dg-note">{STRINGS.samplesNote}</p>
      </div>
      {!live && <p class="dg-note" data-testid="dg-nojs">{STRINGS.noJs}</p>}
      {loadError && <p class="dg-error" role="alert" data-testid="dg-load-error">{loadError}</p>}
      {live && !loadError && <p class="dg-note" data-testid="dg-data">{digits ? STRINGS.loaded(trainSize, DEFAULT_CONFIG.test) : STRINGS.loading}</p>}
      <div class="dg-controls">
        <fieldset disabled={busy || !live}>
          <legend>{STRINGS.implLegend}</legend>
          <label><input type="radio" name="dg-impl" checked={impl === 'module'} onChange={() => setImpl('module')} /> {STRINGS.implModule}</label>
          <label><input type="radio" name="dg-impl" checked={impl === 'own'} onChange={() => setImpl('own')} data-testid="dg-own" /> {STRINGS.implOwn}</label>
        </fieldset>
        <label>{STRINGS.trainingDigits}
          <select value={trainSize} disabled={busy || !live} data-testid="dg-size" onChange={(e) => setTrainSize(Number(e.currentTarget.value))}>
            {TRAIN_SIZES.map((n) => <option value={n}>{n.toLocaleString('en-US')}</option>)}
          </select>
        </label>
        <label>{STRINGS.epochsLabel}
          <input type="number" min={1} max={30} value={epochs} disabled={busy || !live} data-testid="dg-epochs" aria-describedby="dg-epochs-note"
            onChange={(e) => {
              const typed = Number(e.currentTarget.value);
              const used = Math.min(30, Math.max(1, Math.round(typed) || 1));
              setEpochs(used);
              setEpochsNote(typed === used ? '' : STRINGS.epochsRange(used));
              e.currentTarget.value = String(used);
            }} />
        </label>
        {/* aria-disabled and one Pause/Resume button: focus never falls to the page when the controls change */}
        <button type="button" ref={trainButton} disabled={!digits} aria-disabled={busy ? 'true' : undefined}
          onClick={() => { if (!busy) start(); }} data-testid="dg-train">{state === 'done' ? STRINGS.reset : STRINGS.start}</button>
        <button type="button" hidden={!busy} onClick={state === 'paused' ? resume : pause}
          onFocus={() => { pauseFocused.current = true; }} onBlur={(e) => { if (e.relatedTarget) pauseFocused.current = false; }}
          data-testid={state === 'paused' ? 'dg-resume' : 'dg-pause'}>{state === 'paused' ? STRINGS.resume : STRINGS.pause}</button>
        {/* After the buttons: appearing or going on the field's change (as the reader clicks Train) it moves nothing
            under the pointer (QA: the click that corrected an epoch count missed Train, which the note had moved). */}
        <span id="dg-epochs-note" class="dg-note" role="status" data-testid="dg-epochs-note">{epochsNote}</span>
      </div>
      {state !== 'idle' && (
        <div class="dg-progress">
          <label>{STRINGS.progress(Math.min(progress.epoch, config.current.epochs), config.current.epochs)}
            <progress max={progress.totalSteps} value={progress.step} data-testid="dg-progress" />
          </label>
          <dl class="dg-stats" aria-live="polite" data-testid="dg-stats">
            <div><dt>{STRINGS.trainLoss(Math.min(config.current.train, EVAL_TRAIN), config.current.train)}</dt><dd data-testid="dg-train-loss">{latest ? latest.trainLoss.toFixed(3) : '–'}</dd></div>
            <div><dt>{STRINGS.testLoss}</dt><dd data-testid="dg-test-loss">{latest ? latest.testLoss.toFixed(3) : '–'}</dd></div>
            <div><dt>{STRINGS.testAcc}</dt><dd data-testid="dg-accuracy">{latest ? percent(latest.testAccuracy) : '–'}</dd></div>
            <div><dt>{STRINGS.elapsed}</dt><dd>{STRINGS.seconds((progress.elapsedMs / 1000).toFixed(1))}</dd></div>
          </dl>
          <svg class="dg-chart" viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" data-testid="dg-chart"
            aria-label={STRINGS.chartLabel(paths.yMax.toFixed(2))}>
            <line class="dg-axis" x1={CHART.pad} y1={CHART.height - CHART.pad} x2={CHART.width - 4} y2={CHART.height - CHART.pad} />
            <line class="dg-axis" x1={CHART.pad} y1={8} x2={CHART.pad} y2={CHART.height - CHART.pad} />
            <text x={CHART.pad - 4} y={14} text-anchor="end">{paths.yMax.toFixed(1)}</text>
            <text x={CHART.pad - 4} y={CHART.height - CHART.pad} text-anchor="end">0</text>
            <text x={CHART.width - 4} y={CHART.height - 8} text-anchor="end">{STRINGS.epochAxis(config.current.epochs)}</text>
            <path class="dg-train" d={paths.train} />
            <path class="dg-test" d={paths.test} />
          </svg>
        </div>
      )}
      {note.text && <p class={note.error ? 'dg-error' : 'dg-note'} role="status" data-testid="dg-message">{note.text}</p>}
      {evaluation && evaluation.confusion.length === 10 && digits && (
        <div class="dg-results">
          <Confusion matrix={evaluation.confusion} lang={lang} />
          <section>
            <h3 class="dg-h">{STRINGS.misclassifiedHeading}</h3>
            <ul class="dg-grid" data-testid="dg-mistakes">
              {evaluation.mistakes.map((m) => {
                const px = digits.side * digits.side, at = (config.current.train + m.index) * px;
                return <li><Pixels rgba={grey(digits.pixels.subarray(at, at + px), 0, 255)} side={digits.side} label={STRINGS.misclassifiedAlt(m.truth, m.guess)} />
                  <span>{m.truth}→{m.guess}</span></li>;
              })}
            </ul>
          </section>
        </div>
      )}
      {net && (
        <div class="dg-results">
          <section>
            <h3 class="dg-h">{STRINGS.hiddenHeading}</h3>
            <ul class="dg-grid dg-hidden" data-testid="dg-hidden">
              {((Theta1) => Array.from({ length: net.sizes[1] }, (_, i) => <li><Pixels rgba={hiddenUnitImage(Theta1, i)} side={20} label={STRINGS.hiddenAlt(i + 1)} size={48} /></li>))(net.snapshot().data[0]!)}
            </ul>
          </section>
          <section>
            <h3 class="dg-h">{STRINGS.padHeading}</h3>
            <DrawPad onChange={setDrawing} lang={lang} />
            <p class="dg-note" aria-live="polite" data-testid="dg-guess">{outputs ? STRINGS.reads(argmax(outputs)) : STRINGS.padEmpty}</p>
            {outputs && (
              <table class="dg-outputs" data-testid="dg-outputs">
                <caption>{STRINGS.probabilities}</caption>
                <tbody>{outputs.map((p, k) => (
                  <tr class={k === argmax(outputs) ? 'dg-top' : ''}><th scope="row">{k}</th>
                    <td><span class="dg-bar" style={{ width: `${Math.round(p * 100)}%` }} /></td><td class="dg-num">{p.toFixed(3)}</td></tr>
                ))}</tbody>
              </table>
            )}
          </section>
        </div>
      )}
      <div class="dg-controls">
        <button type="button" disabled={!net || busy} onClick={exportWeights} data-testid="dg-export">{STRINGS.exportWeights}</button>
        <label class="dg-file">{STRINGS.importWeights}
          <input type="file" accept=".json,application/json" disabled={!live || busy} data-testid="dg-import"
            onChange={(e) => { void importWeights(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }} />
        </label>
      </div>
    </figure>
  );
}
