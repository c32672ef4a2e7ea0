// Tokens for matching qualifications. Technical names stay whole (C++, C#, .NET, Node.js, CI/CD, R&D), hyphenated
// words split into parts (e-commerce → e, commerce) so both spellings meet, and plain words get a light stem so
// manage, managed, managing and manages compare equal. Every token keeps its offsets for highlighting.

export interface Token {
  /** The exact characters in the source text. */
  text: string;
  /** Lower-cased, spelling-normalised and (for plain words) stemmed form used for comparison. */
  norm: string;
  start: number;
  end: number;
}

/** Slash-joined names kept as one token; other slashes separate words (Excel/Word → Excel, Word). */
const SLASH_COMPOUNDS = new Set(['ci/cd', 'tcp/ip', 'ui/ux', 'ux/ui', 'pl/sql', 'and/or', '24/7', 'b2b/b2c', 'n/a']);

// A word: letters/digits joined by . ' ’ & + # / - when another letter or digit follows; a leading dot (.NET) and
// trailing + or # (C++, C#, A+) belong to it.
const WORD = /(?<![\p{L}\p{N}])\.?[\p{L}\p{N}](?:[\p{L}\p{N}]|[.'’&+#/-](?=[\p{L}\p{N}]))*(?:\+\+?|#)?/gu;

/** British → American spellings, so either side can use either. */
const SPELLING: Record<string, string> = {
  licence: 'license',
  licences: 'licenses',
  licenced: 'licensed',
  programme: 'program',
  programmes: 'programs',
  centre: 'center',
  centres: 'centers',
  catalogue: 'catalog',
  travelling: 'traveling',
  travelled: 'traveled',
  modelling: 'modeling',
  modelled: 'modeled',
  labelling: 'labeling',
  cancelled: 'canceled',
  counselling: 'counseling',
  counsellor: 'counselor',
  enrol: 'enroll',
  enrolment: 'enrollment',
  fulfil: 'fulfill',
  fulfilment: 'fulfillment',
  judgement: 'judgment',
  ageing: 'aging',
  paediatric: 'pediatric',
  paediatrics: 'pediatrics',
  anaesthesia: 'anesthesia',
  orthopaedic: 'orthopedic',
  haematology: 'hematology',
  oesophageal: 'esophageal',
  grey: 'gray',
  tyre: 'tire',
};

/** Irregular past forms of verbs common in resumes, so "wrote" meets "write" and "led" meets "lead". */
const IRREGULAR: Record<string, string> = Object.fromEntries(
  `led:lead wrote:write written:write ran:run taught:teach built:build made:make kept:keep met:meet sold:sell
bought:buy drove:drive driven:drive spoke:speak spoken:speak brought:bring began:begin begun:begin chose:choose
chosen:choose gave:give given:give grew:grow grown:grow held:hold knew:know known:know oversaw:oversee
overseen:oversee paid:pay sent:send spent:spend stood:stand took:take taken:take told:tell understood:understand
undertook:undertake undertaken:undertake won:win fed:feed fought:fight sought:seek threw:throw thrown:throw
wore:wear worn:wear drew:draw drawn:draw dealt:deal felt:feel rode:ride ridden:ride swept:sweep shot:shoot
hung:hang lent:lend rebuilt:rebuild rewrote:rewrite rewritten:rewrite redrew:redraw`
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

/** Words the stemmer leaves alone: their stems would collide with different words (marketing ≠ market). */
const KEEP = new Set([
  'marketing',
  'accounting',
  'housing',
  'clothing',
  'windows',
  'news',
  'series',
  'species',
  'lens',
  'bus',
  'gas',
  'yes',
  'this',
  'his',
  'has',
  'was',
  'does',
  'goes',
  'less',
  'unless',
  'sometimes',
  'always',
  'canvas',
  'atlas',
]);

// Doubled final consonants that an -ing or -ed adds (planned, running); f, l, s, z and k stay (staffing, billing).
const UNDOUBLE = /([bdgmnprt])\1$/;
const VOWEL = /[aeiouy]/;

/**
 * A light stemmer in the spirit of Porter's first step: plural and tense endings, -ise/-ize spellings, final y → i and
 * a final silent e. manage, managed, managing, manages → manag; certified, certify → certifi. Not a lemmatiser.
 */
export function stem(word: string): string {
  let w = SPELLING[word] ?? IRREGULAR[word] ?? word;
  if (w.length <= 3 || !/^[a-z]+$/.test(w) || KEEP.has(w)) return w;
  // British -ise is -ize after a vowel and one consonant (organise, prioritise, recognise), never in supervise,
  // revise, exercise, expertise or franchise, whose nouns (supervision) must keep meeting them.
  // Other British and American spellings meet too: colour and color, theatre and theater, dialogue and dialog, gauge
  // and gage (a spelling of the trades).
  w = w
    .replace(/^(\w{2,}[lbmnvgdi])our(s|ed|ing|ist|ists|ite|ites)?$/, '$1or$2')
    .replace(/^(\w{2,}[tb])re(s)?$/, '$1er$2')
    .replace(/^(\w{3,})ogue(s)?$/, '$1og$2')
    .replace(/^gage(s|d)?$/, 'gauge$1')
    .replace(/((?:[aeiou][b-df-hj-np-tx-z])|gn)is(e|ed|es|ing|ation|ations)$/, (m, before: string, end: string) =>
      /[cv]$/.test(before) ? m : `${before}iz${end}`,
    )
    .replace(/ys(e|ed|es|ing)$/, 'yz$1');
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is|ys|as)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('eed')) w = w.slice(0, -1);
  else {
    const suffix = w.endsWith('ing') ? 'ing' : w.endsWith('ed') ? 'ed' : '';
    const base = w.slice(0, w.length - suffix.length);
    if (suffix && base.length >= 3 && VOWEL.test(base)) w = UNDOUBLE.test(base) ? base.slice(0, -1) : base;
  }
  if (w.length > 3 && /[^aeiou]y$/.test(w)) w = w.slice(0, -1) + 'i';
  if (w.length > 3 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}

/** The comparison form of one token's text. */
export function normalise(text: string): string {
  let lower = text.toLowerCase().replace(/’/g, "'");
  if (/^[a-z]+'s$/.test(lower)) lower = lower.slice(0, -2);
  // ES6+, 5+ and 50+ compare as ES6, 5 and 50; C++ and A+ keep their plus.
  if (lower.endsWith('+') && /\d/.test(lower)) lower = lower.replace(/\+$/, '');
  return /^[a-z]+$/.test(lower) ? stem(lower) : lower;
}

/** Splits text into tokens with offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    pushParts(tokens, match[0], start);
  }
  return tokens;
}

function pushParts(tokens: Token[], raw: string, start: number): void {
  const lower = raw.toLowerCase();
  // Hyphens and most slashes separate words; known compounds and letter pairs (A/B, I/O, P/L) stay whole.
  if (raw.includes('/') && !SLASH_COMPOUNDS.has(lower) && !/^\p{L}\/\p{L}$/u.test(raw)) {
    splitOn(tokens, raw, start, '/');
    return;
  }
  if (raw.includes('-')) {
    splitOn(tokens, raw, start, '-');
    return;
  }
  tokens.push({ text: raw, norm: normalise(raw), start, end: start + raw.length });
}

function splitOn(tokens: Token[], raw: string, start: number, separator: string): void {
  let offset = 0;
  for (const part of raw.split(separator)) {
    // A part may itself hold the other separator (UI/UX-focused); trailing dots or apostrophes are not part of it.
    const trimmed = part.replace(/[.'’&]+$/, '');
    for (const m of trimmed.matchAll(WORD)) pushParts(tokens, m[0], start + offset + m.index);
    offset += part.length + 1;
  }
}

const MAKER = /(?:er|or|ian|ist|ant)$/;

/** The craft and its maker, as normalised words: carpentry and carpenter, plumbing and plumber, accounting and accountant. */
export function craftAndMaker(maker: string, craft: string): boolean {
  if (!MAKER.test(maker) || !/^[a-z]+$/.test(maker)) return false;
  const root = maker.replace(MAKER, '');
  return root.length >= 5 && (craft === root || craft === root + 'ri' || craft === root + 'ing');
}
