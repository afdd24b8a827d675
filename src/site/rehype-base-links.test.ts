import { expect, it } from 'vitest';
import rehypeBaseLinks from './rehype-base-links.mjs';

const tree = () => ({
  type: 'root',
  children: [
    { type: 'element', tagName: 'a', properties: { href: '/lessons/cost/' }, children: [] },
    { type: 'element', tagName: 'a', properties: { href: '#eq-1.2' }, children: [] },
    { type: 'element', tagName: 'a', properties: { href: '//example.org/x' }, children: [] },
  ],
});
const hrefs = (t: ReturnType<typeof tree>) => t.children.map((c) => c.properties.href);

it('prefixes root-relative links with the base path and leaves anchors and other hosts alone', () => {
  const t = tree();
  rehypeBaseLinks({ base: '/backprop-notebook/' })(t);
  expect(hrefs(t)).toEqual(['/backprop-notebook/lessons/cost/', '#eq-1.2', '//example.org/x']);
});

it('changes nothing at the root', () => {
  const t = tree();
  rehypeBaseLinks({ base: '/' })(t);
  expect(hrefs(t)[0]).toBe('/lessons/cost/');
});
