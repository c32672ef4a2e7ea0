// One text to check: a labelled textarea, and a file picker that reads .txt, .docx or .pdf in the browser.
import { useState } from 'preact/hooks';
import { FILE_PROBLEMS } from '#/lib/resume-fit/messages.ts';

interface Props {
  id: string;
  label: string;
  hint: string;
  value: string;
  onInput: (value: string) => void;
  error?: string;
  rows?: number;
}

type FileStatus = { state: 'loading' | 'loaded' | 'failed'; message: string } | undefined;

export default function TextSource({ id, label, hint, value, onInput, error, rows = 12 }: Props) {
  const [status, setStatus] = useState<FileStatus>();
  const described = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');

  async function onFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setStatus({ state: 'loading', message: `Reading ${file.name}…` });
    try {
      const { readFileText } = await import('./read-file.ts');
      const { text, pages } = await readFileText(file);
      onInput(text);
      const words = text.split(/\s+/).filter(Boolean).length;
      const pagesNote = pages ? `${pages} page${pages === 1 ? '' : 's'}, ` : '';
      setStatus({
        state: 'loaded',
        message: `Read ${file.name} (${pagesNote}${words.toLocaleString('en')} words) into the box above. Check the text; fix anything that came out wrong.`,
      });
    } catch (problem) {
      const key = (problem as { problem?: keyof typeof FILE_PROBLEMS }).problem ?? 'unreadable';
      setStatus({ state: 'failed', message: FILE_PROBLEMS[key] });
    } finally {
      // Choosing the same file again should read it again.
      input.value = '';
    }
  }

  return (
    <div class="rf-source">
      <label class="rf-label" for={id}>
        {label}
      </label>
      <p class="rf-hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error && (
        <p class="rf-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <textarea
        id={id}
        name={id}
        rows={rows}
        value={value}
        spellcheck={false}
        aria-describedby={described}
        aria-invalid={error ? 'true' : undefined}
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div class="rf-file">
        <label htmlFor={`${id}-file`}>Or open a file (.txt, .docx or .pdf)</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={onFile}
          aria-describedby={`${id}-file-status`}
        />
        <p
          id={`${id}-file-status`}
          class={status?.state === 'failed' ? 'rf-error' : 'rf-status'}
          role={status?.state === 'failed' ? 'alert' : 'status'}
        >
          {status?.message ?? ''}
        </p>
      </div>
    </div>
  );
}
