// `npm run -s reply:read -- FILE`, as it is run from outside: plain Node, a JSON array of texts in, a JSON array of
// { kind, points: [{ area, text }] } out; clear messages and exit code 2 for bad input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'reply-read-'));
const run = (content: string) => {
  const file = join(dir, `in-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, content);
  return spawnSync(process.execPath, ['scripts/reply-read.ts', file], { encoding: 'utf8' });
};

describe('reply:read', () => {
  // Each case starts a Node process: allow for a busy machine.
  it('prints one reading per reply, in order, in the stable format', { timeout: 30_000 }, () => {
    const result = run(
      JSON.stringify([
        'Dear Applicant,\n\nThank you for applying. The position has been filled.\n\nHR',
        'Hi Ryan,\n\nYou looked at your phone while my colleague was talking. Twice.\n\nVal',
      ]),
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      { kind: 'template', points: [] },
      {
        kind: 'specific',
        points: [{ area: 'attitude', text: 'You looked at your phone while my colleague was talking. Twice.' }],
      },
    ]);
  });

  it('refuses what is not a JSON array of strings, with a message and exit code 2', { timeout: 30_000 }, () => {
    for (const bad of ['{"text": "hi"}', '[1, 2]', 'not json']) {
      const result = run(bad);
      expect(result.status, bad).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/JSON/);
    }
  });
});
