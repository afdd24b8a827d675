import { describe, expect, it } from 'vitest';
import { echoedQuery, matchesQuery, pagefindQuery } from './search-match';

// The marked words below are what Pagefind 1.6 returned on this site's index (see the e2e search spec).
describe('matchesQuery', () => {
  it('rejects an answer that matched only a short prefix of a query word', () => {
    expect(matchesQuery('xyzzyqq', ['q=xy', 'f=2(xy+max(z,w))', '(x,y)', 'xy'])).toBe(false);
    expect(matchesQuery('量子纠缠猫', ['量', '量 ', '处计算'])).toBe(false);
    expect(matchesQuery('sdafadsfasdf', ['sd'])).toBe(false);
  });

  it('accepts real words, stemmed, half-typed or slightly mistyped', () => {
    expect(matchesQuery('gradient checking', ['Checking', 'gradients.', 'gradient'])).toBe(true);
    expect(matchesQuery('checkin', ['check.', 'Checking'])).toBe(true); // "checkin" is no word; "check" is its stem's prefix
    expect(matchesQuery('derivatives', ['derivative'])).toBe(true);
    expect(matchesQuery('gradeint', ['gradient'])).toBe(true); // a typo keeps 4 of 8 letters
    expect(matchesQuery('梯度检验', ['梯度检验'])).toBe(true);
    expect(matchesQuery('Hadamard', ['Hadamard,'])).toBe(true);
  });

  it('needs every query word: one nonsense word among real ones finds nothing', () => {
    expect(matchesQuery('gradient xyzzyqq', ['gradient', 'xy'])).toBe(false);
  });

  it('compares words as Pagefind indexes them: case, diacritics and punctuation aside', () => {
    expect(matchesQuery('(4.13)', ['(4.13)'])).toBe(true);
    expect(matchesQuery('Régularisation', ['regularisation'])).toBe(true);
    expect(matchesQuery('q=xy', ['q=xy'])).toBe(true);
    expect(matchesQuery('xy', ['q=xy'])).toBe(true);
  });

  it('accepts short words whole and judges nothing it cannot read', () => {
    expect(matchesQuery('δ', ['δ(l)'])).toBe(true);
    expect(matchesQuery('ab', ['a'])).toBe(false);
    expect(matchesQuery('  ', [])).toBe(true);
  });
});

describe('pagefindQuery', () => {
  it('gives a true minus sign as the ASCII hyphen-minus, and leaves everything else as typed', () => {
    expect(pagefindQuery('\u2212' + '0.2171')).toBe('-0.2171');
    expect(pagefindQuery('a \u2212 b, \u2212z')).toBe('a - b, -z');
    expect(pagefindQuery('∂J/∂Θ(2)_11 梯度检验 – x')).toBe('∂J/∂Θ(2)_11 梯度检验 – x'); // an en dash is not a minus
  });

  it('keeps a corrected query matching what the reader typed', () => {
    // The marked word as Pagefind returns it from lesson 4's matrix "[0.7414; −0.2171]".
    expect(matchesQuery('\u2212' + '0.2171', ['\u2212' + '0.2171]'])).toBe(true);
  });
});

describe('echoedQuery', () => {
  it('repeats a query of up to 60 characters whole, and cuts a longer one to 59 and an ellipsis', () => {
    const sixty = 'a'.repeat(60);
    expect(echoedQuery(sixty)).toBe(sixty);
    expect(echoedQuery(sixty + 'b')).toBe('a'.repeat(59) + '…');
    expect(echoedQuery('x'.repeat(600))).toHaveLength(60);
  });

  it('counts characters, not UTF-16 units: an astral character is never split', () => {
    const q = '𝑥'.repeat(61); // U+1D465, two UTF-16 units each
    expect(echoedQuery(q)).toBe('𝑥'.repeat(59) + '…');
  });
});
