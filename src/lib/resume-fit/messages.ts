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

export const STATUS_LABELS: Record<Status, string> = { found: 'Shown', partial: 'In progress', missing: 'Not shown' };

export const FRAMING =
  'This is a word check, not a hiring verdict. Employers weigh much more than words, and no score predicts an interview. The aim is to show real evidence for what the job asks, not to stuff your resume with keywords.';
