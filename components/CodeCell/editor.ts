/**
 * The CodeMirror 6 editor a cell turns into on focus or first edit (loaded lazily, never up front):
 * TypeScript highlighting, undo history, bracket matching, wrapped lines that keep their indentation
 * (indent-editor.ts), Ctrl/Cmd+Enter or Shift+Enter to run, Tab that moves on until the reader types when focus came
 * from the keyboard, and Escape to leave the editor so Tab moves on. Colours come from theme variables (light and dark).
 */
import { EditorState, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, keymap, lineNumbers, drawSelection, highlightActiveLine, type DecorationSet } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput, syntaxHighlighting, HighlightStyle } from '@codemirror/language';
import { typescriptLanguage } from '@codemirror/lang-javascript';
import { tags as t } from '@lezer/highlight';
import type { Lang } from '../../src/i18n/lang';
import { CELL_STRINGS } from './strings';
import { hangingIndent } from './indent-editor';

/** What the cell needs from its editor. */
export interface EditorHandle {
  getCode(): string;
  setCode(code: string): void;
  /** Marks one line (1-based) as the error line, or clears the mark with null. */
  markLine(line: number | null): void;
  focus(): void;
  destroy(): void;
}

/** Callbacks from the editor to the cell. */
export interface EditorEvents {
  onChange(code: string): void;
  onRun(): void;
  /** Escape: the cell moves focus out (to its Run button). */
  onEscape(): void;
}

const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.modifier, t.controlKeyword, t.operatorKeyword], color: 'var(--cm-keyword)' },
  { tag: [t.string, t.special(t.string), t.regexp], color: 'var(--cm-string)' },
  { tag: [t.number, t.bool, t.null, t.atom], color: 'var(--cm-number)' },
  { tag: [t.comment, t.lineComment, t.blockComment], color: 'var(--cm-comment)', fontStyle: 'italic' },
  { tag: [t.function(t.variableName), t.function(t.propertyName), t.definition(t.function(t.variableName))], color: 'var(--cm-function)' },
  { tag: [t.typeName, t.className, t.namespace], color: 'var(--cm-type)' },
]);

const setErrorLine = StateEffect.define<number | null>();
/** The error-line mark, titled in the page's language. */
const errorLine = (title: string) => StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setErrorLine)) continue;
      if (e.value === null || e.value > tr.state.doc.lines) return Decoration.none;
      const line = tr.state.doc.line(e.value);
      return Decoration.set([Decoration.line({ class: 'cm-error-line', attributes: { title } }).range(line.from)]);
    }
    return tr.docChanged ? Decoration.none : deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** How long Tab passes through an editor that got focus from the keyboard, unless the reader presses another key first. */
const PASS_BY_MS = 30 * 60_000;

/**
 * Creates the editor in `parent`.
 * @example
 * ```ts
 * const ed = createEditor(div, 'console.log(1)', 'Code of cell forward', { onChange, onRun, onEscape });
 * ```
 */
export function createEditor(parent: HTMLElement, doc: string, label: string, events: EditorEvents, lang: Lang = 'en'): EditorHandle {
  const run = () => { events.onRun(); return true; };
  // The cell's status line ("edits are not being saved") describes the editor for screen readers.
  const describedBy = parent.closest<HTMLElement>('[data-describedby]')?.dataset.describedby;
  const extensions: Extension[] = [
    lineNumbers(), history(), drawSelection(), highlightActiveLine(), indentOnInput(), bracketMatching(),
    typescriptLanguage, syntaxHighlighting(highlight), errorLine(CELL_STRINGS[lang].errorLine),
    keymap.of([
      { key: 'Mod-Enter', run }, { key: 'Shift-Enter', run },
      { key: 'Escape', run: () => { events.onEscape(); return true; } },
      ...defaultKeymap, ...historyKeymap, indentWithTab,
    ]),
    EditorView.lineWrapping, hangingIndent,
    EditorView.contentAttributes.of(describedBy ? { 'aria-label': label, 'aria-describedby': describedBy } : { 'aria-label': label }),
    EditorView.updateListener.of((u) => { if (u.docChanged) events.onChange(u.state.doc.toString()); }),
    // A keyboard reader passing by is not caught (reader QA: tabbing through a lesson reached a cell's code, and each
    // further Tab indented it, an edit saved for that page): when focus arrives other than by a pointer, Tab and
    // Shift+Tab move focus on (CodeMirror's tab-focus mode) until the reader presses another key in the editor; from
    // then on Tab indents, and Escape, then Tab, leaves.
    EditorView.domEventHandlers({
      pointerdown: () => { byPointer = true; return false; },
      focus: (_, v) => { if (!byPointer) v.setTabFocusMode(PASS_BY_MS); byPointer = false; return false; },
    }),
  ];
  let byPointer = false;
  const view = new EditorView({ state: EditorState.create({ doc, extensions }), parent });
  return {
    getCode: () => view.state.doc.toString(),
    setCode: (code) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } }),
    markLine: (line) => view.dispatch({ effects: setErrorLine.of(line) }),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
