// Reading course form posts safely: only form encodings, a hard size limit enforced while reading (a missing or
// false Content-Length cannot get around it), and a clear 4xx for anything else.

export type FormRead =
  { ok: true; form: FormData } | { ok: false; status: 413 | 415 | 400; message: string; aborted?: boolean };

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

export async function readForm(request: Request, limit: number): Promise<FormRead> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!FORM_TYPES.includes(type)) {
    return {
      ok: false,
      status: 415,
      message: 'Send this form as a web form (application/x-www-form-urlencoded or multipart/form-data).',
    };
  }
  const body = await readLimited(request, limit);
  if (body === 'aborted') {
    // The client left mid-body: nobody will read the answer, and it is not the server's fault (nothing to log).
    return { ok: false, status: 400, message: 'The form did not arrive in full. Please send it again.', aborted: true };
  }
  if (!body)
    return { ok: false, status: 413, message: `This form is too large: at most ${limit / 1024} KB may be sent.` };
  try {
    return {
      ok: true,
      form: await new Response(body, { headers: { 'content-type': request.headers.get('content-type')! } }).formData(),
    };
  } catch {
    return { ok: false, status: 400, message: 'The form could not be read. Reload the page and try again.' };
  }
}

/**
 * The body's bytes; undefined once it grows past `limit` (however it is framed: Content-Length, chunked, or
 * neither); 'aborted' when the client closes the connection first.
 */
export async function readLimited(
  request: Request,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | undefined | 'aborted'> {
  if (Number(request.headers.get('content-length') ?? 0) > limit) return undefined;
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      return 'aborted';
    }
    if (chunk.done) break;
    size += chunk.value.byteLength;
    if (size > limit) {
      // Stop reading, but do not cancel: on a clone (the cross-site check reads one) cancel() settles only once the
      // other branch is cancelled too, which left the request without an answer; and on the Node server cancelling
      // destroys the request, resetting the connection before the 413 is read. scripts/serve.mjs discards the rest
      // of the body, within bounds, once the answer is out.
      reader.releaseLock();
      return undefined;
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** A form field as a string ('' when absent or a file). */
export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** RFC 8058: a mail provider's one-click unsubscribe posts exactly one field, List-Unsubscribe=One-Click. */
export function isOneClickBody(form: FormData): boolean {
  const entries = [...form.entries()];
  return entries.length === 1 && entries[0]![0] === 'List-Unsubscribe' && entries[0]![1] === 'One-Click';
}

/** Whether the visitor asked for JSON (the enhanced form) rather than a page. */
export function wantsJson(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('application/json');
}

/**
 * For pages that carry a token or a person's answer: never cached, never indexed, the URL (with its token) never
 * sent to another site as Referer. Not "no-referrer": with it, browsers send `Origin: null` on the page's own form
 * posts, which the same-origin check must refuse.
 */
export const PRIVATE_PAGE_HEADERS: Record<string, string> = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'same-origin',
  'X-Robots-Tag': 'noindex',
};
