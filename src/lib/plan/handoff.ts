// Hand-offs between pages: what one tool passes to the next. Never in a query string, which reaches the server and
// its logs: the area travels in the URL fragment (#area=attitude, see links.ts), which browsers never send, and what
// the person typed (company, role) stays in this device's storage, in their plan, where the next tool reads it.
import { parseArea, type FeedbackArea } from '#/lib/feedback-email/areas.ts';
import { AREA_PARAM } from './links.ts';
import { parsePlan } from './store.ts';

/** The area a fragment hands on ("#area=attitude"); '' when it holds none. */
export function areaFromHash(hash: string): FeedbackArea | '' {
  return parseArea(new URLSearchParams(hash.replace(/^#/, '')).get(AREA_PARAM));
}

/** What the feedback email tool opens with. */
export interface EmailHandoff {
  /** From the link's fragment, else from the plan; '' for none. */
  area: FeedbackArea | '';
  /** The area came with the link (the quiz's result, or the plan's link). */
  areaFromLink: boolean;
  /** From the plan kept on this device; '' when there is none. */
  company: string;
  role: string;
  /** The day of the news, YYYY-MM-DD, from the plan; '' when there is none. */
  heard: string;
  fromPlan: boolean;
}

/**
 * What the email tool takes from how it was opened: the area in the fragment (or, from links made before hand-offs
 * moved to the fragment, in `?area=`), and the company, role and day of the news from the plan kept on this device.
 */
export function readEmailHandoff(location: { hash: string; search: string }, storedPlan: string | null): EmailHandoff {
  const plan = parsePlan(storedPlan);
  const linked = areaFromHash(location.hash) || parseArea(new URLSearchParams(location.search).get(AREA_PARAM));
  return {
    area: linked || plan?.area || '',
    areaFromLink: linked !== '',
    company: plan?.company.trim() ?? '',
    role: plan?.role.trim() ?? '',
    heard: plan?.heard ?? '',
    fromPlan: plan !== null,
  };
}
