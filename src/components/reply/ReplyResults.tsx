// What the reader found: the kind of reply, each point in the interviewer's words under its area with one practice
// task and a guide, the strengths apart, the practice as a calendar file, and a short thank-you to send back.
// Loaded on first use by ReplyReader, with the reader itself.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildMailto } from '#/lib/feedback-email/mailto.ts';
import { localToday } from '#/lib/feedback-email/send-date.ts';
import { buildPracticeIcs, nextDay } from '#/lib/reply/calendar.ts';
import { composeThanks } from '#/lib/reply/compose.ts';
import { AREA_LABELS, AREA_ORDER, KIND_MESSAGES } from '#/lib/reply/messages.ts';
import { GUIDES } from '#/lib/reply/practice.ts';
import { readReply } from '#/lib/reply/read.ts';
import { toneIssues } from '#/lib/reply/tone.ts';
import type { ReplyPoint } from '#/lib/reply/types.ts';
import { copyText, downloadText } from '#/components/feedback-email/browser.ts';
import type { Sender } from './ReplyReader.tsx';

export interface ResultsProps {
  reply: string;
  sender: Sender;
  setSender: (next: Sender) => void;
  pageUrl: string;
  /** Changes each time the person asks for a reading: move focus to the result. */
  focusRequest: number;
  setStatus: (message: string) => void;
}

const ID = 'rr-out';

export default function ReplyResults(props: ResultsProps) {
  const { sender, setStatus } = props;
  const reading = useMemo(() => readReply(props.reply), [props.reply]);
  const heading = useRef<HTMLHeadingElement>(null);
  const message = KIND_MESSAGES[reading.kind];

  useEffect(() => {
    if (props.focusRequest) heading.current?.focus();
  }, [props.focusRequest]);

  function downloadPractice() {
    const first = nextDay(localToday());
    const ics = buildPracticeIcs({
      events: reading.points.map((p) => ({
        summary: `Practise: ${p.practice.task.split(/[.:]/)[0]}`,
        description: `Their words: “${p.text}”\n\n${p.practice.task}\n\nGuide: ${new URL(p.practice.guide.href, props.pageUrl).href}`,
      })),
      firstDay: first,
      time: '18:00',
      durationMinutes: 30,
      uid: crypto.randomUUID(),
      now: new Date(),
      url: props.pageUrl,
    });
    downloadText(`practice-from-feedback-${first.replace(/-/g, '')}.ics`, ics, 'text/calendar;charset=utf-8');
    setStatus(
      `Calendar file downloaded: ${reading.points.length === 1 ? 'one practice session' : `${reading.points.length} practice sessions`}, one a day from tomorrow at 6 pm. Open it to add them to your calendar.`,
    );
  }

  return (
    <section class="rr-results" aria-labelledby={ID}>
      <h2 id={ID} tabIndex={-1} ref={heading}>
        {message.title}
      </h2>
      <p class={`rr-kind rr-kind-${reading.kind}`}>{message.body}</p>

      {reading.points.length > 0 ? (
        <Points points={reading.points} onCalendar={downloadPractice} />
      ) : (
        <p>
          Review it yourself instead, in three steps: <a href={GUIDES.resume.href}>your resume</a>,{' '}
          <a href={GUIDES.attitude.href}>your attitude</a> and <a href={GUIDES.appearance.href}>your appearance</a>.
        </p>
      )}

      {reading.strengths.length > 0 && (
        <>
          <h2>What went well</h2>
          <p>They also named strengths. Keep doing these; they are not tasks.</p>
          <ul class="rr-strengths">
            {reading.strengths.map((s) => (
              <li key={s.start}>“{s.text}”</li>
            ))}
          </ul>
        </>
      )}

      <ThankYou points={reading.points} sender={sender} setSender={props.setSender} setStatus={setStatus} />

      <p class="rr-next">
        More on what to do now: <a href={GUIDES.feedback.href}>{GUIDES.feedback.title}</a>.
      </p>
    </section>
  );
}

function Points(props: { points: ReplyPoint[]; onCalendar: () => void }) {
  const { points } = props;
  return (
    <>
      <h2>Their advice, point by point ({points.length === 1 ? 'one point' : `${points.length} points`})</h2>
      <p>Each point is in their own words, with one thing to practise. Take them one at a time.</p>
      {AREA_ORDER.filter((area) => points.some((p) => p.area === area)).map((area) => (
        <div class="rr-area" key={area}>
          <h3>{AREA_LABELS[area]}</h3>
          <ul class="rr-points">
            {points
              .filter((p) => p.area === area)
              .map((p) => (
                <li class="rr-point" key={p.start}>
                  <blockquote>{p.text}</blockquote>
                  <p>
                    <strong>Practise:</strong> {p.practice.task}
                  </p>
                  <p>
                    Guide: <a href={p.practice.guide.href}>{p.practice.guide.title}</a>
                  </p>
                </li>
              ))}
          </ul>
        </div>
      ))}
      <div class="rr-actions">
        <button type="button" class="rr-button" onClick={props.onCalendar}>
          Add the practice to your calendar (.ics)
        </button>
      </div>
      <p class="rr-hint">One 30-minute session a day from tomorrow. The file is made on this device.</p>
    </>
  );
}

function ThankYou(props: {
  points: ReplyPoint[];
  sender: Sender;
  setSender: (next: Sender) => void;
  setStatus: (message: string) => void;
}) {
  const { points, sender, setStatus } = props;
  const [chosen, setChosen] = useState(0);
  const [future, setFuture] = useState(true);
  const [edited, setEdited] = useState<string | null>(null);
  const point = points[Math.min(chosen, points.length - 1)];
  const composed = composeThanks({ ...sender, point, futureOpenings: future });
  const body = edited ?? composed.body;
  const issues = toneIssues(body);
  const mailto = buildMailto({ subject: composed.subject, body });

  // A change to the names or the chosen point rewrites the draft, unless the person has edited it.
  const field = (key: keyof Sender, label: string, hint?: string) => (
    <div class="rr-field">
      <label htmlFor={`${ID}-${key}`}>{label}</label>
      {hint && (
        <p class="rr-hint" id={`${ID}-${key}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={`${ID}-${key}`}
        type="text"
        value={sender[key]}
        maxLength={100}
        aria-describedby={hint ? `${ID}-${key}-hint` : undefined}
        onInput={(e) => props.setSender({ ...sender, [key]: e.currentTarget.value })}
      />
    </div>
  );

  async function copy() {
    setStatus(
      (await copyText(body))
        ? 'Thank-you copied. Paste it as a reply in the same email thread.'
        : 'Could not copy. Select the text and press Ctrl+C (⌘+C on a Mac).',
    );
  }

  return (
    <section class="rr-thanks" aria-labelledby={`${ID}-thanks`}>
      <h2 id={`${ID}-thanks`}>Reply to their reply</h2>
      <p>
        A short thank-you, sent within a day or two, leaves a good last impression. It acknowledges what they said and
        argues with nothing.
      </p>
      {field('greetName', 'Their name, for the greeting', 'For example “Sam” or “Ms Patel”. Leave empty for “Hello”.')}
      {field('yourName', 'Your name')}
      {field('company', 'Company (optional)')}
      {points.length > 1 && (
        <fieldset class="rr-choices">
          <legend>The point to thank them for</legend>
          {points.map((p, i) => (
            <div class="rr-check" key={p.start}>
              <input
                type="radio"
                name="rr-point"
                id={`${ID}-point-${i}`}
                checked={i === chosen}
                onChange={() => {
                  setChosen(i);
                  setEdited(null);
                }}
              />
              <label htmlFor={`${ID}-point-${i}`}>{p.text.length > 90 ? `${p.text.slice(0, 88)}…` : p.text}</label>
            </div>
          ))}
        </fieldset>
      )}
      <div class="rr-check">
        <input
          type="checkbox"
          id={`${ID}-future`}
          checked={future}
          onChange={(e) => {
            setFuture(e.currentTarget.checked);
            setEdited(null);
          }}
        />
        <label htmlFor={`${ID}-future`}>Say I would still like to be considered for future openings</label>
      </div>
      <div class="rr-field">
        <label htmlFor={`${ID}-body`}>
          Your thank-you <span class="rr-optional">(you can edit it)</span>
        </label>
        <textarea
          id={`${ID}-body`}
          rows={10}
          value={body}
          aria-describedby={`${ID}-tone`}
          onInput={(e) => setEdited(e.currentTarget.value)}
        />
      </div>
      <p id={`${ID}-tone`} class={issues.length ? 'rr-warn' : 'rr-ok'} aria-live="polite">
        {issues.length === 0
          ? 'Tone check: it thanks them and argues with nothing.'
          : `Tone check: ${issues.length === 1 ? 'one thing' : `${issues.length} things`} to look at before you send it.`}
      </p>
      {issues.length > 0 && (
        <ul class="rr-issues">
          {issues.map((issue, i) => (
            <li key={i}>
              {issue.sentence && <blockquote>{issue.sentence}</blockquote>}
              <p>{issue.why}</p>
            </li>
          ))}
        </ul>
      )}
      <div class="rr-actions">
        <button type="button" class="rr-button rr-primary" onClick={copy}>
          Copy the thank-you
        </button>
        <a
          class="rr-button"
          href={mailto.href}
          onClick={() => {
            if (!mailto.includesBody) void copy();
          }}
        >
          Open in your email app
        </a>
        {edited !== null && (
          <button type="button" class="rr-button" onClick={() => setEdited(null)}>
            Start the thank-you again
          </button>
        )}
      </div>
      <p class="rr-hint">
        Best sent as a reply in the same thread, so they see it next to their message. Nothing here is sent by this
        page.
      </p>
    </section>
  );
}
