// A text with its matches marked. Rendered as text nodes and <mark> elements, never as HTML from what was pasted.
import { segments, type MarkedRange } from '#/lib/resume-fit/highlight.ts';
import { STATUS_LABELS } from '#/lib/resume-fit/messages.ts';

interface Props {
  text: string;
  ranges: MarkedRange[];
  label: string;
}

export default function HighlightedText({ text, ranges, label }: Props) {
  return (
    <div class="rf-text" role="region" aria-label={label} tabIndex={0}>
      {segments(text, ranges).map((s) =>
        s.mark ? (
          <mark class={`rf-mark-${s.mark}`} title={STATUS_LABELS[s.mark]}>
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </div>
  );
}
