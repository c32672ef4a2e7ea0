// Loads the resume fit evaluation set: one folder per pair in tests/fixtures/resume-fit with job.txt, resume.txt and
// expected.json (the qualifications a careful reader lists, their level, and whether the resume shows each).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvaluationCase, ExpectedItem } from '#/lib/resume-fit/evaluation.ts';

export const fixturesDir = new URL('../../tests/fixtures/resume-fit/', import.meta.url);

/** "Present" for every resume in the set, so figures do not drift with the calendar. */
export const EVALUATION_NOW = new Date(Date.UTC(2025, 5, 1));

export function loadCases(): EvaluationCase[] {
  const dir = fixturesDir.pathname;
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'expected.json')))
    .map((entry) => entry.name)
    .sort()
    .map((id) => {
      const expected = JSON.parse(readFileSync(join(dir, id, 'expected.json'), 'utf8')) as {
        split: EvaluationCase['split'];
        qualifications: ExpectedItem[];
      };
      return {
        id,
        split: expected.split,
        job: readFileSync(join(dir, id, 'job.txt'), 'utf8'),
        resume: readFileSync(join(dir, id, 'resume.txt'), 'utf8'),
        expected: expected.qualifications,
      };
    });
}
