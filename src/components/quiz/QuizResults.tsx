// The results, for someone on a bad day: a short summary, each area as a bar with its score in words, the three
// things to check first, the rest folded away, and the next steps as buttons (the email, the plan, the course).
// A link that reproduces the result follows. In an embed every link opens the full site in a new tab.
import '#/styles/components/button.css';
import '#/styles/components/meter.css';
import { useRef, useState } from 'preact/hooks';
import type { ComponentChildren, RefObject } from 'preact';
import { areaToAsk, branchGuide, FIRST_CHECKS, rankedTips, type AreaTip, type QuizResult } from '#/lib/quiz/score.ts';
import type { NextLinks } from '#/lib/quiz/types.ts';
import { bandLabels, summarize } from '#/lib/quiz/wording.ts';
import { shareUrl } from '#/lib/quiz/share.ts';
import { withSource } from '#/lib/quiz/params.ts';
import { PLAN_KEY, withArea } from '#/lib/plan/links.ts';
import { localStore } from '#/components/local-store.ts';
import { copyText } from '#/components/clipboard.ts';

interface Props {
  result: QuizResult;
  code: string;
  shared: boolean;
  source?: string;
  headingRef: RefObject<HTMLHeadingElement>;
  quizPath: string;
  next: NextLinks;
  embedded: boolean;
  onChange: () => void;
  onStartAgain: () => void;
  onWholeQuiz: () => void;
}

/** A link into the full site: from an embed it opens in a new tab and carries the embedding site's label. */
function SiteLink(props: {
  href: string;
  embedded: boolean;
  source?: string;
  class?: string;
  children: ComponentChildren;
}) {
  if (!props.embedded)
    return (
      <a href={props.href} class={props.class}>
        {props.children}
      </a>
    );
  return (
    <a href={withSource(props.href, props.source)} class={props.class} target="_blank" rel="noopener">
      {props.children}
      <span class="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

export function QuizResults(props: Props) {
  const { result, code, shared, source, headingRef, quizPath, next, embedded } = props;
  const summary = summarize(result);
  const url = shareUrl(location.href, quizPath, code);
  const [copyStatus, setCopyStatus] = useState('');
  const shareInput = useRef<HTMLInputElement>(null);
  const link = (href: string, text: string, className?: string) => (
    <SiteLink href={href} embedded={embedded} source={source} class={className}>
      {text}
    </SiteLink>
  );

  const copy = async () => {
    if (await copyText(url)) return setCopyStatus('Link copied.');
    shareInput.current?.select();
    setCopyStatus('The link is selected: copy it with your keyboard or menu.');
  };

  const tips = rankedTips(result);
  const first = tips.slice(0, FIRST_CHECKS);
  const later = new Set(tips.slice(FIRST_CHECKS).map((t) => t.questionId + t.areaId));
  const area = areaToAsk(result);
  const branch = branchGuide(next, result);
  // The plan is on this device only; inside another site's frame it is not this reader's plan.
  const hasPlan = !embedded && !shared && localStore(PLAN_KEY).read() !== null;

  return (
    <section class="quiz-results" aria-labelledby="quiz-results-heading">
      <h2 id="quiz-results-heading" ref={headingRef} tabIndex={-1}>
        {shared ? 'Shared results' : 'Your results'}
      </h2>
      {shared && (
        <p class="quiz-notice quiz-notice--info">
          These results come from a shared link. The answers are in the link itself; nothing was stored or sent
          anywhere.
        </p>
      )}
      <p class="quiz-headline">{summary.headline}</p>
      {summary.body.map((text) => (
        <p>{text}</p>
      ))}

      <h3>Area by area</h3>
      <ul class="quiz-bars">
        {result.areas.map((a) => (
          <li key={a.id}>
            <label htmlFor={`quiz-meter-${a.id}`}>
              <strong>{a.title}</strong>: {bandLabels[a.band].toLowerCase()},{' '}
              <span class="quiz-bar-score">
                {a.points} of {a.max} points
              </span>
            </label>
            <meter id={`quiz-meter-${a.id}`} class="meter" min={0} max={a.max} value={a.points} />
          </li>
        ))}
      </ul>

      {first.length > 0 ? (
        <>
          <h3>{first.length === 1 ? 'The thing to check first' : `The ${first.length} things to check first`}</h3>
          <ol class="quiz-tips quiz-first">
            {first.map((tip) => (
              <TipItem key={tip.areaId + tip.questionId} tip={tip} shared={shared} link={link} />
            ))}
          </ol>
        </>
      ) : (
        <p>Nothing in your answers stands out to check.</p>
      )}

      <details class="quiz-more">
        <summary>
          {later.size > 0
            ? `${later.size} more ${later.size === 1 ? 'thing' : 'things'} to check, area by area`
            : 'Each area in more detail'}
        </summary>
        {result.areas.map((a) => {
          const rest = a.tips.filter((t) => later.has(t.questionId + a.id));
          return (
            <section class={`quiz-area quiz-area--${a.band}`} aria-labelledby={`quiz-area-${a.id}`} key={a.id}>
              <h4 id={`quiz-area-${a.id}`}>
                {a.title}: {bandLabels[a.band]}
              </h4>
              {rest.length > 0 ? (
                <ul class="quiz-tips">
                  {rest.map((tip) => (
                    <TipItem
                      key={tip.questionId}
                      tip={{ ...tip, areaId: a.id, areaTitle: a.title }}
                      shared={shared}
                      link={link}
                    />
                  ))}
                </ul>
              ) : (
                <p>
                  {a.tips.length > 0 ? 'What to check here is in the list above.' : 'Nothing here stands out to check.'}
                </p>
              )}
              <p class="quiz-area-guide">
                {a.tips.length > 0 ? 'Read more' : 'The guide goes further if you want it'}:{' '}
                {link(a.guide.href, a.guide.title)}
              </p>
            </section>
          );
        })}
      </details>

      <h3>Next steps</h3>
      <p>
        {result.allStrong
          ? 'You may have done your best. Read '
          : 'If you find things you could have done better, read '}
        {link(branch.href, branch.title)}
        {result.allStrong
          ? ': their feedback is the only way to learn more.'
          : ': what to work on, and why it is still worth asking.'}
      </p>
      <div class="button-row quiz-next">
        {result.partial && !shared && (
          <button type="button" class="button button--secondary" onClick={props.onWholeQuiz}>
            Check the other areas too
          </button>
        )}
        {link(withArea(next.feedbackTool, area), 'Write your feedback email', 'button')}
        {link(
          withArea(next.plan, area),
          hasPlan ? 'Back to my plan' : 'Make a plan with dates',
          'button button--secondary',
        )}
        {link(next.course, 'Join the free email course', 'button button--secondary')}
      </div>

      <h3>Share these results</h3>
      <p>
        The link holds your answers and nothing else: no name, nothing stored on a server. Anyone who opens it sees
        these results.
      </p>
      <div class="quiz-share">
        <label htmlFor="quiz-share-link">Link to these results</label>
        <input
          id="quiz-share-link"
          ref={shareInput}
          type="text"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" class="quiz-button" onClick={copy}>
          Copy link
        </button>
      </div>
      <p class="quiz-copy-status" role="status">
        {copyStatus}
      </p>

      <div class="quiz-nav">
        {!shared && (
          <button type="button" class="quiz-button" onClick={props.onChange}>
            Change my answers
          </button>
        )}
        <button type="button" class="quiz-button" onClick={props.onStartAgain}>
          {shared ? 'Take the quiz yourself' : 'Start again'}
        </button>
      </div>
    </section>
  );
}

function TipItem(props: { tip: AreaTip; shared: boolean; link: (href: string, text: string) => ComponentChildren }) {
  const { tip, shared } = props;
  return (
    <li>
      <p class="quiz-tip-question">
        <span class="quiz-tip-area">{tip.areaTitle}</span> {tip.prompt}{' '}
        <span>
          {shared ? 'Answer given' : 'You answered'}: “{tip.answer}”
        </span>
      </p>
      <p>{tip.tip}</p>
      <p>Read more: {props.link(tip.guide.href, tip.guide.title)}</p>
    </li>
  );
}
