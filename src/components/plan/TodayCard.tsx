// "What's next today": the one thing to do today, the next step ahead when today has nothing, or the end of the
// plan. Before the browser knows the date (and without JavaScript) it says where to start instead.
import { formatDate } from '#/lib/feedback-email/send-date.ts';
import type { FeedbackArea } from '#/lib/feedback-email/areas.ts';
import type { TodayFocus } from '#/lib/plan/schedule.ts';
import { handoffHref } from './PlanStep.tsx';

export function TodayCard(props: { focus: TodayFocus | null; today: string; area: FeedbackArea | '' }) {
  const { focus, today } = props;
  const [eyebrow, title, text] = !focus
    ? [
        'Where to start',
        'Start with the step that fits you',
        'Pick where you are above, or begin with step 1: take a couple of days before you contact the company.',
      ]
    : focus.kind === 'today'
      ? [`Today, ${formatDate(today, today)}`, focus.step.title, focus.step.text]
      : focus.kind === 'next'
        ? ['Nothing to do today', `Next: ${focus.step.title}`, `${focus.step.when}. ${focus.step.text}`]
        : [
            'All done',
            'You have followed your plan to the end',
            'Well done. Keep your notes and their tips, and read them again before your next interview.',
          ];
  const action = focus?.kind === 'today' ? focus.step.action : undefined;
  return (
    <section class="card plan-today" aria-labelledby="plan-today-title">
      <p class="card__eyebrow">{eyebrow}</p>
      <h2 class="card__title" id="plan-today-title">
        {title}
      </h2>
      <p>{text}</p>
      {action && (
        <p>
          <a class="button" href={handoffHref(action, props.area)}>
            {action.label}
          </a>
        </p>
      )}
    </section>
  );
}
