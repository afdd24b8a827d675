/** The 10×10 confusion matrix as a table: rows are true digits, columns the network's answers; the diagonal is right. */
import { useId } from 'preact/hooks';
import type { Lang } from '../../src/i18n/lang';
import { DIGIT_LAB_STRINGS } from './strings.ts';

export default function Confusion({ matrix, lang = 'en' }: { matrix: number[][]; lang?: Lang }) {
  const STRINGS = DIGIT_LAB_STRINGS[lang];
  const max = Math.max(1, ...matrix.flatMap((row, t) => row.filter((_, p) => p !== t)));
  const id = useId();
  // The caption sits outside the scroll box so that it wraps at 360 px instead of scrolling away with the table.
  return (<div class="dg-cm">
    <p class="dg-note" id={id}>{STRINGS.confusionCaption}</p>
    <div class="dg-scroll" tabIndex={0} role="region" aria-labelledby={id}>
      <table class="dg-confusion" data-testid="dg-confusion" aria-labelledby={id}>
        <thead>
          <tr><th scope="col">{STRINGS.trueDigit} \ {STRINGS.predicted}</th>{matrix.map((_, p) => <th scope="col">{p}</th>)}</tr>
        </thead>
        <tbody>
          {matrix.map((row, t) => (
            <tr>
              <th scope="row">{t}</th>
              {row.map((n, p) => (
                <td class={p === t ? 'dg-right' : n ? 'dg-wrong' : ''}
                  style={p !== t && n ? { '--dg-heat': String(Math.min(1, n / max)) } : undefined}>{n}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  </div>);
}
