// One step of the plan, in the step path's style (.steps): its title, when (relative days without JavaScript, dates
// with it), what to do, its links (the tools open with the plan's hand-off) and a "Done" tick.
import { dayWords } from '#/lib/plan/dates.ts';
import { stepAnchor, withArea } from '#/lib/plan/links.ts';
import type { DatedStep, StepStatus } from '#/lib/plan/schedule.ts';
import { areaGuides, areaWords, reviewFork, type PlanLink, type PlanStepWords } from '#/lib/plan/steps.ts';
import type { FeedbackArea } from '#/lib/feedback-email/areas.ts';

const statusWords: Record<Exclude<StepStatus, 'done'>, string> = {
  now: 'Now',
  later: 'Coming up',
  passed: 'Behind you',
  'not-needed': 'Not needed: they replied',
};

/** A link with the plan's hand-off: the area to ask about in the fragment (the rest the tool reads on the device). */
export const handoffHref = (link: PlanLink, area: FeedbackArea | '') =>
  link.handoff ? withArea(link.href, area) : link.href;

export function PlanStep(props: {
  step: PlanStepWords;
  /** Absent until the browser knows today's date. */
  dated?: DatedStep;
  current: boolean;
  area: FeedbackArea | '';
  ready: boolean;
  /** YYYY-MM-DD; '' until the browser knows it. */
  today: string;
  onDone: (done: boolean) => void;
}) {
  const { step, dated, area } = props;
  const done = dated?.status === 'done';
  const box = `${stepAnchor(step.id)}-done`;
  return (
    <li
      id={stepAnchor(step.id)}
      class={`steps__item plan-step${done ? ' steps__item--done' : ''}`}
      aria-current={props.current ? 'step' : undefined}
    >
      <h3 class="steps__title" tabIndex={-1}>
        {step.title}
      </h3>
      <div class="plan-step__body">
        <p class="plan-when">
          {dated ? (
            <>
              <span class={`plan-tag plan-tag--${dated.status}`}>
                {done
                  ? `Done ${doneWords(dated, props.today)}`
                  : statusWords[dated.status as Exclude<StepStatus, 'done'>]}
              </span>{' '}
              {dated.when}
            </>
          ) : (
            step.relative
          )}
        </p>
        <p>{step.text}</p>
        {step.id === 'email' && area && <p class="plan-area">From your quiz: ask about {areaWords[area]}.</p>}
        {step.action && (
          <p>
            <a class="button button--secondary" href={handoffHref(step.action, area)}>
              {step.action.label}
            </a>
          </p>
        )}
        {step.links.length > 0 && (
          <ul class="plan-links">
            {step.links.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        )}
        {step.id === 'review' && (
          <div class="plan-fork">
            {area && (
              <p class="plan-area">
                From your quiz: start with {areaWords[area]} (
                <a href={areaGuides[area].href}>{areaGuides[area].label}</a>).
              </p>
            )}
            <p class="plan-fork__question">{reviewFork.question}</p>
            <ul>
              {reviewFork.ways.map((way) => (
                <li key={way.href}>
                  <a href={way.href}>{way.label}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div class="plan-done plan-js">
          <input
            id={box}
            type="checkbox"
            checked={done}
            disabled={!props.ready}
            onChange={(e) => props.onDone(e.currentTarget.checked)}
          />
          <label htmlFor={box}>
            Done<span class="visually-hidden">: {step.title}</span>
          </label>
        </div>
      </div>
    </li>
  );
}

function doneWords(step: DatedStep, today: string): string {
  if (!step.doneOn) return '';
  const words = dayWords(step.doneOn, today);
  return /^(Today|Yesterday|Tomorrow)$/.test(words) ? words.toLowerCase() : `on ${words}`;
}
