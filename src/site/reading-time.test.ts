import { expect, it } from 'vitest';
import { CJK_CHARS_PER_MINUTE, readingMinutes } from './reading-time';

it('counts words of prose and math but not frontmatter, imports or component tags', () => {
  const words = Array.from({ length: 360 }, (_, i) => `word${i}`).join(' ');
  const body = `---\ntitle: x\n---\nimport A from 'b';\n<Widget sizes={[2, 2]} />\n${words}`;
  expect(readingMinutes(body, 'en', 180)).toBe(2);
  expect(readingMinutes('', 'en', 180)).toBe(1);
});

it('counts Chinese text in characters, and the Latin words and math between them in words', () => {
  // 3 minutes of characters (no spaces between them, so a word count would see one "word") plus 180 words.
  const han = '反'.repeat(3 * CJK_CHARS_PER_MINUTE);
  const words = Array.from({ length: 180 }, (_, i) => `w${i}`).join(' ');
  expect(readingMinutes(`${han} ${words}`, 'zh', 180)).toBe(4);
  expect(readingMinutes(han, 'en', 180)).toBe(1);
});
