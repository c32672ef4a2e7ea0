// The result: coverage of required and preferred items, what is not shown (required first) with suggestions, what is
// shown and where, and both texts with highlights. Framed as a word check, not a verdict.
import type { FitItem, FitReport, Level } from '#/lib/resume-fit/types.ts';
import { FRAMING, KIND_LABELS, LEVEL_LABELS, STATUS_LABELS, WARNINGS } from '#/lib/resume-fit/messages.ts';
import HighlightedText from './HighlightedText.tsx';

interface Props {
  report: FitReport;
  job: string;
  resume: string;
  headingRef: { current: HTMLHeadingElement | null };
}

function Coverage({ report, level }: { report: FitReport; level: Level }) {
  const c = report.coverage[level];
  if (!c.total)
    return (
      <p class="rf-coverage-line">
        <strong>{LEVEL_LABELS[level]}:</strong> none listed in the description.
      </p>
    );
  const partial = c.partial ? `, ${c.partial} in progress` : '';
  return (
    <p class="rf-coverage-line">
      <span>
        <strong>{LEVEL_LABELS[level]}:</strong> your resume shows {c.found} of {c.total}
        {partial}.
      </span>
      <meter min={0} max={c.total} value={c.found} aria-label={`${LEVEL_LABELS[level]} items shown`} />
    </p>
  );
}

function Tag({ item }: { item: FitItem }) {
  const progress = item.status === 'partial' ? ` · ${STATUS_LABELS.partial}` : '';
  return (
    <span class="rf-tag">
      {LEVEL_LABELS[item.level]} · {KIND_LABELS[item.kind]}
      {progress}
    </span>
  );
}

export default function Results({ report, job, resume, headingRef }: Props) {
  const notShown = report.items.filter((i) => i.status !== 'found');
  const shown = report.items.filter((i) => i.status === 'found');
  const jobMarks = report.items.flatMap((i) => i.jobRanges.map((r) => ({ ...r, mark: i.status })));
  const resumeMarks = report.items
    .filter((i) => i.status !== 'missing')
    .flatMap((i) => i.resumeRanges.map((r) => ({ ...r, mark: i.status })));
  return (
    <section class="rf-results" aria-labelledby="rf-results-heading">
      <h2 id="rf-results-heading" tabIndex={-1} ref={headingRef}>
        What the job asks for, and what your resume shows
      </h2>
      <p class="rf-framing">{FRAMING}</p>
      {report.warnings.map((w) => (
        <p class="rf-warning" key={w}>
          {WARNINGS[w]}
        </p>
      ))}
      <div class="rf-coverage">
        <Coverage report={report} level="required" />
        <Coverage report={report} level="preferred" />
      </div>

      {notShown.length > 0 && (
        <>
          <h3>Not shown yet ({notShown.length})</h3>
          <p>
            Required items come first. Add only what is true for you; where something is missing, the honest answer may
            be to leave it out.
          </p>
          <ul class="rf-items">
            {notShown.map((item) => (
              <li key={item.key} class={`rf-item rf-item-${item.status}`}>
                <p class="rf-item-head">
                  <strong>{item.label}</strong> <Tag item={item} />
                </p>
                {item.note && <p class="rf-note">{item.note}</p>}
                {item.suggestion && <p>{item.suggestion}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        More help: <a href="/guides/review-your-resume/">how to review your resume for this job</a>.
      </p>

      {shown.length > 0 && (
        <>
          <h3>Shown in your resume ({shown.length})</h3>
          <ul class="rf-items">
            {shown.map((item) => (
              <li key={item.key} class="rf-item rf-item-found">
                <p class="rf-item-head">
                  <strong>{item.label}</strong> <Tag item={item} />
                </p>
                {item.evidence.length > 0 && (
                  <p class="rf-note">Your words: {item.evidence.map((e) => `“${e}”`).join(', ')}</p>
                )}
                {item.note && <p class="rf-note">{item.note}</p>}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Both texts, highlighted</h3>
      <p class="rf-legend">
        <mark class="rf-mark-found">Shown</mark> <mark class="rf-mark-partial">In progress</mark>{' '}
        <mark class="rf-mark-missing">Not shown</mark>
      </p>
      <div class="rf-panels">
        <div>
          <h4>Job description</h4>
          <HighlightedText text={job} ranges={jobMarks} label="Job description, highlighted" />
        </div>
        <div>
          <h4>Your resume</h4>
          <HighlightedText text={resume} ranges={resumeMarks} label="Your resume, highlighted" />
        </div>
      </div>
    </section>
  );
}
