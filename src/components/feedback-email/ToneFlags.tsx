// The tone check's findings, one card per flagged sentence with every kind of problem it has, and one per missing
// part. Each says why it hurts and offers a better wording. Changes are announced politely once typing pauses,
// never on every keystroke, and nothing here takes focus on its own.
import { useEffect, useState } from 'preact/hooks';
import type { ToneFlag } from '#/lib/feedback-email/tone-check.ts';

export interface FlagGroup {
  /** The flagged sentence, or null for a whole-email flag. */
  sentence: string | null;
  start: number;
  end: number;
  flags: ToneFlag[];
  /** The replacement (or, for a missing part, the text to add); '' when there is nothing to put in. */
  suggestion: string;
}

/** Flags on the same sentence become one group, in the order of the email; whole-email flags come last. */
export function groupFlags(flags: ToneFlag[]): FlagGroup[] {
  const groups: FlagGroup[] = [];
  for (const flag of flags) {
    const same = flag.sentence !== null && groups.find((g) => g.sentence !== null && g.start === flag.start);
    if (same) same.flags.push(flag);
    else
      groups.push({
        sentence: flag.sentence,
        start: flag.start,
        end: flag.end,
        flags: [flag],
        suggestion: flag.suggestion,
      });
  }
  return groups;
}

export function summaryOf(groups: FlagGroup[]): string {
  if (groups.length === 0) return 'No problems found: it thanks them, asks for 2 or 3 tips, and blames no one.';
  return `${groups.length === 1 ? 'One thing' : `${groups.length} things`} to look at before you send it.`;
}

/** The summary for screen readers, once the text has been still for a moment: no announcement per keystroke. */
function useSettled(text: string, delay = 1200): string {
  const [settled, setSettled] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), delay);
    return () => clearTimeout(timer);
  }, [text]);
  return settled;
}

interface Props {
  id: string;
  groups: FlagGroup[];
  onUse: (group: FlagGroup) => void;
  onShow: (group: FlagGroup) => void;
}

export default function ToneFlags({ id, groups, onUse, onShow }: Props) {
  const summary = summaryOf(groups);
  const announced = useSettled(summary);
  return (
    <section class="fe-tone" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Tone check</h3>
      <p id={`${id}-summary`} class={groups.length ? 'fe-warn' : 'fe-ok'}>
        {summary}
      </p>
      <p class="fe-offscreen" aria-live="polite">
        {announced && `Tone check: ${announced}`}
      </p>
      {groups.length > 0 && (
        <ol class="fe-flags">
          {groups.map((g) => (
            <li class="fe-flag" key={`${g.start}-${g.flags.map((f) => f.kind).join()}`}>
              {g.sentence !== null && <blockquote class="fe-flag-sentence">{g.sentence}</blockquote>}
              <ul class="fe-flag-kinds">
                {g.flags.map((f) => (
                  <li>
                    <strong class="fe-flag-kind">{f.label}.</strong> {f.why}
                  </li>
                ))}
              </ul>
              {g.flags[0]!.kind === 'too-long' ? (
                <p>{g.flags[0]!.suggestion || 'Keep the thanks, the request and your interest in future openings.'}</p>
              ) : (
                <>
                  <p>
                    {g.sentence === null ? 'Add' : 'Try instead'}: “{g.suggestion.trim()}”
                  </p>
                  <div class="fe-actions">
                    <button type="button" class="fe-button" onClick={() => onUse(g)}>
                      Use this wording
                    </button>
                    {g.sentence !== null && (
                      <button type="button" class="fe-button" onClick={() => onShow(g)}>
                        Show in the email
                      </button>
                    )}
                  </div>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
