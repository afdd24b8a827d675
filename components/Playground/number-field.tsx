/**
 * A typed number field of the Playground's forms (the point form's coordinates, the weight's Value) and why its text
 * was refused: one rule for what counts as a number, and one way of showing the message (reader QA D6: a field that
 * was only greyed out or outlined said nothing about what was wrong).
 */
import { useId, useRef, useState } from 'preact/hooks';

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
  /** 0 while the text is accepted; else the number of the refusal shown (each commit of a refused text counts one). */
  refusal: number;
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
  // 0 while the text is accepted; else how many times it has been refused so far (each refusal says so again).
  const [refusal, setRefusal] = useState(0);
  // The text refused last: leaving the field after Enter refused it says nothing new, so it is not announced twice.
  const refusedText = useRef<string | null>(null);
  const refuse = (t: string) => { refusedText.current = t; setRefusal((n) => n + 1); };
  const refused = refusal > 0;
  const messageId = useId();
  const value = parseNumber(text);
  return {
    text, value, refused, refusal, messageId,
    commit: () => {
      if (value === null) refuse(text);
      return value;
    },
    reset: (t) => { setText(t); setRefusal(0); refusedText.current = null; },
    input: {
      value: text,
      'aria-invalid': refused ? 'true' : undefined,
      'aria-describedby': refused ? messageId : undefined,
      onInput: (e) => { const t = typed(e); setText(t); if (parseNumber(t) !== null) { setRefusal(0); refusedText.current = null; } },
      onChange: (e) => { const t = typed(e); if (parseNumber(t) === null && !(refusal > 0 && refusedText.current === t)) refuse(t); },
    },
  };
}

/**
 * Why `field`'s text was refused, under the fields of its form; empty otherwise, so the alert speaks when the message
 * appears. The text is the one `message` gave when the text was refused, kept as it was: a message that followed the
 * page (the weight's value "is still …" while training runs) would change on every frame, and the alert would read
 * each change out (reader QA: 170 rewrites in 3 s of Play). Each refusal puts the text in a new element, so a
 * refusal repeated with the same text is announced again.
 */
export function FieldMessage({ field, message }: { field: NumberField; message: () => string }) {
  const shown = useRef({ refusal: 0, text: '' });
  if (shown.current.refusal !== field.refusal) shown.current = { refusal: field.refusal, text: field.refused ? message() : '' };
  return <p id={field.messageId} class="pg-field-error" role="alert">{field.refused && <span key={field.refusal}>{shown.current.text}</span>}</p>;
}
