/**
 * The Playground's settings as labelled native controls (keyboard operable as they are). A typed value outside its
 * range is refused with a message giving the range (`FIELD_RANGES`), and the setting and the training run are kept:
 * the field shows the value in use again, so it is not marked invalid, but it stays described by the message, which
 * names it (reader QA: a refused field stayed outlined in red around a valid value until edited). The message is shown
 * under its field (reader QA: one box above the settings was off screen on a phone when the field below was refused),
 * in an alert region of that field's own, present before it speaks; a valid value committed, or the value in use typed
 * again, takes it away.
 * Add/Remove layer use `aria-disabled`, so they keep focus when they stop applying (reader QA D5, D7).
 */
import { useId, useState } from 'preact/hooks';
import { DATASETS, FIELD_RANGES, HIDDEN_ACTIVATIONS, MAX_LAYERS, normalizeSettings, parseField, type FieldName, type Settings } from './settings.ts';
import type { Lang } from '../../src/i18n/lang';
import { PLAYGROUND_STRINGS } from './strings.ts';

interface Props {
  settings: Settings;
  disabled: boolean;
  onChange: (next: Settings) => void;
  lang?: Lang;
  /** The reader's own data are in use: Points and Noise (which shape only the built-in data) are fixed. */
  ownData?: boolean;
}

/** See the module comment. */
export function SettingsPanel({ settings: s, disabled, onChange, lang = 'en', ownData = false }: Props) {
  const S = PLAYGROUND_STRINGS[lang];
  const [error, setError] = useState<{ field: string; text: string } | null>(null);
  const set = (patch: Record<string, unknown>) => { setError(null); onChange(normalizeSettings(patch, s)); };
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  /** A typed number: applied when valid, otherwise refused with the range, the field showing the value in use. */
  const typed = (field: string, label: string, range: FieldName, raw: string, kept: number, apply: (v: number) => void, el: HTMLInputElement) => {
    const v = parseField(range, raw);
    if (v === null) {
      el.value = String(kept);
      setError({ field, text: S.badField(label, FIELD_RANGES[range], kept) });
    } else if (v !== kept) apply(v);
    else setError(null);
  };
  // Ids of this playground's own (a page may hold two).
  const uid = useId();
  const errorId = (field: string) => `${uid}-error-${field}`;
  const describedBy = (field: string) => (error?.field === field ? errorId(field) : undefined);
  /** Where `field`'s refusal is said: under it, empty (and hidden) until then. */
  const message = (field: string) => <p id={errorId(field)} class="pg-field-error" role="alert">{error?.field === field ? error.text : ''}</p>;
  /**
   * While the reader types into a refused field, the value in use typed again clears the message: committing it fires
   * no change event (the field holds it already). Any other value is left to its change event, which applies it and
   * clears the message: clearing here would render the panel again, and the controlled field would be put back to the
   * value in use under the reader's typing (reader QA: the first valid value after a refusal was dropped).
   */
  const retyped = (field: string, range: FieldName, raw: string, kept: number) => { if (error?.field === field && parseField(range, raw) === kept) setError(null); };
  const ownFixedId = `${uid}-own-fixed`;
  const layer = (k: number, units: number | null, act: string | null) => {
    const hidden = s.hidden.slice(), activation = s.activation.slice();
    if (units !== null) hidden[k] = units;
    if (act !== null) activation[k] = act as Settings['activation'][number];
    set({ hidden, activation });
  };
  const num = (label: string, key: FieldName & keyof Settings, attrs: Record<string, string | number>, off = false) => (
    <>
      <label class="pg-field">
        {label}
        <input
          type="number" inputMode="decimal" value={String(s[key])} disabled={disabled || off} {...attrs}
          aria-describedby={off ? ownFixedId : describedBy(key)}
          onInput={(e) => retyped(key, key, value(e), s[key] as number)}
          onChange={(e) => typed(key, label, key, value(e), s[key] as number, (v) => set({ [key]: v }), e.currentTarget)}
        />
      </label>
      {message(key)}
    </>
  );
  return (
    <div class="pg-settings">
      <fieldset>
        <legend>{S.data}</legend>
        <label class="pg-field">
          {S.dataSet}
          <select value={s.dataset} disabled={disabled} onChange={(e) => set({ dataset: value(e) })}>
            {DATASETS.map((d) => <option value={d}>{S.datasets[d]}</option>)}
          </select>
        </label>
        {s.dataset === 'blobs' && (
          <label class="pg-field">
            {S.classes}
            <select value={String(s.classes)} disabled={disabled} onChange={(e) => set({ classes: value(e) })}>
              {[2, 3, 4].map((k) => <option value={String(k)}>{k}</option>)}
            </select>
          </label>
        )}
        {num(S.points, 'n', { min: 10, max: 1000, step: 10 }, ownData)}
        {num(S.noise, 'noise', { min: 0, max: 1, step: 0.05 }, ownData)}
        {ownData && <p id={ownFixedId} class="pg-hint pg-own-fixed">{S.ownDataFixed}</p>}
      </fieldset>
      <fieldset>
        <legend>{S.network(s.hidden.length)}</legend>
        {s.hidden.map((units, k) => (
          <>
            <div class="pg-layer">
              <label class="pg-field">
                {S.layerUnits(k + 2)}
                <input
                  type="number" min="1" max={FIELD_RANGES.units.hi} step="1" value={String(units)} disabled={disabled}
                  aria-describedby={describedBy(`units${k}`)}
                  onInput={(e) => retyped(`units${k}`, 'units', value(e), units)}
                  onChange={(e) => typed(`units${k}`, S.layerUnits(k + 2), 'units', value(e), units, (v) => layer(k, v, null), e.currentTarget)}
                />
              </label>
              <label class="pg-field">
                {S.layerActivation(k + 2)}
                <select value={s.activation[k]} disabled={disabled} onChange={(e) => layer(k, null, value(e))}>
                  {HIDDEN_ACTIVATIONS.map((a) => <option value={a}>{S.activations[a]}</option>)}
                </select>
              </label>
            </div>
            {message(`units${k}`)}
          </>
        ))}
        <div class="pg-row">
          <button type="button" disabled={disabled} aria-disabled={s.hidden.length >= MAX_LAYERS}
            onClick={() => { if (s.hidden.length < MAX_LAYERS) set({ hidden: [...s.hidden, 4], activation: [...s.activation, s.activation.at(-1) ?? 'tanh'] }); }}>
            {S.addLayer}
          </button>
          <button type="button" disabled={disabled} aria-disabled={s.hidden.length === 0}
            onClick={() => { if (s.hidden.length > 0) set({ hidden: s.hidden.slice(0, -1), activation: s.activation.slice(0, -1) }); }}>
            {S.removeLayer}
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>{S.trainingLegend}</legend>
        {num(S.learningRate, 'learningRate', { min: 0, step: 'any' })}
        {num(S.lambda, 'lambda', { min: 0, step: 'any' })}
        {num(S.momentum, 'momentum', { min: 0, max: 0.99, step: 'any' })}
        {num(S.batchSize, 'batchSize', { min: 1, max: 1000, step: 1 })}
        <label class="pg-field">
          {S.loss}
          <select value={s.loss} disabled={disabled} onChange={(e) => set({ loss: value(e) })}>
            <option value="cross-entropy">{S.crossEntropy}</option>
            <option value="squared-error">{S.squaredError}</option>
          </select>
        </label>
        {num(S.seed, 'seed', { min: 0, step: 1 })}
      </fieldset>
    </div>
  );
}
