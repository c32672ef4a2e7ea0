import { describe, expect, it } from 'vitest';
import { stem, tokenize } from '#/lib/resume-fit/tokenize.ts';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('keeps technical names whole: C++, C#, .NET, Node.js, CI/CD, R&D, A/B', () => {
    expect(texts('C++, C#, .NET and Node.js; CI/CD, R&D and A/B tests.')).toEqual([
      'C++',
      'C#',
      '.NET',
      'and',
      'Node.js',
      'CI/CD',
      'R&D',
      'and',
      'A/B',
      'tests',
    ]);
  });

  it('separates slash-joined words that are not one name, and hyphenated words, keeping their offsets', () => {
    const tokens = tokenize('Excel/Word and e-commerce');
    expect(tokens.map((t) => t.text)).toEqual(['Excel', 'Word', 'and', 'e', 'commerce']);
    expect(tokens.map((t) => [t.start, t.end])).toEqual([
      [0, 5],
      [6, 10],
      [11, 14],
      [15, 16],
      [17, 25],
    ]);
  });

  it('drops a sentence-ending full stop but not the dots inside a name', () => {
    expect(texts('We use Node.js.')).toEqual(['We', 'use', 'Node.js']);
  });

  it('compares ES6+ and 5+ as ES6 and 5, and a possessive as the bare word', () => {
    expect(tokenize('ES6+ 5+ bachelor’s').map((t) => t.norm)).toEqual(['es6', '5', 'bachelor']);
  });
});

describe('stem', () => {
  it('gives manage, managed, managing and manages one stem', () => {
    expect(new Set(['manage', 'managed', 'managing', 'manages'].map(stem)).size).toBe(1);
  });

  it('joins plural and tense forms and British spellings', () => {
    expect(stem('nurses')).toBe(stem('nursing'));
    expect(stem('planned')).toBe(stem('plan'));
    expect(stem('certified')).toBe(stem('certify'));
    expect(stem('technologies')).toBe(stem('technology'));
    expect(stem('analysed')).toBe(stem('analyzed'));
    expect(stem('licence')).toBe(stem('license'));
  });

  it('keeps words apart whose stems would collide (marketing is not market)', () => {
    expect(stem('marketing')).not.toBe(stem('market'));
    expect(stem('accounting')).not.toBe(stem('account'));
    expect(stem('string')).toBe('string');
  });
});
