/**
 * A typed number field of the Playground's forms (the point form's coordinates, the weight's Value) and why its text
 * was refused: one rule for what counts as a number, and one way of showing the message (reader QA D6: a field that
 * was only greyed out or outlined said nothing about what was wrong).
 */
import { useId, useState } from 'preact/hooks';

/**
 * Typed text as a finite number: a decimal point or a decimal comma (2,5 is 2.5, as the CSV reads it; never 25), a
 * minus sign − or -, an exponent. `null` for an empty field, anything else (text, '1,2,3', '0x10', 'Infinity'), and
 * numbers too large to be finite (1e999). A number input's `value` ('' when the browser cannot read the text) reads
 * the same way.
 * @example parseNumber('-2e-3') // -0.002
 * @example parseNumber('2,5') // 2.5
 * @example parseNumber('1e999') // null
 */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/^[−–]/, '-');
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  const x = Number(t.replace(',', '.'));
  return Number.isFinite(x) ? x : null;
}

/** A field's text, what it reads as, and whether its message is shown; `input` goes on the `<input>`. */
export interface NumberField {
  text: string;
  /** The text as a number ({@link parseNumber}), or `null`. */
  value: number | null;
  /** The message is shown (and the field marked aria-invalid). */
  refused: boolean;
  /** On a commit (Enter, a button): the number, or `null` with the message shown. */
  commit: () => number | null;
  /** Replace the text with a value set elsewhere (the weight the reader chose), hiding the message. */
  reset: (text: string) => void;
  /** The message element's id. */
  messageId: string;
  input: {
    value: string;
    'aria-invalid': 'true' | undefined;
    'aria-describedby': string | undefined;
    onInput: (e: Event) => void;
    onChange: (e: Event) => void;
  };
}

const typed = (e: Event) => (e.currentTarget as HTMLInputElement).value;

/**
 * The state of one number field, starting from `initial`. The message is shown when the reader commits text that is
 * not a number (Enter or a button: `commit`; leaving the field: its change event), not while they type ('1e' on the
 * way to '1e5'), and hidden as soon as the field holds a number again.
 */
export function useNumberField(initial: string): NumberField {
  const [text, setText] = useState(initial);
  const [refused, setRefused] = useState(false);
  const messageId = useId();
  const value = parseNumber(text);
  return {
    text, value, refused, messageId,
    commit: () => {
      if (value === null) setRefused(true);
      return value;
    },
    reset: (t) => { setText(t); setRefused(false); },
    input: {
      value: text,
      'aria-invalid': refused ? 'true' : undefined,
      'aria-describedby': refused ? messageId : undefined,
      onInput: (e) => { const t = typed(e); setText(t); if (parseNumber(t) !== null) setRefused(false); },
      onChange: (e) => { if (parseNumber(typed(e)) === null) setRefused(true); },
    },
  };
}

/**
 * Why `field`'s text was refused, under the fields of its form (`message` is only called while it is shown); empty
 * otherwise, so the alert speaks when the message appears.
 */
export function FieldMessage({ field, message }: { field: NumberField; message: () => string }) {
  return <p id={field.messageId} class="pg-field-error" role="alert">{field.refused ? message() : ''}</p>;
}
