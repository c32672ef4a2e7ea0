// Every message the resume fit check shows a person, in one place for editors: what happened and what to do next.

import type { FileProblem } from './file-text.ts';
import type { Kind, Level, Status, Warning } from './types.ts';

export const FILE_PROBLEMS: Record<FileProblem, string> = {
  'too-big':
    'That file is over 10 MB, too big for a resume or job description. Choose a smaller file, or copy the text and paste it.',
  binary:
    'That file does not contain plain text we can read. Choose a .txt, .docx or .pdf file, or copy the text and paste it.',
  empty: 'That file has no text in it. Check it is the right file, or copy the text and paste it.',
  'not-docx':
    'That file is not a Word document we can open (it may be damaged or renamed). Save it again as .docx or PDF, or paste the text.',
  'old-doc':
    'That looks like an older Word file (.doc) or a password-protected document. Save it as .docx or PDF without a password, or paste the text.',
  'pdf-password':
    'That PDF is password-protected, so it cannot be read here. Open it, copy the text and paste it, or save a copy without a password.',
  'pdf-no-text':
    'That PDF has no text layer: it looks like a scan or a picture of a page, so there are no words to read. Paste the text instead, or export the PDF again from the program you wrote it in.',
  'not-pdf':
    'That file is not a PDF we can read (it may be damaged or renamed). Choose another file, or paste the text.',
  unsupported: 'We can read .txt, .docx and .pdf files. For other formats, copy the text and paste it.',
  unreadable: 'Something went wrong reading that file. Try again, choose another file, or paste the text.',
};

export const WARNINGS: Record<Warning, string> = {
  'job-empty': 'Paste the job description first, or open it as a file.',
  'resume-empty': 'Paste your resume, or open it as a file.',
  'job-too-long':
    'The job description box holds far more text than a job description (most are under 15,000 characters). Did you paste a whole web page? Paste only the description.',
  'resume-too-long':
    'The resume box holds far more text than a resume (most are under 15,000 characters). Paste only your resume.',
  'nothing-asked':
    'We could not find any skills, credentials or experience asked for in the job description. Check you pasted the whole description, including its requirements.',
  'maybe-swapped': 'The job description box looks like a resume. Did you paste them the wrong way round?',
  'job-not-english':
    'The job description does not look like English. This check reads English only, so its list below may be incomplete or wrong.',
  'resume-not-english':
    'Your resume does not look like English. This check reads English only: it can find names and dates, but most of what you wrote in another language will show as not found. Judge those items yourself.',
};

export const KIND_LABELS: Record<Kind | 'term', string> = {
  skill: 'Skill or tool',
  term: 'Skill or tool',
  certification: 'Certification or licence',
  degree: 'Education',
  experience: 'Experience',
  language: 'Language',
  phrase: 'Key phrase',
};

export const LEVEL_LABELS: Record<Level, string> = { required: 'Required', preferred: 'Preferred' };

export const STATUS_LABELS: Record<Status, string> = {
  found: 'Shown',
  related: 'Related words found',
  missing: 'Not found',
};

/** "Your resume shows 9 of the 12 requirements we recognised." */
export function headline(found: number, total: number, level: Level): string {
  const noun = level === 'required' ? 'requirement' : 'preferred item';
  if (!total) return level === 'required' ? 'We recognised no requirements in the description.' : '';
  return `Your resume shows ${found} of the ${total} ${noun}${total === 1 ? '' : 's'} we recognised.`;
}

/** Advice for what is not found, once per kind of item rather than on every card. */
export const KIND_ADVICE: Partial<Record<Kind | 'term', string>> = {
  certification:
    'Credentials: list each you hold with who issued it and when (and the number or state for a licence); "in progress" with the expected date if you are working toward it. Never claim one you don\'t hold.',
  degree:
    'Education: give the school and year. If the description accepts equivalent experience, make that experience easy to see.',
  experience:
    'Years: make each role\'s start and end (month and year) easy to find; a summary line such as "6 years of …" helps, with numbers your dates support.',
  language: 'Languages: add a Languages line with your honest level ("conversational", "fluent").',
  skill:
    'Skills and tools: name each where you used it, in the bullet for that job (what you did and what came of it), and in your Skills section.',
  term: 'Skills and tools: name each where you used it, in the bullet for that job (what you did and what came of it), and in your Skills section.',
  phrase:
    "Duties and key phrases: if you have done it, say so in a bullet under the job where you did it, with how and the result. Use the description's words only where they are true for you.",
};

export const FRAMING =
  'This is a word check, not a hiring verdict. Employers weigh much more than words, and no score predicts an interview. The aim is to show real evidence for what the job asks, not to stuff your resume with keywords.';
