// Submits the course signup form (CourseSignup.astro) in place: "Sending…", then "check your inbox" or the errors
// next to their fields, announced through the form's role="status" line. Without this script the same form posts
// to /course/signup/ and gets a page back, so nothing depends on it.

interface SignupResponse {
  ok: boolean;
  message: string;
  errors?: Partial<Record<'email' | 'firstName', string>>;
}

export function enhanceSignupForms(root: ParentNode = document): void {
  for (const form of root.querySelectorAll<HTMLFormElement>('form[data-course-signup]')) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void submit(form);
    });
  }
}

async function submit(form: HTMLFormElement): Promise<void> {
  const status = form.querySelector<HTMLElement>('[data-status]')!;
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  showFieldErrors(form, {});
  setStatus(status, 'sending', 'Sending…');
  button.disabled = true;
  form.setAttribute('aria-busy', 'true');
  try {
    const body = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') body.append(name, value);
    const response = await fetch(form.action, { method: 'POST', body, headers: { accept: 'application/json' } });
    const raw = await response.text();
    const data = parseJson(raw);
    if (response.ok && data?.ok) {
      form.reset();
      setStatus(status, 'ok', data.message);
    } else {
      // A plain-text answer (503 "busy, try again in 5 seconds", 413, 403) already says what to do.
      const plain = (response.headers.get('content-type') ?? '').startsWith('text/plain') ? raw.trim() : '';
      setStatus(
        status,
        'error',
        data?.message || plain || `Sorry, that did not work (error ${response.status}). Please try again in a moment.`,
      );
      showFieldErrors(form, data?.errors ?? {});
    }
  } catch {
    setStatus(status, 'error', 'We could not reach the server. Check your connection and try again.');
  } finally {
    button.disabled = false;
    form.removeAttribute('aria-busy');
  }
}

function parseJson(text: string): SignupResponse | undefined {
  try {
    return JSON.parse(text) as SignupResponse;
  } catch {
    return undefined;
  }
}

function setStatus(status: HTMLElement, state: 'sending' | 'ok' | 'error', text: string): void {
  status.dataset.state = state;
  status.textContent = text;
}

/** Puts each message above its field, the way the no-JavaScript page does, and moves focus to the first one. */
function showFieldErrors(form: HTMLFormElement, errors: SignupResponse['errors'] & object): void {
  let first: HTMLInputElement | undefined;
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name="email"], input[name="firstName"]')) {
    const message = errors[input.name as 'email' | 'firstName'];
    const errorId = `${input.id}-error`;
    form.querySelector(`#${CSS.escape(errorId)}`)?.remove();
    if (!message) {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
      continue;
    }
    const note = document.createElement('p');
    note.className = 'course-signup__error';
    note.id = errorId;
    note.textContent = message;
    input.before(note);
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', errorId);
    first ??= input;
  }
  first?.focus();
}
