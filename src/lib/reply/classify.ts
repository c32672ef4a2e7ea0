// What one clause of a reply is doing: advice (a criticism, a fix, a gap against the person hired), praise,
// politeness or boilerplate, an announcement of what follows, or none of these. Decided by structure: who is talked
// about, modals of suggestion, imperatives, negation, comparison, judgement frames. Vocabularies are in cues.ts.
import {
  ANCHOR,
  CARRY_ON,
  ANNOUNCE,
  BARE_COMPARISON,
  COMPARISON,
  DEFICIENCY,
  EXPECTATION,
  GAP,
  IMPERATIVE_VERBS,
  JUDGEMENT_FRAME,
  NEGATED_ACTION,
  NEGATED_FAULT,
  POLITE_IMPERATIVE,
  POLITENESS,
  PRAISE,
  REASON,
  REPEATED,
  REQUIREMENT,
  SUGGESTION,
} from './cues.ts';
import { AREA_CUES } from './areas.ts';

export type Role = 'politeness' | 'announce' | 'advice' | 'praise' | 'neutral';

export interface ClauseRole {
  role: Role;
  /** Advice that says what to do ("make sure…", "you might consider…") rather than what was wrong. */
  fix: boolean;
  /** Advice that compares the candidate with the person hired. */
  comparison: boolean;
  /** A criticism: what was wrong or missing. */
  criticism: boolean;
}

export interface ReplyContext {
  /** The reply answers the candidate's request for feedback. */
  answersRequest: boolean;
  /** The sender says they cannot say more. */
  refuses: boolean;
  /** The clause is a bullet or numbered item of a list (its subject, the candidate, goes without saying). */
  bullet: boolean;
  /** The sentence holding the clause talks about the candidate. */
  sentenceYou: boolean;
  /** The sender has announced feedback ("A couple of things from the panel."): observations that follow are it. */
  listening: boolean;
}

/** "u" and "ur" are how a reply typed on a phone says it. */
const SECOND_PERSON = /\b(?:you|your|yours|yourself|you'(?:d|ve|re|ll)|u|ur)\b/i;
// A fronted time ("Next time, slow down", "In the next interviews, talk more about…") leaves the order after it.
const LEADING_LINK =
  /^(?:(?:and|but|so|also|then|just|please|kindly|plus|or|though|maybe|perhaps|definitely|really|always|honestly|first(?:ly)?|second(?:ly)?|finally|lastly|next time|going forward|in future|(?:in|at|for) (?:the |your |any )?(?:next|future) [a-z]+)\b[\s,]*)+/i;
/** "I'd get someone to check your letters": the sender saying what they would do is advice. */
const IN_YOUR_SHOES =
  /\b(?:i'd|i would|if i were you,?)\s+(?:also\s+|really\s+|definitely\s+|probably\s+|personally\s+)?([a-z-]+)/i;
/** Strong nouns of the written application and of looks: talking about them is talking about the candidate. */
const CANDIDATE_THINGS = AREA_CUES.filter((c) => c.weight >= 3).map((c) => c.words);
/** "…, which the partners considered a significant error": a clause judging what the sentence said before. */
const REFERS_BACK = /^(?:which|so)\b/i;
/** A hedged criticism: "I did wonder whether you'd looked at our docs", "I'm not sure you…". */
export const HEDGE =
  /\b(?:i|we|some of us|a few of us|the panel)\s+(?:did\s+|also\s+)?wonder(?:ed)?\s+(?:whether|if)\s+you|\b(?:i'm|i am|we're|we are|we weren't|we were not|i wasn't|i was not)\s+(?:quite\s+|entirely\s+)?(?:not\s+)?sure\s+(?:whether|if|that)?\s*you\b/i;
export const THANKS_FIRST = /^(?:(?:many|so|and)\s+)?(?:thanks|thank you|cheers for)\b/i;
const NEGATION = /\b(?:didn't|did not|doesn't|does not|wasn't|was not|weren't|were not|never|hadn't|had not)\b/i;
const NEGATED_START = /^(?:didn't|did not|never|forgot|wasn't|was not|weren't|were not|couldn't|could not|no)\b/i;

export const normalise = (text: string) => text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
/** "Please be assured that…", "Rest assured,": a frame of reassurance, not an order; what follows it is what is said. */
export const withoutAssurance = (clause: string) =>
  clause.replace(/^\W*(?:please\s+)?(?:be|rest)\s+assured,?\s*(?:that\s+)?/i, '');

export function isImperative(clause: string): boolean {
  const bare = clause.replace(LEADING_LINK, '');
  const first = /^([a-z-]+)(?:\s+(\S+))?/i.exec(bare);
  if (!first) return false;
  const verb = first[1]!.toLowerCase();
  if (verb === "don't" || verb === 'never') return /^(?:don't|never)\s+(?!be (?:too )?hard|hesitate|worry)/i.test(bare);
  if (!IMPERATIVE_VERBS.has(verb)) return false;
  // "Keep your chin up", "Take care": politeness. A capitalised word after a noun-like verb ("Work experience") is not
  // an order; "Practice interviews help" is a statement, caught by a following verb.
  if (POLITE_IMPERATIVE.test(bare)) return false;
  const next = (first[2] ?? '').toLowerCase();
  if (/^(?:is|was|are|were|has|had|have|will|would|can|could|should|went|seemed)$/.test(next)) return false;
  return true;
}

/** Which kind of politeness or boilerplate the clause is, or ''. */
export function politeness(clause: string): keyof typeof POLITENESS | '' {
  // Notices, invitations and outcomes first: "we regret to inform you that you have not been successful" is an
  // outcome, not an apology that advice could follow.
  // "Pay attention to X if you apply to other agencies": an order under a condition about applying is advice; only
  // what is left outside the condition decides.
  const rest = clause.replace(APPLYING_CONDITION, '');
  const outside = rest !== clause && (isImperative(rest) || SUGGESTION.test(rest)) ? rest : clause;
  for (const kind of HARD) if (POLITENESS[kind].test(kind === 'future' ? outside : clause)) return kind;
  if (CARRY_ON.test(clause)) return 'wishes';
  for (const kind of SOFT) if (POLITENESS[kind].test(clause)) return kind;
  return '';
}

const APPLYING_CONDITION = /,?\s*\b(?:if|when|before|whenever|next time) you (?:re-?)?apply\b[^,;.!?]*/i;
/** Kinds of boilerplate that win over anything else the clause says, in this order. */
export const HARD = [
  'policy',
  'nothingWrong',
  'verdict',
  'circumstance',
  'logistics',
  'future',
  'contact',
  'wishes',
  'outcome',
] as const;
const SOFT = ['thanks', 'apology', 'sympathy'] as const;

export function classifyClause(raw: string, context: ReplyContext): ClauseRole {
  const clause = withoutAssurance(normalise(raw));
  const none = (role: Role): ClauseRole => ({ role, fix: false, comparison: false, criticism: false });
  // "Thank you for your email asking how you could improve": what is thanked for is never the advice.
  if (THANKS_FIRST.test(clause)) return none('politeness');
  const polite = politeness(clause);
  const faultDenied = NEGATED_FAULT.test(clause);
  const you = SECOND_PERSON.test(clause) || CANDIDATE_THINGS.some((w) => w.test(clause));
  const shoes = IN_YOUR_SHOES.exec(clause)?.[1]?.toLowerCase() ?? '';
  const suggestion = SUGGESTION.test(clause) || (shoes !== 'be' && IMPERATIVE_VERBS.has(shoes)) || HEDGE.test(clause);
  const imperative = isImperative(clause);
  const comparison =
    (COMPARISON.test(clause) || (REQUIREMENT.test(clause) && GAP.test(clause))) && !BARE_COMPARISON.test(clause);
  const bare = BARE_COMPARISON.test(clause) && context.answersRequest && !context.refuses;
  const frame = JUDGEMENT_FRAME.test(clause);
  const deficiency = !faultDenied && DEFICIENCY.test(clause);
  const negated =
    !faultDenied &&
    (NEGATED_ACTION.test(clause) ||
      NEGATED_START.test(clause.replace(LEADING_LINK, '')) ||
      (SECOND_PERSON.test(clause) && NEGATION.test(clause)));
  const praise = PRAISE.test(clause);

  // Hard boilerplate: notices, invitations, outcomes and "nothing was wrong" are never advice. A comparison that
  // names what the person hired had is the one exception to an outcome: it is the reason, and a gap to build.
  // A bare "closer match" in a notice, or relayed by someone who cannot say more, is boilerplate.
  if (BARE_COMPARISON.test(clause) && !bare && !comparison) return none('politeness');
  if (polite && polite !== 'thanks' && polite !== 'apology' && polite !== 'sympathy') {
    const reason = REASON.test(clause);
    if (!(polite === 'outcome' && (comparison || bare || reason || (suggestion && !imperative))))
      return none('politeness');
  }
  const words = clause.split(/\s+/).length;
  if (((ANNOUNCE.test(clause) && words <= 14) || (/:\s*$/.test(clause) && words <= 8 && !deficiency)) && !negated)
    return none('announce');

  const expectation = EXPECTATION.test(clause);
  // After "Two things, since you asked", what the candidate did is the feedback, even without a word of blame.
  const moment = you && ANCHOR.moment.test(clause);
  const observed =
    !praise && ((context.listening && (moment || (context.bullet && !polite))) || (moment && REPEATED.test(clause)));
  const reason = REASON.test(clause) && (!praise || deficiency) && !POLITENESS.sympathy.test(clause);
  const criticism =
    observed ||
    reason ||
    (expectation &&
      !praise &&
      ((you && (deficiency || negated || moment || ANCHOR.figure.test(clause))) ||
        ((you || context.sentenceYou) && /\b(?:more|less|than)\b/i.test(clause)))) ||
    (negated && (you || context.bullet)) ||
    (deficiency && (you || frame || context.bullet || (context.sentenceYou && REFERS_BACK.test(clause)))) ||
    (frame && you && !praise && (negated || /\b(?:more|less|not|wasn't|weren't)\b/i.test(clause))) ||
    bare;
  const fix = suggestion || imperative;
  if (criticism || fix || comparison) {
    // Thanks and apologies give way to advice in the same clause ("Sorry, but your CV had three typos"), but not to a
    // bare negation ("I'm sorry it wasn't better news").
    const onlyNegation = !deficiency && !frame && !observed && !reason && !bare;
    if (polite && ((!criticism && !comparison && !fix) || (criticism && onlyNegation && !fix && !comparison)))
      return none('politeness');
    return { role: 'advice', fix: fix && !criticism, comparison: comparison || bare, criticism };
  }
  if (polite) return none('politeness');
  if (deficiency) return none('neutral');
  if (praise || faultDenied) return none('praise');
  return none('neutral');
}

/** Explains or justifies the advice before it ("For a finance role, we want to hear numbers"). */
export function explains(sentence: string): boolean {
  const s = normalise(sentence);
  return (
    EXPECTATION.test(s) ||
    /^(?:it|this|that|which|so|not|even|twice|because|as|half|our|for (?:a|an|this|our))\b/i.test(s) ||
    s.split(/\s+/).length <= 3
  );
}

/** Starts a new piece of advice: "Also…", "Another thing…", "The other is…", "You also…", "There was also…". */
export function startsNewPoint(sentence: string): boolean {
  const s = normalise(sentence);
  return (
    /^(?:also|another|second(?:ly)?|third(?:ly)?|finally|lastly|plus|and|one (?:more|smaller|last|other) thing|the other)\b/i.test(
      s,
    ) || /^(?:\S+\s+){0,3}also\b/i.test(s)
  );
}

/** Begins with the candidate or their material as the subject: "You looked…", "Your CV…". */
export function startsWithCandidate(sentence: string): boolean {
  return /^(?:(?:first|second|also|and|then|but),?\s+)?(?:you|your)\b/i.test(
    normalise(sentence).replace(/^[^\p{L}]+/u, ''),
  );
}

/** "5+ years", "at least 2 years": a gap stated as an amount is general, not a detail of this candidate. */
export const AMOUNT = /\b\d+\s*\+?\s*(?:(?:-|–|to|or)\s*\d+\s*)?(?:years?|yrs|months?)\b/gi;

/** Names something the candidate can find again: a question, a moment, a part of a document, a figure or a quote. */
export function mentionsCandidate(text: string): boolean {
  return SECOND_PERSON.test(normalise(text));
}

/** A figure in a clause that describes the employer or the job ("our hotel has 400 rooms", "it's a 200-cover place",
 *  "the role starts at 7 in the morning") measures the job, not the candidate: it anchors nothing. */
const ABOUT_EMPLOYER =
  /\b(?:our|we|we're|we are|we have|it's a|it is a|this is a|the (?:role|job|position|post|shift|shifts) (?:starts?|begins?|runs?|ends?|finish(?:es)?|is|pays))\b/i;

function candidateFigure(s: string): boolean {
  return s
    .replace(AMOUNT, '')
    .split(/[,;:]\s+|\s+(?=(?:and|but|because|as|so|which)\b)/i)
    .some(
      (part) =>
        ANCHOR.figure.test(part) &&
        // A figure that measures the person hired ("the other fella had two years on a 20 hL system") is a gap.
        !COMPARISON.test(part) &&
        (SECOND_PERSON.test(part) || !ABOUT_EMPLOYER.test(part)),
    );
}

/** Past forms of common verbs that are not "-ed": what the candidate did, once. */
const IRREGULAR_PAST =
  'went|ran|gave|took|made|put|got|let|set|sent|spent|left|brought|bought|caught|taught|thought|told|said|wrote|drove|rode|spoke|broke|chose|froze|forgot|began|drew|threw|wore|tore|shook|stood|sat|hit|cut|read|led|held|kept|lost|met|paid|sold|found|heard|fell|felt|rang|sang|swam|dropped|slipped';
/** Verbs in the past that characterise rather than narrate: "you came across as", "you seemed", "you lacked". */
const NOT_EPISODE =
  /^(?:seemed|appeared|sounded|looked|felt|came|needed|lacked|wanted|tended|struggled|showed|demonstrated|described|talked|focused|focussed|relied|undersold|oversold|interviewed|performed|presented|answered|handled|did|had|was|were|used|thought|impressed|managed|tried)$/;
/** An episode: the candidate, in the past, did one thing to a particular object ("you reached across the patient's
 *  face", "you passed two garments with open seams", "you went straight to blocking the sender domain"). Something
 *  that happened once can be found again, unlike a characterisation ("you came across as…", "you lacked…"). */
const EPISODE = new RegExp(
  `\\byou\\s+(?:also\\s+|then\\s+|just\\s+|immediately\\s+|straight away\\s+)?([a-z]+ed|${IRREGULAR_PAST})\\s+(?:(?:straight|right|back|over|across|out|off|up|down|in|into|on|to|through|past|round|around)\\s+){0,2}(?:the|two|three|four|five|several|both|each|every|one of the|[a-z]+ing\\s+the|her|him)\\b`,
  'i',
);

/** A moment told by what happened then: "when the owner of the collapsed spaniel came in, you…". */
const WHEN_SOMEONE =
  /\bwhen (?:the|a|an|one of the|our|your)\s+(?:[\w'-]+\s+){0,5}?(?:came|arrived|asked|said|rang|called|walked|started|began|left|turned up|showed up|complained|collapsed)\b/i;

export function isEpisode(s: string): boolean {
  if (WHEN_SOMEONE.test(s)) return true;
  const m = EPISODE.exec(s);
  return !!m && !NOT_EPISODE.test(m[1]!.toLowerCase());
}

/** The candidate's own request for feedback ("You asked whether we had any feedback") is no moment of the interview. */
const REQUEST =
  /\byou (?:asked|requested|wanted)(?: us| me| the panel)? (?:for|whether|if|about)\s+(?:we|i|they|there) (?:had|have|could give|was|were)\s+(?:any |some |a bit of |more |further )?(?:feedback|pointers|tips|advice)\b|\byou (?:asked|requested) (?:us |me )?(?:for )?(?:any |some |a bit of |more |further )?(?:feedback|pointers|tips|advice)\b/gi;

export function isAnchored(text: string, observation = true): boolean {
  const s = normalise(text).replace(REQUEST, '');
  return (
    (observation && ANCHOR.setting.test(s)) ||
    (observation && isEpisode(s)) ||
    ANCHOR.asked.test(s) ||
    ANCHOR.named.test(text) ||
    ANCHOR.moment.test(s) ||
    ANCHOR.document.test(s) ||
    ANCHOR.item.test(s) ||
    candidateFigure(s) ||
    ANCHOR.time.test(s) ||
    ANCHOR.quote.test(s)
  );
}
