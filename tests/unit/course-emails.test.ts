import { describe, expect, it } from 'vitest';
import { confirmationEmail, lessonEmail } from '#/server/course/emails.ts';
import { absoluteLinks, htmlToText } from '#/server/course/html-to-text.ts';

const SITE = 'https://jobs.example.org';

describe('turning a lesson into plain text', () => {
  it('keeps paragraphs, underlines headings and writes links out in full', () => {
    const html =
      '<p>Wait <strong>two days</strong>.</p>\n<h2 id="why">Why it helps</h2>\n<p>Read <a href="https://jobs.example.org/guides/x/">the guide</a> and <em>breathe</em>.</p>';
    expect(htmlToText(html)).toBe(
      'Wait two days.\n\nWhy it helps\n------------\n\nRead the guide (https://jobs.example.org/guides/x/) and breathe.\n',
    );
  });

  it('numbers ordered lists, bullets others, keeps items on their own lines, and handles loose items', () => {
    expect(
      htmlToText(
        '<ol>\n<li>Thank them</li>\n<li>Ask for tips</li>\n</ol>\n<ul><li><p>One</p></li><li><p>Two</p></li></ul><p>After.</p>',
      ),
    ).toBe(' 1. Thank them\n 2. Ask for tips\n\n- One\n- Two\n\nAfter.\n');
  });

  it('prefixes quoted paragraphs and decodes every entity, named or numeric, without ever throwing', () => {
    expect(htmlToText('<blockquote>\n<p>Thank you &amp; see you &#x2014; soon&#33;</p>\n</blockquote>')).toBe(
      '> Thank you & see you — soon!\n',
    );
    expect(htmlToText('<p>Wait &mdash; then ask&hellip; &lt;kindly&gt; &rsquo;twice&rsquo;</p>')).toBe(
      'Wait — then ask… <kindly> ’twice’\n',
    );
    expect(htmlToText('<p>a&#1114112;b</p>')).toBe('a\ufffdb\n');
  });

  it('makes site-relative links absolute and leaves others alone', () => {
    expect(
      absoluteLinks(
        '<a href="/guides/">g</a> <a href="https://other.example/">o</a> <a href="//cdn.example/x">c</a>',
        SITE,
      ),
    ).toBe(
      '<a href="https://jobs.example.org/guides/">g</a> <a href="https://other.example/">o</a> <a href="//cdn.example/x">c</a>',
    );
  });
});

describe('the course emails', () => {
  const lesson = {
    id: 'first',
    order: 1,
    subject: 'Breathe first',
    daysAfterConfirmation: 0,
    summary: 's',
    html: '<p>Take <a href="/guides/">two days</a>.</p>',
  };

  it('puts the lesson, a greeting, the page link and the unsubscribe link into both the text and the HTML part', () => {
    const email = lessonEmail({
      siteUrl: SITE,
      lesson,
      total: 7,
      firstName: 'Zoë',
      unsubscribeUrl: `${SITE}/course/unsubscribe/?token=abc`,
    });
    expect(email.subject).toBe('Lesson 1 of 7: Breathe first');
    expect(email.text).toContain('Hi Zoë,\n\nTake two days (https://jobs.example.org/guides/).');
    expect(email.html).toContain('<p>Take <a href="https://jobs.example.org/guides/">two days</a>.</p>');
    for (const part of [email.text, email.html]) {
      expect(part).toContain(`${SITE}/course/first/`);
      expect(part).toContain(`${SITE}/course/unsubscribe/?token=abc`);
    }
    expect(email.headers).toEqual({
      'List-Unsubscribe': `<${SITE}/course/unsubscribe/?token=abc>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('greets without a name when none was given and escapes names in HTML', () => {
    expect(lessonEmail({ siteUrl: SITE, lesson, total: 7, firstName: null, unsubscribeUrl: 'u' }).text).toContain(
      '\n\nHi,\n\n',
    );
    expect(lessonEmail({ siteUrl: SITE, lesson, total: 7, firstName: "O'Brien", unsubscribeUrl: 'u' }).html).toContain(
      'Hi O&#39;Brien,',
    );
  });

  it('asks for confirmation with the link in both parts and says what happens if it was not you', () => {
    const email = confirmationEmail({
      siteUrl: SITE,
      confirmUrl: `${SITE}/course/confirm/?token=t`,
      unsubscribeUrl: `${SITE}/course/unsubscribe/?token=u`,
    });
    for (const part of [email.text, email.html]) {
      expect(part).toContain(`${SITE}/course/confirm/?token=t`);
      expect(part).toContain('7 days');
      expect(part).toContain('If you did not ask for this, ignore this email.');
    }
    expect(email.headers['List-Unsubscribe']).toBe(`<${SITE}/course/unsubscribe/?token=u>`);
  });
});
