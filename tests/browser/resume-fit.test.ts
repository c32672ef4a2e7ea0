// The resume fit check in a real Chromium against the built site: pasting, opening files, bad input, privacy,
// accessibility and the Content-Security-Policy.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { recordRequests, requestsCarry } from '../../scripts/lib/browser.ts';
import { expectUsable, openPage, useBrowser, type OpenedPage, type OpenOptions } from '../support/pages.ts';

const fixtures = new URL('../fixtures/resume-fit/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8');
const file = (name: string, mimeType: string) => ({
  name,
  mimeType,
  buffer: readFileSync(new URL(`files/${name}`, fixtures)),
});

const browser = useBrowser();

/** The tool, ready to use, in a context closed when the test ends. */
async function open(options: OpenOptions = {}): Promise<OpenedPage> {
  const opened = await openPage(browser(), { ...options, path: '/tools/resume-fit/' });
  await opened.page.locator('button[type=submit]:not([disabled])').waitFor();
  return opened;
}

async function check(page: Page) {
  await page.click('button[type=submit]');
  await page.locator('#rf-results-heading').waitFor();
}

describe('the resume fit check', () => {
  it('compares pasted texts: a headline of what was recognised, three to act on first, the rest folded, highlights', async () => {
    const { page, problems } = await open();
    await page.fill('#rf-job', read('software-backend/job.txt'));
    await page.fill('#rf-resume', read('software-backend/resume.txt'));
    await check(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rf-results-heading');
    const results = page.locator('.rf-results');
    await expect(results.locator('.rf-headline').textContent()).resolves.toMatch(
      /^Your resume shows \d+ of the \d+ requirements we recognised\. Your resume shows \d+ of the \d+ preferred items we recognised\.$/,
    );
    await expect(results.textContent()).resolves.toContain('not a hiring verdict');
    await expect(results.textContent()).resolves.toContain('not to stuff your resume with keywords');
    // Three to act on first, each with its own suggestion; everything else folded, advice given once per kind.
    const first = results.locator('h3:has-text("Act on these first") + p + ul > li');
    await expect(first.count()).resolves.toBe(3);
    await expect(first.first().textContent()).resolves.toMatch(/Required/);
    const folds = await results.locator('details > summary').allTextContents();
    expect(folds).toEqual(expect.arrayContaining(['How to show the rest, honestly', 'Both texts, highlighted']));
    expect(folds.some((f) => /^Shown \(\d+\)$/.test(f))).toBe(true);
    expect(await results.locator('details[open]').count()).toBe(0);
    await expect(results.locator('a[href="/guides/review-your-resume/"]').count()).resolves.toBe(1);
    const jobMarks = page.locator('[aria-label="Job description, highlighted"] mark');
    await expect(jobMarks.filter({ hasText: /^Terraform$/ }).getAttribute('class')).resolves.toBe('rf-mark-missing');
    await expect(jobMarks.filter({ hasText: /^Docker$/ }).getAttribute('class')).resolves.toBe('rf-mark-found');
    expect(await page.locator('[aria-label="Your resume, highlighted"] mark').count()).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  it('says it reads English only when the resume is in another language', async () => {
    const { page } = await open();
    await page.fill('#rf-job', read('hotel-front-desk/job.txt'));
    await page.fill('#rf-resume', read('hotel-front-desk/resume.txt'));
    await check(page);
    await expect(page.locator('.rf-warning').textContent()).resolves.toMatch(/reads English only/);
  });

  it('shows pasted markup as text, never as HTML', async () => {
    const { page } = await open();
    await page.fill('#rf-job', 'Requirements\n- Python <img src=x id=injected onerror="document.title=1"> required');
    await page.fill('#rf-resume', '<b id="bold">Python</b> developer');
    await check(page);
    expect(await page.locator('#injected, #bold').count()).toBe(0);
    await expect(page.locator('[aria-label="Your resume, highlighted"]').textContent()).resolves.toBe(
      '<b id="bold">Python</b> developer',
    );
  });

  it('reads a .docx and a text PDF into the boxes, and checks them', async () => {
    const { page, problems } = await open();
    await page.fill('#rf-job', read('nursing-rn/job.txt'));
    await page.setInputFiles(
      '#rf-resume-file',
      file('resume.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    );
    await page.locator('#rf-resume-file-status', { hasText: 'Read resume.docx' }).waitFor();
    await expect(page.locator('#rf-resume-file-status').textContent()).resolves.toMatch(
      /^Read resume\.docx \(\d+ words\)/,
    );
    const docxText = await page.inputValue('#rf-resume');
    expect(docxText).toContain('Registered Nurse, Ohio Board of Nursing');
    expect(docxText).toContain('• Administered oral and IV medications');
    await check(page);
    await expect(page.locator('.rf-item-found').filter({ hasText: 'ACLS' }).count()).resolves.toBe(1);

    await page.setInputFiles('#rf-resume-file', file('resume.pdf', 'application/pdf'));
    await page.locator('#rf-resume-file-status', { hasText: 'Read resume.pdf' }).waitFor({ timeout: 20_000 });
    await expect(page.locator('#rf-resume-file-status').textContent()).resolves.toMatch(/\(2 pages, \d+ words\)/);
    const pdfText = await page.inputValue('#rf-resume');
    expect(pdfText).toContain('Dana Okafor');
    expect(pdfText).toContain('JavaScript, TypeScript, Node.js, PostgreSQL');
    // pdf.js logs warnings about fonts as console errors; they are not the page's.
    expect(problems.filter((p) => !/Warning: /.test(p))).toEqual([]);
  });

  it('explains, and never invents text, for a scanned PDF, a protected PDF, a binary file, a renamed file and an old format', async () => {
    const { page } = await open();
    const cases: [Parameters<Page['setInputFiles']>[1], RegExp][] = [
      [file('scanned.pdf', 'application/pdf'), /no text layer: it looks like a scan/],
      [file('protected.pdf', 'application/pdf'), /password-protected/],
      [
        {
          name: 'resume.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)),
        },
        /does not contain plain text/,
      ],
      [
        {
          name: 'resume.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('\x89PNG\r\n\x1a\n not really a pdf', 'latin1'),
        },
        /not a PDF we can read/,
      ],
      [
        {
          name: 'resume.docx',
          mimeType: 'application/octet-stream',
          buffer: Buffer.from('just some words, not a zip'),
        },
        /not a Word document we can open/,
      ],
      [
        {
          name: 'resume.doc',
          mimeType: 'application/msword',
          buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        },
        /older Word file \(\.doc\) or a password-protected/,
      ],
      [
        { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('\x89PNG\r\n\x1a\n', 'latin1') },
        /We can read \.txt, \.docx and \.pdf files/,
      ],
    ];
    for (const [chosen, message] of cases) {
      await page.setInputFiles('#rf-job-file', chosen);
      const alert = page.locator('#rf-job-file-status[role="alert"]');
      await alert.waitFor({ timeout: 20_000 });
      await expect(alert.textContent()).resolves.toMatch(message);
      expect(await page.inputValue('#rf-job')).toBe('');
    }
  });

  it('asks for both texts when they are empty, marking the fields and moving focus to the first', async () => {
    const { page } = await open();
    await page.click('button[type=submit]');
    await expect(page.locator('#rf-job-error').textContent()).resolves.toBe(
      'Paste the job description first, or open it as a file.',
    );
    await expect(page.locator('#rf-resume-error').textContent()).resolves.toBe(
      'Paste your resume, or open it as a file.',
    );
    expect(await page.getAttribute('#rf-job', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#rf-job', 'aria-describedby')).toBe('rf-job-hint rf-job-error');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rf-job');
    await expect(page.locator('#rf-results-heading').count()).resolves.toBe(0);
  });

  it('refuses a 1 MB paste with a clear message, keeps the text, and checks again once it is shortened', async () => {
    const { page, problems } = await open();
    const huge = 'Experience with Python and SQL required. '.repeat(25_000);
    await page.locator('#rf-job').evaluate((el, text) => {
      (el as HTMLTextAreaElement).value = text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, huge);
    await page.fill('#rf-resume', 'Python developer');
    await page.click('button[type=submit]');
    await expect(page.locator('#rf-job-error').textContent()).resolves.toMatch(
      /far more text than a job description.*It is 1,025,000 characters long/,
    );
    await expect(page.locator('#rf-results-heading').count()).resolves.toBe(0);
    expect((await page.inputValue('#rf-job')).length).toBe(huge.length);
    // No clock: the refusal leaves the page usable, the field named and focused for the person to shorten.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rf-job');
    expect(await page.getAttribute('#rf-job', 'aria-invalid')).toBe('true');
    await page.fill('#rf-job', 'Requirements\n- Python required.');
    await check(page);
    await expect(page.locator('.rf-item-found').filter({ hasText: 'Python' }).count()).resolves.toBe(1);
    expect(problems).toEqual([]);
  });

  it('analyses in a Web Worker: the page itself never loads the analysis engine, and stays usable meanwhile', async () => {
    const { page, problems } = await open();
    const job = read('data-analyst/job.txt').repeat(40);
    const resume = read('data-analyst/resume.txt').repeat(40);
    await page.fill('#rf-job', job);
    await page.fill('#rf-resume', resume);
    await page.click('button[type=submit]');
    await page.locator('#rf-results-heading').waitFor();
    const [worker] = page.workers().filter((w) => /analysis\.worker/.test(w.url()));
    expect(worker).toBeDefined();
    // What the worker fetched (the engine and its tagger) is not among what the page's own thread fetched.
    const fetchedBy = (entries: string[]) => entries.filter((u) => u.includes('/_astro/') && u.endsWith('.js'));
    const inWorker = fetchedBy(
      await worker!.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)),
    );
    const inPage = fetchedBy(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)));
    expect(inWorker.length).toBeGreaterThan(0);
    expect(inWorker.filter((u) => inPage.includes(u))).toEqual([]);
    // The page's own thread is free for the person: typing works.
    await page.fill('#rf-resume', 'Python developer');
    expect(await page.inputValue('#rf-resume')).toBe('Python developer');
    expect(problems).toEqual([]);
  });

  it('sends nothing anywhere: no request carries the job description, the resume or a chosen file', async () => {
    const { context, page } = await openPage(browser());
    const requests = recordRequests(context);
    await page.goto(inject('baseURL') + '/tools/resume-fit/');
    await page.locator('button[type=submit]:not([disabled])').waitFor();
    await page.fill('#rf-job', 'Requirements\n- Kubernetes required. Qwertyjob-Private-7741');
    await page.fill('#rf-resume', 'Zyxwv Private-Resume 4417, Kubernetes engineer');
    await check(page);
    await page.setInputFiles('#rf-resume-file', file('resume.pdf', 'application/pdf'));
    await page.locator('#rf-resume-file-status', { hasText: 'Read resume.pdf' }).waitFor({ timeout: 20_000 });
    await page.setInputFiles(
      '#rf-job-file',
      file('resume.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    );
    await page.locator('#rf-job-file-status', { hasText: 'Read resume.docx' }).waitFor();
    await check(page);
    for (const secret of [
      'Qwertyjob-Private-7741',
      'Zyxwv Private-Resume 4417',
      'Dana Okafor',
      'Maria Lopez',
      'Ohio Board of Nursing',
    ]) {
      expect(requestsCarry(requests, secret), secret).toBe(false);
    }
    const origin = new URL(inject('baseURL')).origin;
    expect(requests.filter((r) => new URL(r.url).origin !== origin)).toEqual([]);
    expect(requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it.each(['light', 'dark'] as const)(
    'fits 320 px and passes axe in the %s scheme: empty, with errors, with a file refused, and with results',
    async (colorScheme) => {
      const { page } = await open({ colorScheme, narrow: true });
      await expectUsable(page, 'empty');
      await page.click('button[type=submit]');
      await page.locator('#rf-job-error').waitFor();
      await expectUsable(page, 'both texts missing');
      await page.setInputFiles('#rf-job-file', file('scanned.pdf', 'application/pdf'));
      await page.locator('#rf-job-file-status[role="alert"]').waitFor({ timeout: 20_000 });
      await expectUsable(page, 'a scanned PDF refused');
      await page.fill('#rf-job', read('nursing-rn/job.txt'));
      await page.fill('#rf-resume', read('nursing-rn/resume.txt'));
      await check(page);
      await expectUsable(page, 'results');
      // Every fold open: the items, the unchecked lines and the highlighted texts.
      await page.locator('.rf-results details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
      await expectUsable(page, 'results with every fold open');
    },
  );
});
