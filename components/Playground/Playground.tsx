/**
 * Playground island: train a small network on a 2-D data set and watch the decision boundary, the loss
 * curves and the weights change. Training runs in time-sliced chunks inside requestAnimationFrame, so
 * input is never blocked; runs are seeded, so Rewind replays the same run and a link reproduces it.
 * Server-rendered as a static picture of the initial data set.
 * @example <Playground client:visible-or-tab dataset="xor" hidden={[8, 8]} activation="tanh" learningRate={0.03} />
 */
import { predict } from 'backprop';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ExportPanel, PointForm, WeightEditor } from './EditPanel.tsx';
import { gridInputs, nearestPoint, paintHeatmap, paintValues, toData, toView, type RGB } from './heatmap.ts';
import { LossChart } from './LossChart.tsx';
import { weightName } from './names.ts';
import { classCount, exportWeights, extent, keepsWeight } from './model.ts';
import { PlotArea, VIEW } from './PlotArea.tsx';
import { PlaygroundRun } from './run.ts';
import { normalizeSettings, sameData, type Settings } from './settings.ts';
import { SettingsPanel } from './SettingsPanel.tsx';
import { PLAYGROUND_STRINGS } from './strings.ts';
import { describeNumber, formatNumber } from '../../src/format/number';
import type { Lang } from '../../src/i18n/lang';
import { Num } from '../shared/Num.tsx';
import { readSwatches, watchTheme } from './theme-colours.ts';
import { encodeCsv, parseQuery, readCsvParam, toQuery, unreadParams, withCsv, type LinkedCsv } from './url-state.ts';
import { WeightDiagram, type WeightRef } from './WeightDiagram.tsx';
import './Playground.css';
import { DataPanel, type LinkNote } from './DataPanel.tsx';
import { DATA_STRINGS } from './data-strings.ts';
import { parseCsvAsync, type ParsedData } from './own-csv.ts';
import { dataCsv, weightsJson } from './own-export.ts';
import { drawnClasses, drawnPoints, OWN_R, ownSpec, onPlot, plotPoint, rawPoint, toRaw, toSession, type OwnSession } from './own-session.ts';

/** Props: every field of the settings (see `settings.ts`), all optional, plus the URL switch. */
export interface PlaygroundProps extends Partial<Omit<Settings, 'activation'>> {
  /** One activation for every hidden layer, or one per hidden layer (default 'tanh'). */
  activation?: Settings['activation'][number] | Settings['activation'];
  /** Read settings from the page's query string on load and write them back on every change (default true). */
  syncUrl?: boolean;
  /** Accessible name of the widget (default "Neural network playground", in the page's language). */
  label?: string;
  /** Language of the page (default 'en'): every label and message is in it. */
  lang?: Lang;
}

/** Put a query (and the hash) in the address: no '?' when the query is empty. */
const address = (query: string) => `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;

/** Heat-map resolution (cells per side), updates per frame at most, and the training budget per frame. */
const RES = 50, MAX_STEPS_PER_FRAME = 100, BUDGET_MS = 5;

/** Where the network's shape goes in the no-JavaScript note, so that it can be laid out apart (see noJsNote). */
const SHAPE_SLOT = '\u0000';
/** The no-JavaScript note with the network's shape ("2-4-1") on one line: browsers break after a hyphen (reader QA). */
function noJsNote(note: string, shape: string) {
  const [before, after = ''] = note.split(SHAPE_SLOT);
  return <>{before}<span class="math-nowrap">{shape}</span>{after}</>;
}

/** See {@link PlaygroundProps}. */
export default function Playground(props: PlaygroundProps) {
  const { syncUrl = true, lang = 'en' } = props;
  const S = PLAYGROUND_STRINGS[lang];
  const label = props.label ?? S.label;
  const base = useMemo(() => normalizeSettings(props as Record<string, unknown>), []);
  const [settings, setSettings] = useState(base);
  const runRef = useRef<PlaygroundRun | null>(null);
  if (!runRef.current) runRef.current = new PlaygroundRun(settings);
  const run = runRef.current;
  const [live, setLive] = useState(false);
  const [playing, setPlaying] = useState(false);
  const [tick, setTick] = useState(0);
  const bump = () => setTick((t) => t + 1);
  const [message, setMessage] = useState('');
  const [newLabel, setNewLabel] = useState(0);
  const [selected, setSelected] = useState<WeightRef>({ l: 1, i: 1, j: 0 });
  const [palette, setPalette] = useState<RGB[] | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frames = useRef(0);
  // The reader's own data (DataPanel), while in use: they are drawn on [−OWN_R, OWN_R]² with their own axes.
  const [own, setOwn] = useState<OwnSession | null>(null);
  const ownRef = useRef<OwnSession | null>(null);
  /** Each use of data counts one up, so the point form starts afresh in the new units. */
  const [sessionNo, setSessionNo] = useState(0);
  /** The data in the link: their compressed length and whether they fit (null: built-in data, or no URL sync). */
  const [link, setLink] = useState<{ chars: number | null; text: number; fits: boolean } | null>(null);
  /** A link's data that could not be used: what the data panel shows about them. */
  const [linkNote, setLinkNote] = useState<LinkNote | null>(null);
  /** A link's data that were used: their CSV text, for the data panel's text box. */
  const [linkText, setLinkText] = useState<{ text: string } | null>(null);
  const D = DATA_STRINGS[lang];
  const r = own ? OWN_R : extent(settings.dataset), K = own ? drawnClasses(own) : classCount(settings);
  const grid = useMemo(() => gridInputs(r, RES), [r]);

  /** Replace the run when the settings change; points the reader added survive unless the data changed. */
  const apply = (next: Settings, note = '') => {
    const old = runRef.current!; // not `run`: this may be called from a memoised child's older closure
    // Nothing changed (the same value typed again): keep the run and its training progress.
    if (!note && JSON.stringify(next) === JSON.stringify(old.settings)) return;
    // The reader's own data stay until another built-in data set is chosen.
    const ownNow = next.dataset === old.settings.dataset ? ownRef.current : null;
    const dropped = !ownNow && !!ownRef.current;
    if (dropped) { ownRef.current = null; setOwn(null); setLink(null); }
    const points = ownNow || sameData(next, old.settings) ? old.points : undefined;
    runRef.current = new PlaygroundRun(next, points, ownNow ? ownSpec(next, ownNow) : undefined);
    setSettings(next);
    // The chosen weight stays chosen while the new network still has it (a new learning rate, data set or seed);
    // otherwise the first weight is (reader QA: the picker jumped back to Θ(1)_10 on any change).
    setSelected((w) => (keepsWeight(runRef.current!.net.sizes, w) ? w : { l: 1, i: 1, j: 0 }));
    setNewLabel((k) => (k >= classCount(next) ? 0 : k));
    if (syncUrl) {
      const query = toQuery(next, location.search);
      history.replaceState(history.state, '', address(ownNow ? query : withCsv(query, null)));
    }
    // The reader's data dropped for a built-in set: say so (their CSV stays in the data panel's text box).
    if (!note && dropped) { setMessage(D.replaced(S.datasets[next.dataset])); return; }
    setMessage(note || S.settingsChanged(`${next.hidden.length ? `2-${next.hidden.join('-')}-` : '2-'}${classCount(next) === 2 ? 1 : classCount(next)}`));
  };

  useEffect(() => {
    setLive(true);
    if (syncUrl && location.search) {
      // The data first: applying the settings rewrites the address without them (no data are in use yet).
      const linked = readCsvParam(location.search);
      const fromUrl = parseQuery(location.search, base);
      // A setting the link gets wrong is named, not dropped in silence (reader QA: an all-garbage link changed nothing, said nothing).
      const unread = unreadParams(location.search);
      const note = unread.length ? S.linkUnread(unread) : '';
      if (JSON.stringify(fromUrl) !== JSON.stringify(base)) apply(fromUrl, note ? `${S.fromUrl} ${note}` : S.fromUrl);
      else if (note) {
        setMessage(note);
        // The address then holds the settings in use, as when some of the link was understood (apply writes it).
        history.replaceState(history.state, '', address(toQuery(fromUrl, location.search)));
      }
      if (linked) loadLinked(linked);
    }
  }, []);

  useEffect(() => {
    if (!live) return;
    const swatches = () => rootRef.current ? [...rootRef.current.querySelectorAll('.pg-swatch')] : [];
    const read = () => setPalette(readSwatches(swatches()));
    read();
    return watchTheme(read);
  }, [live]);

  // Draw the heat map after every render that may have changed the weights (one batch predict).
  useLayoutEffect(() => {
    const canvas = canvasRef.current, ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !palette) return;
    const img = ctx.createImageData(RES, RES);
    if (own?.kind === 'regression') paintValues(predict(run.net, grid), palette[1], palette[2], palette[0], img.data);
    else paintHeatmap(predict(run.net, grid), palette.slice(1), palette[0], img.data);
    ctx.putImageData(img, 0, 0);
    frames.current++;
    rootRef.current?.setAttribute('data-frames', String(frames.current));
  });

  // The training loop: each frame takes as many updates as fit in BUDGET_MS, then renders once.
  // `loop` lives in a ref so Pause stops it at once, before the next frame can take more steps.
  const loop = useRef(0);
  const stop = () => { cancelAnimationFrame(loop.current); loop.current = 0; setPlaying(false); };
  const start = () => {
    // With reduced motion the views change four times a second instead of every frame; training runs on.
    const calm = matchMedia('(prefers-reduced-motion: reduce)').matches;
    let shown = 0;
    const frame = () => {
      const t0 = performance.now(), current = runRef.current!;
      current.advance(MAX_STEPS_PER_FRAME, () => performance.now() - t0 < BUDGET_MS);
      const going = current.canTrain();
      if (going) loop.current = requestAnimationFrame(frame);
      else {
        stop();
        setMessage(current.diverged ? '' : S.pausedNoPoints(current.step));
      }
      if (!going || !calm || t0 - shown >= 250) { shown = t0; bump(); }
    };
    setPlaying(true);
    loop.current = requestAnimationFrame(frame);
  };
  useEffect(() => () => cancelAnimationFrame(loop.current), []);

  const losses = run.losses();
  const counts = run.counts();
  const sizes = run.net.sizes;
  const play = () => {
    if (playing) { stop(); setMessage(S.paused(run.step)); return; }
    if (!run.canTrain()) { setMessage(run.diverged ? S.divergedFirst : S.addPointsFirst); return; }
    setMessage(S.training);
    start();
  };
  const step = () => { run.advance(1); setMessage(S.stepped(run.step)); bump(); };
  const rewind = () => { stop(); run.rewind(); setMessage(S.rewound); bump(); };
  const reset = () => {
    stop();
    apply({ ...settings, seed: (settings.seed + 1) % 0x100000000 }, S.wasReset(settings.seed + 1));
  };
  /** Add a point at plot coordinates (a click; the form maps the reader's units first, and passes them as `typed`). */
  const addAt = (x1: number, x2: number, typed?: [number, number]) => {
    if (own?.kind === 'regression') { setMessage(D.noClickAdd); return; }
    if (own) {
      // The range is checked on the plot (with room for rounding at its edges) and reported in the reader's units.
      if (!(onPlot(x1) && onPlot(x2))) { setMessage(D.farPoint(own.columns[0], ...own.view.x1, own.columns[1], ...own.view.x2)); return; }
      run.addPoint(x1, x2, newLabel);
      const [u1, u2] = typed ?? [toRaw(own.layout.x1, x1), toRaw(own.layout.x2, x2)];
      // Exported as typed (or as clicked, in the reader's units), with its class name.
      own.raw.set(run.points[run.points.length - 1], { x1: u1, x2: u2, label: own.classes[newLabel] });
      setMessage(D.added(own.classes[newLabel], own.columns[0], u1, own.columns[1], u2));
      writeLink(own);
      bump();
      return;
    }
    // A point off the plot would be trained on but never drawn (reader QA D26): refuse it and say why.
    if (!(Math.abs(x1) <= r && Math.abs(x2) <= r)) { setMessage(S.farPoint(-r, r)); return; }
    run.addPoint(x1, x2, newLabel);
    setMessage(S.added(newLabel, formatNumber(x1, { digits: 3 }), formatNumber(x2, { digits: 3 })));
    bump();
  };
  const removeAt = (index: number) => {
    const p = run.points[index];
    const u = own ? rawPoint(own, p) : null;
    run.removePoint(index);
    if (own && u) {
      setMessage(own.kind === 'regression'
        ? D.removedRow(p.test, own.columns[0], u.x1, own.columns[1], u.x2)
        : D.removed(own.classes[p.label] ?? u.label, p.test, own.columns[0], u.x1, own.columns[1], u.x2));
      writeLink(own);
    } else setMessage(S.removed(p.label, p.test ? 'test' : 'training', formatNumber(p.x1, { digits: 3 }), formatNumber(p.x2, { digits: 3 })));
    bump();
  };
  const plotClick = (vx: number, vy: number) => {
    const hit = nearestPoint(run.points, vx, vy, VIEW, r, 8);
    if (hit >= 0) removeAt(hit);
    else addAt(...toData(vx, vy, VIEW, r));
  };
  /** The point form's coordinates, in the reader's units while their data are in use. */
  const toPlot = (u1: number, u2: number): [number, number] => {
    if (!own) return [u1, u2];
    const p = plotPoint(own, u1, u2);
    return [p.x1, p.x2];
  };
  const addTyped = (u1: number, u2: number) => addAt(...toPlot(u1, u2), own ? [u1, u2] : undefined);
  const removeNear = (u1: number, u2: number) => {
    const [x1, x2] = toPlot(u1, u2);
    const hit = nearestPoint(run.points, ...toView(x1, x2, VIEW, r), VIEW, r, Infinity);
    if (hit >= 0) removeAt(hit);
  };
  /**
   * The rows go into the link with the settings when they fit (as the download has them, points added or removed
   * included); back on built-in data the link loses them.
   */
  const writeLink = (session: OwnSession | null) => {
    if (!syncUrl) return;
    const current = runRef.current!;
    const rows = session ? dataCsv(session, current.points) : '';
    const packed = session ? encodeCsv(rows) : null;
    setLink(packed && { chars: packed.chars, text: rows.length, fits: packed.fits });
    const csv = packed?.fits ? { value: packed.value, kind: session!.kind } : null;
    history.replaceState(history.state, '', address(withCsv(toQuery(current.settings, location.search), csv)));
  };
  /** Train on the reader's rows (DataPanel), or go back to the built-in data set: a new run at step 0 either way. */
  const useData = (d: ParsedData | null, fromLink = false) => {
    stop();
    // The run's settings, not `settings`: this may run from the first render's closure (a link read on load).
    const current = runRef.current!.settings;
    const session = d ? toSession(d, current) : null;
    ownRef.current = session;
    setOwn(session);
    setSessionNo((k) => k + 1);
    setLinkNote(null);
    runRef.current = session ? new PlaygroundRun(current, session.points, ownSpec(current, session)) : new PlaygroundRun(current);
    setSelected({ l: 1, i: 1, j: 0 });
    setNewLabel(0);
    writeLink(session);
    const c = runRef.current.counts();
    setMessage(session ? (fromLink ? D.linkLoaded : D.using)(session.points.length, c.train, c.test) : D.backDone);
  };
  /** Data from the link, read as pasted text is; if unusable, the data panel says why and the built-in data stay. */
  const loadLinked = (linked: LinkedCsv) => {
    const refuse = (note: LinkNote) => {
      setLinkNote(note);
      setMessage(note.note);
      history.replaceState(history.state, '', address(withCsv(location.search, null)));
    };
    if (!linked.ok) { refuse({ note: linked.why === 'tooLong' ? D.linkTooLong(linked.chars) : D.linkDamaged }); return; }
    parseCsvAsync(linked.text, linked.kind).then((d) => {
      if (d.fatal || d.bad.length) refuse({ note: D.linkProblems, text: linked.text, parsed: d });
      else { useData(d, true); setLinkText({ text: linked.text }); }
    });
  };
  const shownPoints = useMemo(() => drawnPoints(own, run.points), [own, run.points]);
  const setWeight = (v: number) => {
    run.setWeight(selected.l, selected.i, selected.j, v);
    setMessage(S.weightSet(weightName(selected), describeNumber(v).exact));
    bump();
  };

  // While training, the loss chart and the weight diagram refresh every 4th frame: the heat map is the
  // live view, and these two would otherwise double the drawing work of each frame.
  const slowKey = playing ? `play${Math.floor(frames.current / 4)}` : `still${tick}`;
  const chart = useMemo(() => <LossChart points={run.history.points} train={losses.train} test={losses.test} lambda={run.settings.lambda} lang={lang} />, [slowKey, run]);
  const diagram = useMemo(() => (
    <WeightDiagram sizes={sizes} weights={run.net.weights()} selected={selected} onSelect={setSelected} live={playing} lang={lang} editable={live} />
  ), [slowKey, run, selected, playing, live]);

  const settingsPanel = useMemo(() => <SettingsPanel settings={settings} disabled={!live} onChange={(next) => apply(next)} lang={lang} ownData={!!own} />, [settings, live, own]);

  const state = run.diverged ? 'diverged' : playing ? 'playing' : 'paused';
  // With the reader's classes, their names (as the point form and the legend give them).
  const classWords = (own?.kind === 'classes'
    ? own.classes.map((name, k) => D.classOption(name, D.shapes[k]))
    : Array.from({ length: K }, (_, k) => S.className(k, S.shapes[k % 4]!))).join(S.listSep);
  const summary = S.summary(sizes.join('-'), run.step, classWords, counts.train, counts.test);
  return (
    // `pg-static` until the widget runs (the page's HTML without JavaScript): nothing there answers a click.
    <section class={live ? 'pg' : 'pg pg-static'} ref={rootRef} aria-label={label} data-state={state} data-step={run.step}
      data-train-loss={String(losses.train)} data-frames="0">
      {Array.from({ length: 5 }, (_, k) => <span class={`pg-swatch ${k === 0 ? 'pg-bg' : `pg-c${k - 1}`}`} aria-hidden="true" />)}
      <div class="pg-controls" role="group" aria-label={S.controls}>
        <button type="button" class="pg-primary" disabled={!live} onClick={play}>{playing ? S.pause : S.play}</button>
        <button type="button" disabled={!live || playing || !run.canTrain()} onClick={step}>{S.step}</button>
        <button type="button" disabled={!live} onClick={rewind}>{S.rewind}</button>
        <button type="button" disabled={!live} onClick={reset}>{S.reset}</button>
      </div>
      <p class="pg-stats" aria-live={playing ? 'off' : 'polite'}>
        {S.stepBefore}<strong class="pg-step">{run.step}</strong>{S.stepAfter} · {S.lossName('training', run.settings.lambda)} <strong class="pg-loss-train"><Num value={losses.train} lang={lang} /></strong>
        {' '}· {S.lossName('test', run.settings.lambda)} <strong class="pg-loss-test"><Num value={losses.test} lang={lang} /></strong>
        {' '}· <span class="pg-counts">{S.counts(counts.train, counts.test)}</span>
      </p>
      <p class="pg-message" role="status">{message}</p>
      {run.diverged && (
        <div class="pg-alert" role="alert">
          <p>{S.diverged(run.step)}</p>
          <button type="button" onClick={reset}>{S.reset}</button> <button type="button" onClick={rewind}>{S.rewind}</button>
        </div>
      )}
      {!live && (
        <p class="pg-nojs">{noJsNote(S.noJs(settings.dataset, counts.train, counts.test, SHAPE_SLOT, settings.learningRate), sizes.join('-'))}</p>
      )}
      <div class="pg-main">
        <div class="pg-col">
          <PlotArea points={shownPoints} r={r} live={live} canvasRef={canvasRef} res={RES} summary={summary} onPlotClick={plotClick} lang={lang}
            tick={own ? DATA_STRINGS[lang].axes(own.columns[0], ...own.view.x1, own.columns[1], ...own.view.x2) : undefined} />
          {/* How to click the plot: only once clicks do something (reader QA D5). */}
          {live && <p class="pg-hint">{own?.kind === 'regression' ? D.hintRegression : S.hint}</p>}
          <PointForm key={sessionNo} classes={K} label={newLabel} onLabel={setNewLabel} onAdd={addTyped} onRemoveNear={removeNear} disabled={!live} noAdd={own?.kind === 'regression'} lang={lang}
            units={own ? {
              names: [own.columns[0], own.columns[1]],
              start: [own.layout.x1.centre, own.layout.x2.centre],
              classes: own.kind === 'classes' ? own.classes.map((name, k) => D.classOption(name, D.shapes[k])) : [],
            } : undefined} />
        </div>
        <div class="pg-col">
          {chart}
          {diagram}
          <fieldset class="pg-edit">
            <legend>{S.editLegend(playing)}</legend>
            <WeightEditor sizes={sizes} selected={selected} current={run.net.weight(selected.l, selected.i, selected.j)}
              onSelect={setSelected} onSet={setWeight} disabled={!live || playing} live={live} lang={lang} />
          </fieldset>
          <ExportPanel json={() => JSON.stringify(exportWeights(run.net))} lang={lang} live={live} />
        </div>
      </div>
      <DataPanel lang={props.lang} own={own} count={run.points.length} disabled={!live} live={live} onUse={useData} onBack={() => useData(null)}
        link={link} linkNote={linkNote} linkText={linkText}
        dataCsv={() => dataCsv(ownRef.current, runRef.current!.points)}
        weightsJson={() => weightsJson(ownRef.current, runRef.current!.settings, runRef.current!.net.weights())} />
      {settingsPanel}
    </section>
  );
}
