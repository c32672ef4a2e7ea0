// Moves a course list from one store to another (`npm run course:admin -- copy`): SQLite to PostgreSQL when a site
// outgrows one machine, or back. Everything goes: people, links (their hashes), queued and sent emails with their
// ids (a resent email keeps its Message-ID), and the rate-limit records. The target must be empty; it is written in
// one transaction, so a failed copy leaves it empty.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openPostgres } from './open-store.ts';
import { SqliteStore } from './sqlite/store.ts';
import type { CourseStore, StoreCounts, StoreDump } from './store.ts';

export interface CopyResult {
  subscribers: number;
  tokens: number;
  emails: number;
  rateEvents: number;
}

/** `sqlite:<file>` or a postgres:// URL, as the admin CLI takes them. A source file must exist already. */
export async function openStoreAt(spec: string, role: 'source' | 'target'): Promise<CourseStore> {
  if (/^postgres(ql)?:\/\//.test(spec)) return openPostgres(spec, 'cli');
  const file = /^sqlite:(.+)$/.exec(spec)?.[1];
  if (!file) throw new Error(`"${spec}" is neither sqlite:<file> nor a postgres:// URL.`);
  if (role === 'source' && !existsSync(file)) throw new Error(`There is no SQLite file at ${resolve(file)}.`);
  return new SqliteStore(file, { busyTimeoutMs: 5000 });
}

/** Opens both stores, copies, and closes them, whatever happens. */
export async function copyBetween(
  fromSpec: string,
  toSpec: string,
): Promise<CopyResult & { from: string; to: string }> {
  const from = await openStoreAt(fromSpec, 'source');
  try {
    const to = await openStoreAt(toSpec, 'target');
    try {
      return { ...(await copyStore(from, to)), from: from.location, to: to.location };
    } finally {
      await to.close();
    }
  } finally {
    await from.close();
  }
}

export async function copyStore(from: CourseStore, to: CourseStore): Promise<CopyResult> {
  await to.migrate();
  const dump = await from.dump();
  await to.load(dump);
  // Read back: the target holds exactly what was read from the source.
  const expected = countsOf(dump);
  const found = await to.counts();
  if (JSON.stringify(found) !== JSON.stringify(expected)) {
    throw new Error(`The copy does not match its source: ${JSON.stringify(expected)} became ${JSON.stringify(found)}.`);
  }
  return {
    subscribers: dump.subscribers.length,
    tokens: dump.tokens.length,
    emails: dump.outbox.length,
    rateEvents: dump.rateEvents.length,
  };
}

function countsOf(dump: StoreDump): StoreCounts {
  const subscribers = { pending: 0, confirmed: 0, unsubscribed: 0, bounced: 0 };
  for (const s of dump.subscribers) subscribers[s.status]++;
  const outbox = { pending: 0, sent: 0, failed: 0, cancelled: 0 };
  for (const o of dump.outbox) outbox[o.status]++;
  return { subscribers, outbox, tokens: dump.tokens.length };
}
