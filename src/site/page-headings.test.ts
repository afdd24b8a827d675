import { describe, expect, it } from 'vitest';
import { exerciseMarks, pageHeadings, withExerciseHeadings } from './page-headings';

const H = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });
const fake = (id: string) => ({ slug: `ex-${id}`, text: `Ex ${id}` });

describe('withExerciseHeadings', () => {
  it('puts each exercise after the heading its mark counts, at level 3 unless the mark gives one', () => {
    const headings = [H(2, 'a'), H(2, 'your-turn'), H(2, 'summary')];
    const out = withExerciseHeadings(headings, [{ id: 'x', after: 0 }, { id: 'y', after: 2 }, { id: 'z', level: 2, after: 2 }], fake);
    expect(out).toEqual([
      { depth: 3, slug: 'ex-x', text: 'Ex x' }, H(2, 'a'), H(2, 'your-turn'),
      { depth: 3, slug: 'ex-y', text: 'Ex y' }, { depth: 2, slug: 'ex-z', text: 'Ex z' }, H(2, 'summary'),
    ]);
    expect(withExerciseHeadings(headings, [{ id: 'w', after: 3 }], fake).at(-1)).toEqual({ depth: 3, slug: 'ex-w', text: 'Ex w' });
    expect(withExerciseHeadings(headings, [], fake)).toEqual(headings);
  });

  it('refuses a mark past the last heading, and an id twice on the page', () => {
    expect(() => withExerciseHeadings([H(2, 'a')], [{ id: 'x', after: 2 }], fake)).toThrow(/exercise x placed after heading 2 of 1/);
    expect(() => withExerciseHeadings([H(2, 'a')], [{ id: 'x', after: 0 }, { id: 'x', after: 1 }], fake)).toThrow(/"ex-x"/);
    expect(() => withExerciseHeadings([H(2, 'ex-x')], [{ id: 'x', after: 1 }], fake)).toThrow(/"ex-x"/);
  });
});

describe('pageHeadings', () => {
  it('writes the exercise heading as <Exercise> does, in each language', () => {
    const marks = { exerciseMarks: [{ id: 'softmax-delta', after: 1 }] };
    expect(pageHeadings([H(2, 'your-turn')], marks, 'en')[1]).toEqual({ depth: 3, slug: 'exercise-softmax-delta', text: 'Exercise: The softmax layer’s δ' });
    expect(pageHeadings([H(2, '轮到你了')], marks, 'zh')[1]).toEqual({ depth: 3, slug: 'exercise-softmax-delta', text: '练习：softmax 输出层的 δ' });
  });

  it('reads no marks on a page without exercises, and refuses a value that is not a list of marks', () => {
    expect(exerciseMarks({ title: 'T' })).toEqual([]);
    expect(() => exerciseMarks({ exerciseMarks: [{ id: 'x' }] })).toThrow(/not a list of exercise marks/);
    expect(() => exerciseMarks({ exerciseMarks: 'x' })).toThrow(/not a list/);
  });
});
