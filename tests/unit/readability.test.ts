import { describe, expect, it } from 'vitest';
import {
  countSentences,
  countSyllables,
  fleschKincaidGrade,
  mdxToPlainText,
  textStats,
} from '../../scripts/lib/readability.ts';

describe('countSyllables', () => {
  it('counts one syllable for short and silent-e words', () => {
    for (const word of ['cat', 'the', 'take', 'role', 'free', 'asked', 'makes', 'used']) {
      expect(countSyllables(word), word).toBe(1);
    }
  });

  it('counts the syllables of longer everyday words', () => {
    const expected: Record<string, number> = {
      simple: 2,
      table: 2,
      wanted: 2,
      boxes: 2,
      being: 2,
      idea: 3,
      politely: 3,
      useful: 2,
      diplomatic: 4,
      uncomfortable: 5,
      opportunity: 5,
      qualifications: 5,
      interviewer: 4,
      "didn't": 2,
    };
    for (const [word, syllables] of Object.entries(expected)) {
      expect(countSyllables(word), word).toBe(syllables);
    }
  });

  it('ignores case and punctuation, and counts a number as one syllable', () => {
    expect(countSyllables('Simple,')).toBe(2);
    expect(countSyllables('3')).toBe(1);
    expect(countSyllables('—')).toBe(0);
  });
});

describe('countSentences', () => {
  it('counts sentences by end marks and by lines, so a heading without a full stop is one sentence', () => {
    expect(countSentences('Wait. Then think! Why now?')).toBe(3);
    expect(countSentences('Why email and not a call\nIt gives them time. They can think.')).toBe(3);
    expect(countSentences('She asked, "Why not me?" Then she waited.')).toBe(2);
    expect(countSentences('Ask Dr. Patel, e.g. by email.')).toBe(1);
    expect(countSentences('— …\n')).toBe(0);
    expect(countSentences('')).toBe(0);
  });
});

describe('fleschKincaidGrade', () => {
  it('rates a simple sentence below grade 1', () => {
    expect(fleschKincaidGrade('The cat sat on the mat.')).toBeLessThan(1);
  });

  it('rates plain advice written for an upset reader at grade 8 or lower', () => {
    const advice = 'Wait a couple of days before you write to them. Then ask, kindly, for two or three tips.';
    expect(fleschKincaidGrade(advice)).toBeLessThanOrEqual(8);
  });

  it('rates long, abstract, many-syllable prose far above grade 12', () => {
    const hard =
      'Notwithstanding the aforementioned considerations, organizational stakeholders should comprehensively ' +
      'evaluate interdisciplinary methodologies prior to implementing substantive operational modifications.';
    expect(fleschKincaidGrade(hard)).toBeGreaterThan(16);
  });

  it('gives the grade worked out by hand for a two-sentence thank-you', () => {
    // 2 sentences, 11 words, 15 syllables (in-ter-view, en-joyed, meet-ing): 0.39 × 5.5 + 11.8 × 15 / 11 − 15.59.
    const text = 'Thank you for the chance to interview. I enjoyed meeting you.';
    expect(textStats(text)).toEqual({ sentences: 2, words: 11, syllables: 15 });
    expect(fleschKincaidGrade(text)).toBeCloseTo(2.646, 3);
  });

  it('returns 0 for text with no words', () => {
    expect(fleschKincaidGrade('')).toBe(0);
    expect(fleschKincaidGrade('— … —')).toBe(0);
  });
});

describe('mdxToPlainText', () => {
  it('keeps what a reader sees and drops frontmatter, imports, tags, URLs and Markdown marks', () => {
    const mdx = [
      '---',
      "title: 'A guide'",
      'step: 1',
      '---',
      "import Note from '../Note.astro';",
      '',
      '## Why email',
      '',
      'Read [the article](/article/) by **Betty Crisp**, then _wait_. Use `two` tips\\{.',
      '',
      '- First item',
      '1. Numbered item',
      '> **Subject:** Thanks',
      '>',
      '<Note kind="tip">Be kind.</Note>',
      '![a photo](/photo.png)',
    ].join('\n');
    expect(mdxToPlainText(mdx)).toBe(
      [
        'Why email',
        'Read the article by Betty Crisp, then wait. Use two tips{.',
        'First item',
        'Numbered item',
        'Subject: Thanks',
        'Be kind.',
      ].join('\n'),
    );
  });
});
