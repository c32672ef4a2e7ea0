import { z } from 'astro/zod';

/** Where editors keep the search's data (readers' words, the pages offered when nothing matches). */
export const SEARCH_DATA_FILE = 'src/data/search.json';

const phrase = z
  .string()
  .trim()
  .min(2, { error: 'a word or phrase needs at least 2 letters' })
  .max(60)
  .regex(/^[\p{Ll}\p{N}][\p{Ll}\p{N}'’ .-]*$/u, {
    error: 'write it in lower case: letters, digits, spaces, apostrophes, hyphens and dots only',
  });

const siteWord = z
  .string()
  .min(2)
  .max(30)
  .regex(/^[\p{Ll}\p{N}][\p{Ll}\p{N}'-]*$/u, {
    error: 'a site word is one lower-case word the pages use (no spaces): add two words as two entries',
  });

/** One group: words and phrases readers type, and the words the pages use for the same thing. */
const groupSchema = z.strictObject({
  /** For editors: what the group is about. */
  about: z.string({ error: 'about is required: a few words saying what the group is about' }).min(3).max(80),
  /** What readers type, in lower case ("clothes", "what to wear", "ghosted"). Other forms match too ("ghosting"). */
  readers: z.array(phrase, { error: 'readers is required: a list of words or phrases' }).min(1),
  /** The words the pages use instead; each must appear on some page (the build checks). */
  site: z.array(siteWord, { error: 'site is required: a list of words the pages use' }).min(1).max(5),
});

export const searchDataSchema = z
  .strictObject({
    readersWords: z.array(groupSchema).min(1),
    /** Pages offered as results when nothing matches (site paths with a trailing slash; the build checks they exist). */
    whenNothingMatches: z
      .array(z.string().regex(/^\/([\w-]+\/)*$/, { error: 'a page path such as /guides/take-time-before-you-act/' }))
      .min(1)
      .max(5),
  })
  .superRefine((data, context) => {
    // The same reader's phrase in two groups would make one of them silently win.
    const seen = new Map<string, number>();
    data.readersWords.forEach((group, g) =>
      group.readers.forEach((text, r) => {
        const first = seen.get(text);
        if (first === undefined) seen.set(text, g);
        else
          context.addIssue({
            code: 'custom',
            path: ['readersWords', g, 'readers', r],
            message: `"${text}" is already in the group "${data.readersWords[first]!.about}": keep it in one group`,
          });
      }),
    );
  });

export type SearchData = z.infer<typeof searchDataSchema>;

/** Validates the file's contents; throws one message naming the file and each problem, for the build log. */
export function parseSearchData(input: unknown): SearchData {
  const result = searchDataSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const where = issue.path.reduce<string>((text, part) => {
      if (typeof part === 'number') return `${text}[${part}]`;
      return text ? `${text}.${String(part)}` : String(part);
    }, '');
    const group = where.match(/^readersWords\[(\d+)\]/);
    const about =
      group && typeof input === 'object' && input !== null
        ? (input as { readersWords?: { about?: unknown }[] }).readersWords?.[Number(group[1])]?.about
        : undefined;
    return `  ${where || '(top level)'}${typeof about === 'string' ? ` (group "${about}")` : ''}: ${issue.message}`;
  });
  throw new Error(
    `${SEARCH_DATA_FILE} has ${problems.length === 1 ? 'a problem' : 'problems'}:\n${problems.join('\n')}`,
  );
}
