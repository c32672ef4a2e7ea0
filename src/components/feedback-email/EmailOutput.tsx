// The composed email: editable subject and body with the live tone check, the actions (another wording, copy,
// open in the email app, start over), the suggested send date with a calendar reminder, and the replies for after
// sending. Loaded on demand by FeedbackEmailTool; state that a kept draft needs lives there.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { composeFeedbackEmail, composeFollowUp, composeThankYouReply } from '#/lib/feedback-email/compose.ts';
import type { Draft } from '#/lib/feedback-email/draft.ts';
import type { ComposeInput } from '#/lib/feedback-email/fields.ts';
import { buildReminderIcs, reminderFileName } from '#/lib/feedback-email/ics.ts';
import { buildMailto } from '#/lib/feedback-email/mailto.ts';
import {
  formatDate,
  isIsoDate,
  localToday,
  reminderStart,
  suggestFollowUpDate,
  suggestSendDate,
} from '#/lib/feedback-email/send-date.ts';
import { checkTone } from '#/lib/feedback-email/tone-check.ts';
import { copyText } from '#/components/clipboard.ts';
import { countWords } from '#/lib/text/words.ts';
import { downloadText } from './browser.ts';
import EmailEditor from './EmailEditor.tsx';
import type { Setter } from './hooks.ts';
import ToneFlags, { groupFlags, summaryOf, type FlagGroup } from './ToneFlags.tsx';

export interface OutputProps {
  input: ComposeInput;
  /** The address for the mailto: link, '' for none. */
  toAddress: string;
  variant: number;
  setVariant: Setter<number>;
  edits: Draft['edits'];
  setEdits: Setter<Draft['edits']>;
  /** The day they heard the news, YYYY-MM-DD, or '' for today. */
  heard: string;
  setHeard: Setter<string>;
  /** Changes when the person just asked for the email: move focus to it. */
  focusRequest: number;
  pageUrl: string;
  setStatus: (message: string) => void;
  onStartOver: () => void;
}

const ID = 'fe-out';

export default function EmailOutput(props: OutputProps) {
  const { input, edits, setEdits, setStatus } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const composed = useMemo(() => composeFeedbackEmail(input, props.variant), [input, props.variant]);
  // The composed body the person's edits started from: when the form changes it, offer to rewrite.
  const editedFrom = useRef('');
  const subject = edits?.subject ?? composed.subject;
  const body = edits?.body ?? composed.body;
  const ignore = [
    input.yourName,
    input.greetName,
    input.interviewerName,
    input.interviewerTitle,
    input.company,
    input.role,
    input.when,
  ];
  const report = useMemo(
    () => checkTone(body, { expect: { 'future-interest': input.futureOpenings }, ignore }),
    [body, input.futureOpenings, ignore.join('\n')],
  );
  const groups = groupFlags(report.flags);
  const textarea = useRef<HTMLTextAreaElement>(null);
  // After "Use this wording" or "Show in the email": the words to select once the new text is on screen.
  const select = useRef<{ start: number; end: number } | null>(null);
  useLayoutEffect(() => {
    const range = select.current;
    const el = textarea.current;
    if (!range || !el) return;
    select.current = null;
    el.focus();
    el.setSelectionRange(range.start, range.end);
  }, [body, report]);
  const mailto = buildMailto({ to: props.toAddress, subject, body });
  const today = localToday();
  const heard = props.heard || today;
  const sendDate = isIsoDate(heard) ? suggestSendDate(heard, today) : '';
  const stale = edits !== null && editedFrom.current !== '' && editedFrom.current !== composed.body;

  useEffect(() => {
    if (props.focusRequest) heading.current?.focus();
  }, [props.focusRequest]);

  function edit(next: { subject?: string; body?: string }) {
    if (!edits) editedFrom.current = composed.body;
    setEdits({ subject, body, ...next });
  }

  function rewrite() {
    editedFrom.current = '';
    setEdits(null);
  }

  async function copy(text: string, what: string) {
    setStatus(
      (await copyText(text))
        ? `${what} copied.`
        : `Could not copy. Select the ${what.toLowerCase()} and press Ctrl+C (⌘+C on a Mac).`,
    );
  }

  function anotherWording() {
    rewrite();
    props.setVariant((v) => v + 1);
    setStatus(`Wording ${((composed.wording + 1) % composed.wordingCount) + 1} of ${composed.wordingCount}.`);
  }

  /** Replaces the flagged sentence (or adds the missing part), then selects the new words in the email. */
  function applyWording(group: FlagGroup) {
    const text = group.suggestion;
    const next = body.slice(0, group.start) + text + body.slice(group.end);
    const lead = text.length - text.trimStart().length;
    select.current = { start: group.start + lead, end: group.start + text.trimEnd().length };
    edit({ body: next });
    const after = groupFlags(checkTone(next, { expect: { 'future-interest': input.futureOpenings }, ignore }).flags);
    setStatus(`${group.sentence === null ? 'Added' : 'Replaced'}, and selected in the email. ${summaryOf(after)}`);
  }

  function showInEmail(group: FlagGroup) {
    select.current = { start: group.start, end: group.end };
    const el = textarea.current;
    if (el) {
      el.focus();
      el.setSelectionRange(group.start, group.end);
      select.current = null;
    }
  }

  function downloadReminder() {
    const start = reminderStart(sendDate, new Date());
    const ics = buildReminderIcs({
      date: start.date,
      time: start.time,
      durationMinutes: 15,
      summary: `Send your feedback request to ${input.company}`,
      description: `Reread your email once, calmly, then send it.\n\nSubject: ${subject}\n\n${body}\n\nThe generator: ${props.pageUrl}`,
      uid: `${crypto.randomUUID()}@job-seeker-toolkit`,
      now: new Date(),
      url: props.pageUrl,
    });
    downloadText(reminderFileName(start.date), ics, 'text/calendar;charset=utf-8');
    setStatus('Reminder downloaded. Open the file to add it to your calendar.');
  }

  const reply = composeThankYouReply(input);
  const followUp = composeFollowUp(input);

  return (
    <section class="fe-output" aria-labelledby={ID}>
      <h2 id={ID} tabIndex={-1} ref={heading}>
        Your email
      </h2>
      {stale && (
        <div class="fe-notice">
          <p>You changed the form after editing the email. Your edits are kept.</p>
          <button type="button" class="fe-button" onClick={rewrite}>
            Rewrite from the form (replaces your edits)
          </button>
        </div>
      )}
      <div class="fe-field">
        <label htmlFor={`${ID}-subject`}>Subject</label>
        <p class="fe-hint" id={`${ID}-subject-hint`}>
          Answering their message? Reply in the same thread and keep their subject. Use this one for a new email.
        </p>
        <input
          id={`${ID}-subject`}
          type="text"
          value={subject}
          aria-describedby={`${ID}-subject-hint`}
          onInput={(e) => edit({ subject: e.currentTarget.value })}
        />
      </div>
      <div class="fe-field">
        <label htmlFor={`${ID}-body`}>
          Email text <span class="fe-optional">(you can edit it)</span>
        </label>
        <p class="fe-hint" id={`${ID}-marks`}>
          Sentences the tone check flags are underlined with a wavy line; the list below the email explains each one.
        </p>
        <EmailEditor
          id={`${ID}-body`}
          value={body}
          marks={groups.filter((g) => g.sentence !== null)}
          describedBy={`${ID}-words ${ID}-tone-summary ${ID}-marks`}
          textarea={textarea}
          onInput={(value) => edit({ body: value })}
        />
        <p class="fe-hint" id={`${ID}-words`}>
          {countWords(body)} words{edits ? '' : ` · wording ${composed.wording + 1} of ${composed.wordingCount}`}
        </p>
      </div>
      <ToneFlags id={`${ID}-tone`} groups={groups} onUse={applyWording} onShow={showInEmail} />
      <div class="fe-actions">
        <button type="button" class="fe-button" onClick={anotherWording}>
          {edits ? 'Another wording (replaces your edits)' : 'Another wording'}
        </button>
        <button type="button" class="fe-button" onClick={() => copy(subject, 'Subject')}>
          Copy subject
        </button>
        <button type="button" class="fe-button fe-primary" onClick={() => copy(body, 'Email text')}>
          Copy email text
        </button>
        <a
          class="fe-button"
          href={mailto.href}
          onClick={() => {
            if (!mailto.includesBody) void copy(body, 'Email text');
          }}
        >
          Open in your email app
        </a>
        <button type="button" class="fe-button" onClick={props.onStartOver}>
          Start over
        </button>
      </div>
      {!mailto.includesBody && (
        <p class="fe-hint">
          This email is too long for an email link, so “Open in your email app” copies the text first: paste it into the
          new message.
        </p>
      )}

      <h2>When to send it</h2>
      <p>The article’s advice: take a couple of days to process the news, then write calmly.</p>
      <div class="fe-field">
        <label htmlFor={`${ID}-heard`}>When did they tell you?</label>
        <input
          id={`${ID}-heard`}
          type="date"
          value={props.heard || today}
          max={today}
          onInput={(e) => props.setHeard(e.currentTarget.value)}
        />
      </div>
      {sendDate ? (
        <>
          <p class="fe-date">
            Suggested send date: <strong>{formatDate(sendDate, today)}</strong> (two working days after the news, never
            a weekend).
          </p>
          <div class="fe-actions">
            <button type="button" class="fe-button" onClick={downloadReminder}>
              Add a reminder to your calendar (.ics)
            </button>
          </div>
          <p class="fe-hint">The file is made on your device and holds your email text, ready to send.</p>
        </>
      ) : (
        <p class="fe-hint">Enter the date they told you to see a suggested send date.</p>
      )}

      <h2>After you send it</h2>
      <h3>When they reply</h3>
      <p>Read it twice, thank them briefly, and don’t argue with anything they say: you asked for honesty.</p>
      <Sample id={`${ID}-reply`} label="A short thank-you reply" text={reply} onCopy={() => copy(reply, 'Reply')} />
      <h3>If nobody replies</h3>
      <p>
        Wait about a week{sendDate ? `, until ${formatDate(suggestFollowUpDate(sendDate), today)}` : ''}. Then send one
        short follow-up in the same thread, and only one.
      </p>
      <Sample
        id={`${ID}-nudge`}
        label="One gentle follow-up"
        text={followUp}
        onCopy={() => copy(followUp, 'Follow-up')}
      />
    </section>
  );
}

function Sample(props: { id: string; label: string; text: string; onCopy: () => void }) {
  return (
    <figure class="fe-sample" aria-labelledby={props.id}>
      <figcaption id={props.id}>{props.label}</figcaption>
      <p class="fe-email">{props.text}</p>
      <button type="button" class="fe-button" onClick={props.onCopy}>
        Copy the {props.label.replace(/^(A|One) /, '').toLowerCase()}
      </button>
    </figure>
  );
}
