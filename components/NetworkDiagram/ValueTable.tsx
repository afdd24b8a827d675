/**
 * The diagram's numbers as tables (units, then weights): the text alternative to the SVG and part of
 * the no-JavaScript fallback.
 */
import type { DiagramModel } from './model';
import { exact } from './model';
import { key, named, parse, plainName, sym } from '../../src/notation/symbol';
import type { Lang } from '../../src/i18n/lang';
import { DIAGRAM_STRINGS } from './strings';

/**
 * Tables of z, a and δ per unit and Θ(l)_ij with ∂J/∂Θ(l)_ij per weight. Each row is headed by its unit's or weight's
 * symbol as the drawing names it (`x_1`, `a(2)_1`, `Θ(1)_21`), and says what it is to a screen reader.
 */
export function ValueTable({ model, lang = 'en' }: { model: DiagramModel; lang?: Lang }) {
  const S = DIAGRAM_STRINGS[lang];
  const v = model.values;
  const units = model.nodes.filter((n) => !n.bias && n.l > 1);
  const f = (name: string) => (name in v ? exact(v[name]!) : '');
  return (
    <details class="nd-tables">
      <summary>{S.tablesSummary}</summary>
      <table>
        <caption>{S.unitsCaption}</caption>
        <thead><tr><th scope="col">{S.unitHeader}</th><th scope="col">z</th><th scope="col">a</th><th scope="col">δ</th></tr></thead>
        <tbody>
          {model.nodes.filter((n) => n.l === 1 && !n.bias).map((n) => (
            <tr key={n.key}><th scope="row" aria-label={namedName(n.name, lang)}>{plainName(n.name, { lang })}</th><td></td><td>{f(n.name)}</td><td></td></tr>
          ))}
          {units.map((n) => (
            <tr key={n.key}><th scope="row" aria-label={namedName(n.name, lang)}>{plainName(n.name, { lang })}</th>
              <td>{f(key(sym.z(n.l, n.i)))}</td><td>{f(key(sym.a(n.l, n.i)))}</td><td>{f(key(sym.delta(n.l, n.i)))}</td></tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{S.weightsCaption}</caption>
        <thead><tr><th scope="col">{S.weightHeader}</th><th scope="col">{S.valueHeader}</th><th scope="col">∂J/∂Θ</th></tr></thead>
        <tbody>
          {model.edges.map((e) => (
            <tr key={e.key}><th scope="row" aria-label={namedName(e.name, lang)}>{plainName(e.name, { lang })}</th><td>{exact(e.value)}</td><td>{f(key(sym.D(e.l, e.i, e.j)))}</td></tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** A row header's accessible name: the symbol shown, then what it means (`x_1, input 1`). */
const namedName = (name: string, lang: Lang) => { const s = parse(name); return s ? named(s, lang) : undefined; };
