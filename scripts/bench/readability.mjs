// Bench module: the reading grade and length of every guide, against the target (grade 8 or lower).
// Reads the MDX sources, so it needs neither the server nor the browser the bench harness passes in.
import { readdir, readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { countWords } from '#/lib/text/words.ts';
import { fleschKincaidGrade, mdxToPlainText } from '../lib/readability.ts';

const guidesDir = new URL('../../src/content/guides/', import.meta.url);
const maxGrade = 8;

export default async function readability() {
  const files = (await readdir(guidesDir)).filter((file) => file.endsWith('.mdx') && !file.startsWith('_')).sort();
  const guides = [];
  for (const file of files) {
    const text = mdxToPlainText(await readFile(new URL(file, guidesDir), 'utf8'));
    const grade = Math.round(fleschKincaidGrade(text) * 10) / 10;
    guides.push({ id: file.replace(/\.mdx$/, ''), grade, words: countWords(text), pass: grade <= maxGrade });
  }
  console.log(`Guide reading grade (Flesch–Kincaid, target ≤ ${maxGrade}) and word count`);
  for (const { id, grade, words, pass } of guides) {
    console.log(
      `  ${pass ? 'PASS' : 'FAIL'}  grade ${grade.toFixed(1).padStart(4)}  ${String(words).padStart(4)} words  ${id}`,
    );
  }
  return { maxGrade, guides, pass: guides.every((guide) => guide.pass) };
}

// Run on its own: `node_modules/.bin/node scripts/bench/readability.mjs`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await readability();
