// The three things the article asks a reader to review, as the email tool, the quiz's hand-off and the plan name
// them. Small on purpose: pages that only pass an area along (the quiz, the plan) import this, not the whole form.

export const feedbackAreas = ['resume', 'attitude', 'appearance'] as const;
export type FeedbackArea = (typeof feedbackAreas)[number];

export function parseArea(value: string | null | undefined): FeedbackArea | '' {
  return (feedbackAreas as readonly string[]).includes(value ?? '') ? (value as FeedbackArea) : '';
}
