// `npm run -s email:check -- FILE`: the tone check on emails from outside. FILE holds a JSON array of email texts
// ("-" reads standard input); the output is a JSON array with, for each email, { "flags": [{ "kind", "sentence" }] }
// (flags about the whole email have no "sentence"). This format is how the check is measured from outside: keep it.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkEmail } from './email-evaluation.ts';

function fail(message: string): never {
  console.error(`email:check: ${message}`);
  process.exit(2);
}

const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length !== 1)
  fail('give one file: npm run -s email:check -- emails.json (a JSON array of email texts)');
const [file] = positionals as [string];

let raw: string;
try {
  raw = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as Error).message}`);
}
let emails: unknown;
try {
  emails = JSON.parse(raw);
} catch (error) {
  fail(`${file} is not valid JSON: ${(error as Error).message}`);
}
if (!Array.isArray(emails)) fail(`${file} must hold a JSON array of email texts`);
const notText = emails.findIndex((e) => typeof e !== 'string');
if (notText >= 0) fail(`item ${notText} of ${file} is not a string: each item must be the text of one email`);

console.log(JSON.stringify((emails as string[]).map(checkEmail), null, 2));
