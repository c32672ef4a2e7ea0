// The words and layout of the course's emails: the confirmation request and each lesson, as HTML and plain text.
// Pure functions of their inputs; links come from the configured site URL, never from a request.
import { absoluteLinks, htmlToText } from './html-to-text.ts';

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** A lesson as the build renders it into dist/client/course/lessons.json. */
export interface RenderedLesson {
  id: string;
  order: number;
  subject: string;
  daysAfterConfirmation: number;
  summary: string;
  /** The lesson's body as HTML, with site-relative links. */
  html: string;
}

export const COURSE_NAME = 'Job Seeker email course';

/** The headers that let mail apps offer their own unsubscribe button (RFC 2369) that works in one click (RFC 8058). */
export function unsubscribeHeaders(unsubscribeUrl: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

/**
 * Asks the owner of the address to confirm. It repeats nothing the visitor typed (not even a first name), so the
 * signup form cannot be used to send someone else a message.
 */
export function confirmationEmail(input: {
  siteUrl: string;
  confirmUrl: string;
  unsubscribeUrl: string;
}): EmailContent {
  const { siteUrl, confirmUrl, unsubscribeUrl } = input;
  const subject = `Please confirm: ${COURSE_NAME}`;
  const host = new URL(siteUrl).host;
  const text =
    [
      'Hello,',
      `Someone (we hope you) asked to get the free ${COURSE_NAME} from ${host} at this address.`,
      `To start the course, open this link and press the button on the page. The link works for 7 days.\n${confirmUrl}`,
      'If you did not ask for this, ignore this email. You will not hear from us again.',
      footerText(siteUrl, unsubscribeUrl, false),
    ].join('\n\n') + '\n';
  const html = layout(
    subject,
    [
      '<p>Hello,</p>',
      `<p>Someone (we hope you) asked to get the free ${COURSE_NAME} from ${escapeHtml(host)} at this address.</p>`,
      `<p>To start the course, open this link and press the button on the page. The link works for 7 days.</p>`,
      `<p><a href="${escapeHtml(confirmUrl)}" style="display:inline-block;padding:10px 18px;background:#0b5cad;color:#ffffff;border-radius:6px;font-weight:bold;text-decoration:none">Confirm my signup</a></p>`,
      `<p style="font-size:14px;color:#4a5059">Or copy this address into your browser: ${escapeHtml(confirmUrl)}</p>`,
      '<p>If you did not ask for this, ignore this email. You will not hear from us again.</p>',
    ].join('\n'),
    footerHtml(siteUrl, unsubscribeUrl, false),
  );
  return { subject, text, html, headers: unsubscribeHeaders(unsubscribeUrl) };
}

/** One lesson, greeting the subscriber by the first name they gave (if any) and ending with how to leave. */
export function lessonEmail(input: {
  siteUrl: string;
  lesson: RenderedLesson;
  total: number;
  firstName: string | null;
  unsubscribeUrl: string;
}): EmailContent {
  const { siteUrl, lesson, total, firstName, unsubscribeUrl } = input;
  const subject = lessonSubject(lesson, total);
  const pageUrl = `${siteUrl}/course/${lesson.id}/`;
  const body = absoluteLinks(lesson.html, siteUrl);
  const greeting = firstName ? `Hi ${firstName},` : 'Hi,';
  const text =
    [
      `${COURSE_NAME}, lesson ${lesson.order} of ${total}`,
      `${lesson.subject}\n${'='.repeat(lesson.subject.length)}`,
      greeting,
      htmlToText(body).trimEnd(),
      `Read this lesson on the website: ${pageUrl}`,
      footerText(siteUrl, unsubscribeUrl, true),
    ].join('\n\n') + '\n';
  const html = layout(
    subject,
    [
      `<p style="font-size:14px;color:#4a5059;margin:0">${COURSE_NAME}, lesson ${lesson.order} of ${total}</p>`,
      `<h1 style="font-size:24px;line-height:1.25;margin:8px 0 16px">${escapeHtml(lesson.subject)}</h1>`,
      `<p>${escapeHtml(greeting)}</p>`,
      body,
      `<p><a href="${escapeHtml(pageUrl)}">Read this lesson on the website</a></p>`,
    ].join('\n'),
    footerHtml(siteUrl, unsubscribeUrl, true),
  );
  return { subject, text, html, headers: unsubscribeHeaders(unsubscribeUrl) };
}

export function lessonSubject(lesson: Pick<RenderedLesson, 'order' | 'subject'>, total: number): string {
  return `Lesson ${lesson.order} of ${total}: ${lesson.subject}`;
}

function footerText(siteUrl: string, unsubscribeUrl: string, subscribed: boolean): string {
  const why = subscribed
    ? `You get this email because you signed up for the free ${COURSE_NAME} at ${siteUrl}/course/ and confirmed your address.`
    : `You get this email because your address was entered at ${siteUrl}/course/.`;
  return `--\n${why}\nUnsubscribe (one click, no questions): ${unsubscribeUrl}`;
}

function footerHtml(siteUrl: string, unsubscribeUrl: string, subscribed: boolean): string {
  const course = `<a href="${escapeHtml(siteUrl)}/course/" style="color:#4a5059">${COURSE_NAME}</a>`;
  const why = subscribed
    ? `You get this email because you signed up for the free ${course} and confirmed your address.`
    : `You get this email because your address was entered on the ${course} page.`;
  return `<p>${why} <a href="${escapeHtml(unsubscribeUrl)}" style="color:#4a5059">Unsubscribe</a> (one click, no questions).</p>`;
}

function layout(title: string, content: string, footer: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body style="margin:0;padding:0;background:#fdfcfa">
<div style="max-width:600px;margin:0 auto;padding:24px 16px;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:17px;line-height:1.6;color:#1f2328">
${content}
<hr style="border:0;border-top:1px solid #c9c3b8;margin:32px 0 16px">
<div style="font-size:14px;color:#4a5059">${footer}</div>
</div>
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
