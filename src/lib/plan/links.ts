// Where the plan lives and how other pages link into it, with no dependencies, so the quiz can link here without
// loading the plan. Hand-offs never use the query string (it reaches the server and its logs): the area to ask about
// travels in the URL fragment, which browsers never send.

export const PLAN_PATH = '/plan/';
/** The localStorage key of the plan kept on this device. */
export const PLAN_KEY = 'jst:plan';
export const AREA_PARAM = 'area';

/** The anchor of a step on /plan/ (its element id). */
export const stepAnchor = (id: string) => `step-${id}`;

/** A link that hands an area on in its fragment: /tools/feedback-email/#area=attitude. */
export function withArea(href: string, area: string | undefined): string {
  return area ? `${href}#${AREA_PARAM}=${area}` : href;
}
