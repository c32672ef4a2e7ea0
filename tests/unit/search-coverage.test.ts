import { describe, expect, it } from 'vitest';
import { EXPANDED_WEIGHT, rankByCoverage } from '#/lib/search/coverage.ts';

const r = (id: string, score: number) => ({ id, score });
const typed = (...perTerm: { id: string; score: number }[][]) => ({ perTerm, expanded: false });

describe('ranking pages for a query of several concepts', () => {
  it('adds up the scores, so the page that answers more of the query comes first', () => {
    // Scores measured on the built site for "did my body language put them off".
    const body = [r('attitude', 3.68), r('list', 1.39), r('article', 1.12)];
    const language = [r('attitude', 5.55), r('list', 2.5), r('article', 2.02)];
    const put = [r('email', 3.4), r('resume', 1.62)];
    const off = [r('article', 2.58), r('best', 1.38), r('email', 1.2)];
    const { ranked, complete } = rankByCoverage([typed(body), typed(language), typed(put), typed(off)]);
    expect(ranked.map((x) => x.id).slice(0, 3)).toEqual(['attitude', 'article', 'email']);
    expect(complete).toBe(false);
  });

  it('counts any of a concept’s terms, and more than one a little more', () => {
    const { ranked } = rankByCoverage([typed([r('a', 1), r('b', 1)], [r('b', 1)], [r('c', 1)]), typed([r('d', 4)])]);
    expect(ranked.map((x) => x.id).slice(0, 2)).toEqual(['d', 'b']);
  });

  it('weighs a concept found through a reader’s word a little below a word the reader typed', () => {
    expect(EXPANDED_WEIGHT).toBeLessThan(1);
    const { ranked } = rankByCoverage([typed([r('typed', 2)]), { perTerm: [[r('expanded', 2)]], expanded: true }]);
    expect(ranked.map((x) => x.id)).toEqual(['typed', 'expanded']);
  });

  it('returns each page once, as the result object of the term where it scored best', () => {
    // "a" is half as good as the best page for the first term, and the best page for the second.
    const weak = r('a', 1);
    const strong = r('a', 3);
    const { ranked } = rankByCoverage([typed([r('b', 2), weak]), typed([strong])]);
    expect(ranked.filter((x) => x.id === 'a')).toHaveLength(1);
    expect(ranked[0]).toBe(strong);
  });

  it('returns nothing when no term matched, and calls a one-concept answer complete', () => {
    expect(rankByCoverage([typed([], [])]).ranked).toEqual([]);
    expect(rankByCoverage([typed([r('a', 1)]), typed([])]).complete).toBe(true);
  });
});
