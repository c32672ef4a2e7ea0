// An editor's mistake in a quiz file must stop the build with a message naming the file and the field.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUpSyncCopies, syncWithFile } from '../support/astro-sync.ts';

afterAll(cleanUpSyncCopies);
const resume = readFileSync('src/content/quiz/resume.yaml', 'utf8');

describe('a broken quiz file', () => {
  it('fails on a question without a tip, naming the file and the question’s field', () => {
    const broken = resume.replace(/\n {4}tip: Go through the job description[^\n]*/, '');
    expect(broken).not.toBe(resume);
    const result = syncWithFile('src/content/quiz/resume.yaml', broken);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('resume.yaml');
    expect(result.output).toContain('questions.0.tip: tip is required');
  });

  it('reports a guide that the site does not have, naming the file, the field and the guide', () => {
    // Astro logs a broken reference and goes on; the build then stops in buildQuiz (see tests/unit/collections.test.ts).
    const result = syncWithFile(
      'src/content/quiz/resume.yaml',
      resume.replace('guide: review-your-resume', 'guide: review-your-cv'),
    );
    expect(result.output).toContain(
      'entry "resume" in collection "quiz" (field: guide) references "review-your-cv" in collection "guides", but that entry does not exist',
    );
  });

  it('fails when two questions of an area share an id', () => {
    const result = syncWithFile(
      'src/content/quiz/resume.yaml',
      resume.replace('id: showed-results', 'id: tailored-to-the-job'),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('resume.yaml');
    expect(result.output).toContain('questions.2.id: id "tailored-to-the-job" is used by two questions');
  });
});
