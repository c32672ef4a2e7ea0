// Writes the small files the resume fit browser tests open: a text PDF, a PDF with no text layer (like a scan), a
// password-protected PDF, and a .docx, all from the evaluation set's resumes. Run after changing them:
// `node_modules/.bin/node scripts/make-resume-fit-files.mjs`. The PDFs are written by hand (PDF 1.4, Helvetica).
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';

const fixtures = new URL('../tests/fixtures/resume-fit/', import.meta.url);
const out = new URL('files/', fixtures);

function pdf(pageStreams, { encrypt = false } = {}) {
  const objects = [];
  const fontId = 3 + pageStreams.length * 2;
  const pageIds = pageStreams.map((_, i) => 3 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  pageStreams.forEach((stream, i) => {
    const id = pageIds[i];
    objects[id] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${id + 1} 0 R /Resources << /Font << /F1 ${fontId} 0 R >> >> >>`;
    objects[id + 1] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  });
  objects[fontId] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  let encryptId;
  if (encrypt) {
    // The standard security handler with a user password we do not give: readers must ask for it.
    encryptId = fontId + 1;
    const o = createHash('md5').update('owner secret').digest('hex').repeat(2);
    const u = createHash('md5').update('user secret').digest('hex').repeat(2);
    objects[encryptId] = `<< /Filter /Standard /V 1 /R 2 /O <${o}> /U <${u}> /P -44 >>`;
  }
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(body, 'latin1');
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  const fileId = createHash('md5').update(body).digest('hex');
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R /ID [<${fileId}> <${fileId}>]${encryptId ? ` /Encrypt ${encryptId} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

function textStream(lines) {
  const escape = (s) =>
    s
      .replace(/[\\()]/g, (c) => `\\${c}`)
      .replace(/[–—]/g, '-')
      .replace(/[·•]/g, '-')
      .replace(/[^\x20-\x7e]/g, '');
  return `BT /F1 10 Tf 14 TL 56 760 Td\n${lines.map((l) => `(${escape(l)}) Tj T*`).join('\n')}\nET`;
}

const backend = readFileSync(new URL('software-backend/resume.txt', fixtures), 'utf8').split('\n');
writeFileSync(new URL('resume.pdf', out), pdf([textStream(backend.slice(0, 18)), textStream(backend.slice(18))]));
writeFileSync(
  new URL('scanned.pdf', out),
  pdf(['0.85 g 56 600 500 150 re f 0.2 g 80 700 300 8 re f 80 680 260 8 re f']),
);
writeFileSync(new URL('protected.pdf', out), pdf([textStream(backend)], { encrypt: true }));

const nurse = readFileSync(new URL('nursing-rn/resume.txt', fixtures), 'utf8').split('\n');
const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = nurse.map((line) => {
  const bullet = line.startsWith('- ');
  const text = bullet ? line.slice(2) : line;
  const numbering = bullet ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' : '';
  return `<w:p>${numbering}<w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`;
});
const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}</w:body></w:document>`;
const docx = zipSync({
  '[Content_Types].xml': strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  ),
  '_rels/.rels': strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  ),
  'word/document.xml': strToU8(documentXml),
});
writeFileSync(new URL('resume.docx', out), docx);
console.log('Wrote resume.pdf, scanned.pdf, protected.pdf and resume.docx');
