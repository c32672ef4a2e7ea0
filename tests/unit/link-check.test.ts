import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { findBrokenReferences, internalReferences, urlOfFile, type BuiltPage } from '../support/site.ts';

const origin = 'http://localhost:4321';
const page = (file: string, body: string): BuiltPage => {
  const html = `<html><body>${body}</body></html>`;
  return { file, url: urlOfFile(file), html, root: parse(html) };
};

describe('the internal link check', () => {
  const files = new Set(['index.html', 'guides/review-your-resume/index.html', 'favicon.svg', 'rss.xml']);

  it("finds a broken link in a guide and names the guide's source file and the link", () => {
    const broken = page('guides/review-your-resume/index.html', '<a href="/guides/review-your-resum/">typo</a>');
    expect(findBrokenReferences([broken], files, origin)).toEqual([
      'src/content/guides/review-your-resume.mdx (built as guides/review-your-resume/index.html) links to /guides/review-your-resum/, which does not exist',
    ]);
  });

  it('accepts links to pages, files, relative paths and fragments that exist', () => {
    const ok = page(
      'guides/review-your-resume/index.html',
      '<a href="/">home</a><a href="../../rss.xml">feed</a><link rel="icon" href="/favicon.svg"><a href="#top">top</a><a href="/guides/review-your-resume/#checklist">x</a>',
    );
    expect(findBrokenReferences([ok], files, origin)).toEqual([]);
  });

  it('ignores other origins, mail links and paths served on demand', () => {
    const p = page(
      'index.html',
      '<a href="https://www.craresources.com/">CRA</a><a href="mailto:a@b.c">mail</a><form><a href="/course/confirm/?token=x">c</a></form>',
    );
    expect(internalReferences(p, origin)).toEqual(['/course/confirm/']);
    expect(findBrokenReferences([p], files, origin, ['/course/confirm/'])).toEqual([]);
  });

  it('checks images and scripts as well as links', () => {
    const p = page('index.html', '<img src="/missing.png" alt=""><script src="/_astro/gone.js"></script>');
    expect(findBrokenReferences([p], files, origin)).toHaveLength(2);
  });
});
