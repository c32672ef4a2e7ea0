import { describe, expect, it } from 'vitest';
import { docxXmlToText, fileKind, looksBinary, tidyText } from '#/lib/resume-fit/file-text.ts';
import { segments } from '#/lib/resume-fit/highlight.ts';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('fileKind', () => {
  it('judges a file by its first bytes, not its name', () => {
    expect(fileKind('resume.txt', 'text/plain', bytes(0x25, 0x50, 0x44, 0x46, 0x2d))).toBe('pdf');
    expect(fileKind('resume.pdf', 'application/pdf', bytes(0x89, 0x50, 0x4e, 0x47))).toBe('unsupported');
    expect(fileKind('resume.docx', '', bytes(0x50, 0x4b, 0x03, 0x04))).toBe('docx');
    expect(fileKind('resume.doc', '', bytes(0xd0, 0xcf, 0x11, 0xe0))).toBe('ole');
    expect(fileKind('notes.txt', '', bytes(0x48, 0x69))).toBe('text');
  });
});

describe('looksBinary', () => {
  it('tells text from binary bytes decoded as text', () => {
    expect(looksBinary('Registered Nurse\n\tBLS, ACLS')).toBe(false);
    expect(looksBinary(new TextDecoder().decode(Uint8Array.from({ length: 500 }, (_, i) => (i * 7919) % 256)))).toBe(
      true,
    );
  });
});

describe('docxXmlToText', () => {
  it('keeps paragraphs, tabs, breaks and list bullets, decodes entities, and skips deleted text', () => {
    const xml =
      '<w:document><w:body>' +
      '<w:p><w:r><w:t>Maria Lopez</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">BLS &amp; ACLS</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>2019</w:t><w:tab/><w:t>Present</w:t><w:br/><w:t>Dayton</w:t></w:r><w:del><w:r><w:t>gone</w:t></w:r></w:del></w:p>' +
      '</w:body></w:document>';
    expect(docxXmlToText(xml)).toBe('Maria Lopez\n• BLS & ACLS\n2019\tPresent\nDayton');
  });

  it('tidies PDF text: ligatures, soft hyphens and trailing spaces', () => {
    expect(tidyText('Certiﬁed  \nmanage\u00adment\n\n\n\nend')).toBe('Certified\nmanagement\n\nend');
  });
});

describe('segments', () => {
  it('splits text into plain and marked parts, the stronger mark winning where marks overlap', () => {
    expect(
      segments('Python and SQL', [
        { start: 0, end: 6, mark: 'missing' },
        { start: 0, end: 3, mark: 'found' },
        { start: 11, end: 14, mark: 'found' },
      ]),
    ).toEqual([
      { text: 'Pyt', mark: 'found' },
      { text: 'hon', mark: 'missing' },
      { text: ' and ' },
      { text: 'SQL', mark: 'found' },
    ]);
  });
});
