import { describe, expect, it } from 'vitest';
import { FORK_TITLE, guidePath, neighbours, pathItems, pathStops, sortByStep } from '#/lib/guides.ts';

const guide = (id: string, step: number, branch?: string) => ({ id, data: { step, title: id, branch } });

describe('the reading path', () => {
  it('orders guides by step whatever order the files come in', () => {
    expect(sortByStep([guide('c', 2), guide('a', 0), guide('b', 1)]).map((g) => g.id)).toEqual(['a', 'b', 'c']);
  });

  it('refuses two guides with the same step and names both files', () => {
    expect(() => sortByStep([guide('first', 1), guide('second', 1)])).toThrow(/"first" and "second" both have step 1/);
  });

  it('says how to make a step a fork when two guides share it without branches', () => {
    expect(() => sortByStep([guide('first', 3, 'I did my best'), guide('second', 3)])).toThrow(
      /make step 3 a fork by giving each of them a branch/,
    );
  });

  it('refuses a fork at the overview, a fork whose ways have the same words, and a branch with no other way', () => {
    expect(() => sortByStep([guide('a', 0, 'One way here'), guide('b', 0, 'Other way')])).toThrow(/both have step 0/);
    expect(() => sortByStep([guide('a', 2, 'I did my best'), guide('b', 2, 'i did my best')])).toThrow(/same branch/);
    expect(() => sortByStep([guide('a', 1), guide('b', 2, 'I did my best')])).toThrow(
      /"b" has a branch but no other guide shares its step 2/,
    );
  });

  it('counts a fork as one step, so "step n of 7" stays true with two guides at step 5', () => {
    const guides = sortByStep([
      guide('overview', 0),
      ...[1, 2, 3, 4, 6, 7].map((n) => guide(`s${n}`, n)),
      guide('did-my-best', 5, 'I did my best'),
      guide('could-do-better', 5, 'I found things to improve'),
    ]);
    const stops = pathStops(guides);
    expect(stops).toHaveLength(7);
    expect(stops[4]!.guides.map((g) => g.id)).toEqual(['could-do-better', 'did-my-best']);
    expect(pathItems(stops)[4]).toEqual({
      title: FORK_TITLE,
      href: '/guides/could-do-better/',
      branches: [
        { title: 'could-do-better', href: '/guides/could-do-better/', label: 'I found things to improve' },
        { title: 'did-my-best', href: '/guides/did-my-best/', label: 'I did my best' },
      ],
    });
    expect(pathItems(stops, (g) => `note ${g.id}`)[0]).toEqual({ title: 's1', href: '/guides/s1/', note: 'note s1' });
  });

  it('links each guide to the step before and after it, and a fork’s guides to both ways', () => {
    const path = sortByStep([
      guide('a', 0),
      guide('b', 1),
      guide('fork-1', 2, 'One way'),
      guide('fork-2', 2, 'The other way'),
      guide('c', 3),
    ]);
    const [a, b, f1, f2, c] = path;
    expect(neighbours(path, 'b')).toEqual({ previous: [a], next: [f1, f2], otherBranches: [] });
    expect(neighbours(path, 'fork-2')).toEqual({ previous: [b], next: [c], otherBranches: [f1] });
    expect(neighbours(path, 'c')).toEqual({ previous: [f1, f2], next: [], otherBranches: [] });
    expect(neighbours(path, 'a').previous).toEqual([]);
    expect(neighbours(path, 'missing')).toEqual({ previous: [], next: [], otherBranches: [] });
  });

  it('builds guide URLs with the trailing slash the site links with', () => {
    expect(guidePath('review-your-resume')).toBe('/guides/review-your-resume/');
  });
});
