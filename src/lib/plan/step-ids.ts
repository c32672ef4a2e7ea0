// The plan's steps by id, apart from their words (steps.ts): a plan kept on the device is checked against these, and
// the pages that read it (the email tool opens with what the plan knows) need not load every step's text.
export const stepIds = ['pause', 'review', 'email', 'reply', 'follow-up', 'next'] as const;
export type StepId = (typeof stepIds)[number];
