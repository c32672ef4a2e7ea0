// The self-assessment quiz island: one area per step, then the results. Rendered on the client only (client:only);
// the page shows the same questions as a printable checklist when JavaScript is off.
// Radio groups follow the native pattern (fieldset + legend, arrow keys within a group, Tab between groups):
// https://www.w3.org/WAI/ARIA/apg/patterns/radio/
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { NextLinks, Quiz as QuizData } from '#/lib/quiz/types.ts';
import { reachableStep, runAnswers, runAreas, runResult, startRun, type Run } from '#/lib/quiz/run.ts';
import { noticeText, resultsAnnouncement } from '#/lib/quiz/wording.ts';
import { saveProgress, progressKey } from '#/lib/quiz/progress.ts';
import { encodeShare, quizFingerprint, shareCodeFromHash } from '#/lib/quiz/share.ts';
import { QuizStep } from './QuizStep.tsx';
import { QuizResults } from './QuizResults.tsx';
import './Quiz.css';

interface Props {
  quiz: QuizData;
  /** Where shared result links point: the quiz page of the full site. */
  quizPath: string;
  next: NextLinks;
  /** Inside another site's iframe: links open the full site in a new tab. */
  embedded?: boolean;
}

/** sessionStorage itself throws in some framed or private contexts. */
function tabStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export default function Quiz({ quiz, quizPath, next, embedded = false }: Props) {
  const fingerprint = useMemo(() => quizFingerprint(quiz), [quiz]);
  const [run, setRun] = useState<Run>(() => startRun(quiz, location, tabStorage()));
  // Bumped by the reader's own moves only, so loading the page never steals focus.
  const [moves, setMoves] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const areas = runAreas(quiz, run);
  const result = run.step >= areas.length ? runResult(quiz, run) : undefined;

  useEffect(() => {
    if (!run.shared)
      saveProgress(tabStorage(), progressKey(fingerprint, run.filter), { answers: run.answers, step: run.step });
  }, [run, fingerprint]);

  useEffect(() => {
    if (moves > 0) heading.current?.focus();
  }, [moves]);

  useEffect(() => {
    // A result link pasted into the address bar of an open quiz only changes the fragment.
    const reread = () => {
      if (shareCodeFromHash(location.hash) === null) return;
      setRun(startRun(quiz, location, tabStorage()));
      setMoves((m) => m + 1);
    };
    addEventListener('hashchange', reread);
    return () => removeEventListener('hashchange', reread);
  }, [quiz]);

  const go = (change: Partial<Run>) => {
    setRun((r) => ({ ...r, notice: undefined, ...change }));
    setMoves((m) => m + 1);
  };
  const allIds = quiz.areas.map((a) => a.id);
  const startAgain = () => {
    // A shared result leaves the address bar, so a reload shows the reader's own quiz.
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
    go(
      run.shared
        ? { answers: {}, step: 0, shared: false, areaIds: allIds, filter: undefined }
        : { answers: {}, step: 0 },
    );
  };
  const wholeQuiz = () =>
    go({ areaIds: allIds, filter: undefined, step: reachableStep(quiz.areas, run.answers, allIds.length) });

  return (
    <div class="quiz">
      {run.notice && (
        <p class="quiz-notice" role="alert">
          {noticeText[run.notice]}
        </p>
      )}
      {/* Present from the start, so screen readers announce the results when the text appears. */}
      <p class="visually-hidden" role="status">
        {result ? resultsAnnouncement(result) : ''}
      </p>
      {result ? (
        <QuizResults
          result={result}
          code={encodeShare(quiz, runAnswers(quiz, run))}
          shared={run.shared}
          source={run.source}
          headingRef={heading}
          quizPath={quizPath}
          next={next}
          embedded={embedded}
          onChange={() => go({ step: 0 })}
          onStartAgain={startAgain}
          onWholeQuiz={wholeQuiz}
        />
      ) : (
        <QuizStep
          key={areas[run.step]!.id}
          area={areas[run.step]!}
          index={run.step}
          count={areas.length}
          areaTitles={areas.map((a) => a.title)}
          answers={run.answers}
          headingRef={heading}
          onAnswer={(key, value) => setRun((r) => ({ ...r, answers: { ...r.answers, [key]: value } }))}
          onBack={() => go({ step: run.step - 1 })}
          onNext={() => go({ step: run.step + 1 })}
        />
      )}
    </div>
  );
}
