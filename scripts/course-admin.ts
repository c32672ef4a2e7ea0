// The email course's admin commands, on the store the server uses (DATABASE_URL, else DATA_DIR/course.sqlite):
//   npm run course:admin -- export            all subscribers as CSV on stdout (status: pending, confirmed,
//                                             unsubscribed or bounced; bounced = the date mail to them failed for good)
//   npm run course:admin -- delete <email>    a person and all their data (links, queued and sent emails, .eml copies)
//   npm run course:admin -- migrate           brings the schema up to date (servers also do it when they start)
//   npm run course:admin -- copy --from <store> --to <store>
//                                             moves a whole list between engines; <store> is sqlite:<file> or a
//                                             postgres:// URL; the target must be empty
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readCourseConfig } from '#/server/course/config.ts';
import { csvLine } from '#/server/course/csv.ts';
import { copyBetween } from '#/server/course/copy.ts';
import { openCourseStore } from '#/server/course/open-store.ts';
import type { CourseStore } from '#/server/course/store.ts';
import { validateEmail } from '#/lib/course-signup.ts';

const usage = [
  'Usage: npm run course:admin -- export > subscribers.csv',
  '       npm run course:admin -- delete someone@example.com',
  '       npm run course:admin -- migrate',
  '       npm run course:admin -- copy --from sqlite:./data/course.sqlite --to postgres://user:password@host/db',
].join('\n');

/** The command line, read by node:util; a mistake in it prints the usage and exits with 2. */
function readArguments() {
  try {
    return parseArgs({
      options: { help: { type: 'boolean' }, from: { type: 'string' }, to: { type: 'string' } },
      allowPositionals: true,
    });
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

/** Runs `work` on the configured store, closing it afterwards whatever happens. */
async function withStore<T>(work: (store: CourseStore) => Promise<T>): Promise<T> {
  const store = await openCourseStore(config, 'cli');
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const copying = values.from !== undefined || values.to !== undefined;
if (copying && command !== 'copy') {
  console.error(usage);
  process.exit(2);
}

if (command === 'export' && !argument) {
  const date = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  process.stdout.write(
    csvLine(['email', 'first_name', 'status', 'signed_up', 'confirmed', 'unsubscribed', 'lessons_sent', 'bounced']),
  );
  for (const row of await withStore((store) => store.exportSubscribers())) {
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
} else if (command === 'delete' && argument && extra.length === 0) {
  const checked = validateEmail(argument);
  if (!checked.ok) {
    console.error(`"${argument}" is not an address we could have stored: ${checked.message}`);
    process.exit(2);
  }
  const deleted = await withStore((store) => store.deleteSubscriber(checked.address));
  const files = deleteEmlFiles(join(config.dataDir, 'outbox'), checked.address);
  if (!deleted && files === 0) {
    console.error(`No subscriber with the address ${checked.address}.`);
    process.exit(1);
  }
  console.log(
    `Deleted ${checked.address}: ${deleted ? 'their subscriber record with its links and emails' : 'no subscriber record'}` +
      `${files ? `, and ${files} .eml file(s) in ${join(config.dataDir, 'outbox')}` : ''}.`,
  );
} else if (command === 'migrate' && !argument) {
  const { from, to, location } = await withStore(async (store) => ({
    ...(await store.migrate()),
    location: store.location,
  }));
  console.log(
    from === to
      ? `${location} is up to date (schema version ${to}).`
      : `Migrated ${location} from schema version ${from} to ${to}.`,
  );
} else if (command === 'copy' && !argument && values.from && values.to) {
  try {
    const copied = await copyBetween(values.from, values.to);
    console.log(
      `Copied ${copied.subscribers} subscribers, ${copied.emails} emails, ${copied.tokens} link hashes and ` +
        `${copied.rateEvents} rate-limit records from ${copied.from} to ${copied.to}.`,
    );
  } catch (error) {
    console.error(`The copy failed; the target holds nothing of it: ${(error as Error).message}`);
    process.exitCode = 1;
  }
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
