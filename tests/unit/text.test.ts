import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeHtml } from '#/lib/text/html.ts';
import { fnv1a } from '#/lib/text/hash.ts';
import { countWords, words } from '#/lib/text/words.ts';
import { sentences } from '#/lib/text/sentences.ts';

describe('escapeHtml', () => {
  it('turns the five characters that could open markup or close an attribute into references', () => {
    expect(escapeHtml(`<a href="x">'&`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;');
    expect(escapeHtml('Zoë — fine')).toBe('Zoë — fine');
  });

  it('round-trips through decodeEntities', () => {
    const text = `Tom & "Jerry" <b>'s</b>`;
    expect(decodeEntities(escapeHtml(text))).toBe(text);
  });
});

describe('decodeEntities', () => {
  it('decodes numeric references, decimal and hexadecimal', () => {
    expect(decodeEntities('&#39;a&#x2019;&#X201C;&#8212;')).toBe("'a’“—");
  });

  it('decodes the named references of XML and of typography', () => {
    expect(decodeEntities('&lt;b&gt; &quot;x&quot; &amp; &apos;y&apos;')).toBe('<b> "x" & \'y\'');
    expect(decodeEntities('Wait &mdash; then ask&hellip; &ldquo;kindly&rdquo;&nbsp;&ndash;')).toBe(
      'Wait — then ask… “kindly”\u00a0–',
    );
  });

  it('never throws: references no character can have become U+FFFD, as in a browser', () => {
    for (const reference of ['&#1114112;', '&#0;', '&#xD800;', '&#99999999999;', '&#xFFFFFFFF;'])
      expect(decodeEntities(`a${reference}b`), reference).toBe('a\ufffdb');
  });

  it('leaves unknown names and text that only looks like a reference as written', () => {
    expect(decodeEntities('&unknown; & &amp &#; &#xZZ; AT&T')).toBe('&unknown; & &amp &#; &#xZZ; AT&T');
  });
});

describe('fnv1a', () => {
  it('gives the published FNV-1a values, so fingerprints made today read the same next year', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
});

describe('words', () => {
  it('keeps contractions and hyphenated words whole and counts numbers, not punctuation or emoji', () => {
    expect(words("Don't panic: it's a step-by-step plan, 2 or 3 tips 🙂 —")).toEqual([
      "Don't",
      'panic',
      "it's",
      'a',
      'step-by-step',
      'plan',
      '2',
      'or',
      '3',
      'tips',
    ]);
  });

  it('counts words in scripts with combining marks as one word each', () => {
    expect(countWords('नमस्ते दुनिया')).toBe(2);
    expect(countWords('Ça va très bien')).toBe(4);
    expect(countWords('')).toBe(0);
  });
});

describe('sentences', () => {
  const texts = (text: string) => sentences(text).map((s) => s.text);

  it('ends a sentence at . ! or ? with its closing quotes, and at a line break', () => {
    expect(texts('Wait. Then think! Why now?')).toEqual(['Wait.', 'Then think!', 'Why now?']);
    expect(texts('She asked, "Why not me?" Then she waited.')).toEqual([
      'She asked, "Why not me?"',
      'Then she waited.',
    ]);
    expect(texts('Why email and not a call\nIt gives them time.\n\n- A list item')).toEqual([
      'Why email and not a call',
      'It gives them time.',
      '- A list item',
    ]);
    expect(texts('Really?! Yes.')).toEqual(['Really?!', 'Yes.']);
  });

  it('does not end one after a title, a Latin abbreviation or an initial, nor inside a number or an address', () => {
    expect(texts('Dr. Patel and J. Smith met, e.g. on Monday. It went well.')).toEqual([
      'Dr. Patel and J. Smith met, e.g. on Monday.',
      'It went well.',
    ]);
    expect(texts('It took 2.5 years at example.com. Then I left.')).toEqual([
      'It took 2.5 years at example.com.',
      'Then I left.',
    ]);
  });

  it('ends one after "Inc." or "etc." only when a capital follows', () => {
    expect(texts('I worked at Acme Inc. for a year. Then at Foo Inc. They were kind.')).toEqual([
      'I worked at Acme Inc. for a year.',
      'Then at Foo Inc.',
      'They were kind.',
    ]);
    expect(texts('So did I. Next time, ask.')).toEqual(['So did I.', 'Next time, ask.']);
  });

  it('gives each sentence its place in the text', () => {
    const text = '  Hi Sam.\n\nThank you!  ';
    for (const s of sentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences(text).map((s) => s.start)).toEqual([2, 11]);
    expect(sentences('   ')).toEqual([]);
  });
});
