// One step of the quiz: an area's questions as radio groups. "Next" checks that each has an answer, and otherwise
// marks the groups left open and puts focus on the first of them.
import { useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { answerKey, type Answers, type QuizArea } from '#/lib/quiz/types.ts';

interface Props {
  area: QuizArea;
  index: number;
  count: number;
  areaTitles: string[];
  answers: Answers;
  headingRef: RefObject<HTMLHeadingElement>;
  onAnswer: (key: string, value: number) => void;
  onBack: () => void;
  onNext: () => void;
}

export function QuizStep({ area, index, count, areaTitles, answers, headingRef, onAnswer, onBack, onNext }: Props) {
  const [checked, setChecked] = useState(false);
  const open = area.questions.filter((q) => answers[answerKey(area.id, q.id)] === undefined);

  const submit = (event: Event) => {
    event.preventDefault();
    if (open.length === 0) {
      setChecked(false);
      onNext();
      return;
    }
    setChecked(true);
    const first = document.getElementsByName(`quiz-${answerKey(area.id, open[0]!.id)}`)[0];
    first?.focus();
  };

  return (
    <form class="quiz-step" onSubmit={submit} noValidate aria-labelledby="quiz-step-heading">
      <h2 id="quiz-step-heading" ref={headingRef} tabIndex={-1}>
        {count > 1 && (
          <span class="quiz-step-count">
            Step {index + 1} of {count}:{' '}
          </span>
        )}
        {area.title}
      </h2>
      {count > 1 && (
        <ol class="quiz-progress" aria-label="Steps">
          {areaTitles.map((title, i) => (
            <li
              class={i < index ? 'is-done' : i === index ? 'is-current' : ''}
              aria-current={i === index ? 'step' : undefined}
            >
              {title}
              {i < index && <span class="visually-hidden"> (done)</span>}
            </li>
          ))}
        </ol>
      )}
      <p class="quiz-intro">{area.intro}</p>
      {checked && open.length > 0 && (
        <p class="quiz-error" role="alert">
          {open.length === 1 ? 'One question still needs an answer.' : `${open.length} questions still need an answer.`}{' '}
          Choose the answer closest to how it went.
        </p>
      )}
      {area.questions.map((q) => {
        const key = answerKey(area.id, q.id);
        const missing = checked && answers[key] === undefined;
        const described = [q.hint && `${key}-hint`, missing && `${key}-error`].filter(Boolean).join(' ');
        return (
          <fieldset
            class={missing ? 'quiz-question is-missing' : 'quiz-question'}
            key={key}
            aria-describedby={described || undefined}
          >
            <legend>{q.prompt}</legend>
            {q.hint && (
              <p class="quiz-hint" id={`${key}-hint`}>
                {q.hint}
              </p>
            )}
            {missing && (
              <p class="quiz-field-error" id={`${key}-error`}>
                Choose one answer.
              </p>
            )}
            {q.options.map((option, i) => (
              <label class="quiz-option" key={i}>
                <input
                  type="radio"
                  name={`quiz-${key}`}
                  value={i}
                  checked={answers[key] === i}
                  onChange={() => onAnswer(key, i)}
                />
                <span>{option.label}</span>
              </label>
            ))}
          </fieldset>
        );
      })}
      <div class="quiz-nav">
        <button type="submit" class="quiz-button quiz-button--primary">
          {index + 1 === count ? 'See my results' : 'Next'}
        </button>
        {index > 0 && (
          <button type="button" class="quiz-button" onClick={onBack}>
            Back
          </button>
        )}
      </div>
    </form>
  );
}
