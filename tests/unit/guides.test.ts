import { describe, expect, it } from 'vitest';
import { guidePath, neighbours, sortByStep } from '#/lib/guides.ts';

const guide = (id: string, step: number) => ({ id, data: { step, title: id } });

describe('the reading path', () => {
  it('orders guides by step whatever order the files come in', () => {
    expect(sortByStep([guide('c', 2), guide('a', 0), guide('b', 1)]).map((g) => g.id)).toEqual(['a', 'b', 'c']);
  });

  it('refuses two guides with the same step and names both files', () => {
    expect(() => sortByStep([guide('first', 1), guide('second', 1)])).toThrow(/"first" and "second" both have step 1/);
  });

  it('links each guide to the one before and after it', () => {
    const path = [guide('a', 0), guide('b', 1), guide('c', 2)];
    expect(neighbours(path, 'b')).toEqual({ previous: path[0], next: path[2] });
    expect(neighbours(path, 'a').previous).toBeUndefined();
    expect(neighbours(path, 'c').next).toBeUndefined();
    expect(neighbours(path, 'missing')).toEqual({});
  });

  it('builds guide URLs with the trailing slash the site links with', () => {
    expect(guidePath('review-your-resume')).toBe('/guides/review-your-resume/');
  });
});
