// Reads the text of a chosen file in the browser. Loaded only when a person chooses a file: fflate (8 kB) unzips a
// .docx, pdf.js reads a PDF with its worker served from this site (no CDN, allowed by the CSP's 'self').
import {
  docxXmlToText,
  fileKind,
  looksBinary,
  MAX_FILE_BYTES,
  tidyText,
  type FileProblem,
} from '#/lib/resume-fit/file-text.ts';

export class FileTextError extends Error {
  problem: FileProblem;
  constructor(problem: FileProblem) {
    super(problem);
    this.problem = problem;
  }
}

export interface FileText {
  text: string;
  pages?: number;
}

export async function readFileText(file: File): Promise<FileText> {
  if (file.size > MAX_FILE_BYTES) throw new FileTextError('too-big');
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!bytes.length) throw new FileTextError('empty');
  const kind = fileKind(file.name, file.type, bytes.subarray(0, 8));
  let result: FileText;
  switch (kind) {
    case 'pdf':
      result = await readPdf(bytes);
      break;
    case 'docx':
      result = { text: await readDocx(bytes) };
      break;
    case 'ole':
      throw new FileTextError('old-doc');
    case 'text': {
      const text = new TextDecoder('utf-8').decode(bytes);
      if (looksBinary(text)) throw new FileTextError('binary');
      result = { text };
      break;
    }
    default:
      throw new FileTextError(
        /\.(pdf)$/i.test(file.name) ? 'not-pdf' : /\.docx$/i.test(file.name) ? 'not-docx' : 'unsupported',
      );
  }
  const text = tidyText(result.text);
  if (!text) throw new FileTextError(kind === 'pdf' ? 'pdf-no-text' : 'empty');
  return { ...result, text };
}

async function readDocx(bytes: Uint8Array): Promise<string> {
  const { unzipSync } = await import('fflate');
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
  } catch {
    throw new FileTextError('not-docx');
  }
  const xml = files['word/document.xml'];
  if (!xml) throw new FileTextError('not-docx');
  return docxXmlToText(new TextDecoder('utf-8').decode(xml));
}

async function readPdf(bytes: Uint8Array): Promise<FileText> {
  // The legacy build runs on older phone browsers too; it is only downloaded when a PDF is chosen.
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  // Text only: no fonts are loaded or drawn (system fonts stand in for the standard 14).
  const task = pdfjs.getDocument({ data: bytes, disableFontFace: true, useSystemFonts: true });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = (error as { name?: string }).name;
    throw new FileTextError(
      name === 'PasswordException' ? 'pdf-password' : name === 'InvalidPDFException' ? 'not-pdf' : 'unreadable',
    );
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(text);
    }
    const text = pages.join('\n\n');
    // A scan has no words; a handful of characters per page is a page number or a stray label, not a text layer.
    if (text.replace(/\s+/g, '').length < 20 * document.numPages) throw new FileTextError('pdf-no-text');
    return { text, pages: document.numPages };
  } finally {
    await task.destroy();
  }
}
