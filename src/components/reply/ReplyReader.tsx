// The reply reader island: paste the interviewer's reply, read it. Everything stays in the browser: the reader and
// the results (loaded on first use, so the page itself carries little JavaScript) run here, nothing is sent, and
// nothing is stored unless the person ticks "keep on this device".
import './ReplyReader.css';
import type { FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { parseKept, serializeKept } from '#/lib/reply/keep.ts';
import { MIN_REPLY_CHARS, WARNINGS } from '#/lib/reply/messages.ts';
import { keepStore } from './keep-store.ts';
import type { ResultsProps } from './ReplyResults.tsx';

/** Longest reply accepted: no answer to a job application is this long (a pasted thread might be). */
const MAX_CHARS = 40_000;

interface Props {
  /** Absolute URL of this page, for the calendar file. */
  pageUrl: string;
}

let resultsModule: Promise<FunctionComponent<ResultsProps>> | undefined;
const loadResults = () => (resultsModule ??= import('./ReplyResults.tsx').then((m) => m.default));

export interface Sender {
  greetName: string;
  yourName: string;
  company: string;
}

export default function ReplyReader({ pageUrl }: Props) {
  const [ready, setReady] = useState(false);
  const [reply, setReply] = useState('');
  const [read, setRead] = useState('');
  const [error, setError] = useState('');
  const [keep, setKeep] = useState(false);
  const [sender, setSender] = useState<Sender>({ greetName: '', yourName: '', company: '' });
  const [status, setStatus] = useState('');
  const [Results, setResults] = useState<FunctionComponent<ResultsProps> | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const field = useRef<HTMLTextAreaElement>(null);

  // The first render matches the server HTML (a disabled button); then bring back anything kept on this device.
  useEffect(() => {
    const kept = parseKept(keepStore.read());
    if (kept) {
      setKeep(true);
      setReply(kept.reply);
      setSender({ greetName: kept.greetName, yourName: kept.yourName, company: kept.company });
      setStatus('The reply you kept on this device is back. Untick “Keep on this device” to remove it.');
    }
    setReady(true);
  }, []);

  // Kept only while the box is ticked; unticking deletes it.
  useEffect(() => {
    if (!ready) return;
    if (keep) keepStore.write(serializeKept({ reply, ...sender }));
    else keepStore.remove();
  }, [ready, keep, reply, sender]);

  async function onSubmit(event: Event) {
    event.preventDefault();
    const text = reply.trim();
    const problem = !text
      ? WARNINGS.empty
      : text.length < MIN_REPLY_CHARS
        ? WARNINGS.tooShort
        : text.length > MAX_CHARS
          ? `${WARNINGS.tooLong} (It is ${text.length.toLocaleString('en')} characters long.)`
          : '';
    setError(problem);
    if (problem) {
      field.current?.focus();
      return;
    }
    setStatus('Reading the reply…');
    try {
      const component = await loadResults();
      setResults(() => component);
      setRead(reply);
      setFocusRequest((n) => n + 1);
      setStatus('');
    } catch {
      setStatus('The reader could not load. Check your connection and try again.');
    }
  }

  return (
    <div class="rr">
      <form class="rr-form" onSubmit={onSubmit} noValidate>
        <div class="rr-field">
          <label htmlFor="rr-reply" class="rr-label">
            Their reply
          </label>
          <p class="rr-hint" id="rr-reply-hint">
            Paste the whole email, from the greeting to the signature.
          </p>
          <textarea
            id="rr-reply"
            ref={field}
            rows={10}
            value={reply}
            aria-describedby={error ? 'rr-reply-hint rr-reply-error' : 'rr-reply-hint'}
            aria-invalid={error ? 'true' : undefined}
            onInput={(e) => {
              setReply(e.currentTarget.value);
              void loadResults();
            }}
          />
          {error && (
            <p class="rr-error" id="rr-reply-error">
              {error}
            </p>
          )}
        </div>
        <div class="rr-check">
          <input
            type="checkbox"
            id="rr-keep"
            checked={keep}
            disabled={!ready}
            onChange={(e) => {
              setKeep(e.currentTarget.checked);
              setStatus(
                e.currentTarget.checked
                  ? 'Kept on this device. Untick the box to remove it.'
                  : 'Removed from this device.',
              );
            }}
            aria-describedby="rr-keep-hint"
          />
          <div>
            <label htmlFor="rr-keep">Keep on this device</label>
            <p class="rr-hint" id="rr-keep-hint">
              Off by default. When ticked, the reply and the names you type are saved in this browser only, until you
              untick it.
            </p>
          </div>
        </div>
        <div class="rr-actions">
          <button type="submit" class="rr-button rr-primary" disabled={!ready}>
            Read the reply
          </button>
        </div>
        <p class="rr-status" role="status">
          {status}
        </p>
      </form>
      {Results && read && (
        <Results
          reply={read}
          sender={sender}
          setSender={setSender}
          pageUrl={pageUrl}
          focusRequest={focusRequest}
          setStatus={setStatus}
        />
      )}
    </div>
  );
}
