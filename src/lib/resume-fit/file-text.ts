// Pure parts of reading a chosen file: what kind it really is (by its first bytes, not its name), the text of a Word
// document's XML, and whether decoded "text" is really binary. The browser-only readers live next to the island.

export type FileKind = 'text' | 'docx' | 'pdf' | 'ole' | 'unsupported';

export type FileProblem =
  | 'too-big'
  | 'binary'
  | 'empty'
  | 'not-docx'
  | 'old-doc'
  | 'pdf-password'
  | 'pdf-no-text'
  | 'not-pdf'
  | 'unsupported'
  | 'unreadable';

/** Files above this are not resumes or job descriptions (and would be slow to open on a phone). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** The kind of file, judged by its content first and its name second. */
export function fileKind(name: string, type: string, head: Uint8Array): FileKind {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'docx'; // a zip: .docx
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) return 'ole'; // old .doc, or an encrypted .docx
  const extension = name.toLowerCase().split('.').pop() ?? '';
  if (extension === 'txt' || extension === 'text' || extension === 'md' || type.startsWith('text/')) return 'text';
  return 'unsupported';
}

/** True when decoded text is mostly control characters or replacement marks: a binary file named .txt. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4000);
  if (!sample) return false;
  let odd = 0;
  for (const ch of sample) {
    const code = ch.codePointAt(0)!;
    if (code === 0xfffd || code === 0 || (code < 32 && ch !== '\n' && ch !== '\r' && ch !== '\t')) odd++;
  }
  return odd / sample.length > 0.05;
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()]!;
  });
}

/** The text of word/document.xml: one line per paragraph, tabs and breaks kept, list items as bullets. */
export function docxXmlToText(xml: string): string {
  const body = xml.replace(/<w:(?:del|instrText)\b[\s\S]*?<\/w:(?:del|instrText)>/g, '');
  const paragraphs = body.match(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
  return paragraphs
    .map((p) => {
      const text = (p.match(/<w:t(?:\s[^>]*)?>[\s\S]*?<\/w:t>|<w:tab\/>|<w:br\/>|<w:cr\/>/g) ?? [])
        .map((piece) =>
          piece === '<w:tab/>'
            ? '\t'
            : piece === '<w:br/>' || piece === '<w:cr/>'
              ? '\n'
              : decodeEntities(piece.replace(/<[^>]+>/g, '')),
        )
        .join('');
      return /<w:numPr>/.test(p) && text.trim() ? `• ${text}` : text;
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Tidies extracted text: compatibility forms (ﬁ → fi), no soft hyphens or stray spaces at line ends. */
export function tidyText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\u00ad/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
