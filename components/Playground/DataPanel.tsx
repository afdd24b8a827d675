/**
 * The reader's own data: paste, choose or drop a CSV file, see a preview (rows read, classes and their counts or the
 * target's range, the first rows, every bad row named by line and column), then choose to use it. While it is in
 * use: a legend of the plot, downloads of the data (CSV) and of the trained weights (JSON), whether the page address
 * holds the data (a link to share), and the way back. Data from a link that cannot be used are shown here, with why.
 * Parsing and checks live in `own-csv.ts`; the strings in `data-strings.ts`.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../src/i18n/lang';
import { formatNumber } from '../../src/format/number';
import { DATA_STRINGS } from './data-strings.ts';
import { marker } from './figure.ts';
import './DataPanel.css';
import { MAX_BYTES, parseCsvAsync, type BadRow, type Fatal, type ParsedData, type TaskChoice } from './own-csv.ts';
import { toRaw, type OwnSession } from './own-session.ts';

/** Bad rows listed by name; the rest are counted. */
const SHOWN_BAD = 5;
/** Good rows in the preview table. */
const SHOWN_ROWS = 5;

/** Data from the page address that were not used: why, and (when they could be read) the text and its preview. */
export interface LinkNote { note: string; text?: string; parsed?: ParsedData }

interface Props {
  lang?: Lang;
  /** The session in use, or null while the built-in data sets are. */
  own: OwnSession | null;
  /** Points currently in the run (shown while own data is in use). */
  count: number;
  disabled: boolean;
  /**
   * False until the widget runs (the page's HTML without JavaScript): a line saying the panel needs JavaScript
   * stands in its place then, since it would open to an empty box (reader QA D5). Default true.
   */
  live?: boolean;
  onUse: (data: ParsedData) => void;
  onBack: () => void;
  /** The run's points as CSV, and the trained weights as JSON, made on demand. */
  dataCsv: () => string;
  weightsJson: () => string;
  /** The data's compressed length in the link and whether they fit (null: built-in data, or the URL is not kept). */
  link?: { chars: number | null; text: number; fits: boolean } | null;
  /** Data from the page address that could not be used (the panel opens and shows them). */
  linkNote?: LinkNote | null;
  /** Data from the page address that are in use: their CSV text goes into the text box. */
  linkText?: { text: string } | null;
}

/** Save text as a file through a temporary link. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** See the module comment. */
export function DataPanel({ lang = 'en', own, count, disabled, live = true, onUse, onBack, dataCsv, weightsJson, link = null, linkNote = null, linkText = null }: Props) {
  const S = DATA_STRINGS[lang];
  const [text, setText] = useState('');
  const [choice, setChoice] = useState<TaskChoice>('auto');
  const [parsed, setParsed] = useState<ParsedData | null>(null);
  const [note, setNote] = useState('');
  const [ms, setMs] = useState<number | null>(null);
  const reportId = useId();
  // The panel's content exists only while it is open (as the weights export does): one text box per widget otherwise.
  const [open, setOpen] = useState(false);

  // Read in chunks that yield to the page; only the latest request's result is shown.
  const request = useRef(0);
  const preview = (t: string, k: TaskChoice = choice) => {
    const id = ++request.current, t0 = performance.now();
    parseCsvAsync(t, k).then((d) => {
      if (id !== request.current) return;
      setMs(performance.now() - t0);
      setParsed(d);
      setNote('');
    });
  };
  // A link's data that were refused: into the text box and the report, with the reason, and the panel opened.
  useEffect(() => {
    if (!linkNote) return;
    request.current++;
    setText(linkNote.text ?? '');
    setParsed(linkNote.parsed ?? null);
    setNote(linkNote.note);
    setOpen(true);
  }, [linkNote]);
  useEffect(() => { if (linkText) setText(linkText.text); }, [linkText]);
  /** The summary takes focus after "Back to the built-in data sets", which removes itself (focus would fall to the page). */
  const summaryRef = useRef<HTMLElement>(null);
  const readFile = (file: File | undefined) => {
    if (!file) return;
    // Refused from its size alone: a file over the limit is never read.
    if (file.size > MAX_BYTES) { request.current++; setParsed(null); setNote(S.tooBig(file.size)); return; }
    setNote(S.reading(file.name));
    file.text().then((t) => { setText(t); preview(t); }, () => setNote(S.fileError(file.name)));
  };
  const fatalText = (x: Fatal) => {
    switch (x.why) {
      case 'tooBig': return S.tooBig(x.bytes);
      case 'tooManyRows': return S.tooManyRows;
      case 'noRows': return S.noRows;
      case 'tooFewRows': return S.tooFewRows(x.rows);
      case 'oneClass': return S.oneClass(x.label);
      default: return S.tooManyClasses(x.count, x.numeric);
    }
  };
  const rowText = (b: BadRow, cols: readonly string[]) => b.issues.map((i) => {
    switch (i.why) {
      case 'nan': return S.nan(b.row, cols[i.column], i.text);
      case 'empty': return S.empty(b.row, cols[i.column]);
      case 'missing': return S.missing(b.row, cols[i.column]);
      case 'extra': return S.extra(b.row, i.found);
      default: return S.quotes(b.row);
    }
  }).join(S.sentenceSep);
  const num = (x: number) => formatNumber(x, { digits: 6 });
  const usable = parsed && !parsed.fatal ? parsed : null;

  if (!live) return <p class="pg-data pg-hint">{S.summaryNoJs}</p>;
  return (
    <details class="pg-data" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary ref={summaryRef}>{S.summary}</summary>
      {open && (<>
      <p class="pg-hint">{S.intro}</p>
      {own && (
        <div class="pg-data-active">
          <p>{S.active(count)}</p>
          {own.kind === 'classes'
            ? (
              <p class="pg-legend">{S.legendClasses}{' '}
                {own.classes.map((name, k) => (
                  <span class="pg-legend-item" key={k}>
                    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d={marker(k, 8, 8, 5)} class={`pg-pts pg-c${k}`} /></svg>
                    {' '}{S.shapes[k]} = {name}{k < own.classes.length - 1 ? S.legendSep : ''}
                  </span>
                ))}
              </p>
            )
            : (
              <p class="pg-legend">{S.legendRegression(own.columns[2], toRaw(own.layout.y, -1), toRaw(own.layout.y, 0), toRaw(own.layout.y, 1))}</p>
            )}
          <div class="pg-row">
            <button type="button" onClick={() => download('playground-data.csv', 'text/csv', dataCsv())}>{S.downloadData}</button>
            <button type="button" onClick={() => download('playground-weights.json', 'application/json', weightsJson())}>{S.downloadWeights}</button>
            <button type="button" disabled={disabled} onClick={() => { onBack(); summaryRef.current?.focus(); }}>{S.back}</button>
          </div>
          <p class="pg-hint">{S.weightsNote}</p>
          {link && <p class="pg-data-link">{link.fits ? S.linkIn(link.chars!) : S.linkTooLarge(link.chars, link.text)}</p>}
        </div>
      )}
      {!own && (
        <div class="pg-row">
          <button type="button" onClick={() => download('playground-data.csv', 'text/csv', dataCsv())}>{S.downloadData}</button>
          <button type="button" onClick={() => download('playground-weights.json', 'application/json', weightsJson())}>{S.downloadWeights}</button>
        </div>
      )}
      <form class="pg-data-form" onSubmit={(e) => { e.preventDefault(); preview(text); }}>
        <label class="pg-field pg-wide">
          {S.textLabel}
          <textarea
            class="pg-json pg-csv" rows={6} value={text} spellcheck={false} disabled={disabled}
            aria-invalid={parsed && (parsed.fatal || parsed.bad.length) ? 'true' : undefined}
            aria-describedby={reportId}
            onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => { e.preventDefault(); readFile(e.dataTransfer?.files[0]); }}
          />
        </label>
        <div class="pg-form">
          <label class="pg-field">
            {S.fileLabel}
            <input type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" disabled={disabled}
              onChange={(e) => readFile((e.currentTarget as HTMLInputElement).files?.[0])} />
          </label>
          <label class="pg-field">
            {S.kindLabel}
            <select value={choice} disabled={disabled} onChange={(e) => {
              const k = (e.currentTarget as HTMLSelectElement).value as TaskChoice;
              setChoice(k);
              if (parsed) preview(text, k);
            }}>
              <option value="auto">{S.kindAuto}</option>
              <option value="classes">{S.kindClasses}</option>
              <option value="regression">{S.kindRegression}</option>
            </select>
          </label>
          <button type="submit" disabled={disabled}>{S.preview}</button>
        </div>
      </form>
      <div id={reportId} class="pg-data-report" data-parse-ms={ms === null ? undefined : ms.toFixed(1)}>
        <p role="status" class="pg-data-note">{note}</p>
        {parsed?.fatal && <p class="pg-data-error" role="alert">{fatalText(parsed.fatal)}</p>}
        {parsed && parsed.fatal?.why !== 'tooBig' && parsed.fatal?.why !== 'tooManyRows' && (
          <>
            <p>{[S.readCounts(parsed.read, parsed.good.length, parsed.bad.length), parsed.hasHeader ? S.header(parsed.columns) : S.noHeader, S.delimiter(parsed.delimiter, parsed.decimalComma)].join(S.sentenceSep)}</p>
            {usable && <p>{S.ranges(usable.columns[0], ...usable.range.x1, usable.columns[1], ...usable.range.x2)}</p>}
            {usable?.kind === 'classes' && (
              <>
                <p>{S.classesTitle(usable.classes.length)}</p>
                <ul class="pg-classes">
                  {usable.classes.map((name, k) => <li key={k}>{S.classItem(k, name, S.shapes[k], usable.counts[k])}</li>)}
                </ul>
                <p>{S.classesOutput(usable.classes.length)}</p>
              </>
            )}
            {usable?.kind === 'regression' && <p>{S.regression(usable.columns[2], ...usable.range.y)}</p>}
            {usable && (
              <div class="pg-table-wrap">
                <table class="pg-preview">
                  <caption>{S.firstRows(Math.min(SHOWN_ROWS, usable.good.length))}</caption>
                  <thead><tr><th scope="col">{S.rowHead}</th>{usable.columns.map((h) => <th scope="col">{h}</th>)}</tr></thead>
                  <tbody>
                    {usable.good.slice(0, SHOWN_ROWS).map((r) => (
                      <tr key={r.row}><th scope="row">{r.row}</th><td>{num(r.x1)}</td><td>{num(r.x2)}</td><td>{r.label}</td></tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {parsed.bad.length > 0 && (
              <div class="pg-data-bad">
                <p><strong>{S.problemsTitle}</strong></p>
                <p class="pg-hint">{S.rowsNote}</p>
                <ul>
                  {parsed.bad.slice(0, SHOWN_BAD).map((b) => <li key={b.row}>{rowText(b, parsed.columns)}</li>)}
                </ul>
                {parsed.bad.length > SHOWN_BAD && <p>{S.more(parsed.bad.length - SHOWN_BAD)}</p>}
              </div>
            )}
            {usable && (
              <div class="pg-row">
                <button type="button" class="pg-primary" disabled={disabled} onClick={() => onUse(usable)}>
                  {usable.bad.length ? S.useGood(usable.good.length, usable.bad.length) : S.useAll(usable.good.length)}
                </button>
                {usable.bad.length > 0 && <span class="pg-hint">{S.orFix}</span>}
              </div>
            )}
          </>
        )}
      </div>
      </>)}
    </details>
  );
}
