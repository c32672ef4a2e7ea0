// `npm run course:admin -- copy`: a list moves from SQLite to PostgreSQL and back with nothing lost or changed (people,
// link hashes, emails with their ids, rate-limit windows); links made before the move still work; a copy into a store
// that already holds people is refused and changes nothing.
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { MINUTE_MS as MINUTE } from '#/lib/time.ts';
import { openPostgres } from '#/server/course/open-store.ts';
import { SqliteStore } from '#/server/course/sqlite/store.ts';
import type { CourseStore } from '#/server/course/store.ts';
import { hashToken } from '#/server/course/tokens.ts';
import { freshSchema } from '../../scripts/lib/postgres.ts';
import { removeDir, runCourseAdmin, tempDataDir } from '../support/course.ts';
import { T0, sendConfirmation, signup } from '../support/store-contract.ts';

const serverUrl = inject('postgresUrl');

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function track<T extends CourseStore>(store: T): T {
  cleanups.push(() => store.close());
  return store;
}

/** A SQLite list with a person in each state, links, sent and queued emails, and address windows. */
async function sqliteList(): Promise<{ dataDir: string; file: string; links: Record<string, string> }> {
  const dataDir = tempDataDir();
  cleanups.push(() => removeDir(dataDir));
  const file = join(dataDir, 'course.sqlite');
  const store = new SqliteStore(file);
  await signup(store, 'ana@example.com', T0, { firstName: 'Ana' });
  await signup(store, 'bo@example.com', T0, { firstName: 'Bo' });
  await signup(store, 'cy@example.com', T0);
  const ana = await sendConfirmation(store, T0);
  const bo = await sendConfirmation(store, T0);
  const cy = await sendConfirmation(store, T0);
  await store.confirm(hashToken(ana.confirm), T0 + MINUTE);
  await store.confirm(hashToken(cy.confirm), T0 + MINUTE);
  await store.unsubscribe(hashToken(cy.unsubscribe), T0 + 2 * MINUTE);
  await store.close();
  return { dataDir, file, links: { boConfirm: bo.confirm, anaUnsubscribe: ana.unsubscribe } };
}

describe('moving a course list between SQLite and PostgreSQL', () => {
  it('copies SQLite to PostgreSQL and back, row for row, and links made before the move keep working', async () => {
    const { dataDir, file, links } = await sqliteList();
    const target = await freshSchema(serverUrl);
    cleanups.push(() => target.drop());

    const there = await runCourseAdmin(['copy', '--from', `sqlite:${file}`, '--to', target.url]);
    expect(there.code, there.output).toBe(0);
    expect(there.output).toMatch(
      /^Copied 3 subscribers, 5 emails, 5 link hashes and 6 rate-limit records from \S*course\.sqlite to postgres:\/\/postgres:\*\*\*@/,
    );
    const sqlite = track(new SqliteStore(file));
    const postgres = track(await openPostgres(target.url, 'cli'));
    const original = await sqlite.dump();
    expect(await postgres.dump()).toEqual(original);
    // The admin CLI reads the same list from either engine.
    const csvFromSqlite = await runCourseAdmin(['export'], { DATA_DIR: dataDir });
    const csvFromPostgres = await runCourseAdmin(['export'], { DATABASE_URL: target.url });
    expect(csvFromPostgres.stdout).toBe(csvFromSqlite.stdout);
    expect(csvFromPostgres.stdout.trim().split('\n')).toHaveLength(4);

    const backDir = tempDataDir();
    cleanups.push(() => removeDir(backDir));
    const backFile = join(backDir, 'course.sqlite');
    const back = await runCourseAdmin(['copy', '--from', target.url, '--to', `sqlite:${backFile}`]);
    expect(back.code, back.output).toBe(0);
    expect(await track(new SqliteStore(backFile)).dump()).toEqual(original);

    // On PostgreSQL, the old links work and new rows take new ids.
    expect(await postgres.confirm(hashToken(links.boConfirm!), T0 + 3 * MINUTE)).toBe('confirmed');
    expect(await postgres.peekUnsubscribe(hashToken(links.anaUnsubscribe!))).toBe('valid');
    expect((await signup(postgres, 'dee@example.com', T0 + 3 * MINUTE)).outcome).toBe('queued');
    const outboxIds = (await postgres.dump()).outbox.map((row) => row.id);
    expect(new Set(outboxIds).size).toBe(outboxIds.length);
  });

  it('refuses to copy into a store that already holds people, and leaves it as it was', async () => {
    const { file } = await sqliteList();
    const target = await freshSchema(serverUrl);
    cleanups.push(() => target.drop());
    const existing = track(await openPostgres(target.url, 'cli'));
    await signup(existing, 'someone@example.com');
    const before = await existing.dump();

    const refused = await runCourseAdmin(['copy', '--from', `sqlite:${file}`, '--to', target.url]);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/The copy failed.*already holds 1 subscribers/);
    expect(await existing.dump()).toEqual(before);

    const missing = await runCourseAdmin(['copy', '--from', 'sqlite:/nonexistent/course.sqlite', '--to', target.url]);
    expect(missing.code).toBe(1);
    expect(missing.output).toMatch(/There is no SQLite file at \/nonexistent\/course\.sqlite/);
    const usage = await runCourseAdmin(['copy', '--from', `sqlite:${file}`]);
    expect(usage.code).toBe(2);
    expect(usage.output).toMatch(/course:admin -- copy --from/);
  });
});
