// The editors' search data (src/data/search.json): its schema teaches, and the build checks it against the pages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { searchDataProblems } from '#/integrations/pagefind.ts';
import {
  KEYWORD_WEIGHT,
  keywordsBeyondTitle,
  SITUATION_WEIGHT,
  withSituations,
} from '#/lib/search/index-attributes.ts';
import { parseSearchData, SEARCH_DATA_FILE } from '#/schemas/search.ts';

const file = JSON.parse(readFileSync(SEARCH_DATA_FILE, 'utf8'));
const group = { about: 'Clothes', readers: ['outfit'], site: ['dress'] };
const valid = { readersWords: [group], whenNothingMatches: ['/guides/a/'] };

describe('the search data file', () => {
  it('is valid as shipped', () => {
    expect(() => parseSearchData(file)).not.toThrow();
  });

  it('names the file, the place and the group of each mistake', () => {
    const bad = {
      readersWords: [
        { ...group, readers: ['Outfit'] },
        { ...group, about: 'Again', site: ['two words'] },
      ],
      whenNothingMatches: ['guides/a'],
    };
    const message = (() => {
      try {
        parseSearchData(bad);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain(SEARCH_DATA_FILE);
    expect(message).toMatch(/readersWords\[0\]\.readers\[0\] \(group "Clothes"\): write it in lower case/);
    expect(message).toMatch(/readersWords\[1\]\.site\[0\] \(group "Again"\): a site word is one lower-case word/);
    expect(message).toMatch(/whenNothingMatches\[0\]: a page path/);
  });

  it('refuses unknown fields (a misspelt "reader") and a phrase kept in two groups', () => {
    expect(() => parseSearchData({ ...valid, readersWords: [{ ...group, reader: ['x'] }] })).toThrow(/reader/);
    expect(() => parseSearchData({ ...valid, readersWords: [group, { ...group, about: 'Twice' }] })).toThrow(
      /"outfit" is already in the group "Clothes"/,
    );
  });

  it('is checked against the built pages: a site word no page uses, a start page that does not exist', () => {
    const site = { words: new Map([['dress', 3]]), pages: new Set(['/guides/a/']) };
    expect(searchDataProblems(parseSearchData(valid), site)).toEqual([]);
    const typo = parseSearchData({
      ...valid,
      readersWords: [{ ...group, site: ['dres'] }],
      whenNothingMatches: ['/x/'],
    });
    expect(searchDataProblems(typo, site)).toEqual([
      'group "Clothes": no page uses the site word "dres" (a typo?)',
      'whenNothingMatches: /x/ is not an indexed page',
    ]);
  });
});

describe('situations in the index', () => {
  const page =
    '<html><body><header>Menu</header><main data-pagefind-body data-type="guide"><h1>T</h1></main></body></html>';

  it('adds them, weighted and escaped, at the start of the indexed content only', () => {
    const html = withSituations(page, { situations: ['They never replied', 'I’m <so> angry'], weight: 4 });
    expect(html).toContain(
      `<main data-pagefind-body data-type="guide"><p data-pagefind-weight="4">They never replied</p>` +
        `<p data-pagefind-weight="4">I’m &#60;so&#62; angry</p><h1>`,
    );
  });

  it('weighs a lesson’s situations below a guide’s, as the lesson’s text counts below the guide’s', () => {
    expect(SITUATION_WEIGHT.lesson).toBeLessThan(SITUATION_WEIGHT.guide);
  });

  it('adds a page’s keywords at a heading’s weight, and text it cannot read unweighted', () => {
    const html = withSituations(page, { situations: [], keywords: ['quiz'], text: ['Ask for 2 tips'], weight: 4 });
    expect(html).toContain(`<p data-pagefind-weight="${KEYWORD_WEIGHT}">quiz</p><p>Ask for 2 tips</p><h1>`);
  });

  it('takes as keywords only the words of a short name that the title lacks', () => {
    expect(keywordsBeyondTitle('Quiz', 'Why didn’t I get the offer? A self-check')).toEqual(['quiz']);
    expect(keywordsBeyondTitle('Resume check', 'Resume fit check')).toEqual([]);
    expect(keywordsBeyondTitle('Their reply', 'They replied: read the feedback')).toEqual(['their reply']);
  });

  it('leaves a page without situations, or without indexed content, as it is', () => {
    expect(withSituations(page, { situations: [], weight: 4 })).toBe(page);
    const notIndexed = '<main><h1>404</h1></main>';
    expect(withSituations(notIndexed, { situations: ['x y z'], weight: 4 })).toBe(notIndexed);
  });
});
