// `npm run -s reply:read -- FILE`: reads a JSON array of reply texts and prints, for each, its kind and its points
// of advice with their areas: [{ "kind": "template" | "general" | "specific", "points": [{ "area", "text" }] }].
// This format is how the reader is measured from outside: keep it stable.
import { readFileSync } from 'node:fs';
import { readReply, toOutside } from '#/lib/reply/read.ts';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run -s reply:read -- FILE  (FILE holds a JSON array of reply texts)');
  process.exit(2);
}
let texts: unknown;
try {
  texts = JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8'));
} catch (error) {
  console.error(`Could not read ${file} as JSON: ${(error as Error).message}`);
  process.exit(2);
}
if (!Array.isArray(texts) || texts.some((t) => typeof t !== 'string')) {
  console.error(`${file} must hold a JSON array of strings (the text of each reply).`);
  process.exit(2);
}
console.log(
  JSON.stringify(
    texts.map((t: string) => toOutside(readReply(t))),
    null,
    2,
  ),
);
