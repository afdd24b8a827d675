import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeExerciseMarks, { EXERCISE_MARKS } from './rehype-exercise-marks.mjs';

/** Compiles MDX as Astro does for a content page: our plugin, then Astro's heading collector. */
async function run(mdx: string) {
  const file = new VFile({ value: mdx, path: '/content/lessons/en/99-test.mdx', data: { astro: { frontmatter: { title: 'T' } } } });
  await compile(file, { rehypePlugins: [rehypeExerciseMarks, rehypeHeadingIds] });
  const astro = file.data.astro as { frontmatter: Record<string, unknown>; headings: { depth: number; slug: string }[] };
  return { frontmatter: astro.frontmatter, headings: astro.headings };
}

describe('rehypeExerciseMarks', () => {
  it('records each <Exercise> with its level and the number of headings Astro collects before it', async () => {
    const { frontmatter, headings } = await run([
      'Intro.', '', '<Exercise id="first" />', '',
      '## One', '', 'Text.', '', '<h3>Written in HTML</h3>', '',
      '## Your turn', '', '<Exercise id="second" />', '',
      '## Exercises', '', '<Exercise id="third" level={2} />', '', '<Exercise id="fourth" level="4" />', '',
      '### Later', '',
    ].join('\n'));
    // A heading written as JSX in MDX is not one Astro collects (nor counted here): the marks count what Astro lists.
    expect(headings.map((h) => h.slug)).toEqual(['one', 'your-turn', 'exercises', 'later']);
    expect(frontmatter[EXERCISE_MARKS]).toEqual([
      { id: 'first', level: undefined, after: 0 },
      { id: 'second', level: undefined, after: 2 },
      { id: 'third', level: 2, after: 3 },
      { id: 'fourth', level: 4, after: 3 },
    ]);
    expect(frontmatter.title).toBe('T');
  });

  it('leaves a page without exercises alone', async () => {
    const { frontmatter } = await run('## One\n\n<Other id="x" />\n');
    expect(frontmatter).toEqual({ title: 'T' });
  });

  it('fails the build, naming the file, when the heading cannot be known from the source', async () => {
    await expect(run('<Exercise id={name} />\n')).rejects.toThrow(/99-test\.mdx: <Exercise> needs a literal id/);
    await expect(run('<Exercise id="x" level={n} />\n')).rejects.toThrow(/id="x" has level "n"/);
    await expect(run('<Exercise id="x" level={5} />\n')).rejects.toThrow(/level/);
  });
});
