// A light English stemmer: enough to tell that "rejections", "rejected" and "rejecting" are forms of one word, so a
// form the pages do not use is never "corrected" (Pagefind's own stemming finds it), and a reader's word matches
// its other forms ("ghosting" → "ghosted"). Both sides go through the same function, so it need not be exact.
/** Suffixes tried in order; the short ones that also end plain words ("reply", "never") need a longer stem left. */
const SUFFIXES = [
  'ations',
  'ation',
  'ings',
  'ing',
  'ions',
  'ion',
  'ments',
  'ment',
  'ness',
  'ers',
  'er',
  'ies',
  'ied',
  'ed',
  'es',
  'ly',
  's',
];

export function stem(word: string): string {
  let w = word.replace(/'s$/, '').replace(/'/g, '');
  for (const suffix of SUFFIXES) {
    const shortest = ['ly', 'er', 'ers', 'es'].includes(suffix) ? 4 : 3;
    if (w.endsWith(suffix) && w.length - suffix.length >= shortest && !(suffix === 's' && /(ss|us|is)$/.test(w))) {
      w = w.slice(0, -suffix.length) + (suffix === 'ies' || suffix === 'ied' ? 'y' : '');
      break;
    }
  }
  // "stopped" → "stopp" → "stop"; "write" and "writing" meet at "writ".
  if (/([^aeiouls])\1$/.test(w) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}
