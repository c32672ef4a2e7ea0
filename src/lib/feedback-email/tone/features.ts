// What the learned part of the tone check (model.ts) sees in a sentence: general cues, not phrases. The word classes
// of vocabulary.ts that occur in it (`c:fault`, `c:hire`…), the sentence's structure (a question, direct or indirect;
// second person; negation; a comparison construction; modal pressure; a third party; intensity), pairs of the two
// (second person with a fault word, a question about the hire), and its words and word pairs. Each feature is a
// name; model.ts weighs them with weights learned from the dev set (scripts/tone-train.ts).
import { firstOf, type Tokens } from './patterns.ts';
import { wordClasses } from './vocabulary.ts';

interface ClassProbe {
  name: string;
}

/** Which classes can start at a word: by the word itself, or by the first three letters of a stem ("unfair*"). */
interface StartIndex {
  byWord: Map<string, ClassProbe[]>;
  byHead: Map<string, [string, ClassProbe][]>;
  /** Stems shorter than three letters, tried on every word. */
  short: [string, ClassProbe][];
}

// Classes that only serve other classes (a weekday, a digit) say nothing on their own.
const SKIP = new Set(['be', 'number', 'digits', 'weekday', 'month', 'negator']);

let starts: StartIndex | undefined;

function startIndex(): StartIndex {
  if (starts) return starts;
  const index: StartIndex = { byWord: new Map(), byHead: new Map(), short: [] };
  for (const name of Object.keys(wordClasses)) {
    if (SKIP.has(name)) continue;
    const probe = { name };
    // Every class starts with known words (the tone check's tests hold the vocabulary to that).
    const first = firstOf(`{${name}}`)!;
    for (const w of first.words) index.byWord.set(w, [...(index.byWord.get(w) ?? []), probe]);
    for (const stem of first.stems) {
      if (stem.length < 3) index.short.push([stem, probe]);
      else index.byHead.set(stem.slice(0, 3), [...(index.byHead.get(stem.slice(0, 3)) ?? []), [stem, probe]]);
    }
  }
  return (starts = index);
}

/** The word classes that occur in a sentence, tried only where one of their entries can start. */
function classesOf(w: SentenceView): string[] {
  const index = startIndex();
  const found = new Set<string>();
  const tryAt = (probe: ClassProbe, i: number) => {
    if (!found.has(probe.name) && w.tokens.classAt(probe.name, i).length > 0) found.add(probe.name);
  };
  w.list.forEach((word, i) => {
    for (const probe of index.byWord.get(word) ?? []) tryAt(probe, i);
    for (const [stem, probe] of index.byHead.get(word.slice(0, 3)) ?? []) if (word.startsWith(stem)) tryAt(probe, i);
    for (const [stem, probe] of index.short) if (word.startsWith(stem)) tryAt(probe, i);
  });
  return [...found];
}

/** A normalised sentence as the rules read it: its text (" word word "), words, and their class matches. */
export interface SentenceView {
  text: string;
  list: string[];
  set: Set<string>;
  tokens: Tokens;
}

const SECOND = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
const FIRST = new Set(['i', 'me', 'my', 'mine', 'myself']);
const THIRD = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'his', 'their', 'whoever', 'someone', 'somebody']);
const NEGATION = new Set(['not', 'never', 'no', 'nothing', 'nobody', 'without', 'hardly', 'nor']);
const MODAL = new Set(['should', 'must', 'need', 'expect', 'ought', 'demand', 'require', 'insist']);
const COMPARE = new Set(['than', 'unlike', 'whereas', 'while', 'compared', 'better', 'more', 'less', 'fewer']);
const HEDGE = new Set(['guess', 'suppose', 'apparently', 'clearly', 'obviously', 'surely', 'sure', 'must', 'well']);
const LEADS = new Set(['i', 'you', 'your', 'we', 'they', 'he', 'she', 'my', 'their', 'it', 'this', 'that']);
const EMOJI = /\p{Extended_Pictographic}/u;

// Classes whose company with "you" (their side) or a question says what the sentence does.
const WITH_YOU = [
  'fault',
  'contempt',
  'judgement',
  'injustice',
  'wrong-done',
  'praise',
  'devalued',
  'certain',
  'intensifier',
  'slight',
  'done-right',
  'good-quality',
  'procedure',
];

// Round 7: how a dig is wrapped. Each is a shape of sentence, not a wording: a remark the writer minimises or
// excuses before making it ("I'd just note…", "I do wonder whether…", "may I say…"); an acceptance followed by a
// "but" (the point comes after it) or a "but" followed by an acceptance (the feeling comes first, then it is let go);
// an indirect yes/no question ("whether…", "if…") about their side; a cause laid at their door ("since the panel…",
// "because you…"); the hire or the others in the same sentence as the writer's own record; other people's reaction
// to the news (clients, colleagues, a director hearing of it); and a counterfactual ("would have been the same if…").
const REMARK = new Set(['say', 'note', 'mention', 'add', 'wonder', 'point', 'confess', 'admit', 'observe', 'hope']);
const MINIMISER = new Set(['just', 'only', 'merely', 'simply', 'do', 'may', 'must', 'to', 'thing']);
const EXCUSE = new Set(['respectfully', 'respect', 'worth', 'place', 'frankly', 'candidly', 'funny', 'curious']);
const ACCEPT = new Set(['understand', 'respect', 'accept', 'appreciate', 'course', 'granted', 'sure', 'agree', 'fair']);
const CONTRAST = new Set(['but', 'although', 'though', 'however', 'yet', 'whereas', 'still']);
const CAUSE = new Set(['because', 'since', 'as', 'given', 'explains', 'explain', 'due', 'considering']);
const OTHERS = new Set(['whoever', 'someone', 'somebody', 'others', 'other', 'hire', 'hired', 'appointed', 'chose']);
const REACT = new Set(['hear', 'heard', 'know', 'knows', 'told', 'tell', 'feel', 'feels', 'surprised', 'disappointed']);
const PEOPLE = new Set(['he', 'she', 'they', 'people', 'everyone', 'families', 'clients', 'customers', 'colleagues']);

function wrapping(list: string[], classes: Set<string>): string[] {
  const out: string[] = [];
  const at = (set: Set<string>) => list.findIndex((t) => set.has(t));
  const lastAt = (set: Set<string>) => list.findLastIndex((t) => set.has(t));
  const remark = list.some((t, i) => REMARK.has(t) && list.slice(Math.max(0, i - 3), i).some((u) => MINIMISER.has(u)));
  if (remark) out.push('wrap:remark');
  if (list.some((t) => EXCUSE.has(t))) out.push('wrap:excuse');
  const accept = at(ACCEPT);
  const contrast = at(CONTRAST);
  if (accept >= 0 && lastAt(CONTRAST) > accept) out.push('wrap:accept>but');
  if (contrast >= 0 && lastAt(ACCEPT) > contrast) out.push('wrap:but>accept');
  const them = classes.has('their-side') || list.includes('you') || list.includes('your');
  const whether = list.findIndex((t) => t === 'whether' || t === 'if');
  if (whether >= 0 && them) out.push('wrap:whether&them');
  const cause = at(CAUSE);
  if (cause >= 0 && them && list.slice(cause + 1).some((t) => t === 'you' || t === 'your' || t === 'they')) {
    out.push('wrap:cause>them');
  }
  const me = list.some((t) => FIRST.has(t));
  if (me && (classes.has('hire') || list.some((t) => OTHERS.has(t)))) out.push('wrap:others&me');
  if (list.some((t) => PEOPLE.has(t)) && list.some((t) => REACT.has(t))) out.push('wrap:people&react');
  const would = list.indexOf('would');
  if (would >= 0 && list[would + 1] === 'have' && (list.includes('if') || list.includes('were'))) {
    out.push('wrap:counterfactual');
  }
  return out;
}

/** The features of one sentence; `question` is whether it asks, directly or indirectly. */
export function sentenceFeatures(w: SentenceView, question: boolean): string[] {
  const classes = classesOf(w);
  const out = classes.map((c) => `c:${c}`);
  const list = w.list.filter((t) => t !== '');
  const has = (set: Set<string>) => list.some((t) => set.has(t));
  const cues: [string, boolean][] = [
    ['q', question],
    ['you', has(SECOND)],
    ['me', has(FIRST)],
    ['third', has(THIRD)],
    ['neg', has(NEGATION)],
    ['modal', has(MODAL)],
    ['compare', has(COMPARE)],
    ['hedge', has(HEDGE)],
    ['excl', list.includes('!')],
    ['quote', list.includes('“')],
    ['emoji', list.some((t) => EMOJI.test(t))],
    ['digit', list.some((t) => /\d/.test(t))],
    ['short', list.length <= 6],
    ['long', list.length >= 25],
  ];
  for (const [name, on] of cues) if (on) out.push(name);
  out.push(...wrapping(list, new Set(classes)));
  // Who the sentence is about: a fault word beside "you" blames them, beside "I" alone it is reflection.
  const you = has(SECOND);
  const self = !you && has(FIRST);
  for (const c of classes) {
    if (question) out.push(`q&c:${c}`);
    if (you && WITH_YOU.includes(c)) out.push(`you&c:${c}`);
    if (self && WITH_YOU.includes(c)) out.push(`self&c:${c}`);
  }
  // The first person, pronoun or name of a side, and what "I" does first ("I understand…", "I guess…").
  const lead = list.find((t) => LEADS.has(t));
  if (lead) out.push(`lead:${lead}`);
  const i = list.indexOf('i');
  if (i >= 0 && list[i + 1])
    out.push(
      `i+:${list[i + 1] === 'would' || list[i + 1] === 'do' ? list.slice(i + 1, i + 3).join('_') : list[i + 1]}`,
    );
  if (list[0]) out.push(`first:${list[0]}`);
  const words = list.filter((t) => /^[\p{L}\p{N}]/u.test(t));
  for (const t of new Set(words)) {
    out.push(`w:${t}`);
    // A crude stem pools a word's forms ("criticised", "criticising"), so a form unseen in training still counts.
    const stem = t.length > 5 ? t.replace(/(?:ing|ed|es|s|ly|er|ment|ness|ful|ion|ions)$/, '') : t;
    if (stem !== t) out.push(`w:${stem}~`);
  }
  for (let i = 1; i < words.length; i++) out.push(`w:${words[i - 1]}_${words[i]}`);
  return [...new Set(out)];
}
