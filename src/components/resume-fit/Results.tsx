// The result, short and honest: a headline that counts what was recognised, the three things to act on first, and
// the rest folded (everything checked, by verdict; lines we could not check; both texts highlighted). Advice is given
// once per kind of item, not on every card. Framed as a word check, not a verdict.
import type { FitItem, FitReport, Kind } from '#/lib/resume-fit/types.ts';
import {
  FRAMING,
  headline,
  KIND_ADVICE,
  KIND_LABELS,
  LEVEL_LABELS,
  STATUS_LABELS,
  WARNINGS,
} from '#/lib/resume-fit/messages.ts';
import HighlightedText from './HighlightedText.tsx';

interface Props {
  report: FitReport;
  job: string;
  resume: string;
  headingRef: { current: HTMLHeadingElement | null };
}

function Tag({ item }: { item: FitItem }) {
  return (
    <span class="rf-tag">
      {LEVEL_LABELS[item.level]} · {KIND_LABELS[item.kind]} · {STATUS_LABELS[item.status]}
    </span>
  );
}

/** What the resume has for an item: its words that matched, the related words, or a note. */
function Evidence({ item }: { item: FitItem }) {
  return (
    <>
      {item.status === 'found' && item.evidence.length > 0 && (
        <p class="rf-note">Your words: {item.evidence.map((e) => `“${e}”`).join(', ')}</p>
      )}
      {item.status === 'related' && item.related && (
        <p class="rf-note">
          Related words in your resume: {item.related.map((e) => `“${e}”`).join(', ')}. Judge whether they show it.
        </p>
      )}
      {item.note && <p class="rf-note">{item.note}</p>}
    </>
  );
}

function ItemList({ items, withSuggestion }: { items: FitItem[]; withSuggestion?: boolean }) {
  return (
    <ul class="rf-items">
      {items.map((item) => (
        <li key={item.key} class={`rf-item rf-item-${item.status}`}>
          <p class="rf-item-head">
            <strong>{item.label}</strong> <Tag item={item} />
          </p>
          <Evidence item={item} />
          {withSuggestion && item.suggestion && <p>{item.suggestion}</p>}
        </li>
      ))}
    </ul>
  );
}

export default function Results({ report, job, resume, headingRef }: Props) {
  const byKey = new Map(report.items.map((i) => [i.key, i]));
  const first = report.first.map((k) => byKey.get(k)!).filter(Boolean);
  const firstKeys = new Set(report.first);
  const rest = report.items.filter((i) => !firstKeys.has(i.key));
  const groups = (['missing', 'related', 'found'] as const)
    .map((status) => ({ status, items: rest.filter((i) => i.status === status) }))
    .filter((g) => g.items.length);
  const kinds = [...new Set(report.items.filter((i) => i.status !== 'found').map((i) => i.kind))] as (Kind | 'term')[];
  const advice = [...new Set(kinds.map((k) => KIND_ADVICE[k]).filter((a): a is string => !!a))];
  const { required, preferred } = report.coverage;
  const related = required.related + preferred.related;
  const jobMarks = report.items.flatMap((i) => i.jobRanges.map((r) => ({ ...r, mark: i.status })));
  const resumeMarks = report.items
    .filter((i) => i.status !== 'missing')
    .flatMap((i) => i.resumeRanges.map((r) => ({ ...r, mark: i.status })));
  return (
    <section class="rf-results" aria-labelledby="rf-results-heading">
      <h2 id="rf-results-heading" tabIndex={-1} ref={headingRef}>
        What the job asks for, and what your resume shows
      </h2>
      {report.warnings.map((w) => (
        <p class="rf-warning" key={w}>
          {WARNINGS[w]}
        </p>
      ))}
      <div class="rf-coverage">
        <p class="rf-headline">
          <strong>{headline(required.found, required.total, 'required')}</strong>
          {preferred.total > 0 && <> {headline(preferred.found, preferred.total, 'preferred')}</>}
        </p>
        {related > 0 && (
          <p class="rf-note">
            For {related} more, your resume has related words: have a look and judge whether they show it.
          </p>
        )}
        {report.unchecked.length > 0 && (
          <p class="rf-note">
            {report.unchecked.length} line{report.unchecked.length === 1 ? '' : 's'} of the description looked like
            requirements we could not read; they are listed below.
          </p>
        )}
      </div>
      <p class="rf-framing">{FRAMING}</p>

      {first.length > 0 && (
        <>
          <h3>Act on these first</h3>
          <p>Required items come first. Add only what is true for you; the honest answer may be to leave one out.</p>
          <ItemList items={first} withSuggestion />
        </>
      )}
      {advice.length > 0 && (
        <details class="rf-fold">
          <summary>How to show the rest, honestly</summary>
          <ul>
            {advice.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
          <p>
            More help: <a href="/guides/review-your-resume/">how to review your resume for this job</a>.
          </p>
        </details>
      )}
      {groups.map((g) => (
        <details class="rf-fold" key={g.status}>
          <summary>
            {STATUS_LABELS[g.status]} ({g.items.length})
          </summary>
          <ItemList items={g.items} />
        </details>
      ))}
      {report.unchecked.length > 0 && (
        <details class="rf-fold">
          <summary>Lines we could not check ({report.unchecked.length})</summary>
          <p>These look like requirements, but the check could not tell what they ask for. Compare them yourself.</p>
          <ul>
            {report.unchecked.map((u) => (
              <li key={u.start}>{u.text}</li>
            ))}
          </ul>
        </details>
      )}
      <details class="rf-fold">
        <summary>Both texts, highlighted</summary>
        <p class="rf-legend">
          <mark class="rf-mark-found">{STATUS_LABELS.found}</mark>{' '}
          <mark class="rf-mark-related">{STATUS_LABELS.related}</mark>{' '}
          <mark class="rf-mark-missing">{STATUS_LABELS.missing}</mark>
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
      </details>
    </section>
  );
}
