// Loads resume fit evaluation pairs: one folder per pair with job.txt, resume.txt and expected.json (the
// qualifications a careful reader lists, their level, and whether the resume shows each). The project's own set is
// tests/fixtures/resume-fit; `npm run resume-fit:eval -- DIR` reads any folder in the same format.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvaluationCase, ExpectedItem } from './resume-fit-evaluation.ts';

export const fixturesDir = fileURLToPath(new URL('../../tests/fixtures/resume-fit/', import.meta.url));

/** "Present" for every resume in the set, so figures do not drift with the calendar. */
export const EVALUATION_NOW = new Date(Date.UTC(2025, 5, 1));

export function loadCases(dir: string = fixturesDir): EvaluationCase[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'expected.json')))
    .map((entry) => entry.name)
    .sort()
    .map((id) => {
      const expected = JSON.parse(readFileSync(join(dir, id, 'expected.json'), 'utf8')) as {
        split?: string;
        batch?: number;
        qualifications: ExpectedItem[];
      };
      return {
        id,
        ...(expected.split ? { split: expected.split } : {}),
        ...(expected.batch !== undefined ? { batch: expected.batch } : {}),
        job: readFileSync(join(dir, id, 'job.txt'), 'utf8'),
        resume: readFileSync(join(dir, id, 'resume.txt'), 'utf8'),
        expected: expected.qualifications,
      };
    });
}
