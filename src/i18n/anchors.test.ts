import { describe, expect, it } from 'vitest';
import { headingAnchors } from './anchors';

const en = [
  { depth: 2, slug: 'what-a-cost-must-do' },
  { depth: 2, slug: 'regularisation' },
  { depth: 3, slug: 'why-the-bias-column-is-exempt' },
  { depth: 2, slug: 'summary' },
];
const zh = [
  { depth: 2, slug: '代价函数要做什么' },
  { depth: 2, slug: '正则化' },
  { depth: 3, slug: '为什么偏置列不参与' },
  { depth: 2, slug: 'summary' },
];

describe('headingAnchors', () => {
  it('maps each heading to the one at the same position in the other edition, both ways', () => {
    expect(headingAnchors(en, zh)).toEqual({
      'what-a-cost-must-do': '代价函数要做什么',
      regularisation: '正则化',
      'why-the-bias-column-is-exempt': '为什么偏置列不参与',
    });
    expect(headingAnchors(zh, en)['正则化']).toBe('regularisation');
  });

  it('maps nothing when the two pages do not have the same headings', () => {
    expect(headingAnchors(en, zh.slice(1))).toEqual({});
    expect(headingAnchors(en, zh.map((h, i) => (i === 2 ? { ...h, depth: 2 } : h)))).toEqual({});
  });
});
