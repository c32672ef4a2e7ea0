// Sends what the outbox holds. Runs inside the web server on an interval and as `npm run course:send` (one pass,
// for cron); both may run at once, because every row is leased before it is sent.
//
// Delivery is at-least-once: a row is marked sent only after the SMTP server accepted it. If the process dies in
// between (or a send outlives its lease), the row is sent again later. Every copy carries the same Message-ID, which
// many mail systems use to drop the duplicate. Nothing is lost: a row leaves 'pending' only as sent, failed
// (an SMTP 5xx, or about two days of temporary failures, which also marks the person 'bounced') or cancelled
// (unsubscribed, confirmed, or deleted). The worker's store waits up to a minute for a database that is locked or out of
// reach (on timers: the web server's event loop stays free), then the pass ends and the next one tries again.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { nextLessonDue } from '#/lib/course-schedule.ts';
import { StoreBusyError } from './busy.ts';
import { CONFIRM_TTL_MS } from './config.ts';
import { confirmationEmail, lessonEmail, type EmailContent, type RenderedLesson } from './emails.ts';
import { classifySendError, type Mailer } from './mail.ts';
import type { CourseStore, Job, Subscriber } from './store.ts';
import { hashToken, newToken } from './tokens.ts';

/** How long a claimed row is reserved for one worker; longer than the slowest send (the SMTP timeouts add to ~50 s). */
export const LEASE_MS = 5 * 60 * 1000;
/** Temporary failures wait 1, 2, 4… minutes, at most 6 hours; the 16th failed attempt gives up (about 2 days). */
export const MAX_ATTEMPTS = 16;
const FIRST_RETRY_MS = 60 * 1000;
const LONGEST_RETRY_MS = 6 * 60 * 60 * 1000;

export interface WorkerDeps {
  store: CourseStore;
  mailer: Mailer;
  siteUrl: string;
  mailFrom: string;
  now: () => number;
  /** The lessons as built into dist/client/course/lessons.json; undefined when there is no build. */
  lessons: () => RenderedLesson[] | undefined;
  /** Names this worker in leases, e.g. "web-1234" or "cron-5678". */
  owner?: string;
  log?: (message: string) => void;
}

export interface PassResult {
  sent: number;
  retried: number;
  failed: number;
  cancelled: number;
}

export function retryDelay(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

/** Sends every due email once (at most `maxJobs`), then returns what happened. */
export async function runWorkerPass(deps: WorkerDeps, maxJobs = 1000): Promise<PassResult> {
  const { store, now } = deps;
  const owner = deps.owner ?? `${hostname()}-${process.pid}`;
  const log = deps.log ?? ((message) => console.log(message));
  const result: PassResult = { sent: 0, retried: 0, failed: 0, cancelled: 0 };
  await store.prune(now());
  for (let i = 0; i < maxJobs; i++) {
    const job = await store.claimNext(owner, now(), LEASE_MS);
    if (!job) break;
    const outcome = await deliver(job, deps, log);
    result[outcome === 'unreachable' ? 'retried' : outcome]++;
    // The mail server cannot be reached: the rest would fail the same way, so leave them for the next pass.
    if (outcome === 'unreachable') break;
  }
  return result;
}

async function deliver(
  job: Job,
  deps: WorkerDeps,
  log: (message: string) => void,
): Promise<keyof PassResult | 'unreachable'> {
  const { store, now, siteUrl } = deps;
  let lessons: RenderedLesson[] | undefined;
  let lesson: RenderedLesson | undefined;
  if (job.kind === 'lesson') {
    lessons = deps.lessons();
    if (!lessons) {
      await store.markRetry(job.id, now() + retryDelay(job.attempts), 'No lessons file: run `npm run build`.');
      log('course: cannot send lessons before the site is built (dist/client/course/lessons.json is missing)');
      return 'retried';
    }
    lesson = lessons.find((l) => l.order === job.lesson);
    if (!lesson) {
      await store.cancel(job.id, `There is no lesson ${job.lesson} any more.`);
      return 'cancelled';
    }
  }

  // Fresh link tokens for this email; only their hashes are stored, and only the email carries the tokens.
  const unsubscribeToken = newToken();
  const confirmToken = job.kind === 'confirm' ? newToken() : undefined;
  const sendTime = now();
  const subscriber = await store.prepareSend(job, sendTime, [
    { hash: hashToken(unsubscribeToken), purpose: 'unsubscribe', expiresAt: null },
    ...(confirmToken
      ? [{ hash: hashToken(confirmToken), purpose: 'confirm' as const, expiresAt: sendTime + CONFIRM_TTL_MS }]
      : []),
  ]);
  // Unsubscribed, already confirmed or deleted since the row was queued: nothing goes out.
  if (!subscriber) return 'cancelled';

  const unsubscribeUrl = `${siteUrl}/course/unsubscribe/?token=${unsubscribeToken}`;
  const content: EmailContent = confirmToken
    ? confirmationEmail({ siteUrl, confirmUrl: `${siteUrl}/course/confirm/?token=${confirmToken}`, unsubscribeUrl })
    : lessonEmail({
        siteUrl,
        lesson: lesson!,
        total: lessons!.length,
        firstName: subscriber.firstName,
        unsubscribeUrl,
      });
  const messageId = `<course-${job.id}-${job.createdAt}@${mailDomain(deps.mailFrom)}>`;

  try {
    await deps.mailer.send({ ...content, to: subscriber.email, messageId });
  } catch (error) {
    const failure = classifySendError(error);
    const where = `${job.kind}${job.kind === 'lesson' ? ` ${job.lesson}` : ''} (outbox row ${job.id}, attempt ${job.attempts})`;
    if (failure.permanent || job.attempts >= MAX_ATTEMPTS) {
      await store.markFailed(job.id, failure.message, now());
      log(`course: gave up sending ${where}, and marked the address as bounced: ${failure.message}`);
      return 'failed';
    }
    await store.markRetry(job.id, now() + retryDelay(job.attempts), failure.message);
    log(`course: will retry ${where} in ${Math.round(retryDelay(job.attempts) / 60000)} min: ${failure.message}`);
    return failure.reply ? 'retried' : 'unreachable';
  }
  const next = lesson ? nextLessonDue(lessons!, lesson.order, confirmedAt(subscriber, sendTime), now()) : undefined;
  await store.markSent(job.id, now(), messageId, next);
  return 'sent';
}

function confirmedAt(subscriber: Subscriber, fallback: number): number {
  return subscriber.confirmedAt ?? fallback;
}

/** The domain of the From address, for Message-IDs. */
export function mailDomain(mailFrom: string): string {
  return /@([A-Za-z0-9.-]+)/.exec(mailFrom)?.[1] ?? 'localhost';
}

/**
 * Reads the lessons the build wrote, again only when the file changes (a deploy), so a long-running server sends
 * the current text.
 */
export function lessonsFromFile(file: string): () => RenderedLesson[] | undefined {
  let cached: { mtimeMs: number; lessons: RenderedLesson[] } | undefined;
  return () => {
    if (!existsSync(file)) return undefined;
    const { mtimeMs } = statSync(file);
    if (cached?.mtimeMs !== mtimeMs) {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { lessons: RenderedLesson[] };
      cached = { mtimeMs, lessons: [...data.lessons].sort((a, b) => a.order - b.order) };
    }
    return cached.lessons;
  };
}

/**
 * Runs passes one after another: at once, then every `intervalMs`, and soon after `wake()` (a signup or confirmation
 * in this process). `stop()` lets the pass in progress finish, so SIGTERM never cuts a send in half.
 */
export function startWorkerLoop(deps: WorkerDeps, intervalMs: number): { wake(): void; stop(): Promise<void> } {
  const log = deps.log ?? ((message) => console.log(message));
  let timer: NodeJS.Timeout | undefined;
  let timerDue = Infinity;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  // Brings the next pass forward, never back: a stream of wake() calls must not keep postponing it.
  const schedule = (delay: number) => {
    if (stopped || Date.now() + delay >= timerDue) return;
    clearTimeout(timer);
    timerDue = Date.now() + delay;
    timer = setTimeout(() => {
      timerDue = Infinity;
      tick();
    }, delay);
  };
  const tick = () => {
    if (running) {
      again = true;
      return;
    }
    running = runWorkerPass(deps)
      .then((r) => {
        if (r.sent + r.retried + r.failed + r.cancelled > 0)
          log(`course: worker pass sent ${r.sent}, retried ${r.retried}, failed ${r.failed}, cancelled ${r.cancelled}`);
      })
      .catch((error) =>
        log(
          `course: worker pass failed: ${error instanceof StoreBusyError ? `${error.message} It will try again.` : error instanceof Error ? error.stack : error}`,
        ),
      )
      .finally(() => {
        running = undefined;
        schedule(again ? 0 : intervalMs);
        again = false;
      });
  };
  schedule(0);
  return {
    wake: () => schedule(50),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
