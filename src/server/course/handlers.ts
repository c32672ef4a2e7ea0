// What the course's on-demand routes do with a request, apart from rendering: read the form, validate, call the
// store, wake the worker. Pages in src/pages/course/ turn the results into HTML (or JSON for the enhanced form).
import { wakeWorker, rateLimitKey, trustedClientAddress } from './bridge.ts';
import { BODY_LIMIT_BYTES } from './config.ts';
import { field, isOneClickBody, readForm } from './http.ts';
import type { CourseRuntime } from './runtime.ts';
import type { ConfirmOutcome, UnsubscribeOutcome } from './store.ts';
import { hashToken, readToken } from './tokens.ts';
import { HONEYPOT_FIELD, validateSignup, type FieldErrors } from '#/lib/course-signup.ts';

export interface SignupResult {
  status: number;
  ok: boolean;
  /** One sentence for the person: what happened and what to do next. */
  message: string;
  errors?: FieldErrors;
  /** What they typed, to put back into the form after an error. */
  values?: { email: string; firstName: string };
}

/** Said for every accepted signup, whatever the address's state, so nobody can learn who is on the list. */
export const SIGNUP_ACCEPTED =
  'Thank you! Please check your inbox: we have sent you a link to confirm your address. It can take a few minutes, so look in your spam folder too. If you are already on the course, there is nothing more to do.';

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

  const { config, store } = runtime;
  const outcome = store.signup({
    email: checked.value.email,
    firstName: checked.value.firstName,
    clientKey: rateLimitKey(trustedClientAddress() ?? fallbackClient),
    now: config.now(),
    ipLimits: config.ipLimits,
    addressLimits: config.addressLimits,
  });
  if (outcome === 'ip-limited') {
    return {
      status: 429,
      ok: false,
      message: 'There have been too many signups from your network in a short time. Please try again in an hour.',
      values,
    };
  }
  if (outcome === 'queued') wakeWorker();
  return { status: 200, ok: true, message: SIGNUP_ACCEPTED };
}

export type TokenPage<Outcome> = { status: number; outcome: Outcome | 'valid'; token?: string };

/** GET /course/confirm/?token=…: looks, never changes anything (mail scanners open links). */
export function peekConfirm(url: URL, runtime: CourseRuntime): TokenPage<ConfirmOutcome> {
  const token = readToken(url.searchParams.get('token'));
  if (!token) return { status: 404, outcome: 'invalid' };
  const outcome = runtime.store.peekConfirm(hashToken(token), runtime.config.now());
  return { status: outcome === 'invalid' ? 404 : outcome === 'expired' ? 410 : 200, outcome, token };
}

/** POST /course/confirm/: the button on that page. */
export async function handleConfirm(
  request: Request,
  url: URL,
  runtime: CourseRuntime,
): Promise<TokenPage<ConfirmOutcome>> {
  const read = await readForm(request, BODY_LIMIT_BYTES);
  if (!read.ok) return { status: read.status, outcome: 'invalid' };
  const token = readToken(field(read.form, 'token') || url.searchParams.get('token'));
  if (!token) return { status: 404, outcome: 'invalid' };
  const outcome = runtime.store.confirm(hashToken(token), runtime.config.now());
  if (outcome === 'confirmed') wakeWorker();
  return { status: outcome === 'invalid' ? 404 : outcome === 'expired' ? 410 : 200, outcome, token };
}

/** GET /course/unsubscribe/?token=…: a page with a button. */
export function peekUnsubscribe(url: URL, runtime: CourseRuntime): TokenPage<UnsubscribeOutcome> {
  const token = readToken(url.searchParams.get('token'));
  if (!token) return { status: 404, outcome: 'invalid' };
  const outcome = runtime.store.peekUnsubscribe(hashToken(token));
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
  const outcome = runtime.store.unsubscribe(hashToken(token), runtime.config.now());
  return { status: outcome === 'invalid' ? 404 : 200, outcome, oneClick, token };
}
