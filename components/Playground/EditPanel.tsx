/**
 * Hands-on edits: add or remove a point at typed coordinates (the keyboard route to clicking the plot),
 * set one weight by hand while paused, and export the weights as JSON for a code cell.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { describeNumber, formatNumber } from '../../src/format/number';
import type { Lang } from '../../src/i18n/lang';
import { inputName, matrixName, weightName } from './names.ts';
import { FieldMessage, useNumberField } from './number-field.tsx';
import { PLAYGROUND_STRINGS } from './strings.ts';
import type { WeightRef } from './WeightDiagram.tsx';

const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

/** The reader's own data in the point form: column names, starting coordinates and class names (none for a numeric target). */
export interface PointUnits {
  names: [string, string];
  start: [number, number];
  /** The class chooser's options, in class order; empty for a numeric target (no class to choose). */
  classes: string[];
}

/**
 * A starting coordinate as the field shows it: four significant digits (the shared `formatNumber`), but the ASCII
 * minus a keyboard types, since the reader edits this text.
 * @example startText(-2.34567) // '-2.346'
 */
export const startText = (x: number) => formatNumber(x, { digits: 4 }).replace('\u2212', '-');

/**
 * Coordinates and class of a new point; the class also applies to clicks on the plot. With `units` (the reader's own
 * data) the fields are the CSV's columns in its units, and the classes its class names.
 */
export function PointForm({ classes, label, onLabel, onAdd, onRemoveNear, disabled, lang = 'en', units, noAdd = false }: {
  classes: number; label: number; onLabel: (k: number) => void; disabled: boolean; lang?: Lang;
  /** No point can be added (a numeric target: a point would need a target value): Add point is disabled. */
  noAdd?: boolean;
  onAdd: (x1: number, x2: number) => void; onRemoveNear: (x1: number, x2: number) => void; units?: PointUnits;
}) {
  const S = PLAYGROUND_STRINGS[lang];
  const fields = [
    useNumberField(units ? startText(units.start[0]) : '0.5'),
    useNumberField(units ? startText(units.start[1]) : '0.5'),
  ] as const;
  const names = units ? units.names : [inputName(1), inputName(2)];
  const options = units ? units.classes : Array.from({ length: classes }, (_, k) => S.className(k, S.shapes[k % 4]!));
  /** Both coordinates, or null with each refused field's message shown (both at once, not one per press). */
  const commit = (): [number, number] | null => {
    const [v1, v2] = fields.map((f) => f.commit());
    return v1 === null || v2 === null ? null : [v1, v2];
  };
  const add = (e: Event) => {
    e.preventDefault();
    if (disabled || noAdd) return;
    const p = commit();
    if (p) onAdd(...p);
  };
  const removeNear = () => {
    const p = commit();
    if (p) onRemoveNear(...p);
  };
  return (
    // noValidate and buttons enabled for a bad coordinate, as in the weight editor: pressing a button (or Enter) says
    // what is wrong, in the page's language, under the fields.
    <form class="pg-form" noValidate onSubmit={add}>
      {options.length > 0 && (
        <label class="pg-field">
          {S.newClass}
          <select value={String(label)} disabled={disabled} onChange={(e) => onLabel(Number(value(e)))}>
            {options.map((text, k) => <option value={String(k)}>{text}</option>)}
          </select>
        </label>
      )}
      {fields.map((f, k) => (
        <label key={k} class="pg-field">{names[k]} <input type="text" inputMode="decimal" disabled={disabled} {...f.input} /></label>
      ))}
      {fields.map((f, k) => <FieldMessage key={k} field={f} message={() => S.badCoord(names[k]!)} />)}
      <div class="pg-row">
        <button type="submit" disabled={disabled || noAdd}>{S.addPoint}</button>
        <button type="button" disabled={disabled} onClick={removeNear}>{S.removeNearest}</button>
      </div>
    </form>
  );
}

/** Choose Θ(l)_ij with menus (or by clicking the diagram) and type its new value; only while paused. */
export function WeightEditor({ sizes, selected, current, onSelect, onSet, disabled, live = true, lang = 'en' }: {
  sizes: number[]; selected: WeightRef; current: number; disabled: boolean; lang?: Lang;
  /** False until the widget runs (the page's HTML without JavaScript): the weight menus are disabled then too. */
  live?: boolean;
  onSelect: (w: WeightRef) => void; onSet: (v: number) => void;
}) {
  const S = PLAYGROUND_STRINGS[lang];
  /**
   * The typed value (reader QA D6: Set weight greyed out and nothing said why): a refused one says so when committed,
   * and the message goes as soon as the field holds a valid value again, or shows another weight's.
   */
  const draft = useNumberField(String(current));
  // Show the weight's current value whenever another weight is chosen or training changed it
  // (not while training: the field is disabled then, and this would cost a render per frame). A layout effect, in
  // the same frame as the change that caused it: a deferred effect could land after the reader had started typing
  // (a new run's message already shown, its weight not yet in the field) and replace what they typed.
  useLayoutEffect(() => { if (!disabled) draft.reset(String(current)); }, [current, disabled, selected.l, selected.i, selected.j]);
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
  const pick = (patch: Partial<WeightRef>) => {
    const w = { ...selected, ...patch };
    w.i = Math.min(w.i, sizes[w.l]);
    w.j = Math.min(w.j, sizes[w.l - 1]);
    onSelect(w);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (disabled) return;
    const v = draft.commit();
    if (v !== null) onSet(v);
  };
  return (
    // noValidate: the browser's own bubble ('Please enter a number', in the browser's language, over the button) would
    // stop the submit for text it cannot read; the message below says it in the page's language instead.
    <form class="pg-form" noValidate onSubmit={submit}>
      <label class="pg-field">{S.layer}
        <select value={String(selected.l)} disabled={!live} onChange={(e) => pick({ l: Number(value(e)) })}>
          {range(1, sizes.length - 1).map((l) => <option value={String(l)}>{matrixName(l)}</option>)}
        </select>
      </label>
      <label class="pg-field">{S.row}
        <select value={String(selected.i)} disabled={!live} onChange={(e) => pick({ i: Number(value(e)) })}>
          {range(1, sizes[selected.l]).map((i) => <option value={String(i)}>{i}</option>)}
        </select>
      </label>
      <label class="pg-field">{S.column}
        <select value={String(selected.j)} disabled={!live} onChange={(e) => pick({ j: Number(value(e)) })}>
          {range(0, sizes[selected.l - 1]).map((j) => <option value={String(j)}>{j === 0 ? S.biasColumn : j}</option>)}
        </select>
      </label>
      <label class="pg-field pg-value">{S.value}
        <input type="number" step="any" disabled={disabled} {...draft.input} />
      </label>
      {/* Enabled for a bad value too: pressing it (or Enter, which needs an enabled submit button) says what is wrong. */}
      <button type="submit" disabled={disabled}>{S.setWeight}</button>
      <FieldMessage field={draft} message={() => S.badWeight(S.value, weightName(selected), describeNumber(current).text)} />
    </form>
  );
}

/**
 * The weights as JSON in a read-only text area, with a copy button and how to load it. Until the widget runs
 * (`live` false: the page's HTML without JavaScript) a line saying it needs JavaScript stands in its place, since
 * the panel would open to an empty box (reader QA D5).
 */
export function ExportPanel({ json, lang = 'en', live = true }: { json: () => string; lang?: Lang; live?: boolean }) {
  const S = PLAYGROUND_STRINGS[lang];
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState('');
  const text = open ? json() : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(S.copied);
    } catch {
      setCopied(S.copyBlocked);
    }
  };
  if (!live) return <p class="pg-export pg-hint">{S.exportNoJs}</p>;
  return (
    <details class="pg-export" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{S.exportSummary}</summary>
      {open && (
        <>
          <label class="pg-field pg-wide">
            {S.jsonBefore}<code>Network.fromWeights(w.weights, w)</code>{S.jsonAfter}
            <textarea readOnly rows={6} value={text} class="pg-json" />
          </label>
          <button type="button" onClick={copy}>{S.copy}</button> <span role="status">{copied}</span>
        </>
      )}
    </details>
  );
}
