import { expect, it } from 'vitest';
import { readingMinutes } from './reading-time';

it('counts words of prose and math but not frontmatter, imports or component tags', () => {
  const words = Array.from({ length: 360 }, (_, i) => `word${i}`).join(' ');
  const body = `---\ntitle: x\n---\nimport A from 'b';\n<Widget sizes={[2, 2]} />\n${words}`;
  expect(readingMinutes(body, 180)).toBe(2);
  expect(readingMinutes('', 180)).toBe(1);
});
