// The plain-text part of a lesson email, made from the same HTML as the HTML part by html-to-text (which reads every
// entity, &mdash; included): paragraphs apart, headings underlined, links written out after their text, lists as
// "- " and "1. " lines, quotes with "> ". No line wrapping: mail apps wrap plain text to their own width.
import { convert, type FormatCallback, type HtmlToTextOptions } from 'html-to-text';

/** A heading as plain-text mail writes one: the text, then a line of dashes as long as it. */
const underlinedHeading: FormatCallback = (elem, walk, builder) => {
  builder.openBlock({ leadingLineBreaks: 2 });
  walk(elem.children, builder);
  builder.closeBlock({ trailingLineBreaks: 2, blockTransform: (text) => `${text}\n${'-'.repeat(text.length)}` });
};

const options: HtmlToTextOptions = {
  wordwrap: false,
  formatters: { underlinedHeading },
  selectors: [
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, format: 'underlinedHeading' })),
    { selector: 'a', options: { linkBrackets: ['(', ')'], hideLinkHrefIfSameAsText: true, noAnchorUrl: true } },
    { selector: 'ul', options: { itemPrefix: '- ' } },
    // A "loose" Markdown list wraps each item in <p>: keep the items on consecutive lines all the same.
    { selector: 'li > p', format: 'inline' },
  ],
};

export function htmlToText(html: string): string {
  return convert(html, options) + '\n';
}

/** Makes a fragment's site-relative links (href="/guides/…") absolute, for use outside the site. */
export function absoluteLinks(html: string, siteUrl: string): string {
  return html.replace(/\bhref="\/(?!\/)/g, `href="${siteUrl}/`);
}
