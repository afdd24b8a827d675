/**
 * Linked symbols: hovering or focusing a `[data-sym]` element highlights its partners, both ways.
 * A symbol in an equation lights up its node or edge in the nearest diagram (the first `[data-diagram]`
 * found walking up from the symbol) and shows that diagram's current value; a diagram element lights up
 * every symbol on the page whose nearest diagram it is. All state lives in the closure of one
 * installation per document, recorded on `<html data-sym-links>` so islands can call this freely.
 */
import { documentLang } from '../../src/i18n/lang';
import { exact, symLabel, symTarget, symText } from './names';

/** Name of the event a diagram receives when one of its symbols is hovered or focused outside it. */
export const SYM_EVENT = 'sym:show';

/** Detail of {@link SYM_EVENT}: the symbol name, or `null` when the highlight ends. */
export interface SymEventDetail { name: string | null }

/** The diagram a symbol outside any diagram refers to: the first one inside its closest ancestor that has one. */
export function nearestDiagram(el: Element): HTMLElement | null {
  const own = el.closest<HTMLElement>('[data-diagram]');
  if (own) return own;
  for (let p = el.parentElement; p; p = p.parentElement) {
    const d = p.querySelector<HTMLElement>('[data-diagram]');
    if (d) return d;
  }
  return null;
}

function valuesOf(diagram: HTMLElement | null): Record<string, number> {
  try { return diagram?.dataset.values ? JSON.parse(diagram.dataset.values) : {}; } catch { return {}; }
}

/**
 * Install the delegated listeners once per document (later calls do nothing).
 * @example
 * ```ts
 * useEffect(() => installSymbolLinks(document), []);
 * ```
 */
export function installSymbolLinks(doc: Document): void {
  const root = doc.documentElement;
  if (root.hasAttribute('data-sym-links')) return;
  root.setAttribute('data-sym-links', '');
  let lit: Element[] = [];
  let told: HTMLElement | null = null;

  const clear = () => {
    lit.forEach((e) => e.removeAttribute('data-linked'));
    lit = [];
    told?.dispatchEvent(new CustomEvent<SymEventDetail>(SYM_EVENT, { detail: { name: null } }));
    told = null;
  };
  const light = (e: Element) => { e.setAttribute('data-linked', ''); lit.push(e); };

  const show = (el: Element) => {
    clear();
    const name = el.getAttribute('data-sym')!;
    const inside = el.closest<HTMLElement>('[data-diagram]');
    const diagram = inside ?? nearestDiagram(el);
    if (!diagram) return;
    const L = Number(diagram.dataset.layers);
    const key = inside ? el.getAttribute('data-el') : symTarget(name, L);
    const values = valuesOf(diagram);
    diagram.querySelectorAll(`[data-el="${key}"]`).forEach(light);
    doc.querySelectorAll<HTMLElement>('[data-sym]').forEach((s) => {
      if (s.closest('[data-diagram]') || nearestDiagram(s) !== diagram) return;
      const other = s.dataset.sym!;
      if (inside ? symTarget(other, L) !== key : other !== name) return;
      light(s);
      if (other in values) {
        const lang = documentLang(doc), value = exact(values[other]!);
        s.setAttribute('data-value', `${symText(other, lang)} = ${value}`);
        if (s.hasAttribute('tabindex')) s.setAttribute('aria-label', symLabel(other, value, lang));
      }
    });
    if (!inside && name in values) {
      diagram.dispatchEvent(new CustomEvent<SymEventDetail>(SYM_EVENT, { detail: { name } }));
      told = diagram;
    }
  };

  const enter = (ev: Event) => {
    const el = (ev.target as Element | null)?.closest?.('[data-sym]');
    if (el) show(el);
  };
  const leave = (ev: Event) => {
    const el = (ev.target as Element | null)?.closest?.('[data-sym]');
    const to = (ev as FocusEvent).relatedTarget as Element | null;
    if (el && !(to && el.contains(to))) clear();
  };
  doc.addEventListener('pointerover', enter);
  doc.addEventListener('focusin', enter);
  doc.addEventListener('pointerout', leave);
  doc.addEventListener('focusout', leave);
}
