// The design system's pure parts: link-preview image paths and labels, the article's quotes, the illustrations.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ogImagePath, ogLabel } from '#/lib/og-image.ts';
import { articleQuote, articleQuotes } from '#/lib/article-quotes.ts';
import { illustrations } from '#/components/illustrations.ts';
import { readPageCard } from '#/integrations/og-images.ts';

describe('link-preview images', () => {
  it('names one PNG per page path under /og/', () => {
    expect(ogImagePath('/')).toBe('/og/home.png');
    expect(ogImagePath('/guides/review-your-resume/')).toBe('/og/guides/review-your-resume.png');
    expect(ogImagePath('/404')).toBe('/og/404.png');
    expect(ogImagePath('/404.html')).toBe('/og/404.png');
    expect(ogImagePath('/tools/quiz/index.html')).toBe('/og/tools/quiz.png');
  });

  it('labels guides, tools, the course and the article, and leaves other pages unlabelled', () => {
    expect(ogLabel('/guides/review-your-resume/')).toBe('Guide');
    expect(ogLabel('/guides/')).toBe('');
    expect(ogLabel('/tools/feedback-email/')).toBe('Free tool');
    expect(ogLabel('/course/')).toBe('Free email course');
    expect(ogLabel('/course/use-the-feedback/')).toBe('Email course lesson');
    expect(ogLabel('/article/')).toBe('The original article');
    expect(ogLabel('/')).toBe('');
  });

  it('reads the title, the image and the step from a built page, and skips pages with the default image', () => {
    const page = (image: string) =>
      `<meta property="og:title" content="Review your &quot;resume&quot;"><meta property="og:image" content="${image}">` +
      '<p class="progress"><span>Step 2 of 7</span><span class="progress__dots"></span></p>';
    expect(
      readPageCard(page('https://example.org/og/guides/review-your-resume.png'), '/guides/review-your-resume/'),
    ).toEqual({
      image: '/og/guides/review-your-resume.png',
      title: 'Review your "resume"',
      label: 'Guide · Step 2 of 7',
      picture: 'resume',
    });
    expect(readPageCard(page('https://example.org/share.png'), '/course/signup/')).toBeUndefined();
  });
});

describe('the article quotes', () => {
  // The article as the site publishes it, reduced to its words.
  const article = readFileSync('src/pages/article.astro', 'utf8')
    .replace(/<[^>]+>|\{' '\}/g, ' ')
    .replace(/\s+/g, ' ');
  it.each(Object.entries(articleQuotes))('quotes "%s" word for word from /article/', (_id, text) => {
    expect(article).toContain(text);
  });

  it('names the ids that exist when a guide asks for one that does not', () => {
    expect(() => articleQuote('atitude')).toThrow(/no such quote\. Use one of: .*attitude/);
  });
});

describe('illustrations', () => {
  it.each(Object.entries(illustrations))(
    'keeps %s under 2 KB, drawn with the shared classes only',
    (_name, { body }) => {
      expect(Buffer.byteLength(body)).toBeLessThan(2048);
      expect(body).not.toMatch(/style=|fill="#|stroke="#/);
    },
  );
});
