import { describe, expect, it } from 'vitest';
import { rankByCoverage } from '#/lib/search/coverage.ts';

const r = (id: string, score: number) => ({ id, score });

describe('ranking pages that match some words of a long question', () => {
  it('puts the best match for two words above a page that merely holds three', () => {
    // Scores measured on the built site for "did my body language put them off".
    const body = [r('attitude', 3.68), r('list', 1.39), r('article', 1.12)];
    const language = [r('attitude', 5.55), r('list', 2.5), r('article', 2.02)];
    const put = [r('email', 3.4), r('resume', 1.62)];
    const off = [r('article', 2.58), r('best', 1.38), r('email', 1.2)];
    expect(
      rankByCoverage([body, language, put, off])
        .map((x) => x.id)
        .slice(0, 3),
    ).toEqual(['attitude', 'article', 'email']);
  });

  it('counts a page found by more words higher when the scores are alike', () => {
    expect(rankByCoverage([[r('a', 1), r('b', 1)], [r('b', 1)], [r('c', 1)]]).map((x) => x.id)).toEqual([
      'b',
      'a',
      'c',
    ]);
  });

  it('returns each page once, as the first result object seen for it', () => {
    const first = r('a', 1);
    const merged = rankByCoverage([[first], [r('a', 2)]]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toBe(first);
  });

  it('returns nothing when no word matched', () => {
    expect(rankByCoverage([[], []])).toEqual([]);
  });
});
