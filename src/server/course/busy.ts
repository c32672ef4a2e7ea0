// A database that cannot answer now: locked by another process (SQLite) or out of reach (PostgreSQL). Either way a
// web request gets "busy, try again" (503 with Retry-After), never an empty 500.
// node:sqlite is synchronous: a connection that waits for another process's write lock (a `course:send` run, a
// backup, the admin CLI) blocks the whole event loop, static pages included. So the web server's SQLite connections
// give up at once (busy_timeout 0) and whenStoreFree() retries on timers, keeping the event loop free. PostgreSQL is
// asynchronous anyway: its store retries a connection that fails for up to the same time (postgres/db.ts).

/** How long a web request waits for the database before it answers 503. */
export const REQUEST_WAIT_MS = 3_000;
/** How long the worker waits: nobody is waiting for its answer, and giving up could send an email twice. */
export const WORKER_WAIT_MS = 60_000;
/** The Retry-After of a 503 answered because the database stayed locked. */
export const BUSY_RETRY_AFTER_SECONDS = 5;

export class StoreBusyError extends Error {
  /** A number is how long the database stayed locked; a string says why it could not be reached. */
  constructor(reason: number | string) {
    super(
      typeof reason === 'number'
        ? `The course database stayed locked by another process for ${Math.round(reason)} ms.`
        : `The course database cannot be reached: ${reason}`,
    );
    this.name = 'StoreBusyError';
  }
}

/** True for SQLITE_BUSY (5) and its extended codes, as node:sqlite reports them. */
export function isBusy(error: unknown): boolean {
  if (error instanceof StoreBusyError) return true;
  const errcode = (error as { errcode?: unknown } | null)?.errcode;
  return typeof errcode === 'number' && (errcode & 0xff) === 5;
}

/**
 * Runs `work` (synchronous store calls) and, while the database is locked by someone else, runs it again after
 * 2, 4, 8… (at most 100) ms until `waitMs` have passed; then throws StoreBusyError. Other errors pass through.
 */
export async function whenStoreFree<T>(work: () => T, waitMs = REQUEST_WAIT_MS): Promise<T> {
  const start = performance.now();
  for (let delay = 2; ; delay = Math.min(delay * 2, 100)) {
    try {
      return work();
    } catch (error) {
      if (!isBusy(error)) throw error;
      const waited = performance.now() - start;
      if (waited + delay > waitMs) throw new StoreBusyError(waited);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** The answer to a request that found the database locked for too long. */
export function busyResponse(): Response {
  return new Response(
    `The email course is busy for a moment. Please try again in ${BUSY_RETRY_AFTER_SECONDS} seconds: nothing you sent was stored yet.`,
    {
      status: 503,
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
        'retry-after': String(BUSY_RETRY_AFTER_SECONDS),
      },
    },
  );
}
