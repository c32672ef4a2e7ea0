import { describe, expect, it } from 'vitest';
import { yearsAsked, yearsShown } from '#/lib/resume-fit/experience.ts';

const asked = (s: string) => yearsAsked(s, 0, true).map((y) => y.years);
const now = new Date(Date.UTC(2025, 5, 1));

describe('yearsAsked', () => {
  it('reads the minimum from the usual ways of asking', () => {
    expect(asked('4+ years of professional software development experience.')).toEqual([4]);
    expect(asked('3-5 years of progressive accounting experience')).toEqual([3]);
    expect(asked('At least one year of classroom teaching experience')).toEqual([1]);
    expect(asked('6 months or more of retail experience')).toEqual([0.5]);
    expect(asked('3+ years building production web applications.')).toEqual([3]);
    // Round 7: a range in words with figures asks its lower end; a bracketed second number is a second ask.
    expect(asked('Three (3) to five (5) years of commercial lines underwriting experience')).toEqual([3]);
    expect(
      asked('Minimum of five (5) years of mining experience, with at least two (2) in a supervisory role'),
    ).toEqual([5, 2]);
  });

  it('ignores ages and look-back windows', () => {
    expect(asked('Must be 21 years of age or older.')).toEqual([]);
    expect(asked('No more than 2 moving violations in the past 3 years.')).toEqual([]);
    expect(asked('At least 1 year of driving experience within the last 3 years.')).toEqual([1]);
  });
});

describe('yearsShown', () => {
  it('adds up date ranges, merging overlaps and counting Present as today', () => {
    const shown = yearsShown('March 2021 – Present\nJune 2018 – February 2021\nJan 2020 – Dec 2020', now);
    expect(shown.source).toBe('dates');
    expect(shown.years).toBeCloseTo(7, 0);
    expect(shown.ranges).toHaveLength(3);
  });

  it('uses the resume’s own statement when it says more than the dates', () => {
    expect(yearsShown('Backend developer with six years of experience. 2022 – Present', now)).toMatchObject({
      years: 6,
      source: 'statement',
    });
  });

  it('does not count school dates when told where Education is', () => {
    const text = 'Education\nB.A., 2016 – 2020\nWork\nJan 2023 – Jan 2024';
    expect(yearsShown(text, now, [{ start: 0, end: 26 }]).years).toBe(1);
  });

  it('shows nothing for a resume without dates', () => {
    expect(yearsShown('Skills: Excel, Word', now)).toMatchObject({ years: 0, source: 'none' });
  });
});
