// What the course's on-demand routes do with a request, apart from rendering: read the form, validate, call the
// store, wake the worker. Pages in src/pages/course/ turn the results into HTML (or JSON for the enhanced form).
// The store never blocks the event loop; a database locked or out of reach for too long rejects with StoreBusyError,
// which src/middleware.ts turns into a 503 with Retry-After.
import { wakeWorker, trustedClientAddress } from './bridge.ts';
import { BODY_LIMIT_BYTES } from './config.ts';
import { field, isOneClickBody, readForm } from './http.ts';
import type { CourseRuntime } from './runtime.ts';
import type { ConfirmOutcome, CourseProgress, UnsubscribeOutcome } from './store.ts';
import { hashToken, readToken } from './tokens.ts';
import { HONEYPOT_FIELD, describeWait, validateSignup, type FieldErrors } from '#/lib/course-signup.ts';

export interface SignupResult {
  status: number;
  ok: boolean;
  /** One sentence for the person: what happened and what to do next. */
  message: string;
  errors?: FieldErrors;
  /** What they typed, to put back into the form after an error. */
  values?: { email: string; firstName: string };
  /** Seconds until this client may sign up again (429). */
  retryAfter?: number;
}

/** Said for every accepted signup, whatever the address's state, so nobody can learn who is on the list. */
export const SIGNUP_ACCEPTED =
  'Thank you! Please check your inbox: we have sent you a link to confirm your address. It can take a few minutes, so look in your spam folder too. If you are already on the course, there is nothing more to do.';

/**
 * Said when the address's window is full (it was entered here a short time ago): the link is queued for the moment
 * the window opens. It depends only on that moment, never on whether the person is pending, confirmed or gone.
 */
export function signupAcceptedLater(waitMs: number): string {
  return `Thank you! This address was entered here a short time ago, and to protect inboxes from floods of email we space out the links we send to one address. Your link will go out ${describeWait(waitMs)}: please look in your inbox then, and in your spam folder too. If you are already on the course, there is nothing more to do.`;
}

/** A queued email this close is "on its way", like one sent at once. */
const SOON_MS = 60_000;

export async function handleSignup(
  request: Request,
  runtime: CourseRuntime,
  fallbackClient: string,
): Promise<SignupResult> {
  const read = await readForm(request, BODY_LIMIT_BYTES);
  if (!read.ok) return { status: read.status, ok: false, message: read.message };
  const values = { email: field(read.form, 'email'), firstName: field(read.form, 'firstName') };
  // Two email fields in one post is the form's version of "two addresses": refuse it like a comma.
  const checked =
    read.form.getAll('email').length > 1
      ? validateSignup({ ...values, email: `${values.email},` })
      : validateSignup(values);
  if (!checked.ok) {
    return {
      status: 400,
      ok: false,
      message: 'Please check the form: one of the fields needs a change.',
      errors: checked.errors,
      values,
    };
  }
  if (field(read.form, HONEYPOT_FIELD) !== '') return { status: 200, ok: true, message: SIGNUP_ACCEPTED };

  const { config } = runtime;
  const now = config.now();
  const store = await runtime.store();
  const result = await store.signup({
    email: checked.value.email,
    firstName: checked.value.firstName,
    clientKey: await runtime.clientKey(trustedClientAddress() ?? fallbackClient),
    now,
    ipLimits: config.ipLimits,
    addressLimits: config.addressLimits,
  });
  const wait = result.at - now;
  if (result.outcome === 'ip-limited') {
    return {
      status: 429,
      ok: false,
      message: `There have been too many signups from your network in a short time. Please try again ${describeWait(wait)}.`,
      values,
      retryAfter: Math.ceil(wait / 1000),
    };
  }
  if (result.outcome === 'queued' && wait <= 0) wakeWorker();
  return { status: 200, ok: true, message: wait > SOON_MS ? signupAcceptedLater(wait) : SIGNUP_ACCEPTED };
}

export type TokenPage<Outcome> = { status: number; outcome: Outcome | 'valid'; token?: string };
export type ConfirmPage = TokenPage<ConfirmOutcome> & {
  /** For someone already on the course: what they have had and what comes next. */
  progress?: CourseProgress;
};

/** GET /course/confirm/?token=…: looks, never changes anything (mail scanners open links). */
export async function peekConfirm(url: URL, runtime: CourseRuntime): Promise<ConfirmPage> {
  const token = readToken(url.searchParams.get('token'));
  if (!token) return { status: 404, outcome: 'invalid' };
  const hash = hashToken(token);
  const store = await runtime.store();
  const outcome = await store.peekConfirm(hash, runtime.config.now());
  return confirmPage(outcome, token, runtime);
}

async function confirmPage(
  outcome: ConfirmOutcome | 'valid',
  token: string,
  runtime: CourseRuntime,
): Promise<ConfirmPage> {
  const status = outcome === 'invalid' ? 404 : outcome === 'expired' ? 410 : 200;
  if (outcome !== 'already-confirmed') return { status, outcome, token };
  // People open the link again from the same email: tell them they are in, and what comes next.
  const store = await runtime.store();
  const progress = await store.progressByConfirmToken(hashToken(token));
  return { status, outcome, token, progress };
}

/** POST /course/confirm/: the button on that page. */
export async function handleConfirm(request: Request, url: URL, runtime: CourseRuntime): Promise<ConfirmPage> {
  const read = await readForm(request, BODY_LIMIT_BYTES);
  if (!read.ok) return { status: read.status, outcome: 'invalid' };
  const token = readToken(field(read.form, 'token') || url.searchParams.get('token'));
  if (!token) return { status: 404, outcome: 'invalid' };
  const store = await runtime.store();
  const outcome = await store.confirm(hashToken(token), runtime.config.now());
  if (outcome === 'confirmed') wakeWorker();
  return confirmPage(outcome, token, runtime);
}

/** GET /course/unsubscribe/?token=…: a page with a button. */
export async function peekUnsubscribe(url: URL, runtime: CourseRuntime): Promise<TokenPage<UnsubscribeOutcome>> {
  const token = readToken(url.searchParams.get('token'));
  if (!token) return { status: 404, outcome: 'invalid' };
  const store = await runtime.store();
  const outcome = await store.peekUnsubscribe(hashToken(token));
  return { status: outcome === 'invalid' ? 404 : 200, outcome, token };
}

/** POST /course/unsubscribe/: the page's button, or a mail provider's RFC 8058 one-click post. */
export async function handleUnsubscribe(
  request: Request,
  url: URL,
  runtime: CourseRuntime,
): Promise<TokenPage<UnsubscribeOutcome> & { oneClick: boolean }> {
  const read = await readForm(request, BODY_LIMIT_BYTES);
  if (!read.ok) return { status: read.status, outcome: 'invalid', oneClick: false };
  const oneClick = isOneClickBody(read.form);
  const token = readToken(field(read.form, 'token') || url.searchParams.get('token'));
  if (!token) return { status: 404, outcome: 'invalid', oneClick };
  const store = await runtime.store();
  const outcome = await store.unsubscribe(hashToken(token), runtime.config.now());
  return { status: outcome === 'invalid' ? 404 : 200, outcome, oneClick, token };
}
