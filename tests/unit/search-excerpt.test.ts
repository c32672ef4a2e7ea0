import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from '#/lib/search/excerpt.ts';

describe('search excerpts', () => {
  it('splits an excerpt into plain and highlighted pieces at <mark>', () => {
    expect(excerptParts('how you said it. <mark>Body</mark> <mark>language</mark> is what')).toEqual([
      { text: 'how you said it. ', marked: false },
      { text: 'Body', marked: true },
      { text: ' ', marked: false },
      { text: 'language', marked: true },
      { text: ' is what', marked: false },
    ]);
  });

  it('turns escaped markup from the page back into text, never into tags', () => {
    expect(excerptParts('a &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>b</mark>')).toEqual([
      { text: 'a <script>alert(1)</script> & ', marked: false },
      { text: 'b', marked: true },
    ]);
  });

  it('drops any tag other than mark and keeps its text', () => {
    expect(excerptParts('<img src=x onerror=alert(1)><em>kept</em> <MARK>word</MARK>')).toEqual([
      { text: 'kept ', marked: false },
      { text: 'word', marked: true },
    ]);
  });

  it('decodes numeric entities and leaves unknown ones as written', () => {
    expect(decodeEntities('&#39;a&#x2019;&#8220;&bogus;&#0;')).toBe("'a’“&bogus;&#0;");
  });

  it('returns nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});
