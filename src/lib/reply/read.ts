// The reply reader: from the interviewer's reply to its kind (template, general or specific feedback), its points of
// advice in the sender's own words, each filed under an area with one practice task, and the strengths it names.
import { AREA_CUES, AREA_OVERRIDES } from './areas.ts';
import { ANNOUNCE, FEEDBACK_CONTEXT, POLITENESS, REFUSAL } from './cues.ts';
import {
  classifyClause,
  normalise,
  politeness,
  explains,
  HARD,
  isAnchored,
  isImperative,
  mentionsCandidate,
  startsNewPoint,
  startsWithCandidate,
  type ClauseRole,
  type ReplyContext,
} from './classify.ts';
import { clauseFeatures, type CueCache } from './features.ts';
import { holdsFeedback, type GateClause, type GateInput, type GateModel } from './gate.ts';
import gate from './gate.json' with { type: 'json' };
import { probability } from '#/lib/text/linear-model.ts';
import type { ReplyModel } from './model.ts';
import { practiceFor } from './practice.ts';
import weights from './weights.json' with { type: 'json' };
import { clauses, lineOf, segment, type Sentence } from './segment.ts';
import type { Area, OutsideReading, ReplyKind, ReplyPoint, ReplyReading, Span } from './types.ts';

/** The shipped model, learned from the labelled replies by scripts/reply-train.ts, with its reply-level gate. */
const MODEL: ReplyModel = { ...(weights as ReplyModel), gate: gate as GateModel };

/** Past this many characters the reader reads only the start: no reply to a job application is this long. */
export const MAX_REPLY_CHARS = 40_000;

interface Draft {
  start: number;
  end: number;
  unit: number;
  /** Index of the last sentence it holds. */
  last: number;
  /** The sentences it holds, whole: where anchors and area words are looked for. */
  context: string;
  area: Area | null;
  comparison: boolean;
  /** Says what was wrong or missing (not only what to do): a setting named around it then anchors it. */
  criticism: boolean;
  paragraph: number;
  /** A bullet or numbered item: its own words decide its area, not its neighbours'. */
  bullet: boolean;
}

interface ReadSentence {
  sentence: Sentence;
  parts: { span: Span; role: ClauseRole }[];
  advice: boolean;
  bullet: boolean;
  /** Not advice, but close to it, with nothing polite or praising in it: a criticism the fix after it points back
   *  to ("Your CV doesn't give dates. It would have helped to see the months."). */
  lead: boolean;
  /** Its clauses as the reply-level gate sees them. */
  gate: GateClause[];
}

const SETTING =
  /\b(?:test|trial|demo(?:nstration)? lesson|lesson|practical|exam|assessment|assessor|examiner|shift|role-?play|take-home|exercise|tasting|scenario|case study|simulation|workshop)\b/i;

/** The area cues, compiled once for counting every match (compiling these large patterns per call was slow). */
const GLOBAL_AREA_CUES = AREA_CUES.map((c) => ({ ...c, words: new RegExp(c.words.source, 'gi') }));

/** A name in capitals ("CCNA", "NEBOSH", "AWS", "SQL") is a certificate, a tool or a standard: something to gain, so
 *  "other", whatever it is. Capitals that are documents, people or places are not. */
const ACRONYM =
  /\b(?!(?:CV|CVS|HR|OK|UK|US|USA|ID|TV|PS|PPS|STAR|I|A|FYI|ASAP|TBH|LOL|IMO|NB|RE|FW)\b)[A-Z][A-Z0-9]{1,6}\b\+?/g;

function areaScores(raw: string): Map<Area, number> {
  // "for example" introduces an example; it is not about the candidate's examples.
  const text = raw.replace(/\b(?:for example|for instance|e\.g\.)/gi, '');
  const scores = new Map<Area, number>();
  for (const cue of GLOBAL_AREA_CUES) {
    const found = text.match(cue.words)?.length ?? 0;
    if (found) scores.set(cue.area, (scores.get(cue.area) ?? 0) + found * cue.weight);
  }
  // A whole line in capitals is shouting or a heading, not names.
  const names = /[a-z]/.test(text) ? Math.min(2, new Set(text.match(ACRONYM)).size) : 0;
  if (names) scores.set('other', (scores.get('other') ?? 0) + names);
  return scores;
}

/** The area with the strongest cues in the point's own words, then in its sentences, then the paragraph's setting. */
/**
 * `setting`: whether a test, trial or demo lesson is named in the same paragraph (2), or only in the reply (1).
 * `paragraph`: the paragraph's text, read when the point and its sentences name no area at all.
 */
export function areaOf(point: string, context: string, setting: 0 | 1 | 2, paragraph = ''): Area {
  const normal = point.replace(/[’‘]/g, "'");
  for (const o of AREA_OVERRIDES) if (o.words.test(normal)) return o.area;
  const scores = areaScores(normal);
  // What the point is about: the first thing of the candidate's it names ("your answers…", "your Python level…",
  // "your CV…") counts once more, so a word of another class later in the sentence does not outvote it.
  // Not the thing it is measured against: "more senior than your experience supports" is about how you came across.
  const head = /(?<!\b(?:than|as)\s+)\b(?:your|ur)\s+((?:[\w'-]+\s+){0,2}?[\w'-]+)/i.exec(normal)?.[1];
  if (head) for (const [a, n] of areaScores(head)) scores.set(a, (scores.get(a) ?? 0) + n);
  // The sentences around the point count for half: "your English is good for writing, but on the phone…".
  for (const [a, n] of areaScores(context)) scores.set(a, (scores.get(a) ?? 0) + n / 2);
  // A test, trial or demo lesson named in the same paragraph, or anywhere in the reply, leans towards "other".
  const inSetting = setting === 2 ? 2 : setting === 1 || SETTING.test(context) ? 1 : 0;
  if (inSetting) scores.set('other', (scores.get('other') ?? 0) + inSetting);
  if (scores.size === 0) for (const [a, n] of areaScores(context)) scores.set(a, n);
  if (scores.size === 0) for (const [a, n] of areaScores(paragraph)) scores.set(a, n);
  let best: Area = 'other';
  let bestScore = 0;
  for (const [area, score] of scores) {
    if (score > bestScore) [best, bestScore] = [area, score];
  }
  return best;
}

function contextOf(text: string): Pick<ReplyContext, 'answersRequest' | 'refuses'> {
  const normal = text.replace(/[’‘]/g, "'");
  return { answersRequest: FEEDBACK_CONTEXT.test(normal), refuses: REFUSAL.test(normal) };
}

function isBulletUnit(text: string, sentences: Sentence[], s: Sentence): boolean {
  const first = sentences.find((o) => o.unit === s.unit);
  const lineStart = text.lastIndexOf('\n', (first ?? s).start - 1) + 1;
  return /^[ \t]*(?:[-*•·–—▪◦]|\(?\d{1,2}[.)])/.test(text.slice(lineStart, (first ?? s).start));
}

/** "Written exam: Your response…": a short label before a colon at the start of a line is not the point. */
function dropLabel(text: string, span: Span): Span {
  const m = /^([A-Z][\w '’&/-]{0,30}):\s+/.exec(span.text);
  if (!m || m[1]!.split(/\s+/).length > 4) return span;
  return { start: span.start + m[0].length, end: span.end, text: text.slice(span.start + m[0].length, span.end) };
}

/** A heading over a list ("Areas for development", "What could be better"): a short line of its own, without a full
 *  stop, with a bullet or numbered item under it. It names what follows and is never a point itself. */
function isHeading(text: string, s: Sentence): boolean {
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  const lineEnd = text.indexOf('\n', s.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  if (line !== s.text || /[.!?]$/.test(line) || line.split(/\s+/).length > 5 || lineEnd < 0) return false;
  const next = /^[^\S\n]*\n?[^\S\n]*(\S.*)?/.exec(text.slice(lineEnd + 1))?.[1] ?? '';
  return /^(?:[-*•·–—▪◦]|\(?\d{1,2}[.)])\s/.test(next);
}

/** A form's rating after its label, with the detail after it on the same line ("Problem solving: Needs development.
 *  In the role-play you…"): the rating names the heading's verdict; the detail is the point. Alone on its line
 *  ("Dress: Too casual.") the rating is all there is, so it stays. */
function isRating(text: string, s: Sentence, labelled: Span): boolean {
  if (labelled.start === s.start || labelled.text.split(/\s+/).length > 3 || isImperative(labelled.text)) return false;
  // A form's field starts its line: "Two things: proofread." in the middle of a line is an announcement and an order.
  if (text.slice(text.lastIndexOf('\n', s.start - 1) + 1, s.start).trim()) return false;
  const after = /^[^\S\n]*(\S)/.exec(text.slice(s.end));
  return !!after && after[1] !== undefined && !text.slice(s.end, s.end + after[0].length).includes('\n');
}

/** A subject or reference line ("Re: Research Administrator (Ref 24-117)", "Position: …"): names the job, never
 *  advice. */
const REFERENCE_LINE =
  /^\s*(?:re|subject|ref(?:erence)?|position|post|role|job(?: id| title)?|vacancy|requisition|req)\s*(?:no\.?|#)?\s*:/i;

/** Lines of a standard notice: policy, legal footers, outcomes. */
const NOTICE = new RegExp(`${POLITENESS.policy.source}|${POLITENESS.outcome.source}`, 'i');

/** One clause as the reader sees it: where it is, what the rules say it does, and its features for the model. */
export interface ReadClause {
  span: Span;
  rule: ClauseRole;
  /** What the labelling guide rules out whatever else the clause says (policy, "on file", "apply again", offers of
   *  contact, "nothing you did wrong"): never advice, the model is not asked. */
  ruledOut: boolean;
  features: string[];
}

/** The sentences of the reply's body, each with its clauses read by the rules and described for the model. */
export function readClauses(text: string): { sentence: Sentence; bullet: boolean; clauses: ReadClause[] }[] {
  const base = contextOf(text);
  const sentences = segment(text);
  const body = sentences.filter((s) => !s.frame);
  const paragraphIds = [...new Set(body.map((s) => s.paragraph))];
  const notice = !base.answersRequest && body.some((s) => NOTICE.test(s.text.replace(/[’‘]/g, "'")));
  let listening = false;
  let previous: Sentence | undefined;
  const cache: CueCache = new Map();
  return body.map((sentence, i) => {
    const bullet = isBulletUnit(text, sentences, sentence);
    const labelled = dropLabel(text, sentence);
    const sameParagraph = previous?.paragraph === sentence.paragraph;
    const sentenceYou = mentionsCandidate(labelled.text);
    // A clause that refers back ("…, which you may wish to consider") says nothing of its own: when the sentence it
    // hangs on is an invitation, a notice or an offer of contact, so is the clause.
    const sentenceRuledOut = RULED_OUT.has(politeness(normalise(labelled.text)));
    const heading =
      isHeading(text, sentence) ||
      REFERENCE_LINE.test(lineOf(text, sentence.start)) ||
      isRating(text, sentence, labelled);
    // "If you would like feedback, you will need to contact…": what a ruled-out condition (an offer of contact, a wish
    // for feedback, applying again) asks of the candidate is the same process.
    let conditionRuledOut = false;
    const found = clauses(text, labelled).map((span, k) => {
      // "The committee asked me to pass on the following remarks: in the Mozart exposition…": what follows an
      // announcement and its colon, in the same sentence, is the feedback announced.
      const before = text.slice(labelled.start, span.start);
      const afterColon = k > 0 && /:\s*$/.test(before);
      const listened = listening || (afterColon && !sentenceRuledOut && ANNOUNCE.test(before));
      const rule = classifyClause(span.text, { ...base, bullet, listening: listened, sentenceYou });
      // What follows a colon in a sentence the guide rules out is what it announced: "…general tips we share with all
      // candidates: research the organisation…".
      const announced = afterColon && sentenceRuledOut;
      const refersBack =
        (k > 0 && sentenceRuledOut && REFERS_BACK.test(span.text)) || announced || heading || conditionRuledOut;
      if (k === 0) conditionRuledOut = CONDITION.test(span.text) && RULED_OUT.has(politeness(normalise(span.text)));
      return {
        span,
        rule,
        ruledOut: refersBack || (rule.role === 'politeness' && RULED_OUT.has(politeness(normalise(span.text)))),
        features: [
          ...ruleFeatures(rule),
          ...clauseFeatures(
            span.text,
            {
              ...base,
              bullet,
              listening: listened,
              paragraphIndex: paragraphIds.indexOf(sentence.paragraph),
              paragraphs: paragraphIds.length,
              sentence: labelled.text,
              previous: sameParagraph && previous ? previous.text : '',
              next: body[i + 1]?.paragraph === sentence.paragraph ? body[i + 1]!.text : '',
              notice,
            },
            cache,
          ),
        ],
      };
    });
    if (found.some((c) => c.rule.role === 'announce')) listening = true;
    previous = sentence;
    return { sentence, bullet, clauses: found };
  });
}

/** A relative clause, or a pronoun subject ("…our preparation guide: it covers…"), that only points back at what the
 *  sentence said before it. */
const CONDITION = /^\W*(?:if|should|when|whenever|once)\b/i;
const REFERS_BACK = /^(?:which|who|where|it|this|they|these)\b/i;

/** What the guide rules out whatever else the clause says: every hard kind of boilerplate except the outcome ("you
 *  were not successful"), which the model is still asked about. */
const RULED_OUT = new Set<string>(HARD.filter((kind) => kind !== 'outcome'));

/** Advice judges or directs: the clause, or the sentence it is cut from, holds an order or a suggestion, a lack, a
 *  negation, a comparison with what was needed or with the person hired, a reason, or an expectation. Without any of
 *  these it is narrative, praise or politeness, however much it talks about the candidate. */
const EVALUATIVE =
  /^(?:s:)?(?:suggestion|imperative|deficiency|negation|negatedAction|too|comparison|requirementGap|bareComparison|reason|expectation|hedge|futureTime|repeated|frame&moment|rule:advice)$/;
/** A comparative or a modal judges only when the clause does not praise: "stronger than most", "I would say your
 *  portfolio was the best" are strengths. */
const WEAK = /^(?:s:)?(?:comparative|modal)$/;

/** When the employer is who acts ("we will…", "profiles are archived") or the candidate is only allowed something
 *  ("you may update…"), a negation, a lack or a modal judges nothing of the candidate: only a comparison, a gap
 *  against what was needed, an expectation or a suggestion still can. */
const PROCESS_FRAMED = /^(?:fn:employerActs|fn:permission)$/;
const STILL_JUDGES = /^(?:suggestion|comparison|requirementGap|bareComparison|expectation|hedge|rule:comparison)$/;

export function evaluates(features: readonly string[]): boolean {
  if (features.some((f) => PROCESS_FRAMED.test(f))) return features.some((f) => STILL_JUDGES.test(f));
  if (features.some((f) => EVALUATIVE.test(f))) return true;
  return !features.includes('praise') && features.some((f) => WEAK.test(f));
}

/** What the hand rules said of a clause, as features: the model learns how far to trust each verdict. */
function ruleFeatures(rule: ClauseRole): string[] {
  const out = [`rule:${rule.role}`];
  if (rule.fix) out.push('rule:fix');
  if (rule.criticism) out.push('rule:criticism');
  if (rule.comparison) out.push('rule:comparison');
  return out;
}

/** The model's word on a clause: advice at or above its threshold, whatever the rules said; else the rules' role,
 *  with their advice taken back. Without a model, the rules alone. */
function decide(clause: ReadClause, model: ReplyModel | null, p: number): ClauseRole {
  const { rule } = clause;
  if (!model) return rule;
  const advice = p >= model.threshold;
  if (advice && rule.role === 'advice') return rule;
  if (advice) {
    const fix = clause.features.includes('suggestion') || clause.features.includes('imperative');
    return { role: 'advice', fix, comparison: clause.features.includes('comparison'), criticism: !fix };
  }
  if (rule.role !== 'advice') return rule;
  return {
    role: clause.features.includes('praise') ? 'praise' : 'neutral',
    fix: false,
    comparison: false,
    criticism: false,
  };
}

function readSentences(text: string, model: ReplyModel | null): ReadSentence[] {
  return readClauses(text).map(({ sentence, bullet, clauses: found }) => {
    // P(advice) of each clause the model is asked about: never what the guide rules out, nor a clause that neither
    // judges nor directs.
    const ps = found.map((c) =>
      model && !c.ruledOut && evaluates(c.features) ? probability(model.advice, c.features) : 0,
    );
    const parts = found.map((c, k) => ({ span: c.span, role: decide(c, model, ps[k]!) }));
    const lead =
      !!model &&
      parts.every((p) => p.role.role === 'neutral') &&
      found.some((c) => probability(model.advice, c.features) >= model.threshold / 2);
    const gate = found.map((c, k) => ({
      text: c.span.text,
      features: c.features,
      p: ps[k]!,
    }));
    return { sentence, parts, advice: parts.some((p) => p.role.role === 'advice'), bullet, lead, gate };
  });
}

/** A clause that adds a second judgement to the same frame: "they felt that X, and that your Y…". */
const SECOND_JUDGEMENT = /^(?:and|but)\s+(?:that|also)\b|^and\s+(?:your|you)\b/i;

/** Splits a sentence that holds two pieces of advice about different areas into one group of clauses for each. */
function adviceGroups(read: ReadSentence): ReadSentence['parts'][] {
  const groups: ReadSentence['parts'][] = [[]];
  let area: Area | null = null;
  for (const part of read.parts) {
    if (part.role.role === 'advice' && SECOND_JUDGEMENT.test(part.span.text) && area !== null) {
      const next = areaOf(part.span.text, '', 0);
      if (next !== area && hasAreaCue(part.span.text)) {
        groups.push([]);
        area = next;
      }
    }
    if (part.role.role === 'advice' && area === null && hasAreaCue(part.span.text))
      area = areaOf(part.span.text, '', 0);
    groups.at(-1)!.push(part);
  }
  return groups.filter((g) => g.some((p) => p.role.role === 'advice'));
}

/** The advice part of a sentence: from the first advice clause (with any context clause before it that names a
 *  moment) to the last clause that is not praise or politeness. */
function adviceSpan(text: string, parts: ReadSentence['parts']): Span {
  let first = parts.findIndex((p) => p.role.role === 'advice');
  while (first > 0 && parts[first - 1]!.role.role === 'neutral' && isAnchored(parts[first - 1]!.span.text)) first--;
  let last = parts.length - 1;
  while (last > first && ['politeness', 'praise', 'announce'].includes(parts[last]!.role.role)) last--;
  const start = parts[first]!.span.start;
  const end = parts[last]!.span.end;
  return { start, end, text: text.slice(start, end) };
}

/** Adds one piece of advice from sentence `i`: to the point before it when it carries on the same advice (its
 *  explanation or fix), else as a new point. */
function addAdvice(
  text: string,
  drafts: Draft[],
  read: ReadSentence[],
  i: number,
  parts: ReadSentence['parts'],
  first: boolean,
) {
  const r = read[i]!;
  const { sentence } = r;
  const previous = first ? drafts.at(-1) : undefined;
  const span = adviceSpan(text, parts);
  const roles = parts.filter((p) => p.role.role === 'advice').map((p) => p.role);
  const fix = roles.every((x) => x.fix);
  const comparison = roles.some((x) => x.comparison);
  const criticism = roles.some((x) => x.criticism);
  const area = areaOf(span.text, sentence.text, 0);
  if (previous && previous.last === i - 1 && previous.unit === sentence.unit) {
    const sameArea = previous.area === null || previous.area === area || !hasAreaCue(span.text);
    // A fragment ("Twice.", "Not even here.") comments on the sentence before it; it never stands alone.
    const fragment = sentence.text.split(/\s+/).length <= 3;
    const joins =
      r.bullet ||
      fragment ||
      (!startsNewPoint(sentence.text) &&
        !isAnchoredAnew(sentence.text) &&
        sameArea &&
        ((fix && !previous.comparison) ||
          (comparison && previous.comparison) ||
          (!fix && !comparison && !startsWithCandidate(sentence.text))));
    if (joins) {
      previous.end = span.end;
      previous.last = i;
      previous.context += ' ' + sentence.text;
      previous.criticism ||= criticism;
      return;
    }
  }
  // A fix with nothing before it in its point takes along the near-criticism just before it.
  const lead = read[i - 1];
  const led = first && fix && lead?.lead && lead.sentence.unit === sentence.unit && drafts.at(-1)?.last !== i - 1;
  drafts.push({
    start: led ? lead.sentence.start : span.start,
    end: span.end,
    unit: sentence.unit,
    last: i,
    context: led ? `${lead.sentence.text} ${sentence.text}` : sentence.text,
    area: hasAreaCue(span.text) ? area : null,
    comparison: comparison && !criticism,
    criticism: criticism || !!led,
    paragraph: sentence.paragraph,
    bullet: r.bullet,
  });
}

/** Reads a reply; when the model has a gate and the gate says the reply holds no feedback, it is a template and its
 *  points are dropped (gate.ts). */
export function readReply(input: string, model: ReplyModel | null = MODEL): ReplyReading {
  const { reading, gate } = readUngated(input, model);
  if (!model?.gate || reading.points.length === 0) return reading;
  if (holdsFeedback(model.gate, gate)) return reading;
  return { ...reading, kind: 'template', points: [] };
}

/** The reading before the reply-level gate, and what the gate looks at. */
export function readUngated(input: string, model: ReplyModel | null): { reading: ReplyReading; gate: GateInput } {
  const text = input.length > MAX_REPLY_CHARS ? input.slice(0, MAX_REPLY_CHARS) : input;
  const read = readSentences(text, model);
  const drafts: Draft[] = [];
  const strengths: Span[] = [];

  read.forEach((r, i) => {
    for (const p of r.parts) if (p.role.role === 'praise') strengths.push(p.span);
    if (r.advice) {
      adviceGroups(r).forEach((parts, g) => addAdvice(text, drafts, read, i, parts, g === 0));
      return;
    }
    // An explanation right after a point, in the same paragraph, belongs to it.
    const previous = drafts.at(-1);
    const neutral = r.parts.every((p) => p.role.role === 'neutral');
    if (
      previous?.last === i - 1 &&
      previous.unit === r.sentence.unit &&
      neutral &&
      (r.bullet || explains(r.sentence.text))
    ) {
      previous.end = r.sentence.end;
      previous.last = i;
      previous.context += ' ' + r.sentence.text;
    }
  });

  // Each paragraph's text, and its sentences that are not advice (where a test or trial is named), built once.
  const paragraphs = new Map<number, { text: string; setting: boolean }>();
  for (const r of read) {
    const p = paragraphs.get(r.sentence.paragraph) ?? { text: '', setting: false };
    p.text += ' ' + r.sentence.text;
    p.setting ||= !r.advice && SETTING.test(r.sentence.text);
    paragraphs.set(r.sentence.paragraph, p);
  }
  const replySetting = [...paragraphs.values()].some((p) => p.setting);
  const points: ReplyPoint[] = drafts.map((d) => {
    const pointText = text.slice(d.start, d.end);
    const paragraph = paragraphs.get(d.paragraph)!;
    const setting = paragraph.setting ? 2 : replySetting ? 1 : 0;
    // Area and kind come from word classes and anchors, as the labelling guide defines them: learned from a few
    // hundred points they fitted the replies they were learned from and did worse on unseen ones (README).
    const area = areaOf(pointText, d.context, setting, d.bullet ? '' : paragraph.text);
    return {
      start: d.start,
      end: d.end,
      text: pointText,
      area,
      anchored: isAnchored(d.context, d.criticism),
      practice: practiceFor(area, pointText),
    };
  });
  const kind: ReplyKind = points.length === 0 ? 'template' : points.some((p) => p.anchored) ? 'specific' : 'general';
  const words = text.split(/\s+/).filter(Boolean).length;
  return {
    reading: { kind, points, strengths, words },
    gate: { clauses: read.flatMap((r) => r.gate), points, words },
  };
}

function hasAreaCue(text: string): boolean {
  return areaScores(text.replace(/[’‘]/g, "'")).size > 0;
}

/** A sentence with its own question, moment or quoted detail is a new observation, not the tail of the last one. */
function isAnchoredAnew(sentence: string): boolean {
  return isAnchored(sentence) && !/^(?:it|this|that|which)\b/i.test(sentence);
}

/** The stable format printed by `npm run reply:read` and measured from outside. */
export function toOutside(reading: ReplyReading): OutsideReading {
  return { kind: reading.kind, points: reading.points.map((p) => ({ area: p.area, text: p.text })) };
}
