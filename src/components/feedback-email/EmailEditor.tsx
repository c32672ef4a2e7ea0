// The editable email with the tone check's flags marked on the text itself. A textarea stays the control people
// type in (native editing, spellcheck, undo, screen readers); behind it, a copy of the text draws each flagged
// sentence with a wavy underline and a tint, so the mark never depends on colour alone. The copy is hidden from
// assistive technology: the flags are described in the list that follows the email.
import type { Ref } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

export interface Mark {
  start: number;
  end: number;
}

interface Props {
  id: string;
  value: string;
  marks: Mark[];
  describedBy: string;
  textarea: Ref<HTMLTextAreaElement>;
  onInput: (value: string) => void;
}

function segments(text: string, marks: Mark[]) {
  const out = [];
  let at = 0;
  for (const m of [...marks].sort((a, b) => a.start - b.start)) {
    if (m.start < at || m.end > text.length) continue;
    out.push(text.slice(at, m.start), <mark class="fe-mark">{text.slice(m.start, m.end)}</mark>);
    at = m.end;
  }
  // A final line break needs a character after it, or the copy is one line shorter than the textarea.
  out.push(`${text.slice(at)}\u200b`);
  return out;
}

export default function EmailEditor({ id, value, marks, describedBy, textarea, onInput }: Props) {
  const backdrop = useRef<HTMLDivElement>(null);
  const own = useRef<HTMLTextAreaElement | null>(null);
  const sync = () => {
    if (backdrop.current && own.current) backdrop.current.scrollTop = own.current.scrollTop;
  };
  useLayoutEffect(sync, [value, marks]);
  return (
    <div class="fe-editor">
      <div class="fe-editor-copy" aria-hidden="true" ref={backdrop}>
        {segments(value, marks)}
      </div>
      <textarea
        id={id}
        rows={16}
        value={value}
        spellcheck
        aria-describedby={describedBy}
        ref={(el) => {
          own.current = el;
          if (typeof textarea === 'function') textarea(el);
          else if (textarea) textarea.current = el;
        }}
        onScroll={sync}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}
