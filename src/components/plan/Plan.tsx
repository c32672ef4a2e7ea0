// "My plan": the island of /plan/. The server renders the path with relative days ("Day 2"), which is what readers
// without JavaScript get; in the browser it becomes the person's own dated plan: the day they heard, the optional
// company and role, steps marked done, and what to do today. It is kept in this browser only (localStorage), from
// the first change the person makes, until "Forget my plan". Hand-offs to the tools never put what they typed in a
// URL: the tools read the kept plan, and the area to ask about travels in the fragment.
import './Plan.css';
import '#/styles/components/button.css';
import '#/styles/components/card.css';
import '#/styles/components/steps.css';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { formatDate, isIsoDate, localToday } from '#/lib/feedback-email/send-date.ts';
import { areaFromHash } from '#/lib/plan/handoff.ts';
import { datedPlan, todayFocus, type DatedStep } from '#/lib/plan/schedule.ts';
import { stepAnchor } from '#/lib/plan/links.ts';
import { planFromSituation, situations, situationStep } from '#/lib/plan/situations.ts';
import { planSteps, planSubject, type StepId } from '#/lib/plan/steps.ts';
import { limits, newPlan, parsePlan, PLAN_KEY, serializePlan, type PlanState } from '#/lib/plan/store.ts';
import { localStore } from '#/components/local-store.ts';
import { PlanStep } from './PlanStep.tsx';
import { randomId } from './random-id.ts';
import { TodayCard } from './TodayCard.tsx';

interface Props {
  /** The site's origin (SITE_URL), for the links in the calendar file. */
  origin: string;
}

const store = localStore(PLAN_KEY);

export default function Plan({ origin }: Props) {
  const id = useId();
  const [today, setToday] = useState('');
  const [plan, setPlan] = useState<PlanState | null>(null);
  const [kept, setKept] = useState(false);
  const [notice, setNotice] = useState('');
  const [status, setStatus] = useState('');
  const [dateError, setDateError] = useState('');
  const [target, setTarget] = useState<{ step: StepId } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  // The plan as last rendered, for the hashchange listener registered once.
  const latest = useRef<PlanState | null>(null);
  latest.current = plan;

  // Reads the fragment: a "Where am I?" answer (#step-review) dates a plan that is not kept yet; the quiz's hand-off
  // (#area=attitude) adds the area to ask about. A kept plan is never re-dated by a link.
  function arrive(current: PlanState, isKept: boolean, day: string): PlanState {
    const step = situationStep(location.hash);
    const area = areaFromHash(location.hash);
    let next = current;
    if (step) {
      if (!isKept) {
        next = planFromSituation(step, day);
        const answer = situations.find((s) => s.step === step)!;
        setNotice(
          step === 'pause'
            ? ''
            : `Dated from your answer, “${answer.label}”. If you know the day you heard, change it below.`,
        );
      }
      setTarget({ step });
    } else if (area) {
      next = { ...current, area };
      if (isKept) save(next);
      setNotice('Your quiz result is in your plan: the email step asks about it.');
      history.replaceState(null, '', `#${stepAnchor('email')}`);
      setTarget({ step: 'email' });
    }
    return next;
  }

  useEffect(() => {
    const day = localToday();
    const stored = parsePlan(store.read());
    setToday(day);
    setKept(stored !== null);
    setPlan(arrive(stored ?? newPlan(day), stored !== null, day));
    const onHash = () => latest.current && setPlan(arrive(latest.current, store.read() !== null, day));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  // After a link brought the reader to a step, show it and put focus on its heading, once the dates are on screen.
  useEffect(() => {
    if (!target) return;
    const heading = root.current?.querySelector<HTMLElement>(`#${stepAnchor(target.step)} h3`);
    heading?.focus({ preventScroll: true });
    heading?.closest('li')?.scrollIntoView({ block: 'start' });
  }, [target]);

  /** Keeps the plan on this device; the first time, it gets an id for its calendar events. */
  function save(next: PlanState): PlanState {
    const withId = next.id ? next : { ...next, id: randomId() };
    if (store.write(serializePlan(withId))) {
      setKept(true);
    } else {
      setStatus(
        'This browser does not allow keeping your plan (private mode or storage turned off). Print it instead.',
      );
    }
    return withId;
  }

  const change = (changes: Partial<PlanState>) => plan && setPlan(save({ ...plan, ...changes }));

  function setHeard(value: string) {
    if (!isIsoDate(value)) return setDateError('Enter the day you heard, for example 7 December.');
    if (value > today) return setDateError('The day you heard can’t be after today.');
    setDateError('');
    setNotice('');
    change({ heard: value });
  }

  function markDone(step: StepId, done: boolean) {
    if (!plan) return;
    const marks = { ...plan.done };
    if (done) marks[step] = today;
    else delete marks[step];
    const next = { ...plan, done: marks };
    setPlan(save(next));
    const focus = todayFocus(datedPlan(next, today));
    const title = planSteps.find((s) => s.id === step)!.title;
    setStatus(
      `“${title}” ${done ? 'marked done' : 'no longer marked done'}. ` +
        (focus.kind === 'finished'
          ? 'Your plan is complete.'
          : `${focus.kind === 'today' ? 'Today' : 'Next'}: ${focus.step.title}.`),
    );
  }

  function forget() {
    store.remove();
    setKept(false);
    setNotice('');
    setDateError('');
    setPlan(newPlan(today));
    setStatus('Your plan is forgotten: nothing of it is kept on this device.');
  }

  async function addToCalendar() {
    if (!plan) return;
    const { downloadPlanCalendar } = await import('./download-calendar.ts');
    downloadPlanCalendar(datedPlan(plan, today), plan, origin);
    setStatus('Your plan is downloading as a calendar file (my-plan.ics). Open it to add the steps to your calendar.');
  }

  const ready = plan !== null;
  const steps: readonly DatedStep[] | null = plan && datedPlan(plan, today);
  const focus = steps && todayFocus(steps);
  const current = focus && focus.kind === 'today' ? focus.step.id : undefined;

  return (
    <div class="plan" ref={root}>
      <TodayCard focus={focus} today={today} area={plan?.area ?? ''} />

      <section class="plan-section" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>Your plan, step by step</h2>
        {plan && (
          <p class="plan-print-only">
            {[planSubject(plan.company, plan.role), `You heard on ${formatDate(plan.heard, today)}.`]
              .filter(Boolean)
              .join('. ')}
          </p>
        )}
        <div class="plan-details plan-js">
          <fieldset disabled={!ready}>
            <legend>About the news</legend>
            <div class="plan-field">
              <label htmlFor={`${id}-heard`}>The day you heard</label>
              {dateError && (
                <p class="plan-error" id={`${id}-heard-error`}>
                  {dateError}
                </p>
              )}
              <input
                id={`${id}-heard`}
                type="date"
                value={plan?.heard ?? ''}
                max={today || undefined}
                aria-invalid={dateError ? 'true' : undefined}
                aria-describedby={dateError ? `${id}-heard-error` : undefined}
                onChange={(e) => setHeard(e.currentTarget.value)}
              />
            </div>
            <TextField
              id={`${id}-company`}
              label="Company"
              value={plan?.company ?? ''}
              max={limits.company}
              onInput={(company) => change({ company })}
            />
            <TextField
              id={`${id}-role`}
              label="Job you interviewed for"
              value={plan?.role ?? ''}
              max={limits.role}
              onInput={(role) => change({ role })}
            />
          </fieldset>
          {notice && <p class="plan-notice">{notice}</p>}
        </div>

        <ol class="steps plan-steps">
          {(steps ?? planSteps).map((step) => (
            <PlanStep
              key={step.id}
              step={step}
              dated={steps ? (step as DatedStep) : undefined}
              current={step.id === current}
              area={plan?.area ?? ''}
              ready={ready}
              today={today}
              onDone={(done) => markDone(step.id, done)}
            />
          ))}
        </ol>
      </section>

      <section class="plan-keep plan-js no-print" aria-labelledby={`${id}-keep`}>
        <h2 id={`${id}-keep`}>Keep it with you</h2>
        <p class="plan-hint">
          {kept
            ? 'Your plan is kept in this browser only, never sent anywhere. “Forget my plan” removes it.'
            : 'Nothing is kept yet. Once you change something, your plan is kept in this browser only, never sent anywhere.'}
        </p>
        <div class="button-row">
          <button type="button" class="button button--secondary" disabled={!ready} onClick={addToCalendar}>
            Add to my calendar (.ics)
          </button>
          <button type="button" class="button button--secondary" disabled={!ready} onClick={() => print()}>
            Print my plan
          </button>
          {kept && (
            <button type="button" class="button button--secondary" onClick={forget}>
              Forget my plan
            </button>
          )}
        </div>
      </section>
      <p class="plan-status" role="status">
        {status}
      </p>
    </div>
  );
}

function TextField(props: { id: string; label: string; value: string; max: number; onInput: (v: string) => void }) {
  return (
    <div class="plan-field">
      <label htmlFor={props.id}>
        {props.label} <span class="plan-optional">(optional)</span>
      </label>
      <input
        id={props.id}
        type="text"
        autocomplete="off"
        value={props.value}
        maxLength={props.max}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </div>
  );
}
