// The reply-level gate: does the reply hold feedback at all? Sentence rules and the clause model judge one clause at a
// time, so each new writer's boilerplate ("read the person specification carefully for any future posts", a scoring
// process told at length) can pass for advice. The gate looks at the whole reply once its points are read: how sure
// what the clauses the model is surest of are like, how much of the reply is about the candidate's own performance,
// how much is process, policy, the employer acting or the future, and whether a point names something the candidate
// could find again. A small logistic regression over these figures, learned by `npm run reply:train` (scripts/lib/reply-gate.ts)
// from every development reply (template against feedback) and shipped in gate.json: when it says "no feedback" with enough confidence, the reply is a template and its points
// are dropped. It only ever removes points; it never adds one.
import { sigmoid } from '#/lib/text/linear-model.ts';

export interface GateModel {
  bias: number;
  /** A weight per figure of `gateFeatures` (already scaled: a figure the weights do not name counts for nothing). */
  weights: Record<string, number>;
  /** Below this P(feedback) the reply is read as a template. */
  threshold: number;
}

/** One clause of the reply as the reader saw it. */
export interface GateClause {
  text: string;
  features: readonly string[];
  /** P(advice) from the clause model, 0 when it was not asked (ruled out, or neither judges nor directs). */
  p: number;
}

export interface GateInput {
  clauses: GateClause[];
  /** The points read, before the gate: whether each names something the candidate could find again. */
  points: { anchored: boolean }[];
  words: number;
}

/** Kinds of clause (features.ts) counted as shares, over the whole reply and over its two likeliest clauses. */
const KINDS: [string, RegExp][] = [
  ['youLack', /^(?:you&deficiency|candidateThing&deficiency|work&deficiency|frame&deficiency)$/],
  ['lack', /^deficiency$/],
  ['criticism', /^rule:criticism$/],
  ['fix', /^(?:rule:fix|suggestion|imperative)$/],
  ['expectation', /^expectation$/],
  ['anchor', /^anchor:(?:moment|asked|quote|document|item|named)$/],
  ['frame', /^(?:frame|listening|announce)$/],
  ['comparison', /^(?:comparison|rule:comparison|requirementGap)$/],
  ['policy', /^(?:polite:policy|refuses)$/],
  ['outcome', /^polite:outcome$/],
  ['future', /^(?:polite:future|polite:contact|polite:logistics|futureTime|fn:yourFuture)$/],
  ['sorry', /^(?:polite:sympathy|polite:apology|polite:wishes|polite:nothingWrong|polite:circumstance)$/],
  ['process', /^(?:fn:employerActs|fn:process|fn:permission)$/],
  ['sender', /^fn:senderState$/],
  ['conditional', /^fn:conditional$/],
  ['praise', /^(?:praise|fn:praiseOfYou|rule:praise)$/],
  ['youFirst', /^youFirst$/],
  ['thing', /^candidateThing$/],
  ['notice', /^notice$/],
  ['request', /^answersRequest$/],
];

/** Kinds of clause told by their words' structure, not by vocabularies learned from earlier writers. */
const SHAPES: [string, RegExp][] = [
  // The candidate's own performance, told in the past: "you spent…", "your answer was…", "you didn't mention…".
  [
    'performance',
    /\byou\s+(?:\w+ly\s+)?(?:were|was|did|didn't|did not|gave|spent|said|came|seemed|appeared|made|used|talked|spoke|showed|answered|missed|forgot|mentioned|arrived|checked|struggled|focused|couldn't|could not|weren't|got|went|kept|asked|described|wrote|listed|brought|had)\b|\byour\s+(?:[\w-]+\s+){0,3}(?:was|were|did|didn't|lacked|had|read|showed|came|seemed|felt|looked)\b/i,
  ],
  // What the candidate lacks or should do, said of them: "you do not hold…", "your German was not…", "you'll want…".
  [
    'youNot',
    /\byou\s+(?:\w+ly\s+)?(?:do not|don't|did not|didn't|have not|haven't|lack|lacked|could have|would benefit|need to|will need|'ll need|'ll want|should|were not|weren't)\b|\byour\s+(?:[\w-]+\s+){0,3}(?:is|was|were)\s+(?:not|a bit|a little|too|quite|rather)\b/i,
  ],
  // A requirement of the role: "is necessary", "we need someone who…", "at least two years".
  [
    'requirement',
    /\b(?:necessary|essential|required|need (?:someone|somebody|a person|people)|at least|sufficient|minimum)\b/i,
  ],
  // The employer or its people as the subject: "we will…", "our team reviewed…", "the board has…".
  [
    'weSubject',
    /^\W*(?:we|our|the\s+(?:\w+\s+){0,2}(?:team|panel|committee|board|company|bank|group|department|office|trust|firm))\b/i,
  ],
  ['willFuture', /\b(?:will|'ll|shall)\b/i],
  // Advice addressed to the candidate: a modal or an advising verb with "you".
  [
    'youShould',
    /\byou\s+(?:should|could|might|need to|may want to|would benefit|ought)\b|\bI(?:'d| would)\s+(?:suggest|recommend|encourage|advise)\b|\b(?:try to|work on|focus on|brush up)\b/i,
  ],
];

const share = (clauses: GateClause[], test: (c: GateClause) => boolean) =>
  clauses.length === 0 ? 0 : clauses.filter(test).length / clauses.length;

/** The reply's figures, each between 0 and 1. What the reader decided (its points, the clause model's probabilities)
 *  is left out on purpose: on the batches it was tuned on the reader is nearly always right, so a gate learned from
 *  its verdicts only learns to trust them, and a new writer's boilerplate is exactly where they fail. */
export function gateFeatures({ clauses, points, words }: GateInput): Record<string, number> {
  const out: Record<string, number> = {
    anchored: points.some((p) => p.anchored) ? 1 : 0,
    words: Math.min(1, Math.log1p(words) / Math.log(1000)),
  };
  // What the clauses the model is surest of are like, whatever it decided: a lack of the candidate's, an area named,
  // or process, policy and the future.
  const top = clauses
    .filter((c) => c.p > 0)
    .sort((a, b) => b.p - a.p)
    .slice(0, 2);
  for (const [name, kind] of KINDS) {
    out[`all:${name}`] = share(clauses, (c) => c.features.some((f) => kind.test(f)));
    out[`top:${name}`] = share(top, (c) => c.features.some((f) => kind.test(f)));
  }
  out['top:area'] = share(top, (c) => c.features.some((f) => f.startsWith('area:')));
  for (const [name, shape] of SHAPES) {
    out[`all:${name}`] = share(clauses, (c) => shape.test(c.text));
    out[`top:${name}`] = share(top, (c) => shape.test(c.text));
  }
  return out;
}

/** P(the reply holds feedback). */
export function feedbackProbability(model: GateModel, features: Record<string, number>): number {
  let z = model.bias;
  for (const [name, x] of Object.entries(features)) z += (model.weights[name] ?? 0) * x;
  return sigmoid(z);
}

/** Shorter replies (greeting and signature included) are never gated: a standard rejection that reads as feedback
 *  carries paragraphs of boilerplate, and in a note of a line or two ("I would brush up on the Plan of Work and
 *  reapply") shares mean little. Leave-one-batch-out: no floor, 40, 60 and 80 words gave 185.3, 185.3, 186.1 and
 *  187.1 pooled at 0.5 (scripts/lib/reply-gate.ts `weigh`), 100 the same as 80. */
export const GATE_MIN_WORDS = 80;

/** Whether the gate lets the reply's points stand: always for a short reply, else P(feedback) at its threshold. */
export function holdsFeedback(model: GateModel, input: GateInput): boolean {
  return input.words < GATE_MIN_WORDS || feedbackProbability(model, gateFeatures(input)) >= model.threshold;
}
