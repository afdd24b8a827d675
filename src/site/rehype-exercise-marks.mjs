/**
 * Rehype plugin: records where each `<Exercise id="…" />` of an MDX page stands among the page's headings, so the
 * page's table of contents can list the heading the component writes (src/site/page-headings.ts). Astro collects a
 * page's headings from the Markdown alone, after every configured plugin has run, and the exercise's own heading is
 * only written when the component renders: without this the TOC showed "Your turn" and not "Exercise: …" under it
 * (reader QA, issue 9).
 *
 * Each mark is `{ id, level, after }`: the exercise id, its `level` attribute (undefined when not given) and the number
 * of headings (h1–h6, in document order, as Astro counts them) before it. The marks go into the page's
 * `remarkPluginFrontmatter` (Astro's documented channel from plugins to pages) under {@link EXERCISE_MARKS}, and only
 * on pages that have exercises.
 *
 * @throws Error naming the file when an `<Exercise>` has no literal `id` or a `level` that is not a literal number,
 *   since then the heading it will write cannot be known here
 */
export const EXERCISE_MARKS = 'exerciseMarks';

const HEADING = /^h[1-6]$/;

export default function rehypeExerciseMarks() {
  return (tree, file) => {
    const marks = [];
    let headings = 0;
    const walk = (node) => {
      if (node.type === 'element' && HEADING.test(node.tagName)) headings++;
      if (node.type === 'mdxJsxFlowElement' && node.name === 'Exercise') marks.push({ ...attributes(node, file), after: headings });
      for (const child of node.children ?? []) walk(child);
    };
    walk(tree);
    if (marks.length === 0) return;
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter[EXERCISE_MARKS] = marks;
  };
}

/** The `id` and `level` of an `<Exercise>` element. */
function attributes(node, file) {
  const attr = (name) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  const where = `${file.path ?? 'an MDX file'}: <Exercise>`;
  const id = attr('id');
  if (typeof id !== 'string') throw new Error(`${where} needs a literal id="…" (its heading goes into the table of contents)`);
  const level = attr('level');
  if (level === undefined) return { id, level: undefined };
  const n = Number(typeof level === 'string' ? level : level?.value);
  if (![2, 3, 4].includes(n)) throw new Error(`${where} id="${id}" has level ${JSON.stringify(level?.value ?? level)}; write level={2}, {3} or {4}`);
  return { id, level: n };
}
