// An editor's mistake in a guide's frontmatter must stop the build with a message naming the file and the field.
// Each case copies the project's sources into a temporary folder, adds one broken guide and runs `astro sync`.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUpSyncCopies, syncWithFile } from '../support/astro-sync.ts';

afterAll(cleanUpSyncCopies);

const syncWithGuide = (name: string, frontmatter: string) =>
  syncWithFile(`src/content/guides/${name}`, `---\n${frontmatter}\n---\n\nA body.\n`);

const valid = {
  title: 'title: A guide written for this test',
  description: 'description: A description that is long enough for the schema to accept it as valid.',
  step: 'step: 42',
  topic: 'topic: resume',
  updated: 'updated: 2026-11-25',
  checklist: 'checklist:\n  - Do one thing.\n  - Do another thing.',
};
const frontmatter = (overrides: Partial<Record<keyof typeof valid, string | null>>) =>
  Object.entries({ ...valid, ...overrides })
    .filter(([, v]) => v !== null)
    .map(([, v]) => v)
    .join('\n');

// Each case runs `astro sync` (up to 60 s, like spawnSync's own limit): on two busy cores it takes longer than Vitest's 5 s default.
describe('a guide with broken frontmatter', { timeout: 60_000 }, () => {
  it('passes astro sync when nothing is broken (the control case)', () => {
    const result = syncWithGuide('control-case.mdx', frontmatter({}));
    expect(result.output).not.toMatch(/InvalidContentEntryDataError/);
    expect(result.status).toBe(0);
  });

  it('fails on a missing description, naming the file and the field', () => {
    const result = syncWithGuide('missing-description.mdx', frontmatter({ description: null }));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('missing-description.mdx');
    expect(result.output).toMatch(/description: description is required/);
  });

  it('fails on a topic that is not one of the five, listing the allowed ones', () => {
    const result = syncWithGuide('wrong-topic.mdx', frontmatter({ topic: 'topic: hobbies' }));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('wrong-topic.mdx');
    expect(result.output).toContain('topic: topic must be one of: mindset, resume, attitude, appearance, feedback');
  });

  it('fails on a date that is not a date', () => {
    const result = syncWithGuide('bad-date.mdx', frontmatter({ updated: 'updated: last Tuesday' }));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('bad-date.mdx');
    expect(result.output).toMatch(/updated: updated must be a date written as YYYY-MM-DD/);
  });
});
