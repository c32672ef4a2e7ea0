import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { searchIndexAttributes, searchMetaFor } from '#/lib/search/index-attributes.ts';
import { escapeHtml, panelMarkup } from '#/lib/search/panel.ts';
import { resultSummary, typeLabel } from '#/lib/search/wording.ts';

describe('what Pagefind reads from a page', () => {
  it('captures type and topic from data attributes, a syntax that allows both on one element', () => {
    expect(searchIndexAttributes({ pageType: 'guide', topic: 'attitude' })).toEqual({
      'data-pagefind-body': '',
      'data-pagefind-meta': 'type[data-type], topic[data-topic]',
      'data-pagefind-filter': 'type[data-type], topic[data-topic]',
      'data-type': 'guide',
      'data-topic': 'attitude',
    });
    expect(searchIndexAttributes({ pageType: 'page' })).toEqual({
      'data-pagefind-body': '',
      'data-pagefind-meta': 'type[data-type]',
      'data-pagefind-filter': 'type[data-type]',
      'data-type': 'page',
    });
  });

  it('keeps pages hidden from search engines out of site search', () => {
    expect(searchIndexAttributes({ pageType: 'page', noindex: true })).toEqual({});
  });

  it('keeps pages for site owners out of site search, where job seekers look', () => {
    expect(searchIndexAttributes({ pageType: 'tool', notForSiteSearch: true })).toEqual({});
  });

  it('takes the title and description from the head tags that already carry them', () => {
    expect(searchMetaFor({ property: 'og:title' })).toBe('title[content]');
    expect(searchMetaFor({ name: 'description' })).toBe('description[content]');
    expect(searchMetaFor({ name: 'twitter:title' })).toBeUndefined();
  });
});

describe('the search form markup', () => {
  it('is a search landmark that works as a plain GET form to /search/', () => {
    const root = parse(panelMarkup({ id: 'p', label: 'Search', paged: true }));
    const form = root.querySelector('form')!;
    expect(form.getAttribute('role')).toBe('search');
    expect(form.getAttribute('action')).toBe('/search/');
    expect(form.getAttribute('method')).toBe('get');
    expect(root.querySelector('input[name="q"]')?.getAttribute('id')).toBe('p-q');
    expect(root.querySelector('label[for="p-q"]')?.text).toBe('Search');
    expect(root.querySelector('button[type="submit"]')).not.toBeNull();
  });

  it('offers type and topic filters with an "all" choice first, only when asked', () => {
    const filters = { type: [{ value: 'guide', label: 'Guide' }], topic: [{ value: 'attitude', label: 'Attitude' }] };
    const root = parse(panelMarkup({ id: 'p', label: 'Search', filters }));
    expect(root.querySelectorAll('select[name="type"] option').map((o) => o.getAttribute('value'))).toEqual([
      '',
      'guide',
    ]);
    expect(root.querySelector('label[for="p-topic"]')?.text).toBe('Topic');
    expect(parse(panelMarkup({ id: 'd', label: 'Search' })).querySelector('select')).toBeNull();
  });

  it('escapes every value it is given', () => {
    expect(escapeHtml(`<a href="x">'&`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;');
    const html = panelMarkup({ id: 'x"><img', label: '<b>hi</b>' });
    expect(parse(html).querySelector('img, b')).toBeNull();
  });
});

describe('search wording', () => {
  it('counts results in words a person reads aloud', () => {
    expect(resultSummary(1, 'tone', false)).toBe('1 page matches “tone”.');
    expect(resultSummary(3, 'tone', true)).toBe('3 pages match “tone” with these filters.');
    expect(resultSummary(2, 'put off', false, true)).toBe(
      'No page has every word of “put off”. 2 pages match some of them.',
    );
  });

  it('names each type of page and falls back to "Page"', () => {
    expect(typeLabel('guide')).toBe('Guide');
    expect(typeLabel('article')).toBe('Original article');
    expect(typeLabel(undefined)).toBe('Page');
    expect(typeLabel('unknown')).toBe('Page');
  });
});
