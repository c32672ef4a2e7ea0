// Turns the small HTML a lesson renders to (headings, paragraphs, lists, quotes, links, emphasis) into the plain-text
// part of its email. Not a general HTML converter: lessons are Markdown, so that is all it meets.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function htmlToText(html: string): string {
  /** Each block with, for list items, the number of the top-level list it belongs to (items of one list sit together). */
  const blocks: { text: string; list?: number }[] = [];
  const lists: { ordered: boolean; count: number }[] = [];
  let topLevelLists = 0;
  let line = '';
  let quoteDepth = 0;
  let heading = false;
  let link: { href: string; start: number } | undefined;

  const flush = () => {
    const text = line.replace(/[ \t]+/g, ' ').trim();
    line = '';
    if (!text) return;
    const prefix = '> '.repeat(quoteDepth);
    blocks.push({
      text: prefix + (heading ? `${text}\n${prefix}${'-'.repeat(text.length)}` : text),
      list: lists.length > 0 ? topLevelLists : undefined,
    });
  };

  for (const [, closing, tagName, attributes, text] of html.matchAll(/<(\/?)([a-z][a-z0-9]*)([^>]*)>|([^<]+)/gi)) {
    if (text !== undefined) {
      line += decodeEntities(text.replace(/\s+/g, ' '));
      continue;
    }
    const tag = tagName!.toLowerCase();
    const isClosing = closing === '/';
    switch (tag) {
      case 'p':
      case 'div':
      case 'li':
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'blockquote':
      case 'ul':
      case 'ol':
        // A paragraph inside a list item ("loose" list) continues the item's line.
        if (!(tag === 'p' && !isClosing && /^\s*(-|\d+\.) $/.test(line))) flush();
        heading = !isClosing && /^h\d$/.test(tag);
        if (tag === 'blockquote') quoteDepth += isClosing ? -1 : 1;
        if ((tag === 'ul' || tag === 'ol') && !isClosing) {
          if (lists.length === 0) topLevelLists++;
          lists.push({ ordered: tag === 'ol', count: 0 });
        }
        if ((tag === 'ul' || tag === 'ol') && isClosing) lists.pop();
        if (tag === 'li' && !isClosing) {
          const list = lists.at(-1);
          if (list) line = `${'  '.repeat(lists.length - 1)}${list.ordered ? `${++list.count}.` : '-'} `;
        }
        break;
      case 'br':
        line += '\n';
        break;
      case 'a':
        if (!isClosing) {
          link = { href: decodeEntities(/\bhref="([^"]*)"/i.exec(attributes ?? '')?.[1] ?? ''), start: line.length };
        } else if (link) {
          const label = line.slice(link.start).trim();
          if (link.href && label !== link.href && !link.href.startsWith('#')) line += ` (${link.href})`;
          link = undefined;
        }
        break;
      default:
        break; // strong, em, code and the like: keep their text
    }
  }
  flush();
  // Items of one list sit on consecutive lines; everything else is separated by a blank line.
  return (
    blocks
      .map((block, i) => {
        if (i === 0) return block.text;
        const tight = block.list !== undefined && block.list === blocks[i - 1]!.list;
        return (tight ? '\n' : '\n\n') + block.text;
      })
      .join('') + '\n'
  );
}

/** Makes a fragment's site-relative links (href="/guides/…") absolute, for use outside the site. */
export function absoluteLinks(html: string, siteUrl: string): string {
  return html.replace(/\bhref="\/(?!\/)/g, `href="${siteUrl}/`);
}
