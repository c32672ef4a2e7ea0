// The live tone check: finds the sentences that would burn the bridge (blame, comparison with the person hired,
// "why wasn't I chosen", pressure, entitlement, shouting) and what the article says the email must not lack.
// It looks for phrases, not single words: "I was disappointed, but I respect your decision" is fine.
import { countWords } from '#/lib/text/words.ts';

export type FlagKind =
  | 'why'
  | 'comparison'
  | 'entitlement'
  | 'blame'
  | 'pressure'
  | 'shouting'
  | 'length'
  | 'missing-thanks'
  | 'missing-tips'
  | 'missing-future';

export interface ToneFlag {
  kind: FlagKind;
  /** The sentence as written, or null when the flag is about the whole email (length, missing parts). */
  sentence: string | null;
  /** Offsets of the sentence in the text (0, 0 for whole-email flags). */
  start: number;
  end: number;
  /** Why it hurts the person's chances of a helpful reply. */
  why: string;
  /** A better phrasing to use instead. */
  suggestion: string;
}

export interface ToneCheckOptions {
  /** Check that the email says you would like to be considered again (off when the person chose not to). */
  expectFutureOpenings?: boolean;
  /** Names and labels typed in the form (company, role, people): never read as shouting or as a rude phrase. */
  ignore?: string[];
}

export interface ToneReport {
  flags: ToneFlag[];
  words: number;
}

/** Beyond this many words an email to a busy stranger is too long (the generator writes 80 to 180). */
export const LONG_EMAIL_WORDS = 200;

const rx = (...parts: RegExp[]) => new RegExp(parts.map((p) => p.source).join('|'), 'i');

const DAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*`;

const WHY = rx(
  /\bwhy (?:was|wasn't|was not|were|weren't|were not|didn't|did not|haven't|hasn't|couldn't|wouldn't|did|would|have|had|do|don't) (?:i|me|my|you|they|the (?:company|panel|team))\b/,
  /\bwhy (?:i|my application) (?:was not|wasn't|didn't|did not|was rejected|was turned down)\b/,
  /\bwhy not me\b/,
  /\bwhy\s*\?/,
  /\bwhat went wrong\b/,
  /\b(?:the )?reasons? (?:for|why|behind) (?:your|the|this|my) (?:decision|rejection|choice|not being)\b/,
  /\b(?:explain|justify) (?:why|(?:your|the|this) (?:decision|choice|rejection|outcome))\b/,
);

const OTHER_PERSON = rx(
  /\b(?:other|successful|chosen|selected|hired|winning|new|internal) (?:candidate|applicant|person|hire|guy|girl|woman|man)s?\b/,
  /\b(?:whoever|the person|the one|someone else|somebody else|the candidate) (?:that |who |whom )?(?:you )?(?:hired|chose|picked|selected|went with|got the)\b/,
  /\b(?:he|she|they) (?:got|was offered|were offered) (?:the )?(?:job|role|position|offer)\b/,
);
const COMPARATIVE =
  /\b(?:more|less|better|worse|fewer|stronger|weaker|younger|older|cheaper|than|instead of me|over me)\b/i;
const COMPARISON = rx(
  /\bthan (?:me|him|her|them|(?:he|she|they|i) (?:am|is|are|was|were|did|do|does|have|has|had)\b(?! (?:hoped|expected|thought|imagined|planned|realised|realized|anticipated)))/,
  /\bwhat did (?:he|she|they|the other \w+) (?:have|do|offer|bring) that i\b/,
);

const ENTITLEMENT = rx(
  /\bi (?:deserve|deserved|earned|was owed|am owed)\b/,
  /\b(?:i was|i am|i'm) (?:clearly |obviously |definitely |certainly |undoubtedly |simply )?(?:a |the )?(?:perfect|best|ideal|most qualified|strongest|obvious|only qualified) (?:candidate|fit|match|person|choice|one|applicant|hire)\b/,
  /\b(?:i was|i am|i'm) (?:clearly |obviously |definitely )?(?:perfect|the right person|the best person) for\b/,
  /\b(?:more|better) qualified than (?:anyone|everyone|any other|all the other|the others|the rest)\b/,
  /\bno one (?:else )?(?:is|was|could be) (?:as|more|better) (?:qualified|suited|experienced)\b/,
  /\bi should have (?:got|gotten|been given|been offered|been hired|been chosen|been selected|won)\b/,
  /\byou should have (?:hired|chosen|picked|selected|offered|given) me\b/,
  /\byou owe me\b/,
  /\bi(?:'m| am) entitled\b/,
  /\bi was robbed\b/,
  /\b(?:the|this|that) (?:job|role|position) (?:was|is|should have been|should be) mine\b/,
  /\b(?:i'm|i am|i was) (?:overqualified|too (?:good|qualified|experienced) for)\b/,
);

const BLAME = rx(
  /\b(?:unfair|unjust|biased|rigged|ridiculous|absurd|outrageous|unprofessional|incompetent|incompetence|insulting|disgraceful|shameful)\b/,
  /\b(?:is|was|were|are) a joke\b/,
  /\b(?:wrong|bad|poor|terrible|mistaken|short-sighted|questionable) (?:decision|choice|call)\b/,
  /\b(?:decision|choice) (?:was|is|seems|seemed) (?:a )?(?:mistake|wrong|strange|odd|questionable|disappointing|baffling|hard to understand)\b/,
  /\byou(?:'ve| have)? (?:made|are making) (?:a |the )?(?:big |huge |serious |terrible )?(?:mistake|wrong)\b/,
  /\breconsider (?:me\b|my (?:application|candidacy)|(?:your|the|this|that) (?:decision|choice|application|candidacy|outcome))\b/,
  /\b(?:appeal|challenge|contest|dispute|overturn|disagree with) (?:your|the|this) decision\b/,
  /\byou (?:should|shouldn't|should not|ought to) have\b(?! (?:received|got|gotten|my|a|an|the)\b)/,
  /\byou (?:didn't|did not|never|failed to|forgot to|refused to|neglected to) (?:even )?(?:give|ask|let|read|look|consider|bother|listen|check|review|respond|reply|explain)\b/,
  /\b(?:wasted?|waste of) (?:my |our )?time\b/,
  /\byour loss\b/,
  /\bhow could you\b/,
  /\b(?:thanks|thank you) for nothing\b/,
  /\b(?:disappointed|upset|angry|annoyed|frustrated|furious|offended|shocked) (?:in|with|by|at) (?:you\b|your\b|the way you|the (?:process|company|interviewers?|panel))/,
  /\b(?:your|the) (?:hiring )?(?:process|interviewers?|panel|questions|recruiters?|company) (?:was|were|is|are) (?:disorganised|disorganized|flawed|broken|a mess|terrible|awful|rude|poor|chaotic)\b/,
  /\b(?:don't|do not|can't|cannot|still don't) (?:understand|see|believe|comprehend) (?:how|why) (?:you|anyone|someone|they)\b/,
  /\bcan't believe (?:you|that you|your)\b/,
  /\b(?:overlooked|ignored|dismissed|underestimated|undervalued|misjudged) (?:me|my)\b/,
  /\bi (?:was|have been|feel i was) (?:overlooked|ignored|dismissed|misjudged|treated unfairly)\b/,
);

const REPLY =
  /\b(?:reply|respond|response|answer|hear|get back|let me know|feedback|tips|write back|call me|contact me|email me|back to me)\b/i;
const DEADLINE = new RegExp(
  String.raw`\b(?:by|before|no later than|within|until) (?:the )?(?:end of (?:the )?(?:day|week|month)|eod|eow|close of business|cob|tomorrow|tonight|today|this (?:afternoon|evening|week)|next week|${DAY}|noon|midday|\d{1,2}(?::\d{2})? ?(?:am|pm)|\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}|${MONTH} \d{1,2}|\d+ (?:hours?|days?|business days?|working days?)|(?:24|48|72) ?h(?:ours|rs)?|a (?:day|week))\b|\b(?:right away|straight away|immediately|without delay|as soon as possible|soon as you can)\b`,
  'i',
);
const PRESSURE = rx(
  /\bi (?:demand|insist)\b/,
  /\bi expect (?:a|an|your|you to|to hear|to receive|to get|that you|feedback|an answer|a response|a reply)\b/,
  /\byou (?:must|need to|have to|are required to|are obliged to) (?:tell|give|explain|answer|reply|respond|send|let|get back|provide|call)\b/,
  /\bi need (?:you to|an? (?:answer|response|reply|explanation))\b/,
  /\b(?:asap|a\.s\.a\.p|urgent|urgently)\b/,
  /\b(?:prompt|immediate|swift|speedy|timely) (?:reply|response|answer|feedback)\b/,
  /\bi(?:'ll| will| am going to|'m going to| shall)(?: be)? (?:call|calling|phone|phoning|ring|ringing|come by|coming by|stop by|drop by|visit|visiting|show up|keep calling)\b/,
  /\b(?:lawyer|attorney|solicitor|legal action|sue you|suing|bad review|negative review|post a review|leave a review|report you)\b/,
  /\b(?:review|post|write|rate)\b[^.!?]{0,30}\bglassdoor\b/,
  /\b(?:still waiting|i(?:'m| am) waiting for (?:your|an) (?:answer|reply|response))\b/,
  new RegExp(String.raw`\bfollow(?:ing)? up (?:again )?(?:tomorrow|daily|every day|each day|on ${DAY})\b`),
);

const THANKS = /\b(?:thank|thanks|thankful|grateful|gratitude|appreciate|appreciated|appreciation)\b/i;
const TIPS = /\b(?:tips?|feedback|advice|pointers?|suggestions?|comments|notes|insights?|thoughts)\b/i;
const FUTURE = rx(
  /\b(?:future|upcoming|other|later)\b[^.!?\n]{0,60}\b(?:openings?|opportunit(?:y|ies)|roles?|positions?|vacanc(?:y|ies)|jobs?)\b/,
  /\b(?:openings?|opportunit(?:y|ies)|roles?|positions?|vacanc(?:y|ies))\b[^.!?\n]{0,60}\bfuture\b/,
  /\b(?:be|being) considered\b/,
  /\bkeep me in mind\b/,
  /\bkeep me on file\b/,
);

// Short forms people write in capitals on purpose; they are not shouting.
const ACRONYMS = new Set(
  (
    'HR CV CEO CTO CFO COO CIO CMO CHRO VP SVP EVP UX UI IT QA PM AM SQL AWS GCP API SEO PPC CRM ERP SAP ' +
    'MBA BSC MSC BA MA PHD NHS USA UK US EU UN NGO LLC LTD INC PLC GMBH FAQ KPI KPIS OKR OKRS ROI SAAS AI ML NLP CAD CPA CFA ' +
    'RN LPN HVAC CNC CDL PMP SHRM TBD GMT EST PST CET UTC ID OK NYC LA DC SF JS CSS HTML PHP IOS MIT UCLA NASA NATO UNICEF ' +
    'NASDAQ FINRA COBOL FORTRAN SCRUM IKEA HSBC KPMG PWC EY BBC CNN IBM HP GE BMW ASHRAE OSHA GAAP IFRS CPD CIPD DBS MD DDS'
  ).split(' '),
);
// Words that, in capitals, are emphasis even alone.
const EMPHASIS = new Set(
  (
    'WHY NOT NEVER YOU YOUR ALL VERY REALLY PLEASE NOW MUST ONLY EVER HOW WHAT ANY THE AND BUT WAS DID ' +
    'JOB ME HAD HAVE THIS THAT SO TOO BEST WORST'
  ).split(' '),
);

function shoutedWords(sentence: string): { words: string[]; shouting: boolean } {
  const words: string[] = [];
  let emphasis = false;
  for (const token of sentence.match(/[\p{L}]+(?:['’][\p{L}]+)?/gu) ?? []) {
    const bare = token.replace(/['’]/g, '');
    if (bare.length < 2 || bare !== bare.toUpperCase() || bare === bare.toLowerCase() || ACRONYMS.has(bare)) continue;
    words.push(token);
    if (EMPHASIS.has(bare) || bare.length >= 5) emphasis = true;
  }
  return { words, shouting: emphasis || words.length >= 3 };
}

const PUNCTUATION_RUN = /[!?]{2,}|[!?]\s*[!?]/;

/** The sentence without the shouting: capitals lowered (names kept), runs of ! and ? reduced to one mark. */
export function calmVersion(sentence: string, masked = sentence): string {
  let out = '';
  let last = 0;
  const { words } = shoutedWords(masked);
  const shouted = new Set(words);
  for (const m of masked.matchAll(/[\p{L}]+(?:['’][\p{L}]+)?/gu)) {
    if (!shouted.has(m[0])) continue;
    out +=
      sentence.slice(last, m.index) +
      sentence
        .slice(m.index, m.index + m[0].length)
        .toLowerCase()
        .replace(/^i(?=\b|['’])/, 'I');
    last = m.index + m[0].length;
  }
  out += sentence.slice(last);
  out = out.replace(/[!?]*\?[!?]*/g, '?').replace(/!+/g, '.');
  return out.charAt(0).toUpperCase() + out.slice(1);
}

type SentenceKind = 'why' | 'comparison' | 'entitlement' | 'blame' | 'pressure';
type MessageKind = SentenceKind | 'missing-thanks' | 'missing-tips' | 'missing-future';

const messages: Record<MessageKind, { why: string; suggestion: string }> = {
  why: {
    why: 'Asking why you weren’t chosen asks them to defend the decision, and many companies won’t answer that. A request for a few tips is easy to say yes to.',
    suggestion: 'If you have time, could you share 2 or 3 tips on how I could interview better?',
  },
  comparison: {
    why: 'Comparing yourself with the person they hired reads as contesting the choice, and they can’t discuss another candidate anyway.',
    suggestion: 'I would like to know what I could do better next time.',
  },
  entitlement: {
    why: 'Saying you deserved the job or were the perfect fit sounds arrogant: the very impression the article warns about.',
    suggestion: 'I was very interested in the role, and I would like to be a stronger candidate next time.',
  },
  blame: {
    why: 'This blames them or disputes the decision. People who feel accused defend themselves; they don’t share advice.',
    suggestion: 'I respect your decision, and I would like to learn from it.',
  },
  pressure: {
    why: 'Deadlines, demands and threats put them under pressure. Feedback is a favour, and pressure makes a reply less likely.',
    suggestion: 'I know you are busy, so whenever you have a moment, even a short reply would help.',
  },
  'missing-thanks': {
    why: 'There is no thank-you. Thanking them for the opportunity is the first thing the article asks for, and it makes them want to help.',
    suggestion: 'Thank you for the opportunity to interview for the role.',
  },
  'missing-tips': {
    why: 'There is no clear request. Ask for something small and specific, 2 or 3 tips, so they know what to reply.',
    suggestion: 'If you have time, could you share 2 or 3 tips on how I could interview better?',
  },
  'missing-future': {
    why: 'You don’t say you would like to be considered again. Saying so leaves the door open and shows you hold no grudge.',
    suggestion: 'I would love to be considered for future openings.',
  },
};

const SHOUTING_WHY = 'Capital letters and repeated ! or ? read as shouting, even when you mean enthusiasm.';

/** The first kind that fits, most specific first: one flag per sentence keeps the list short for someone upset. */
function sentenceKind(s: string): SentenceKind | null {
  if (WHY.test(s)) return 'why';
  if (COMPARISON.test(s) || (OTHER_PERSON.test(s) && COMPARATIVE.test(s))) return 'comparison';
  if (ENTITLEMENT.test(s)) return 'entitlement';
  if (BLAME.test(s)) return 'blame';
  if (PRESSURE.test(s) || (DEADLINE.test(s) && REPLY.test(s))) return 'pressure';
  return null;
}

/** Replaces each ignored phrase (whole words, any case) with x's of the same length, so offsets still match. */
function mask(text: string, phrases: string[]): string {
  let masked = text;
  for (const phrase of phrases) {
    const p = phrase.trim();
    if (p.length < 2) continue;
    const escaped = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const whole = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
    masked = masked.replace(whole, (found) => found.replace(/\S/gu, (ch) => 'x'.repeat(ch.length)));
  }
  return masked;
}

// A sentence ends at . ! ? (with closing quotes or brackets) or at a line break.
const SENTENCE = /[^.!?\n]+(?:[.!?]+["'”’)\]]*)?|[.!?]+/g;

export function checkTone(text: string, options: ToneCheckOptions = {}): ToneReport {
  const { expectFutureOpenings = true, ignore = [] } = options;
  // Curly apostrophes become straight ones (same length) so one set of patterns reads both.
  const masked = mask(text, ignore).replace(/[’‘]/g, "'");
  const flags: ToneFlag[] = [];

  for (const m of masked.matchAll(SENTENCE)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const piece = raw.trim();
    if (!/\p{L}/u.test(piece) && !PUNCTUATION_RUN.test(piece)) continue;
    const start = m.index + lead;
    const end = start + piece.length;
    const sentence = text.slice(start, end);
    const kind = sentenceKind(piece);
    if (kind) {
      flags.push({ kind, sentence, start, end, ...messages[kind] });
    } else if (PUNCTUATION_RUN.test(piece) || shoutedWords(piece).shouting) {
      flags.push({
        kind: 'shouting',
        sentence,
        start,
        end,
        why: SHOUTING_WHY,
        suggestion: calmVersion(sentence, piece),
      });
    }
  }

  const words = countWords(text);
  if (words > LONG_EMAIL_WORDS) {
    flags.push({
      kind: 'length',
      sentence: null,
      start: 0,
      end: 0,
      why: `At ${words} words, this asks a lot of a busy reader, who may put it aside. Aim for 180 words or fewer.`,
      suggestion: 'Keep the thanks, the request for 2 or 3 tips and your interest in future openings; cut the rest.',
    });
  }
  const missing: MessageKind[] = [];
  if (!THANKS.test(masked)) missing.push('missing-thanks');
  if (!TIPS.test(masked)) missing.push('missing-tips');
  if (expectFutureOpenings && !FUTURE.test(masked)) missing.push('missing-future');
  for (const kind of missing) flags.push({ kind, sentence: null, start: 0, end: 0, ...messages[kind] });

  return { flags, words };
}
