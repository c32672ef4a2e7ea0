// Runs `astro sync` on a copy of the project with one content file added or replaced, to check what an editor's
// mistake does to the build. The copy lives in a temporary folder that `cleanUpSyncCopies` removes.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const copies: string[] = [];

export function syncWithFile(path: string, content: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'jst-content-'));
  copies.push(dir);
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(entry, join(dir, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, path), content);
  const run = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  // Colour codes would split the words tests look for; CI forces colour on.
  return { status: run.status, output: stripVTControlCharacters(run.stdout + run.stderr) };
}

export function cleanUpSyncCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}
