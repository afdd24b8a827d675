import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { DATA_STRINGS } from './data-strings.ts';
import Playground from './Playground.tsx';
import { PLAYGROUND_STRINGS } from './strings.ts';

/**
 * The server render is what a reader without JavaScript gets (the widget is not live until an effect runs): reader
 * QA D5 found panels there that opened to an empty box, and instructions to click what answers no click.
 */
describe('the Playground without JavaScript (server render)', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`offers nothing to open or click, and says which panels need JavaScript (${lang})`, () => {
      const S = PLAYGROUND_STRINGS[lang], D = DATA_STRINGS[lang];
      const html = renderToString(h(Playground, { lang, syncUrl: false, hidden: [3] }));
      expect(html).not.toMatch(/<details|<summary/);
      expect(html).toContain(S.exportNoJs);
      expect(html).toContain(D.summaryNoJs);
      expect(html.includes(S.hint)).toBe(false);
      expect(html).toContain(`<figcaption>${S.diagramCaption('2-3-1', false)}</figcaption>`);
      expect(S.diagramCaption('2-3-1', true)).not.toBe(S.diagramCaption('2-3-1', false));
      expect(html).toMatch(/<section class="pg pg-static"/);
      // The static picture stays: the points with their text alternative.
      expect(html).toMatch(/<svg class="pg-points"[^>]*role="img"/);
      // The note names the 2-3-1 network with its shape on one line (reader QA: "2-" / "4-1 network" at 1280 px).
      const note = /<p class="pg-nojs">(.*?)<\/p>/.exec(html)?.[1] ?? '';
      expect(note).toContain('<span class="math-nowrap">2-3-1</span>');
      expect(note.replace(/<[^>]+>/g, '')).toBe(S.noJs('xor', 400, 100, '2-3-1', 0.03).replace(/&/g, '&amp;'));
    });
  }
});
