// The email course's admin commands:
//   npm run course:admin -- export            all subscribers as CSV on stdout (status: pending, confirmed,
//                                             unsubscribed or bounced; bounced = the date mail to them failed for good)
//   npm run course:admin -- delete <email>    a person and all their data (links, queued and sent emails, .eml copies)
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readCourseConfig } from '#/server/course/config.ts';
import { csvLine } from '#/server/course/csv.ts';
import { databaseFile } from '#/server/course/runtime.ts';
import { CourseStore } from '#/server/course/store.ts';
import { validateEmail } from '#/lib/course-signup.ts';

const usage =
  'Usage: npm run course:admin -- export > subscribers.csv\n       npm run course:admin -- delete someone@example.com';

/** The command line, read by node:util; a mistake in it prints the usage and exits with 2. */
function readArguments() {
  try {
    return parseArgs({ options: { help: { type: 'boolean' } }, allowPositionals: true });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}

const { values, positionals } = readArguments();
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const [command, argument, ...extra] = positionals;
const config = readCourseConfig();

if (command === 'export') {
  const store = new CourseStore(databaseFile(config));
  const date = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  process.stdout.write(
    csvLine(['email', 'first_name', 'status', 'signed_up', 'confirmed', 'unsubscribed', 'lessons_sent', 'bounced']),
  );
  for (const row of store.exportSubscribers()) {
    process.stdout.write(
      csvLine([
        row.email,
        row.firstName,
        row.status,
        date(row.createdAt),
        date(row.confirmedAt),
        date(row.unsubscribedAt),
        row.lessonsSent,
        date(row.bouncedAt),
      ]),
    );
  }
  store.close();
} else if (command === 'delete' && argument && extra.length === 0) {
  const checked = validateEmail(argument);
  if (!checked.ok) {
    console.error(`"${argument}" is not an address we could have stored: ${checked.message}`);
    process.exit(2);
  }
  const store = new CourseStore(databaseFile(config));
  const deleted = store.deleteSubscriber(checked.address);
  store.close();
  const files = deleteEmlFiles(join(config.dataDir, 'outbox'), checked.address);
  if (!deleted && files === 0) {
    console.error(`No subscriber with the address ${checked.address}.`);
    process.exit(1);
  }
  console.log(
    `Deleted ${checked.address}: ${deleted ? 'their subscriber record with its links and emails' : 'no subscriber record'}` +
      `${files ? `, and ${files} .eml file(s) in ${join(config.dataDir, 'outbox')}` : ''}.`,
  );
} else {
  console.error(usage);
  process.exit(2);
}

/** Without SMTP, sent mail lives as .eml files: remove the ones addressed to this person. */
function deleteEmlFiles(folder: string, address: string): number {
  let count = 0;
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.eml'));
  } catch {
    return 0;
  }
  for (const name of names) {
    const file = join(folder, name);
    const headers = readFileSync(file, 'utf8').split(/\r?\n\r?\n/, 1)[0] ?? '';
    const to = /^To:\s*(.*)$/im.exec(headers)?.[1] ?? '';
    if (to.replace(/[<>\s]/g, '').toLowerCase() === address.toLowerCase()) {
      rmSync(file);
      count++;
    }
  }
  return count;
}
