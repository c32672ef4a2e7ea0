// A kept draft: what the form and the email held, stored in this browser only when the person asks for it.
// Anything read back is treated as untrusted (another version of the site, a hand-edited value).
import {
  emptyFields,
  feedbackAreas,
  fieldLimits,
  greetForms,
  senderKinds,
  tones,
  type FeedbackFields,
  type TextField,
} from './fields.ts';
import { storedRecord } from '#/lib/stored.ts';

export const DRAFT_KEY = 'jst:feedback-email:draft';
const VERSION = 1;
/** Generous bound for an edited body; anything larger is not a draft we wrote. */
const MAX_TEXT = 20_000;

export interface Draft {
  fields: FeedbackFields;
  /** The subject and body as the person edited them; null when the email is still the composed one. */
  edits: { subject: string; body: string } | null;
  /** How many times "another wording" was pressed. */
  variant: number;
  /** Day the person heard the news, YYYY-MM-DD, or ''. */
  heard: string;
}

export function serializeDraft(draft: Draft): string {
  return JSON.stringify({ version: VERSION, ...draft });
}

const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
const oneOf = <T extends string>(v: unknown, options: readonly T[], fallback: T): T =>
  options.includes(v as T) ? (v as T) : fallback;

/** The stored draft, or null when there is none or it cannot be read. */
export function parseDraft(stored: string | null): Draft | null {
  const d = storedRecord(stored, VERSION);
  if (!d) return null;
  const f = (d.fields && typeof d.fields === 'object' ? d.fields : {}) as Record<string, unknown>;
  const fields: FeedbackFields = { ...emptyFields };
  // Allow a little over each limit so validation, not this parser, tells the person what is too long.
  for (const key of Object.keys(fieldLimits) as TextField[]) fields[key] = str(f[key], fieldLimits[key] * 4);
  fields.toldBy = oneOf(f.toldBy, senderKinds, emptyFields.toldBy);
  fields.tone = oneOf(f.tone, tones, emptyFields.tone);
  fields.area = oneOf(f.area, ['', ...feedbackAreas] as const, '');
  fields.futureOpenings = typeof f.futureOpenings === 'boolean' ? f.futureOpenings : true;
  fields.greetAs = oneOf(f.greetAs, greetForms, emptyFields.greetAs);
  const variant =
    typeof d.variant === 'number' && Number.isInteger(d.variant) && d.variant >= 0 && d.variant < 1000 ? d.variant : 0;
  const heard = typeof d.heard === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d.heard) ? d.heard : '';
  const e = d.edits && typeof d.edits === 'object' ? (d.edits as Record<string, unknown>) : null;
  const edits = e ? { subject: str(e.subject, 500), body: str(e.body, MAX_TEXT) } : null;
  return { fields, edits, variant, heard };
}
