// The shape of a job description or resume: its lines, headings, sections and sentences, with offsets. Headings
// decide what a section is for ("Preferred qualifications", "About us", "Education"); sentences carry the wording
// ("must", "a plus") that marks a qualification as required or preferred.

export type SectionKind =
  | 'header'
  | 'required'
  | 'preferred'
  | 'duties'
  | 'neutral'
  | 'skip'
  | 'education'
  | 'experience'
  | 'skills'
  | 'certifications'
  | 'languages'
  | 'summary';

export interface Sentence {
  start: number;
  end: number;
  text: string;
  section: SectionKind;
  /** The sentence begins a line (a bullet or a paragraph), not the middle of one. */
  lineStart: boolean;
}

export interface Structure {
  sentences: Sentence[];
  /** Headings found, in order, with the kind each gives its section. */
  headings: { text: string; kind: SectionKind; start: number }[];
  /** Text of the title and company lines at the top (not qualifications; their names are not skills). */
  headerText: string;
}

const BULLET = /^\s*(?:[-–—•·*▪◦●○■□➢➤►✓✔]|\d{1,2}[.)]|[a-z][.)](?=\s))\s*/u;

// Words a heading is made of. A short line of only these words is a heading, so "Experience with Docker" is not.
const HEADING_WORDS = new Set(
  `about us the company team role position job opportunity who we are you your our what will ll re
do need have has bring looking for required requirements requirement qualifications qualification preferred desired
desirable nice to plus pluses bonus points extra credit skills skill experience experiences education and responsibilities
responsibility duties duty key essential minimum basic additional other technical core must haves benefits benefit perks
offer compensation salary pay range why join work on in this day summary overview description profile tasks impact
competencies certifications certification licenses licences license licence licensure endorsements credentials knowledge
abilities ability physical demands environment schedule hours location equal employer how apply ideal candidate would be
great good a an of languages language tools systems software history employment professional objective projects awards
volunteer interests training stand out even better asset achievements highlights contact references personal expertise
areas technologies tech stack relevant related it is s can expect looks like mission values culture story success look
typical nice-to-have nice-to-haves must-have must-haves assets day-to-day to-day should get keywords proficiencies strengths specialties selected`.split(
    /\s+/,
  ),
);

function headingKind(heading: string): SectionKind {
  const h = heading.toLowerCase();
  // "About you" asks; "About us" does not. Physical demands are asked of the person too; essential functions are duties.
  if (
    /\babout (you|yourself|the (candidate|person|applicant))\b|\bphysical (requirements?|demands|abilities)\b/.test(h)
  )
    return 'required';
  if (/\bessential (job )?functions\b/.test(h)) return 'duties';
  // "Who should apply?" describes the person wanted, not how to apply.
  if (/\bwho (should|can|may) apply\b/.test(h)) return 'required';
  if (/\b(prefer|nice|bonus|plus|desir|ideal|extra|stand out|asset|good to have|even better|would be great)/.test(h))
    return 'preferred';
  if (
    /^about (the )?(role|position|job|opportunity)|\b(responsibilit\w*|duties|duty|what you.?ll (?:be doing|do)|what you will (?:be doing|do)|you will|day.to.day|summary of (the )?role|the role|role|job (summary|description|overview)|position (summary|overview|description)|what you.?ll work on|in this role|(?:your|typical) (?:impact|mission|role|job|day|week|work)|tasks|the job|the opportunity|accountabilit\w*)\b/.test(
      h,
    )
  )
    return 'duties';
  if (
    /^why\b|\b(about|who we are|our (company|mission|story|team|values|culture)|benefit|perks|we offer|what we offer|compensation|salary|pay|why (join|work)|equal|eeo|how to apply|apply|location|schedule|hours|physical|work environment|company|mission|values|culture|contact|references|interests|awards|volunteer|projects)/.test(
      h,
    )
  )
    return 'skip';
  if (/\b(education|degree|academic)/.test(h)) return 'education';
  if (/\b(certific|licen[cs]|endorsement|credential)/.test(h)) return 'certifications';
  if (/\blanguages?\b/.test(h)) return 'languages';
  if (
    /\b(require|qualif|must|need|looking for|bring|you have|who you are|competenc|essential|minimum|knowledge|abilit)/.test(
      h,
    )
  )
    return 'required';
  if (/\b(skills?|tools|systems|technolog|tech stack|software|expertise|proficienc|strengths|specialties)\b/.test(h))
    return 'skills';
  if (/\b(experience|employment|work history|career|history)\b/.test(h)) return 'experience';
  if (/\b(summary|objective|profile|overview|highlights)\b/.test(h)) return 'summary';
  return 'neutral';
}

function onlyHeadingWords(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .split(/[^a-z-]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => HEADING_WORDS.has(w));
}

/** The heading a line is, if any: its text and where its content (after an inline colon) starts. */
function asHeading(line: string): { text: string; rest: number } | undefined {
  if (BULLET.test(line) && !/^\s*\*\*/.test(line)) return undefined;
  const stripped = line
    .replace(/^\s*#+\s*/, '')
    .replace(/[*_]{2}/g, '')
    .trim();
  if (!stripped) return undefined;
  const words = stripped.split(/\s+/).length;
  const colon = stripped.indexOf(':');
  if (colon > 0) {
    const before = stripped.slice(0, colon).trim();
    const after = stripped.slice(colon + 1).trim();
    if (!after && before.split(/\s+/).length <= 6) return { text: before, rest: line.length };
    if (after && before.split(/\s+/).length <= 5 && onlyHeadingWords(before))
      return { text: before, rest: line.indexOf(':') + 1 };
    return undefined;
  }
  if (words > 8 || stripped.length > 70 || /[.,;]$/.test(stripped)) return undefined;
  if (onlyHeadingWords(stripped)) return { text: stripped, rest: line.length };
  const letters = stripped.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 4 && letters === letters.toUpperCase() && words >= 2 && words <= 5)
    return { text: stripped, rest: line.length };
  return undefined;
}

// Sentence ends: . ! ? ; followed by a space, except after common abbreviations (e.g., St., Inc.).
const ABBREVIATIONS =
  /\b(?:e\.g|i\.e|etc|incl|approx|vs|dr|mr|mrs|ms|st|jr|sr|no|inc|co|corp|ltd|dept|min|max|yrs?|hrs?|mo|u\.s|b\.a|b\.s|m\.a|m\.s|ph\.d)$/i;

function splitSentences(line: string, offset: number, section: SectionKind, out: Sentence[]): void {
  const bullet = BULLET.exec(line);
  let cursor = bullet ? bullet[0].length : 0;
  let lineStart = true;
  const pushUntil = (end: number) => {
    const raw = line.slice(cursor, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text)
      out.push({ start: offset + cursor + lead, end: offset + cursor + lead + text.length, text, section, lineStart });
    lineStart = false;
  };
  for (const match of line.matchAll(/[.!?;](?=\s+\S)/g)) {
    const before = line.slice(cursor, match.index);
    if (match[0] === '.' && ABBREVIATIONS.test(before)) continue;
    pushUntil(match.index + 1);
    cursor = match.index + 1;
  }
  pushUntil(line.length);
}

/**
 * A short line in title form that a bulleted list follows is a heading, whatever its words ("Essential functions",
 * "The stuff you'll need"): the layout says so.
 */
function headingByLayout(
  line: string,
  lines: { text: string }[],
  index: number,
  paragraphs = true,
): { text: string; rest: number } | undefined {
  const trimmed = line.trim();
  if (BULLET.test(line) || /[.,;!]$/.test(trimmed) || !/^\p{Lu}/u.test(trimmed)) return undefined;
  if (trimmed.split(/\s+/).length > 6 || trimmed.length > 50) return undefined;
  const text = trimmed.replace(/[:?]$/, '');
  const next = lines.slice(index + 1).find((l) => l.text.trim());
  if (next && BULLET.test(next.text)) return { text, rest: line.length };
  // A short line on its own, with a paragraph right under it ("What you'll do all day", "Who should apply?",
  // "EXAMPLES OF DUTIES (illustrative only)"), heads that paragraph: a blank line before it, prose right after it.
  const below = lines[index + 1]?.text.trim() ?? '';
  const blankBefore = index === 0 || !lines[index - 1]!.text.trim();
  if (paragraphs && blankBefore && below && isProse(below)) return { text, rest: line.length };
  return undefined;
}

/** A line that reads as running text: a long line, or one that ends a sentence. */
function isProse(line: string): boolean {
  return line.split(/\s+/).length >= 12 || /[.!?]$/.test(line);
}

/**
 * Splits a job description into sections and sentences. The first line, and short lines right after it, are the
 * header (title, company, place). Text before the first heading is the company's introduction and is set aside when
 * the description has headings; without headings, every sentence counts.
 */
export function parseStructure(text: string): Structure {
  const sentences: Sentence[] = [];
  const headings: Structure['headings'] = [];
  const lines: { text: string; start: number }[] = [];
  let position = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line, start: position });
    position += line.length + 1;
  }
  let section: SectionKind = 'header';
  let headerText = '';
  let seenContent = false;
  lines.forEach(({ text: line, start }, index) => {
    const trimmed = line.trim();
    if (!trimmed) {
      if (section === 'header' && seenContent) section = 'neutral';
      return;
    }
    const prose = isProse(trimmed);
    // The very first line is a title, unless it reads like prose (a description pasted as one paragraph).
    if (section === 'header' && !seenContent && prose) section = 'neutral';
    const first = section === 'header' && !seenContent;
    // The first line is the title, unless it is itself a heading we know ("Requirements").
    const known = first ? asHeading(line) : undefined;
    const heading = first
      ? known && headingKind(known.text) !== 'neutral'
        ? known
        : undefined
      : (asHeading(line) ?? headingByLayout(line, lines, index, section !== 'header'));
    if (heading) {
      section = headingKind(heading.text);
      headings.push({ text: heading.text, kind: section, start });
      const rest = line.slice(heading.rest);
      if (rest.trim()) splitSentences(rest, start + heading.rest, section, sentences);
      seenContent = true;
      return;
    }
    if (section === 'header') {
      // The header ends at the first line that reads like prose (a full sentence or a long line).
      if (!seenContent || !prose) {
        headerText += trimmed + '\n';
        seenContent = true;
        return;
      }
      section = 'neutral';
    }
    seenContent = true;
    splitSentences(line, start, section, sentences);
  });
  // An introduction before the first heading describes the company, not the candidate.
  const firstHeading = headings[0]?.start ?? Infinity;
  if (headings.some((h) => h.kind === 'required' || h.kind === 'preferred' || h.kind === 'duties')) {
    for (const s of sentences) if (s.start < firstHeading && s.section === 'neutral') s.section = 'skip';
  }
  return { sentences, headings, headerText };
}
