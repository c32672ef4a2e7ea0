// The course's PostgreSQL store on a real server (tests/support/postgres.ts), each test in a schema of its own: the
// store contract every engine keeps (tests/support/store-contract.ts), then what is PostgreSQL's own: migrations run
// once by instances starting together, and a server out of reach met with StoreBusyError in bounded time.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { StoreBusyError } from '#/server/course/busy.ts';
import { openPostgres } from '#/server/course/open-store.ts';
import { MIGRATIONS } from '#/server/course/postgres/migrations.ts';
import type { CourseStore } from '#/server/course/store.ts';
import { freePort } from '../../scripts/lib/free-port.ts';
import { freshSchema, withClient } from '../../scripts/lib/postgres.ts';
import { runCourseAdmin } from '../support/course.ts';
import { describeStoreContract, signup } from '../support/store-contract.ts';

const serverUrl = inject('postgresUrl');

describeStoreContract('PostgreSQL', async () => {
  const schema = await freshSchema(serverUrl);
  return { open: () => openPostgres(schema.url, 'cli'), drop: () => schema.drop() };
});

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function schema() {
  const created = await freshSchema(serverUrl);
  cleanups.push(() => created.drop());
  return created;
}

async function open(url: string, role: 'web' | 'cli' = 'cli'): Promise<CourseStore> {
  const store = await openPostgres(url, role);
  cleanups.push(() => store.close());
  return store;
}

/** `npm run course:admin -- migrate` as a process of its own. */
const migrateCli = (databaseUrl: string) => runCourseAdmin(['migrate'], { DATABASE_URL: databaseUrl });

describe('the course store on PostgreSQL', () => {
  it('applies each migration once when four instances migrate the same new database at the same moment', async () => {
    const { url, name } = await schema();
    const runs = await Promise.all([1, 2, 3, 4].map(() => migrateCli(url)));
    for (const run of runs) expect(run.code, run.output).toBe(0);
    const outputs = runs.map((r) => r.output.trim());
    // Exactly one instance migrated; the others waited on the advisory lock, then found nothing to do.
    expect(
      outputs.filter((o) => o.startsWith('Migrated')),
      outputs.join('\n'),
    ).toHaveLength(1);
    expect(outputs.filter((o) => o.includes(`is up to date (schema version ${MIGRATIONS.length})`))).toHaveLength(3);
    const applied = await withClient(url, (client) =>
      client.query(`SELECT version FROM ${name}.course_migrations ORDER BY version`),
    );
    expect(applied.rows.map((r) => r.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const store = await open(url);
    expect((await signup(store, 'ana@example.com')).outcome).toBe('queued');
  });

  it('refuses a database migrated by newer code', async () => {
    const { url, name } = await schema();
    await (await open(url)).migrate();
    await withClient(url, (client) => client.query(`INSERT INTO ${name}.course_migrations (version) VALUES (99)`));
    await expect((await open(url)).migrate()).rejects.toThrow(/schema version 99, newer than this code knows/);
  });

  it('answers StoreBusyError after the request wait when the server cannot be reached', async () => {
    const port = await freePort();
    const nowhere = `postgres://postgres:secret@127.0.0.1:${port}/postgres`;
    const store = await open(nowhere, 'web');
    const started = performance.now();
    await expect(signup(store, 'ana@example.com')).rejects.toBeInstanceOf(StoreBusyError);
    // REQUEST_WAIT_MS is 3 s: it kept trying that long, then gave up (with room for a busy machine).
    expect(performance.now() - started).toBeGreaterThan(2500);
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('meets a wrong password as StoreBusyError (503 for visitors), not as a crash', async () => {
    const wrong = new URL(serverUrl);
    wrong.password = 'not-the-password';
    wrong.username = 'postgres';
    const store = await open(wrong.toString(), 'web');
    await expect(store.counts()).rejects.toBeInstanceOf(StoreBusyError);
  });

  it('keeps addresses in one schema: a second schema on the same server sees nobody', async () => {
    const a = await open((await schema()).url);
    const b = await open((await schema()).url);
    await signup(a, 'ana@example.com');
    expect(await b.findSubscriber('ana@example.com')).toBeUndefined();
    expect((await a.counts()).subscribers.pending).toBe(1);
  });
});
