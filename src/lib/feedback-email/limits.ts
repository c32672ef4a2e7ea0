// The email tool's field limits, in a module of their own: the plan, which hands company and role to the tool, holds
// its fields to the same limits without loading the whole form.
import type { TextField } from './fields.ts';

/** Longest accepted value per text field, in characters: long enough for real names, short enough for an email. */
export const fieldLimits: Record<TextField, number> = {
  yourName: 50,
  interviewerName: 50,
  interviewerTitle: 60,
  recruiterName: 50,
  company: 60,
  role: 60,
  when: 40,
  appreciated: 100,
  toAddress: 254,
};
