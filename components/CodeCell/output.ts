/**
 * Renders a run's output into the cell's live region: logs with their level, tables with captions, SVG
 * plots, KaTeX formulas (KaTeX is loaded only when a cell prints a formula), check lists and errors.
 * Long output is cut, with a button to show the rest; notices (output limit) always stay visible; items
 * of an unknown kind are ignored. The region takes keyboard focus only while it can scroll.
 */
import type { CellError, OutItem, TableData } from '../../src/runtime/protocol';
import { plotSvg } from '../../src/runtime/plot';
import { errorTitle, MAX_ITEMS, sameError, truncateLines } from './model';
import type { Lang } from '../../src/i18n/lang';
import { CELL_STRINGS, type CellStrings } from './strings';
import { checkText } from './check-text';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function moreButton(label: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', 'out-more', label);
  b.type = 'button';
  b.addEventListener('click', () => { onClick(); b.remove(); });
  return b;
}

function table(t: TableData): HTMLElement {
  const tbl = el('table', 'out-table');
  if (t.label) tbl.append(el('caption', undefined, t.label));
  const head = el('tr');
  head.append(el('td'), ...t.columns.map((c) => Object.assign(el('th', undefined, c), { scope: 'col' })));
  tbl.append(el('thead'), el('tbody'));
  tbl.tHead!.append(head);
  t.rows.forEach((r, i) => {
    const tr = el('tr');
    tr.append(Object.assign(el('th', undefined, t.rowNames[i]), { scope: 'row' }), ...r.map((c) => el('td', undefined, c)));
    tbl.tBodies[0].append(tr);
  });
  return tbl;
}

/** One cell's output area. */
export class OutputView {
  private count = 0;
  private overflow: HTMLElement | null = null;
  /** The first element of the run's conclusion (see {@link conclude}); output goes above it. */
  private conclusion: HTMLElement | null = null;

  /** The last output put in place, if it is an error box: the same error right after it only counts up (see {@link repeat}). */
  private lastError: { error: CellError; box: HTMLElement; times: number } | null = null;

  private measuring = false;
  /** The stale note's text while the output came from other code than the cell shows (see {@link stale}). */
  private staleText: string | null = null;
  private readonly S: CellStrings;

  constructor(private readonly root: HTMLElement, private readonly lang: Lang = 'en') {
    this.S = CELL_STRINGS[lang];
  }

  clear(): void {
    this.root.replaceChildren();
    this.staleText = null;
    this.count = 0;
    this.overflow = null;
    this.conclusion = null;
    this.lastError = null;
    this.settle();
  }

  /**
   * After any change: keeps the note that the output came from other code (if any) below everything, also below
   * output that arrives after it (a late error of that code), and makes the region focusable (for keyboard scrolling)
   * exactly when its content overflows it.
   */
  settle(): void {
    this.placeStale();
    if (this.measuring) return;
    this.measuring = true;
    requestAnimationFrame(() => {
      this.measuring = false;
      const scrolls = this.root.scrollHeight > this.root.clientHeight + 1 || this.root.scrollWidth > this.root.clientWidth + 1;
      if (scrolls) this.root.tabIndex = 0; else this.root.removeAttribute('tabindex');
    });
  }

  add(item: OutItem): void {
    const node = item && typeof item === 'object' ? this.render(item) : null;
    if (!node) return;
    this.dropEmptyNote();
    this.settle();
    if (item.kind === 'error') { this.putError(item.error, node); return; }
    if (item.kind === 'notice') { this.put(node); return; }
    this.count++;
    if (this.count <= MAX_ITEMS) { this.put(node); return; }
    if (!this.overflow) {
      this.overflow = el('div', 'out-overflow');
      this.overflow.hidden = true;
      const hidden = this.overflow;
      const btn = moreButton(this.S.showMoreShort, () => { hidden.hidden = false; this.settle(); });
      this.put(btn, hidden);
    }
    this.lastError = null; // hidden output came between
    this.overflow.append(node);
    const btn = this.root.querySelector<HTMLButtonElement>(':scope > .out-more');
    if (btn) btn.textContent = this.S.showMore(this.count - MAX_ITEMS);
  }

  error(e: CellError): void {
    this.dropEmptyNote();
    this.putError(e, this.errorBox(e));
    this.settle();
  }

  /**
   * Puts an error box in place, unless the output just before is the same error (an interval that throws on every
   * tick): then that box only counts it, "… (×11)", so the reader sees one box, not eleven (reader QA).
   */
  private putError(e: CellError, box: HTMLElement): void {
    const last = this.lastError;
    if (last && last.box.isConnected && sameError(last.error, e)) { this.repeat(last); return; }
    this.put(box);
    this.lastError = { error: e, box, times: 1 };
  }

  /**
   * Counts one more of the same error in its box. The count sits in an `aria-live="off"` span: the box was announced
   * once (role alert, in the output's log); each repeat changes only the count, which a screen reader reads with the
   * box but does not announce again on every tick.
   */
  private repeat(last: { box: HTMLElement; times: number }): void {
    last.times++;
    let count = last.box.querySelector<HTMLElement>('.out-repeat');
    if (!count) {
      count = el('span', 'out-repeat');
      count.setAttribute('aria-live', 'off');
      last.box.querySelector('strong')!.append(count);
    }
    count.textContent = this.S.repeated(last.times);
  }

  /**
   * Adds a part of the run's conclusion below all its output: a closing note (a string) or the exercise's check list; the
   * first call starts the conclusion, later calls add below it. Output that arrives afterwards — an error a callback or a
   * rejected promise throws once the run has ended — goes above the conclusion, so the summary stays last whenever the
   * error came (reader QA: it came below the summary for `Promise.reject`, above it for `queueMicrotask`).
   */
  conclude(item: string): HTMLElement;
  conclude(item: OutItem): HTMLElement | null;
  conclude(item: string | OutItem): HTMLElement | null {
    const node = typeof item === 'string' ? el('p', 'out-note', item) : item && typeof item === 'object' ? this.render(item) : null;
    if (!node) return null;
    this.dropEmptyNote();
    this.root.append(node);
    this.conclusion ??= node;
    this.settle();
    return node;
  }

  /** Puts output in place: above the run's conclusion if it has one, else at the end. */
  private put(...nodes: HTMLElement[]): void {
    this.lastError = null; // other output between two errors: the next error is not a repeat
    const before = this.conclusion?.parentNode === this.root ? this.conclusion : null;
    for (const n of nodes) this.root.insertBefore(n, before);
  }

  /**
   * Says under the output, if there is any, that it came from other code than the cell shows now (`false` takes the
   * note away, when the cell shows that code again).
   */
  stale(text: string | false): void {
    this.staleText = text || null;
    this.placeStale();
  }

  /** The stale note: there, and last, exactly when it is set and there is output (it may arrive later); else gone. */
  private placeStale(): void {
    let note = this.root.querySelector(':scope > .out-stale');
    const output = this.root.childElementCount - (note ? 1 : 0);
    if (!this.staleText || output === 0) { note?.remove(); return; }
    note ??= el('p', 'out-note out-stale', this.staleText);
    note.textContent = this.staleText;
    if (note !== this.root.lastElementChild) this.root.append(note);
  }

  /** Adds a note below the output (above the run's conclusion, if it has one yet). */
  note(text: string): HTMLElement {
    const p = el('p', 'out-note', text);
    this.put(p);
    this.settle();
    return p;
  }

  /**
   * Says that a run printed nothing. The note goes as soon as anything arrives after all (an error a callback or a
   * rejected promise of the cell throws once the run has ended), so the cell never reads "Ran without output." above
   * its own output.
   */
  empty(text: string): void {
    this.root.append(el('p', 'out-note out-empty', text));
  }

  private dropEmptyNote(): void {
    this.root.querySelector(':scope > .out-empty')?.remove();
  }

  private errorBox(e: CellError): HTMLElement {
    const box = el('div', 'out-error');
    box.setAttribute('role', 'alert');
    box.append(el('strong', undefined, errorTitle(e, this.lang)));
    if (e.hint) box.append(el('p', 'out-hint', e.hint));
    return box;
  }

  private render(item: OutItem): HTMLElement | null {
    switch (item.kind) {
      case 'log': {
        if (typeof item.text !== 'string') return null;
        const pre = el('pre', `out-log out-${item.level}`);
        if (item.level === 'warn' || item.level === 'error') pre.prepend(el('span', 'out-level', item.level === 'warn' ? this.S.warning : this.S.error));
        const { shown, hidden, unit } = truncateLines(item.text);
        pre.append(shown);
        if (!hidden) return pre;
        const wrap = el('div');
        wrap.append(pre, moreButton(unit === 'lines' ? this.S.showAllLines(hidden) : this.S.showAllChars(hidden), () => { pre.lastChild!.textContent = item.text; this.settle(); }));
        return wrap;
      }
      case 'notice': return typeof item.text === 'string' ? el('p', 'out-note out-notice', item.text) : null;
      case 'error': return item.error && typeof item.error === 'object' ? this.errorBox(item.error) : null;
      case 'table': return item.table ? table(item.table) : null;
      case 'plot': {
        const fig = el('figure', 'out-plot');
        fig.innerHTML = plotSvg(item.plot, this.lang); // built from numbers and escaped text only
        return fig;
      }
      case 'tex': {
        const div = el('div', item.display ? 'out-tex out-tex-display' : 'out-tex', item.tex);
        import('../../src/math/render').then(({ renderTex }) => {
          try { div.innerHTML = renderTex(item.tex, item.display); } catch (e) { div.textContent = this.S.texError((e as Error).message); }
        });
        return div;
      }
      case 'checks': {
        if (!Array.isArray(item.results)) return null;
        const ul = el('ul', 'out-checks');
        for (const r of item.results) {
          const li = el('li', r.pass ? 'pass' : 'fail');
          const name = el('strong');
          name.append(...laidOut(r.name));
          li.append(el('span', 'mark', r.pass ? this.S.pass : this.S.fail), ' ', name, this.S.checkSeparator, ...laidOut(r.message));
          ul.append(li);
        }
        return ul;
      }
      default: return null;
    }
  }
}

/** A check's name or message as text and nowrap spans, so that it wraps well at 360 px (check-text.ts). */
function laidOut(text: string): (string | HTMLElement)[] {
  return checkText(text).map((r) => (r.whole ? el('span', 'out-whole', r.text) : r.text));
}
