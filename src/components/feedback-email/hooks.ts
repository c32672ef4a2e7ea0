// The feedback-email island's state, in hooks that each own one job: the draft (form and email edits), keeping it
// on this device, the form's validation, and loading the output part on first use.
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { serializeDraft, type Draft } from '#/lib/feedback-email/draft.ts';
import { emptyFields, validateFields, type FeedbackFields, type TextField } from '#/lib/feedback-email/fields.ts';
import { draftStore } from './browser.ts';
import type { OutputProps } from './EmailOutput.tsx';

export type Setter<T> = (value: T | ((previous: T) => T)) => void;

export const emptyDraft: Draft = { fields: emptyFields, edits: null, variant: 0, heard: '' };

/** Everything a kept draft holds, in one state, with a setter per part. */
export function useEmailDraft() {
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  function setter<K extends keyof Draft>(key: K): Setter<Draft[K]> {
    return (value) =>
      setDraft((d) => ({
        ...d,
        [key]: typeof value === 'function' ? (value as (p: Draft[K]) => Draft[K])(d[key]) : value,
      }));
  }
  const setField = <K extends keyof FeedbackFields>(key: K, value: FeedbackFields[K]) =>
    setDraft((d) => ({ ...d, fields: { ...d.fields, [key]: value } }));
  return {
    draft,
    setDraft,
    setField,
    setEdits: setter('edits'),
    setVariant: setter('variant'),
    setHeard: setter('heard'),
  };
}

/**
 * Keeps the draft in this browser while `keep` is on, following every change; nothing is written otherwise.
 * `onRefused` runs when the browser refuses storage (private mode, storage turned off).
 */
export function useKeptDraft(draft: Draft, ready: boolean, onRefused: () => void) {
  const [keep, setKeep] = useState(false);
  useEffect(() => {
    if (!ready || !keep) return;
    if (!draftStore.write(serializeDraft(draft))) {
      setKeep(false);
      onRefused();
    }
  }, [ready, keep, draft]);
  return {
    keep,
    setKeep,
    /** Ticking keeps from now on; unticking removes what was kept. */
    toggle(on: boolean) {
      setKeep(on);
      if (!on) draftStore.remove();
    },
    forget() {
      draftStore.remove();
      setKeep(false);
    },
  };
}

/** Validation with messages shown only once a field was left or the form was submitted. */
export function useValidation(fields: FeedbackFields) {
  const [touched, setTouched] = useState<Partial<Record<TextField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const validation = validateFields(fields);
  return {
    validation,
    submitted,
    setSubmitted,
    errorFor: (field: TextField) => ((submitted || touched[field]) && validation.errors[field]) || undefined,
    touch: (field: TextField) => setTouched((t) => ({ ...t, [field]: true })),
    reset() {
      setTouched({});
      setSubmitted(false);
    },
  };
}

let outputModule: Promise<FunctionComponent<OutputProps>> | undefined;

/** The output part (email, tone check, timing), loaded once, on the first interaction with the form. */
export function useLazyOutput() {
  const [Output, setOutput] = useState<FunctionComponent<OutputProps> | null>(null);
  const prepare = () =>
    (outputModule ??= import('./EmailOutput.tsx').then((m) => m.default)).then((component) =>
      setOutput(() => component),
    );
  return { Output, prepare };
}
