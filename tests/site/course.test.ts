// The email course in the built files: lesson pages, the lessons file the email worker reads, and the signup block
// the guides end with.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonEmail, type RenderedLesson } from '#/server/course/emails.ts';
import { brotliSize } from '../../scripts/lib/brotli.ts';
import { builtPages } from '../support/site.ts';

const lessonFiles = readdirSync('src/content/lessons').filter((f) => /^[^_].*\.mdx$/.test(f));
const built = JSON.parse(readFileSync('dist/client/course/lessons.json', 'utf8')) as { lessons: RenderedLesson[] };
const pages = builtPages();

describe('the built email course', () => {
  it('writes every lesson into lessons.json, in course order, rendered to HTML', () => {
    expect(lessonFiles.length).toBeGreaterThanOrEqual(5);
    expect(built.lessons.map((l) => `${l.id}.mdx`).sort()).toEqual([...lessonFiles].sort());
    expect(built.lessons.map((l) => l.order)).toEqual(built.lessons.map((_, i) => i + 1));
    expect(built.lessons[0]!.daysAfterConfirmation).toBe(0);
    expect(built.lessons.at(-1)!.daysAfterConfirmation).toBeGreaterThanOrEqual(10);
    for (const lesson of built.lessons) {
      const source = readFileSync(`src/content/lessons/${lesson.id}.mdx`, 'utf8');
      for (const [, heading] of source.matchAll(/^## (.+)$/gm))
        expect(lesson.html, lesson.id).toContain(`>${heading!.replace(/'/g, '’')}</h2>`);
      expect(lesson.html, lesson.id).not.toMatch(/<script|<astro-island|style="/);
    }
  });

  it("keeps the article's clock: the feedback email on day 3 at the latest, and no reply expected for a week after it", () => {
    const day = (id: string) => built.lessons.find((l) => l.id === id)!.daysAfterConfirmation;
    const email = day('ask-for-feedback-by-email');
    // "Take a couple of days" first, then email the interviewer: not a week late.
    expect(email).toBeGreaterThanOrEqual(2);
    expect(email).toBeLessThanOrEqual(3);
    // The three reviews come before the email, except appearance, which the email does not depend on.
    expect(day('tailor-your-resume-to-the-job')).toBeLessThan(email);
    expect(day('attitude-and-body-language')).toBeLessThan(email);
    // The lesson about using the interviewer's answer waits about a week after the email; lessons in between speak
    // of waiting, never of a reply that has come.
    expect(day('use-the-feedback') - email).toBeGreaterThanOrEqual(7);
    for (const lesson of built.lessons.filter((l) => l.daysAfterConfirmation > email && l.id !== 'use-the-feedback')) {
      if (lesson.daysAfterConfirmation - email >= 7) continue;
      expect(lesson.html, lesson.id).not.toMatch(
        /\b(their|the) (reply|answer|feedback) (says|said)|when (they|the interviewer) replied/i,
      );
    }
  });

  it('speaks to people considering a career change on the course page and in a lesson, as the article does', () => {
    const coursePage = readFileSync('dist/client/course/index.html', 'utf8');
    expect(coursePage).toMatch(/career change/);
    expect(built.lessons.filter((l) => /career change/.test(l.html)).map((l) => l.id)).toEqual([
      'prepare-for-your-next-interview',
    ]);
  });

  it('turns each built lesson into an email whose text and HTML parts both carry the lesson', () => {
    for (const lesson of built.lessons) {
      const email = lessonEmail({
        siteUrl: 'https://jobs.example.org',
        lesson,
        total: built.lessons.length,
        firstName: 'Sam',
        unsubscribeUrl: 'https://jobs.example.org/course/unsubscribe/?token=t',
      });
      const firstParagraph = /<p>(.*?)<\/p>/.exec(lesson.html)![1]!.replace(/<[^>]+>/g, '');
      expect(email.text, lesson.id).toContain(firstParagraph);
      expect(email.html, lesson.id).toContain(
        lesson.html.slice(0, 200).replace(/href="\//g, 'href="https://jobs.example.org/'),
      );
      expect(email.text, lesson.id).not.toMatch(/<[a-z]/);
      expect(email.text, lesson.id).not.toMatch(/\(\/[a-z]/);
    }
  });

  it('builds a page for every lesson and lists them all on /course/', () => {
    const index = pages.find((p) => p.url === '/course/')!;
    for (const lesson of built.lessons) {
      const page = pages.find((p) => p.url === `/course/${lesson.id}/`);
      expect(page?.root.querySelector('h1')?.text, lesson.id).toBe(lesson.subject);
      expect(index.root.querySelector(`a[href="/course/${lesson.id}/"]`), lesson.id).not.toBeNull();
    }
  });

  it('ends every guide with a signup form that posts to /course/signup/, and keeps guides within 14 KB of brotli HTML with no script file', () => {
    const guides = pages.filter((p) => /^\/guides\/[^/]+\/$/.test(p.url));
    expect(guides.length).toBeGreaterThan(0);
    for (const guide of guides) {
      const form = guide.root.querySelector('form[data-course-signup]');
      expect(form?.getAttribute('action'), guide.url).toBe('/course/signup/');
      expect(form?.querySelector('input[name="email"][type="email"][required]'), guide.url).not.toBeNull();
      expect(form?.querySelectorAll('script'), guide.url).toHaveLength(0);
      expect(guide.root.querySelectorAll('script[src]'), guide.url).toHaveLength(0);
      expect(brotliSize(guide.html), guide.url).toBeLessThan(14 * 1024);
    }
  });
});
