import { describe, expect, it } from 'vitest';
import { PAGES, html } from './built-site';

/** Math must be typeset at build time: checked on the built HTML of every lesson, not on the config. */
const lessons = PAGES.filter((p) => /^\/(?:[a-z]{2}\/)?lessons\//.test(p));

describe('math on the built lessons', () => {
  it('finds the lessons', () => {
    expect(lessons.length).toBeGreaterThan(0);
  });

  for (const path of lessons) {
    it(`math in ${path} is KaTeX HTML with nothing left raw`, () => {
      const page = html(path);
      const body = page.slice(page.indexOf('<main'));
      expect(body).toContain('class="katex-display"');
      expect(body).not.toContain('katex-error');
      expect(body).not.toContain('language-math');
      // No unrendered delimiters in the visible text (KaTeX keeps the TeX source only inside <annotation>).
      const text = body.replace(/<annotation[\s\S]*?<\/annotation>/g, '').replace(/<pre[\s\S]*?<\/pre>/g, '').replace(/<[^>]+>/g, '');
      expect(text).not.toMatch(/\$\$|\\frac|\\Theta/);
      expect(body).not.toMatch(/<code[^>]*>[^<]*\\(frac|Theta|al\{)/);
      // An apostrophe right after a formula ($l$'s) is one (’), not an opening quote (‘), which smart quotes make of it
      // after a non-letter (reader QA: "layer l‘s outputs").
      expect(body.match(/<\/span>‘/g) ?? []).toEqual([]);
    });
  }

  it('numbered equations get anchors a lesson can link to', () => {
    const page = html(lessons.find((p) => p.endsWith('/lessons/notation/'))!);
    const tag = /<[^>]*\sid="eq-1\.1"[^>]*>/.exec(page)?.[0];
    expect(tag).toMatch(/class="[^"]*\bkatex-display\b/);
  });
});
