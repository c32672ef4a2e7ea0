// What the learned part of the reader looks at in each clause: its structure (mood, who it is about, negation,
// hedges, comparison), the kinds of language in cues.ts and areas.ts, where it sits in the reply, what came just
// before it, and its words. Each feature is a name; model.ts weighs them with weights learned from the labelled
// replies (scripts/reply-train.ts).
import { AREA_CUES } from './areas.ts';
import {
  ANCHOR,
  ANNOUNCE,
  BARE_COMPARISON,
  COMPARISON,
  DEFICIENCY,
  EXPECTATION,
  GAP,
  JUDGEMENT_FRAME,
  NEGATED_ACTION,
  NEGATED_FAULT,
  POLITENESS,
  PRAISE,
  REASON,
  REPEATED,
  REQUIREMENT,
  SUGGESTION,
} from './cues.ts';
import { HEDGE, isEpisode, isImperative, normalise, THANKS_FIRST, withoutAssurance } from './classify.ts';

/** What is known about a clause besides its words. */
export interface ClauseSite {
  /** The reply answers a request for feedback; the sender refuses to say more. */
  answersRequest: boolean;
  refuses: boolean;
  /** Part of a bullet or numbered item. */
  bullet: boolean;
  /** An announcement of feedback ("Two things, since you asked.") came before it. */
  listening: boolean;
  /** Index of the clause's paragraph among the body paragraphs, and how many there are. */
  paragraphIndex: number;
  paragraphs: number;
  /** The whole sentence, and the sentence before it in the same paragraph ('' when none). */
  sentence: string;
  previous: string;
  /** The sentence after it in the same paragraph ('' when none). */
  next: string;
  /** The reply reads as a notice: a policy, outcome or legal line, and no answer to a request for feedback. */
  notice: boolean;
}

const SECOND_PERSON = /\b(?:you|your|yours|yourself|you'(?:d|ve|re|ll)|u|ur)\b/i;
const YOU_FIRST = /^(?:(?:and|but|so|also|then|just|first|second|finally|overall|honestly),?\s+)*(?:you|your)\b/i;
const SENDER_FIRST =
  /^(?:(?:and|but|so|also|then|just|honestly),?\s+)*(?:i|we|i'd|we'd|i'm|we're|i've|we've|my|our)\b/i;
const PANEL = /\b(?:the (?:panel|committee|board|interviewers?|hiring manager|team|client|partners?|chair)|they)\b/i;
const NEGATION = /\b(?:not|no|never|none|nothing|nor|without|\w+n't)\b/i;
const MODAL = /\b(?:might|may|could|should|would|must|need to|needs to|ought to|'d)\b/i;
const SOFTENER =
  /\b(?:a bit|a little|slightly|somewhat|rather|perhaps|maybe|possibly|probably|i think|i felt|we felt|seemed|came across)\b/i;
const COMPARATIVE = /\b(?:more|less|fewer|than|stronger|better|deeper|broader|greater|weaker|closer)\b/i;
const TOO = /\btoo\s+\w+/i;
const EXPLAINS = /^(?:it|this|that|which|so|because|as|for (?:a|an|this|our)|even|otherwise|that's|it's)\b/i;
const NEW_POINT = /^(?:also|another|second(?:ly)?|third(?:ly)?|finally|lastly|plus|one (?:more|other|last) thing)\b/i;
const FUTURE_TIME = /\b(?:next time|in future|going forward|future (?:interviews?|applications?))\b/i;
const DIGIT = /\d/;
/** The candidate's own material or manner as the subject: "your CV", "your answers", "your tone". */
const CANDIDATE_THING =
  /\byour\s+(?:[\w-]+\s+){0,2}?(?:cv|resume|résumé|letter|application|form|portfolio|statement|answers?|responses?|examples?|presentation|slides|test|tone|manner|questions?|knowledge|experience|english|skills?|dress|outfit|appearance|background|camera|setup|set-up|code|work|submission|report|email|references?|profile)\b/i;

// What a sentence does, by its subject and the class of its verb rather than by listed phrases.
/** The sender's own state or feeling: "I hope…", "we enjoyed…", "I'm sure you'll…", "I have no doubt…". */
const SENDER_STATE =
  /\b(?:i|we|i'm|we're|i am|we are|i've|we've|i have|we have|all of us|the (?:whole )?team)\s+(?:really\s+|genuinely\s+|truly\s+|all\s+|very\s+much\s+|so\s+|do\s+|did\s+|also\s+)?(?:hope|hoped|wish(?! to (?:share|mention|point|flag|note|tell|let))|wished|enjoy|enjoyed|appreciate|appreciated|love|loved|admire|admired|look forward|am sure|are sure|sure|confident|no doubt|believe|know|were (?:all\s+)?(?:impressed|delighted|pleased)|liked|felt (?:lucky|privileged))\b/i;
/** What the reply meant to the sender: "It meant a lot to us that you share our values", "it was a joy to read". */
const SENDER_MOVED =
  /\b(?:it|this|that)\s+(?:really\s+|truly\s+)?(?:meant|means|has meant)\s+(?:a lot|a great deal|so much|the world)\s+to\s+(?:me|us|the team|the panel)\b|\b(?:it|this)\s+was\s+(?:a|such a)\s+(?:joy|delight|treat)\b/i;
/** The process and its outcome told by the employer: "we received…", "the panel met…", "the role has been filled". */
const PROCESS =
  /\b(?:we|the (?:panel|team|committee|board|company|firm|client|hiring manager)|the (?:role|position|post|vacancy|decision|process|standard|field))\s+(?:have\s+|has\s+|had\s+|was\s+|were\s+|is\s+|are\s+)?(?:now\s+|finally\s+|all\s+)?(?:received|reviewed|interviewed|shortlisted|decided|made|met|considered|assessed|attracted|filled|closed|re-?opened|hired|appointed|offered|completed|concluded|been|saw|spoke|had (?:a|an|over|more|many|lots))\b/i;
/** A prediction or wish about the candidate's future: "you'll find…", "you will go far". */
const YOUR_FUTURE = /\byou(?:'ll| will)\s+(?:\w+\s+)?(?:find|get|land|be|go|do|make|hear|receive|have)\b/i;
const ELIDED_NEED =
  /^\W*(?:(?:and|but|so|just|really),?\s+)?(?:need|needs|needed|want|wanted|would like|'d like) to see\b/i;
/** The decision or the competition as the subject, or the sender telling of their own message: "this decision was
 *  not easy", "the competition was tough", "I wanted to write to you personally rather than…", "I'm writing to let
 *  you know". About the process and the letter, never about what the candidate should change. */
const ABOUT_PROCESS =
  /^\W*(?:(?:and|but|so|honestly),?\s+)?(?:(?:the|this|our|my|that)\s+(?:final\s+|last\s+)?(?:decision|choice|selection|process|competition|field|outcome|call)\s+(?:was|is|has been|had been|wasn't|isn't|came)\b|(?:shortlisting|selection|screening|scoring|assessment|the selection|the assessment|the process)\s+(?:is|was|are|were)\s+(?:carried out|conducted|done|made|based)\b|(?:i|we)\s+(?:just\s+)?(?:wanted|want|wish|am writing|'m writing|are writing|'re writing|write)\s+(?:to\s+)?(?:write|let you know|tell you|reach out|say|thank|update|inform|to you)\b)/i;
/** Permission, not advice: the candidate, or candidates in general, may or can do something ("you may update your
 *  resume at any time", "Candidates may attend a future assessment"). "You may want to…" is a suggestion. */
export const PERMISSION =
  /\byou\s+(?:won't|will not)\s+(?:need|have)\s+to\b|\b(?:you|candidates?|applicants?)\s+(?:may|can|are (?:welcome|free|eligible|invited) to)\s+(?!(?:want|wish|like|need|consider|benefit|find|have)\b)(?:also\s+)?[a-z]+/i;
/** The employer, its people or its system is who acts, in the future or as a standing rule: "We will contact you",
 *  "because we will need more people", "Halvorsen will never ask you to pay a fee", "Profiles that are not updated
 *  within 12 months are automatically archived", "Your candidate profile will remain active". The candidate is at
 *  most the object: it tells how the process goes, not what to change. */
const PROCESS_LEAD = /^\W*(?:(?:and|but|so|because|as|also|however|then|please note that|note that),?\s+)*/i;
const EMPLOYER_SUBJECT =
  /^(?:we|i|they|our\s+[\w-]+(?:\s+[\w-]+)?|the\s+(?:company|client|firm|employer|recruit\w*|hiring team|system)|(?:all\s+)?(?:qualified\s+)?(?:candidates|applicants|profiles|applications|cvs|resumes)(?:\s+(?:that|who|which)(?:\s+[\w-]+){1,8}?)?|your\s+(?:candidate\s+)?(?:profile|details|data|information|personal data))\s+/i;
/** A name in capitals as the subject ("Halvorsen will never ask you…"), never "You". */
const NAMED_SUBJECT =
  /^(?!(?:You|Your|Please|Kindly|Do|Don|If|When|Once|Next|In|For|To)\b)[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+)?\s+/;
const PROCESS_VERB =
  /^(?:will|shall|'ll|(?:are|is|will be)\s+(?:automatically\s+)?(?:archived|deleted|kept|retained|stored|removed|held))\b(?!\s+be\s+(?:honest|frank|blunt|straight|candid))/i;
const EMPLOYER_ACTS = new RegExp(EMPLOYER_SUBJECT.source + PROCESS_VERB.source.slice(1), 'i');
// The verb after a name is in lower case, as written.
const NAMED_ACTS = new RegExp(NAMED_SUBJECT.source + PROCESS_VERB.source.slice(1));
export function employerActs(clause: string): boolean {
  const rest = clause.replace(PROCESS_LEAD, '');
  return EMPLOYER_ACTS.test(rest) || NAMED_ACTS.test(rest);
}
/** Advice under a condition: "If you can get some B2B under your belt, you'd…", "Once you have your licence…". */
const CONDITIONAL = /^(?:\W*(?:and|but|so|also)\s+)?(?:if|once|when|until|unless)\s+(?:you|your)\b/i;
/** Of the next sentence, only what says it carries on the same advice. */
const NEXT_CUES = new Set([
  'suggestion',
  'imperative',
  'deficiency',
  'praise',
  'modal',
  'polite:wishes',
  'polite:thanks',
]);

/** Cues already found in one reply, by text: each sentence is read as a clause, as the sentence around its clauses
 *  and as the neighbour of two others, so a reply keeps one of these while it is read. */
export type CueCache = Map<string, string[]>;

function cachedCues(cache: CueCache, text: string): string[] {
  let found = cache.get(text);
  if (!found) cache.set(text, (found = cues(text)));
  return found;
}

/** Features that are one pattern each. */
const PATTERNS: [string, RegExp][] = [
  ['thanksFirst', THANKS_FIRST],
  ['announce', ANNOUNCE],
  ['suggestion', SUGGESTION],
  ['frame', JUDGEMENT_FRAME],
  ['reason', REASON],
  ['comparison', COMPARISON],
  ['bareComparison', BARE_COMPARISON],
  ['deficiency', DEFICIENCY],
  ['negatedAction', NEGATED_ACTION],
  ['negatedFault', NEGATED_FAULT],
  ['praise', PRAISE],
  ['hedge', HEDGE],
  ['softener', SOFTENER],
  ['you', SECOND_PERSON],
  ['youFirst', YOU_FIRST],
  ['senderFirst', SENDER_FIRST],
  ['panel', PANEL],
  ['negation', NEGATION],
  ['modal', MODAL],
  ['comparative', COMPARATIVE],
  ['too', TOO],
  ['question', /\?\s*$/],
  ['repeated', REPEATED],
  ['futureTime', FUTURE_TIME],
  ['digit', DIGIT],
  ['candidateThing', CANDIDATE_THING],
  ['fn:senderState', SENDER_STATE],
  ['fn:senderState', SENDER_MOVED],
  ['fn:process', PROCESS],
  ['fn:yourFuture', YOUR_FUTURE],
  ['fn:conditional', CONDITIONAL],
];

/** The kinds of language a clause holds, as feature names (without the words): shared by clause and context. */
function cues(text: string): string[] {
  const clause = withoutAssurance(text);
  const out: string[] = [];
  const add = (name: string, hit: boolean) => {
    if (hit) out.push(name);
  };
  for (const [kind, pattern] of Object.entries(POLITENESS)) add(`polite:${kind}`, pattern.test(clause));
  // A fault denied ("you didn't put a foot wrong", "I couldn't fault it") is praise: its negation and its fault word
  // are not a criticism.
  const denied = NEGATED_FAULT.test(clause);
  for (const [name, pattern] of PATTERNS)
    add(name, pattern.test(clause) && !(denied && /^(?:deficiency|negation|negatedAction)$/.test(name)));
  // A text with its subject dropped ("need to see more drawing from life") is still the sender's expectation.
  add('expectation', EXPECTATION.test(clause) || ELIDED_NEED.test(clause));
  add('requirementGap', REQUIREMENT.test(clause) && GAP.test(clause));
  add('imperative', isImperative(clause));
  for (const [kind, pattern] of Object.entries(ANCHOR)) add(`anchor:${kind}`, pattern.test(clause));
  add('fn:employerActs', employerActs(clause) || ABOUT_PROCESS.test(clause));
  // "You can show a bit more initiative": a permission that asks for more is a suggestion.
  add('fn:permission', PERMISSION.test(clause) && !COMPARATIVE.test(clause));
  // Praise of the candidate with no turn, modal or negation in it: "you were clearly well prepared".
  add(
    'fn:praiseOfYou',
    PRAISE.test(clause) &&
      SECOND_PERSON.test(clause) &&
      !NEGATION.test(clause) &&
      !MODAL.test(clause) &&
      !/\b(?:but|however|though|although)\b/i.test(clause),
  );
  const areas = new Set<string>();
  for (const cue of AREA_CUES) if (cue.weight >= 2 && cue.words.test(clause)) areas.add(cue.area);
  for (const a of areas) out.push(`area:${a}`);
  return out;
}

/** Lower-case word stems, with figures folded into one token. */
export function stems(text: string): string[] {
  const out: string[] = [];
  for (const m of normalise(text)
    .toLowerCase()
    .matchAll(/[a-z]+(?:'[a-z]+)?|\d+/g)) {
    let w = m[0];
    if (/^\d/.test(w)) w = '#';
    else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
    else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
    else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
    out.push(w);
  }
  return out;
}

const bucket = (n: number, edges: number[]) => edges.findIndex((e) => n <= e);

/** The features of one clause: its cues, crossings of the ones that only mean advice together, site, and words. */
export function clauseFeatures(raw: string, site: ClauseSite, cache: CueCache = new Map()): string[] {
  const clause = normalise(raw);
  const own = cachedCues(cache, clause);
  const has = new Set(own);
  const out = [...own];
  const add = (name: string, hit: boolean) => {
    if (hit) out.push(name);
  };
  const you = has.has('you') || SECOND_PERSON.test(normalise(site.sentence));
  // Combinations: a lack or a negation is advice when it is about the candidate or framed as the panel's view.
  add('you&deficiency', you && has.has('deficiency'));
  add('you&negation', you && has.has('negation'));
  add('candidateThing&negation', has.has('candidateThing') && has.has('negation'));
  add('candidateThing&deficiency', has.has('candidateThing') && has.has('deficiency'));
  add('frame&deficiency', has.has('frame') && has.has('deficiency'));
  add('you&comparative', you && has.has('comparative'));
  add('bullet&deficiency', site.bullet && has.has('deficiency'));
  // What is judged is something of the candidate's that can be found again (an answer, a question of a test, an item
  // of their work) and it is found lacking: "question 3 double-counted revenue…".
  const work = ['anchor:asked', 'anchor:named', 'anchor:item', 'anchor:document'].some((a) => has.has(a));
  // The panel's report of one moment of the candidate's ("the panel noted that your camera was pointed at the ceiling
  // for the first ten minutes"): an observation given as feedback, even without a word of blame.
  add('frame&moment', has.has('frame') && you && !has.has('praise') && (has.has('anchor:moment') || isEpisode(clause)));
  add('work&deficiency', work && (has.has('deficiency') || has.has('negation')));
  add('bareComparison&request', has.has('bareComparison') && site.answersRequest && !site.refuses);
  add('bareComparison&refuses', has.has('bareComparison') && site.refuses);
  add('listening&you', site.listening && you);
  add('notice', site.notice);
  add('notice&comparison', site.notice && (has.has('comparison') || has.has('bareComparison')));
  add('notice&you', site.notice && you);
  add('outcome&comparison', has.has('polite:outcome') && has.has('comparison'));
  add('sentenceYou', you);
  add('answersRequest', site.answersRequest);
  add('refuses', site.refuses);
  add('bullet', site.bullet);
  add('listening', site.listening);
  // Where the paragraph sits: replies open with thanks and close with wishes; a one-paragraph reply is all body.
  const { paragraphIndex: at, paragraphs } = site;
  out.push(`paragraph:${paragraphs === 1 ? 'only' : at === 0 ? 'first' : at === paragraphs - 1 ? 'last' : 'middle'}`);
  const words = clause.split(/\s+/).filter(Boolean).length;
  out.push(`words:${bucket(words, [3, 6, 10, 16, 25, Infinity])}`);
  add('explains', EXPLAINS.test(clause));
  add('newPoint', NEW_POINT.test(clause));
  // A clause cut from a longer sentence also sees what the whole sentence says.
  const sentence = normalise(site.sentence);
  if (sentence.length > clause.length + 3) for (const c of cachedCues(cache, sentence)) out.push(`s:${c}`);
  // What the sentence before said: an explanation or a fix right after a criticism belongs to it.
  if (site.previous) for (const c of cachedCues(cache, normalise(site.previous))) out.push(`prev:${c}`);
  else out.push('prev:none');
  // And what comes after: a fix or an explanation right after a criticism points back to it.
  if (site.next) for (const c of cachedCues(cache, normalise(site.next))) if (NEXT_CUES.has(c)) out.push(`next:${c}`);
  const tokens = stems(clause);
  if (tokens[0]) out.push(`first:${tokens[0]}`);
  for (const t of new Set(tokens)) out.push(`w:${t}`);
  return out;
}
