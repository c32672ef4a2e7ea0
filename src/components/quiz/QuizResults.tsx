// The results: what the answers suggest checking, area by area, with the tips and guides that apply, the next steps,
// and a link that reproduces the result. In an embed every link opens the full site in a new tab.
import { useRef, useState } from 'preact/hooks';
import type { ComponentChildren, RefObject } from 'preact';
import { feedbackLink, type QuizResult } from '#/lib/quiz/score.ts';
import type { NextLinks } from '#/lib/quiz/types.ts';
import { bandLabels, summarize } from '#/lib/quiz/wording.ts';
import { shareUrl } from '#/lib/quiz/share.ts';
import { withSource } from '#/lib/quiz/params.ts';
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
function SiteLink({
  href,
  embedded,
  source,
  children,
}: {
  href: string;
  embedded: boolean;
  source?: string;
  children: ComponentChildren;
}) {
  if (!embedded) return <a href={href}>{children}</a>;
  return (
    <a href={withSource(href, source)} target="_blank" rel="noopener">
      {children}
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
  const link = (href: string, text: string) => (
    <SiteLink href={href} embedded={embedded} source={source}>
      {text}
    </SiteLink>
  );

  const copy = async () => {
    if (await copyText(url)) return setCopyStatus('Link copied.');
    shareInput.current?.select();
    setCopyStatus('The link is selected: copy it with your keyboard or menu.');
  };

  const feedback = feedbackLink(next, result);

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

      {result.areas.map((area) => (
        <section class={`quiz-area quiz-area--${area.band}`} aria-labelledby={`quiz-area-${area.id}`} key={area.id}>
          <h3 id={`quiz-area-${area.id}`}>
            {area.title}: {bandLabels[area.band]}
          </h3>
          <p class="quiz-score">
            <meter min={0} max={area.max} value={area.points} aria-hidden="true" />
            <span>
              {area.points} of {area.max} points
            </span>
          </p>
          {area.tips.length > 0 ? (
            <ul class="quiz-tips">
              {area.tips.map((tip) => (
                <li key={tip.questionId}>
                  <p class="quiz-tip-question">
                    {tip.prompt}{' '}
                    <span>
                      {shared ? 'Answer given' : 'You answered'}: “{tip.answer}”
                    </span>
                  </p>
                  <p>{tip.tip}</p>
                  {tip.guide.href !== area.guide.href && <p>Read more: {link(tip.guide.href, tip.guide.title)}</p>}
                </li>
              ))}
            </ul>
          ) : (
            <p>Nothing here stands out to check.</p>
          )}
          <p class="quiz-area-guide">
            {area.tips.length > 0 ? 'Read more' : 'The guide goes further if you want it'}:{' '}
            {link(area.guide.href, area.guide.title)}
          </p>
        </section>
      ))}

      <h3>Next steps</h3>
      <ul class="quiz-next">
        {result.partial && !shared && (
          <li>
            <button type="button" class="quiz-link-button" onClick={props.onWholeQuiz}>
              Check the other areas too
            </button>
          </li>
        )}
        <li>
          {link(feedback.href, feedback.title)}
          {result.allStrong
            ? ': when you may have done your best, their feedback is the only way to learn more.'
            : ': the interviewer can tell you what your own review can’t.'}
        </li>
        <li>
          {link(next.course, 'Join the free Job Seeker email course')} to become more competitive in your next
          application.
        </li>
      </ul>

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
