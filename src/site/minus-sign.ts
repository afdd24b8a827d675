/**
 * Number fields take the minus sign as the course prints it. Every negative number on the site is written with the
 * true minus sign "−" (U+2212); a reader who types one (or pastes a copied −0.2171) into an `<input type="number">`
 * loses it: the browser drops the character it does not know, so "−0.5" became 0.5 with no message (reader QA). This
 * puts the text in as typed with "-" (U+002D) instead, through the browser's own editing, so the field's input and
 * change events, undo and caret behave as for typed text.
 *
 * Installed once per page (BaseLayout); fields of widgets that hydrate later are covered, being in the same document.
 */
export function acceptTypesetMinus(doc: Document): void {
  doc.addEventListener('beforeinput', (e) => {
    const field = e.target;
    if (!(field instanceof HTMLInputElement) || field.type !== 'number') return;
    // Typing and pasting both give the text in `data` for an <input> (Input Events: insertText, insertFromPaste).
    const text = e.data ?? '';
    if (!text.includes('\u2212')) return;
    e.preventDefault();
    doc.execCommand('insertText', false, text.replace(/\u2212/g, '-'));
  });
}
