// The feedback-request email generator: the form and the kept draft. The composed email, its tone check and the
// timing help live in EmailOutput, loaded when the person starts filling in the form, so the page itself loads
// little JavaScript. Everything happens in the browser; the only storage is a draft the person asks to keep.
import './FeedbackEmailTool.css';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { parseDraft, type Draft } from '#/lib/feedback-email/draft.ts';
import {
  areaLabels,
  feedbackAreas,
  fieldLimits,
  greeting,
  greetForms,
  needsGreetChoice,
  parseArea,
  senderKinds,
  senderLabels,
  tones,
  toneLabels,
  validateFields,
  type GreetForm,
  type TextField,
} from '#/lib/feedback-email/fields.ts';
import { readEmailHandoff } from '#/lib/plan/handoff.ts';
import { PLAN_KEY } from '#/lib/plan/links.ts';
import { localStore } from '#/components/local-store.ts';
import { draftStore } from './browser.ts';
import { emptyDraft, useEmailDraft, useKeptDraft, useLazyOutput, useValidation } from './hooks.ts';

/** The person's plan (/plan/), read once for its hand-off; this tool never writes it. */
const planStore = localStore(PLAN_KEY);

interface Props {
  /** Absolute URL of this page, for the calendar reminder. */
  pageUrl: string;
}

const toneHints: Record<(typeof tones)[number], string> = {
  warm: 'friendly and personal',
  formal: 'polite and reserved',
  brief: 'short and to the point',
};

/** What "Start over" cleared, so it can be undone. */
interface Cleared {
  draft: Draft;
  keep: boolean;
  areaFromLink: boolean;
}

export default function FeedbackEmailTool({ pageUrl }: Props) {
  const id = useId();
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState('');
  const [areaFromLink, setAreaFromLink] = useState(false);
  const [fromPlan, setFromPlan] = useState(false);
  const [focusOutput, setFocusOutput] = useState(0);
  const [cleared, setCleared] = useState<Cleared | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const { draft, setDraft, setField, setEdits, setVariant, setHeard } = useEmailDraft();
  const { fields } = draft;
  const kept = useKeptDraft(draft, ready, () =>
    setStatus(
      'This browser does not allow keeping drafts (private mode or storage turned off). Copy your email instead.',
    ),
  );
  const check = useValidation(fields);
  const { validation, errorFor } = check;
  const { Output, prepare: prepareOutput } = useLazyOutput();

  // The first render matches the server HTML (a disabled form); then restore a kept draft and take the hand-off:
  // the area in the link's fragment, and what the person's plan on this device knows (company, job, the day they
  // heard), filling only what the draft leaves empty.
  useEffect(() => {
    const stored = parseDraft(draftStore.read());
    let next = stored ?? emptyDraft;
    if (stored) {
      kept.setKeep(true);
      if (isComplete(stored)) {
        check.setSubmitted(true);
        void prepareOutput();
      }
      setStatus('Your kept draft is back. Use “Forget this draft” to remove it from this device.');
    }
    const handoff = readEmailHandoff(location, planStore.read());
    const fields = {
      ...next.fields,
      company: next.fields.company || handoff.company,
      role: next.fields.role || handoff.role,
      area: handoff.areaFromLink ? handoff.area : next.fields.area || handoff.area,
    };
    next = { ...next, fields, heard: next.heard || handoff.heard };
    setAreaFromLink(handoff.areaFromLink);
    setFromPlan(handoff.fromPlan && (fields.company !== '' || fields.role !== ''));
    setDraft(next);
    setReady(true);
  }, []);

  const set: typeof setField = (key, value) => {
    setCleared(null);
    setField(key, value);
  };

  function onSubmit(event: Event) {
    event.preventDefault();
    check.setSubmitted(true);
    const invalid = Object.keys(validation.errors) as TextField[];
    if (invalid.length > 0) {
      setStatus(`${invalid.length === 1 ? 'One field needs' : `${invalid.length} fields need`} your attention.`);
      form.current?.querySelector<HTMLElement>(`#${CSS.escape(`${id}-${invalid[0]}`)}`)?.focus();
      return;
    }
    void prepareOutput().then(() => {
      setStatus('Your email is ready below.');
      setFocusOutput((n) => n + 1);
    });
  }

  function startOver() {
    setCleared({ draft, keep: kept.keep, areaFromLink });
    setDraft(emptyDraft);
    check.reset();
    setAreaFromLink(false);
    setFromPlan(false);
    if (kept.keep) kept.forget();
    setStatus('Cleared. Nothing from that draft is kept. “Undo start over”, at the top of the form, brings it back.');
    form.current?.querySelector<HTMLElement>('input')?.focus();
  }

  function undoStartOver() {
    if (!cleared) return;
    setDraft(cleared.draft);
    setAreaFromLink(cleared.areaFromLink);
    kept.setKeep(cleared.keep);
    if (isComplete(cleared.draft)) check.setSubmitted(true);
    setCleared(null);
    setStatus('Your email is back, as it was before you started over.');
    setFocusOutput((n) => n + 1);
  }

  function forgetDraft() {
    kept.forget();
    setStatus('Draft forgotten: nothing is stored on this device. What is on screen stays until you leave the page.');
  }

  function toggleKeep(checked: boolean) {
    kept.toggle(checked);
    setStatus(
      checked ? 'Draft kept on this device only. It updates as you type.' : 'Draft no longer kept on this device.',
    );
  }

  const text = (
    field: TextField,
    label: string,
    options: { hint?: string; optional?: boolean; autocomplete?: string; type?: string } = {},
  ) => (
    <TextInput
      id={`${id}-${field}`}
      label={label}
      hint={options.hint}
      optional={options.optional}
      type={options.type}
      autocomplete={options.autocomplete}
      value={fields[field]}
      error={errorFor(field)}
      max={fieldLimits[field]}
      onInput={(v) => set(field, v)}
      onBlur={() => check.touch(field)}
    />
  );

  const viaRecruiter = fields.toldBy !== 'interviewer';
  const greeted = viaRecruiter ? fields.recruiterName : fields.interviewerName;

  return (
    // Form labels and generated text are not content: site search indexes the page's advice and sample instead.
    <div class="fe" data-pagefind-ignore>
      <form
        ref={form}
        class="fe-form"
        noValidate
        onSubmit={onSubmit}
        onFocusIn={prepareOutput}
        aria-labelledby={`${id}-form-title`}
      >
        <h2 id={`${id}-form-title`}>Your details</h2>
        {cleared && (
          <div class="fe-notice">
            <p>You started over. Changed your mind?</p>
            <button type="button" class="fe-button" onClick={undoStartOver}>
              Undo start over
            </button>
          </div>
        )}
        {!ready && (
          <p class="fe-note">
            The generator needs JavaScript. If it does not start, use the advice and the sample email further down.
          </p>
        )}
        <p class="fe-note">Nothing you type leaves your device. Fields are required unless marked optional.</p>
        <fieldset class="fe-group" disabled={!ready}>
          <legend>You and the job</legend>
          {fromPlan && <p class="fe-hint">The company, the job and the day you heard come from your plan.</p>}
          {text('yourName', 'Your name', { autocomplete: 'name', hint: 'As you sign your emails.' })}
          {text('company', 'Company')}
          {text('role', 'Job you interviewed for', { hint: 'For example: Marketing Assistant' })}
          {text('when', 'Interview date or stage', {
            optional: true,
            hint: 'For example: last Tuesday, or the second round',
          })}
        </fieldset>

        <fieldset class="fe-group" disabled={!ready}>
          <legend>Who told you the news?</legend>
          <p class="fe-hint">
            Your email goes back to them. If you are answering their message, reply in the same thread.
          </p>
          <Choices
            name={`${id}-toldBy`}
            options={senderKinds}
            labels={senderLabels}
            value={fields.toldBy}
            onChange={(v) => set('toldBy', v)}
          />
          {viaRecruiter && text('recruiterName', 'Recruiter’s name', { hint: 'As you would greet them.' })}
          {text('interviewerName', 'Interviewer’s name', {
            optional: viaRecruiter,
            hint: viaRecruiter
              ? 'So the recruiter can ask the right person for tips.'
              : 'As you would greet them: Sam, or Dr Patel.',
          })}
          {viaRecruiter &&
            text('interviewerTitle', 'Interviewer’s job title', {
              optional: true,
              hint: 'For example: Head of Marketing',
            })}
          {needsGreetChoice(greeted) && (
            <GreetChoice
              id={`${id}-greetAs`}
              name={greeted}
              value={fields.greetAs}
              onChange={(v) => set('greetAs', v)}
            />
          )}
        </fieldset>

        <fieldset class="fe-group" disabled={!ready}>
          <legend>The email</legend>
          <fieldset class="fe-subgroup">
            <legend>Tone</legend>
            <Choices
              name={`${id}-tone`}
              options={tones}
              labels={toneLabels}
              hints={toneHints}
              value={fields.tone}
              onChange={(v) => set('tone', v)}
            />
          </fieldset>
          <div class="fe-field">
            <label htmlFor={`${id}-area`}>
              Ask about one area <span class="fe-optional">(optional)</span>
            </label>
            <p class="fe-hint" id={`${id}-area-hint`}>
              {areaFromLink
                ? 'Chosen from your quiz result; you can change it.'
                : 'One of the three things the article asks you to review.'}
            </p>
            <select
              id={`${id}-area`}
              aria-describedby={`${id}-area-hint`}
              value={fields.area}
              onChange={(e) => set('area', parseArea(e.currentTarget.value))}
            >
              <option value="">No particular area</option>
              {feedbackAreas.map((a) => (
                <option value={a}>{areaLabels[a]}</option>
              ))}
            </select>
          </div>
          <div class="fe-check">
            <input
              id={`${id}-future`}
              type="checkbox"
              checked={fields.futureOpenings}
              onChange={(e) => set('futureOpenings', e.currentTarget.checked)}
            />
            <label htmlFor={`${id}-future`}>Ask to be considered for future openings</label>
          </div>
          {text('appreciated', 'One thing you appreciated', {
            optional: true,
            hint: 'For example: hearing about the team’s plans for next year',
          })}
          {text('toAddress', 'Their email address', {
            optional: true,
            type: 'email',
            hint: 'Only used to fill in “To” when you open the email in your email app.',
          })}
        </fieldset>

        <div class="fe-actions">
          <button type="submit" class="fe-button fe-primary" disabled={!ready}>
            Write my email
          </button>
        </div>

        <div class="fe-keep">
          <div class="fe-check">
            <input
              id={`${id}-keep`}
              type="checkbox"
              checked={kept.keep}
              disabled={!ready}
              onChange={(e) => toggleKeep(e.currentTarget.checked)}
              aria-describedby={`${id}-keep-hint`}
            />
            <label htmlFor={`${id}-keep`}>Keep this draft on this device</label>
          </div>
          <p class="fe-hint" id={`${id}-keep-hint`}>
            Stored only in this browser, never sent anywhere. Off unless you tick it.
          </p>
          {kept.keep && (
            <button type="button" class="fe-button" onClick={forgetDraft}>
              Forget this draft
            </button>
          )}
        </div>
      </form>

      <p class="fe-status" role="status">
        {status}
      </p>

      {check.submitted && validation.input && Output && (
        <Output
          input={validation.input}
          toAddress={fields.toAddress.trim()}
          variant={draft.variant}
          setVariant={setVariant}
          edits={draft.edits}
          setEdits={setEdits}
          heard={draft.heard}
          setHeard={setHeard}
          focusRequest={focusOutput}
          pageUrl={pageUrl}
          setStatus={setStatus}
          onStartOver={startOver}
        />
      )}
    </div>
  );
}

/** Whether a draft's form is complete, so its email can be shown at once. */
const isComplete = (d: Draft) => Boolean(validateFields(d.fields).input);

/** How to greet someone whose full name was typed: never "Hi Sam Patel,". */
function GreetChoice(props: { id: string; name: string; value: GreetForm; onChange: (value: GreetForm) => void }) {
  return (
    <div class="fe-field">
      <label htmlFor={props.id}>Greet them as</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as GreetForm)}>
        {greetForms.map((form) => (
          <option value={form}>{greeting(props.name, form).name}</option>
        ))}
      </select>
    </div>
  );
}

function TextInput(props: {
  id: string;
  label: string;
  value: string;
  max: number;
  hint?: string;
  error?: string;
  optional?: boolean;
  type?: string;
  autocomplete?: string;
  onInput: (value: string) => void;
  onBlur: () => void;
}) {
  const describedBy =
    [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class="fe-field">
      <label htmlFor={props.id}>
        {props.label}
        {props.optional && <span class="fe-optional"> (optional)</span>}
      </label>
      {props.hint && (
        <p class="fe-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="fe-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
      <input
        id={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        autocomplete={props.autocomplete ?? 'off'}
        aria-invalid={props.error ? 'true' : undefined}
        aria-required={props.optional ? undefined : 'true'}
        aria-describedby={describedBy}
        // A soft cap well past the limit: the message explains the limit instead of the field silently refusing input.
        maxLength={props.max * 4}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        onBlur={props.onBlur}
      />
    </div>
  );
}

function Choices<T extends string>(props: {
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  hints?: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <div class="fe-choices">
      {props.options.map((option) => (
        <div class="fe-check">
          <input
            id={`${props.name}-${option}`}
            type="radio"
            name={props.name}
            value={option}
            checked={props.value === option}
            onChange={() => props.onChange(option)}
          />
          <label htmlFor={`${props.name}-${option}`}>
            {props.labels[option]}
            {props.hints && <span class="fe-optional">: {props.hints[option]}</span>}
          </label>
        </div>
      ))}
    </div>
  );
}
