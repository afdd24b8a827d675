import { describe, expect, test } from 'vitest';
import { lessonDone, renderTask } from './model';

describe('exercise model', () => {
  test('task text: paragraphs, code, TeX with the course macros, escaping', () => {
    const html = renderTask('Return $\\dl{3}$ from `deltaOutput(a, y)`.\n\nNo <b>tags</b> & co.');
    expect(html.match(/<p>/g)).toHaveLength(2);
    expect(html).toContain('<code>deltaOutput(a, y)</code>');
    expect(html).toContain('class="katex"');
    expect(html).toContain('&lt;b&gt;tags&lt;/b&gt; &amp; co.');
  });
  test('strong and emphasis outside code and TeX', () => {
    const html = renderTask('Press **Check**, *then* read `a * b * c` and $a * b$.');
    expect(html).toContain('Press <strong>Check</strong>, <em>then</em> read <code>a * b * c</code>');
    expect(html).not.toContain('<em> b </em>');
  });
  test('a lesson is done only when all its exercises are', () => {
    expect(lessonDone(['a', 'b'], () => true)).toBe(true);
    expect(lessonDone(['a', 'b'], (id) => id === 'a')).toBe(false);
    expect(lessonDone([], () => true)).toBe(false);
  });
});
