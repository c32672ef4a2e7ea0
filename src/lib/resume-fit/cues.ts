// The wording that marks a qualification as required or preferred, and the small word lists the extractor needs.

export type Cue = 'required' | 'preferred' | 'negated' | undefined;

const PREFERRED =
  /\b(preferred|prefer|preferably|nice[- ]to[- ]have|(?:a|big|huge|definite|strong|real|major) plus|bonus|desired|desirable|ideally|advantage(?:ous)?|an asset|helpful|useful|beneficial|would be great|good to have|optional|willingness to (?:obtain|learn|get))\b|^\s*plus\b/i;
const REQUIRED =
  /\b(must|required|requires?|requirement|mandatory|essential|minimum|at least|need to|needs to|you need|you will need|necessary|should have|is needed)\b/i;
const NEGATED = /\b(?:no|not)\b[^.;]{0,30}?\b(?:required|necessary|needed)\b/i;

/** The cue in one fragment of a sentence: "Django a plus" → preferred; "No degree required" → negated. */
export function cueOf(fragment: string): Cue {
  const negated = NEGATED.test(fragment);
  const rest = fragment.replace(NEGATED, ' ');
  if (PREFERRED.test(rest)) return 'preferred';
  if (negated) return 'negated';
  if (REQUIRED.test(fragment)) return 'required';
  return undefined;
}

/** Words that may sit around the qualifications in a bare list fragment ("Experience with Python", "or Go"). */
export const FILLER = new Set(
  `and or with in of the a an experience experienced knowledge familiarity proficiency proficient
skills skill working basic strong solid good excellent plus also including such as e g etc is are using tools similar another
other any one least hands on hands-on expert modern advanced deep some prior previous demonstrated proven understanding
of certification certifications certified license licence endorsement endorsements card background fluency fluent
comfortable familiar`.split(/\s+/),
);

/** Words that open a sentence in a language requirement ("fluent", "bilingual", "written"). */
export const LANGUAGE_CONTEXT =
  /\b(fluen\w*|speak\w*|spoken|written|write|writing|read\w*|bilingual|multilingual|languages?|proficien\w*|native|conversational|verbal)\b/i;

/** A resume line that shows a credential is not held yet. */
export const IN_PROGRESS =
  /\b(expected|anticipated|in progress|currently enrolled|enrolled|pursuing|candidate|eligible|working toward|studying for|to be completed|will complete|expected completion|in process|exam scheduled|scheduled for|pending|application submitted)\b/i;

/** Capitalised words that are never skill or tool names by themselves. */
export const COMMON_CAPS = new Set(
  `i we our you your they their the a an this that these those it its he she if when while
for with and or but to in on at by of as from all any each every some no not be can will may must should would could
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec manager managers director directors supervisor
lead senior junior associate associates assistant coordinator specialist engineer engineers developer developers analyst
nurse nurses teacher teachers driver drivers officer president vice representative agent clerk technician administrator
executive executives partner partners intern staff member members department team teams office center centre health
services group human resources remote hybrid full part time equal opportunity employer company companies customer
customers client clients candidate candidates applicant applicants position role job work experience requirements
qualifications responsibilities duties benefits bonus preferred required plus please apply our us new inc llc ltd corp
school district county city state federal national international global north south east west central`.split(/\s+/),
);

/** Places: never a qualification on their own (Colorado teaching license → teaching license). */
export const PLACES = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
missouri montana nebraska nevada hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode
island tennessee texas utah vermont virginia washington wisconsin wyoming columbia canada usa america american united
kingdom england scotland wales ireland australia zealand india germany france spain italy europe asia africa midwest
northeast southeast southwest northwest pacific atlantic gulf coast bay area upper lower greater metro region
ontario quebec alberta british toronto vancouver montreal london paris`.split(/\s+/),
);

/** Upper-case short words that are not skills: states, titles, legal and time abbreviations. */
export const STOP_ACRONYMS = new Set(
  `AA AAA II III IV US USA UK EU OR AND PM AM ET PT CT MT EST PST CST MST FT HQ ID OK TV NA TBD
FAQ EEO EOE DEI LLC LLP INC CO LTD PLC ADA DOB SSN CEO CFO CTO COO CIO VP SVP EVP HR ASAP PTO FMLA COVID DUI DWI K
AL AK AZ AR CA CO CT DE FL GA HI IA IL IN KS KY LA MA MD ME MI MN MO MS MT NC ND NE NH NJ NM NV NY OH OK PA RI SC SD TN
TX UT VA VT WA WI WV WY DC ON BC QC AB NB NS MB SK PEI NL YT NT NU USD TBA RSVP ETA FYI N/A DOE EO`.split(/\s+/),
);

/** Last words that make a capitalised name an organisation (American Heart Association), not a skill. */
export const ORGANISATION_ENDINGS = new Set(
  `county city province borough township parish association center centre college university inc llc corp corporation company co group
department board society institute school schools hospital clinic foundation agency council partners bank union network
services studio studios academy church ministry commission authority district`.split(/\s+/),
);

/** Sentences that never hold a qualification: equal-opportunity statements, pay and benefits, how to apply, checks. */
export const NOT_ASKED: { reason: string; pattern: RegExp }[] = [
  {
    reason: 'equal opportunity',
    pattern:
      /\b(equal (?:employment )?opportunit|EEO|EOE|without regard|regardless of|all qualified applicants|affirmative action|reasonable accommodation|drug[- ]free|diversity|under-?represented|welcomes? applications|protected (?:class|veteran)|people with disabilities|inclusive (?:workplace|employer|environment)|self-identify|(?:are|is) encouraged to apply)/i,
  },
  {
    reason: 'pay and benefits',
    pattern:
      /[$£€]\s?\d[\d,.]*\s*(?:[-–]\s*[$£€]?\d|\/|per\b|an? (?:hour|year)|k\b|annually|hourly|\+ (?:tips|bonus))|\b(salary|wages?|per hour|an hour|\/hr\b|\/hour|40[13]\s?\(?[kb]|pension|paid time off|PTO\b|dental|vision insurance|tuition (?:reimbursement|assistance)|sign-on bonus|health insurance|benefits|perks|we offer|discounts?|free meals|transit pass|paid holidays|life insurance|retirement plan|employee assistance|stock options)\b/i,
  },
  {
    reason: 'how to apply',
    pattern:
      /\b(to apply|(?:please )?apply (?:now|online|today|by|via|through|at|with)|send (?:your|a|us your) (?:resume|cv)|cover letter|posting closes|applications close|closing date|application deadline|will be contacted|[\w.+-]+@[\w-]+\.\w|(?:call|text)\b[^.;]{0,30}\d{3}[-. )]+\d{3}[-. ]\d{4})/i,
  },
  {
    // "Performs related work as required", "Other duties as assigned", "Duties include, but are not limited to:":
    // the form of a list of duties, not one of them.
    reason: 'boilerplate',
    pattern:
      /^\W*(?:(?:performs?|performing|completes?|and)\s+)?(?:other|related|additional|similar)(?:\s+(?:related|administrative|similar|job|general))?\s+(?:work|duties|tasks|responsibilities)\b(?!\s+experience)(?:[^.;(]{0,30}\b(?:as|when)\s[^.;(]{0,40})?[\s.!]*$|\bbut (?:are |is )?not limited to\b/i,
  },
  {
    reason: 'pre-employment checks',
    pattern:
      /\b(background (?:check|screening|investigation)|drug (?:screen|test)|criminal (?:record|history|background) check|TB test|pre-employment|E-Verify|fingerprint)/i,
  },
];

/** Wording that asks something of the reader, wherever it stands. */
export const ASKING =
  /\b(you(?:['’]ll| will| would| must| need| should| have| bring| can| are| know)\b|must\b|required|requirements?|able to|ability to|experience\b|knowledge of|proficien|familiar|certif|licen[cs]e|degree|diploma|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s*(?:\(\d+\)\s*)?(?:years?|months?)\b|skills?\b|responsible for|duties|preferred|a plus|an asset|bonus|(?:someone|somebody|candidate|person|people) who|who can|looking for|we need)/i;

/** A sentence about the employer: "we", "our", or "Acme is a…", with nothing asked of the reader. */
export const ABOUT_US =
  /^(?:at\s+[\p{Lu}][\p{L}&'’.-]*(?:\s+[\p{Lu}][\p{L}&'’.-]*)*,?\s+)?(?:we|we['’](?:re|ve)|our|us)\b|\b(?:we are|we['’]re|we have|we['’]ve|our (?:team|company|mission|guests|clients|customers|drivers|patients|people|officers|staff|store|shop|firm|office|practice|clinic|values|story))\b|^[\p{Lu}][\p{L}&'’.-]*(?:\s+(?:[\p{Lu}][\p{L}&'’.-]*|&|of|and))*\s+(?:is|are|has|have|was|runs|provides|offers|builds|serves|operates|has been)\b/iu;

/** Second person: the sentence talks to the reader. */
export const SECOND_PERSON = /\b(you|your|you['’](?:ll|re|ve|d))\b/i;
