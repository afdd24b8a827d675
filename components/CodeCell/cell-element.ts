/**
 * `<bpn-cell>`: the only script a page with code cells loads up front. It shows a saved edit, reveals
 * hints, and on the first real interaction (focus or click on the code, a button, a shortcut) loads the
 * cell controller, which then handles every event. Editor, transpiler and worker all come later.
 */
import { cellKey, isPassed, loadEdit, openStore } from '../../src/runtime/storage';
import { documentLang } from '../../src/i18n/lang';
import { ELEMENT_STRINGS } from './element-strings';
import { indentStyle } from './indent';

/** What the controller adds to the element once loaded. */
export interface CellHandler { handle(e: Event): void }

const ACTIONS = '[data-action="run"],[data-action="reset"],[data-action="above"],[data-action="restart"],[data-action="use-solution"]';

/**
 * The cell controller's code, loaded once for all the cells of a page, on the first interaction with any of them. A
 * load that fails (network down, a dropped request) is forgotten, so the next interaction asks again, and counted, so
 * the message after a second failure says to reload: engines that keep a failed module fetch for the page's lifetime
 * (Chromium 150 does; the HTML standard since changed, "retriable module loading" on web-features) fail every later
 * import() of it at once, without a request.
 */
const runner: { loading: Promise<typeof import('./controller')> | null; failures: number } = { loading: null, failures: 0 };

function loadRunner(): Promise<typeof import('./controller')> {
  runner.loading ??= import('./controller').catch((error: unknown) => {
    runner.loading = null;
    runner.failures++;
    throw error;
  });
  return runner.loading;
}

/** The custom element behind `<CodeCell>` and `<Exercise>`. */
export class BpnCell extends HTMLElement {
  controller?: CellHandler;

  /** The code as the author wrote it. */
  get original(): string { return this.dataset.original ?? ''; }
  /** Storage key of this cell's edit. */
  get key(): string { return cellKey(this.dataset.page ?? '', this.dataset.id ?? ''); }

  connectedCallback(): void {
    const store = openStore(() => window.localStorage);
    const saved = loadEdit(store, this.key);
    if (saved !== null && saved !== this.original) {
      this.showPlain(saved);
      this.toggleAttribute('data-edited', true);
    }
    if (!store.available) this.status(ELEMENT_STRINGS[documentLang()].storageBlocked);
    const ex = this.dataset.exercise;
    if (ex && isPassed(store, ex)) this.passed();
    for (const type of ['click', 'focusin', 'pointerdown', 'keydown']) this.addEventListener(type, this);
  }

  /** Shows code that differs from the build-time highlighted original, as plain text lines. */
  showPlain(code: string): void {
    const host = this.querySelector('.cell-code')!;
    host.querySelector('.cell-plain')?.remove();
    host.querySelector<HTMLElement>('pre.astro-code')!.hidden = true;
    const pre = document.createElement('pre');
    pre.className = 'cell-plain';
    pre.tabIndex = 0;
    const code_ = document.createElement('code');
    code.split('\n').forEach((l, i) => {
      const span = document.createElement('span');
      span.className = 'line';
      span.setAttribute('style', indentStyle(l)); // the hanging indent, as on the highlighted original
      span.textContent = l;
      code_.append(span, i < code.split('\n').length - 1 ? '\n' : '');
    });
    pre.append(code_);
    host.append(pre);
  }

  /** Back to the highlighted original. */
  showOriginal(): void {
    this.querySelector('.cell-plain')?.remove();
    this.querySelector<HTMLElement>('pre.astro-code')!.hidden = false;
  }

  status(text: string): void {
    const s = this.querySelector('.cell-status');
    if (s) s.textContent = text;
  }

  /** Marks the exercise as passed, in words as well as with the check mark; `false` takes the mark away. */
  passed(yes = true): void {
    const s = this.closest('.exercise')?.querySelector('.ex-status');
    if (s) s.textContent = yes ? ELEMENT_STRINGS[documentLang()].passed : '';
  }

  handleEvent(e: Event): void {
    const target = e.target as HTMLElement;
    if (e.type === 'click' && target.closest('[data-action="hint"]')) return this.revealHint(target.closest('button')!);
    if (this.controller) return this.controller.handle(e);
    const inCode = !!target.closest('.cell-code');
    const key = e as KeyboardEvent;
    const wanted = (e.type === 'click' && target.closest(ACTIONS))
      || (inCode && (e.type === 'focusin' || e.type === 'pointerdown'))
      || (inCode && e.type === 'keydown' && (key.key === 'Enter' || key.key.length === 1));
    if (!wanted) return;
    if (e.type === 'keydown') {
      // After a failed load a character key does not ask again (a request per key, and the key is not typed: there is
      // no editor yet); Enter, a click on the code or a button does.
      if (runner.failures > 0 && key.key !== 'Enter') return;
      e.preventDefault();
    }
    const S = ELEMENT_STRINGS[documentLang()];
    void loadRunner().then(({ attach }) => {
      const shown = this.querySelector('.cell-status')?.textContent;
      if (shown === S.loadFailed || shown === S.loadFailedAgain) this.status(''); // it loaded this time
      attach(this).handle(e);
    }, () => this.status(runner.failures > 1 ? S.loadFailedAgain : S.loadFailed));
  }

  /** Reveals the next hidden hint; the button says how many remain. */
  private revealHint(button: HTMLButtonElement): void {
    const hints = [...this.querySelectorAll<HTMLElement>('.hints li')];
    const next = hints.find((h) => h.hidden);
    if (!next) return;
    next.hidden = false;
    const shown = hints.filter((h) => !h.hidden).length;
    const S = ELEMENT_STRINGS[documentLang()];
    if (shown === hints.length) { button.disabled = true; button.textContent = S.allHints; } else button.textContent = S.nextHint(shown + 1, hints.length);
    next.tabIndex = -1;
    next.focus();
  }
}

if (!customElements.get('bpn-cell')) customElements.define('bpn-cell', BpnCell);
