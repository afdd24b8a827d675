/**
 * The Playground's settings as labelled native controls (keyboard operable as they are). Every change
 * goes through `normalizeSettings`, so a typed value out of range simply keeps the previous setting.
 */
import { DATASETS, HIDDEN_ACTIVATIONS, MAX_LAYERS, MAX_UNITS, normalizeSettings, type Settings } from './settings.ts';

interface Props {
  settings: Settings;
  disabled: boolean;
  onChange: (next: Settings) => void;
}

const DATASET_LABELS: Record<string, string> = { xor: 'XOR', circles: 'Circles', spirals: 'Spirals', blobs: 'Blobs' };

/** See the module comment. */
export function SettingsPanel({ settings: s, disabled, onChange }: Props) {
  const set = (patch: Record<string, unknown>) => onChange(normalizeSettings(patch, s));
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  const layer = (k: number, units: number | null, act: string | null) => {
    const hidden = s.hidden.slice(), activation = s.activation.slice();
    if (units !== null) hidden[k] = units;
    if (act !== null) activation[k] = act as Settings['activation'][number];
    set({ hidden, activation });
  };
  const num = (label: string, key: keyof Settings, attrs: Record<string, string | number>) => (
    <label class="pg-field">
      {label}
      <input
        type="number" inputMode="decimal" value={String(s[key])} disabled={disabled} {...attrs}
        onChange={(e) => set({ [key]: value(e) })}
      />
    </label>
  );
  return (
    <div class="pg-settings">
      <fieldset>
        <legend>Data</legend>
        <label class="pg-field">
          Data set
          <select value={s.dataset} disabled={disabled} onChange={(e) => set({ dataset: value(e) })}>
            {DATASETS.map((d) => <option value={d}>{DATASET_LABELS[d]}</option>)}
          </select>
        </label>
        {s.dataset === 'blobs' && (
          <label class="pg-field">
            Classes
            <select value={String(s.classes)} disabled={disabled} onChange={(e) => set({ classes: value(e) })}>
              {[2, 3, 4].map((k) => <option value={String(k)}>{k}</option>)}
            </select>
          </label>
        )}
        {num('Points', 'n', { min: 10, max: 1000, step: 10 })}
        {num('Noise', 'noise', { min: 0, max: 1, step: 0.05 })}
      </fieldset>
      <fieldset>
        <legend>Network: 2 inputs, {s.hidden.length} hidden layer{s.hidden.length === 1 ? '' : 's'}</legend>
        {s.hidden.map((units, k) => (
          <div class="pg-layer">
            <label class="pg-field">
              Layer {k + 2} units
              <input
                type="number" min="1" max={MAX_UNITS} step="1" value={String(units)} disabled={disabled}
                onChange={(e) => layer(k, Number(value(e)), null)}
              />
            </label>
            <label class="pg-field">
              Layer {k + 2} activation
              <select value={s.activation[k]} disabled={disabled} onChange={(e) => layer(k, null, value(e))}>
                {HIDDEN_ACTIVATIONS.map((a) => <option value={a}>{a}</option>)}
              </select>
            </label>
          </div>
        ))}
        <div class="pg-row">
          <button type="button" disabled={disabled || s.hidden.length >= MAX_LAYERS}
            onClick={() => set({ hidden: [...s.hidden, 4], activation: [...s.activation, s.activation.at(-1) ?? 'tanh'] })}>
            Add layer
          </button>
          <button type="button" disabled={disabled || s.hidden.length === 0}
            onClick={() => set({ hidden: s.hidden.slice(0, -1), activation: s.activation.slice(0, -1) })}>
            Remove layer
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>Training</legend>
        {num('Learning rate α', 'learningRate', { min: 0, step: 'any' })}
        {num('Regularisation λ', 'lambda', { min: 0, step: 'any' })}
        {num('Batch size', 'batchSize', { min: 1, max: 1000, step: 1 })}
        <label class="pg-field">
          Loss
          <select value={s.loss} disabled={disabled} onChange={(e) => set({ loss: value(e) })}>
            <option value="cross-entropy">cross-entropy</option>
            <option value="squared-error">squared error</option>
          </select>
        </label>
        {num('Seed', 'seed', { min: 0, step: 1 })}
      </fieldset>
    </div>
  );
}
