// Strict checks for what a person types into the signup form. Pure, so it runs in the Astro bundle, in CLIs and in
// unit tests alike. Each problem comes back as a sentence for the field it belongs to.

export interface SignupFields {
  email: string;
  firstName: string | null;
}

export type FieldErrors = Partial<Record<keyof SignupFields, string>>;

export type ValidationResult = { ok: true; value: SignupFields } | { ok: false; errors: FieldErrors };

/** RFC 5321 limits: a whole address of at most 254 characters, the part before the @ at most 64. */
export const MAX_ADDRESS_LENGTH = 254;
export const MAX_LOCAL_LENGTH = 64;
export const MAX_FIRST_NAME_LENGTH = 50;
/** The honeypot: a form field people never see and bots fill in. */
export const HONEYPOT_FIELD = 'website';

// The "dot-atom" of RFC 5322: the unquoted local parts every mail system accepts.
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LOCAL_PART = new RegExp(`^${ATOM}(?:\\.${ATOM})*$`);
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
// Letters and marks of any script, with the spaces, hyphens, apostrophes and dots found in names.
const NAME = /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u;

const example = 'name@example.com';

/** The domain in lower-case punycode as browsers and Node's URL parser write it, or '' when it is not a host name. */
function domainToAscii(domain: string): string {
  if (/[/:?#[\]\\%]/.test(domain)) return '';
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return '';
  }
}

/**
 * Whether an "xn--" label is what a browser would write for some international name: its punycode decodes
 * (RFC 3492), holds at least one non-ASCII character, and converts back to exactly this label.
 */
function isPunycodeLabel(label: string): boolean {
  const decoded = decodePunycode(label.slice(4));
  if (!decoded || [...decoded].every((c) => c.charCodeAt(0) < 0x80)) return false;
  return domainToAscii(`${decoded}.example`) === `${label}.example`;
}

// RFC 3492 parameters for IDNA.
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;

/** Decodes the part of a label after "xn--" (RFC 3492, section 6.2); undefined when it is not valid punycode. */
export function decodePunycode(input: string): string | undefined {
  const output: number[] = [];
  const delimiter = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(delimiter, 0); j++) {
    if (input.charCodeAt(j) >= 0x80) return undefined;
    output.push(input.charCodeAt(j));
  }
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let index = delimiter > 0 ? delimiter + 1 : 0; index < input.length;) {
    const previous = i;
    for (let weight = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) return undefined;
      const digit = digitValue(input.charCodeAt(index++));
      if (digit >= BASE) return undefined;
      i += digit * weight;
      const threshold = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < threshold) break;
      weight *= BASE - threshold;
      if (i > 0x10ffff * (output.length + 1) || weight > 0x10ffff * 64) return undefined;
    }
    bias = adaptBias(i - previous, output.length + 1, previous === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return undefined;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 22; // 0-9 are 26-35
  if (code >= 65 && code <= 90) return code - 65; // A-Z
  if (code >= 97 && code <= 122) return code - 97; // a-z
  return BASE;
}

function adaptBias(delta: number, points: number, first: boolean): number {
  delta = first ? Math.floor(delta / 700) : delta >> 1;
  delta += Math.floor(delta / points);
  let k = 0;
  while (delta > ((BASE - T_MIN) * T_MAX) >> 1) {
    delta = Math.floor(delta / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * delta) / (delta + 38));
}

/** Checks one email address; returns the address to store (domain in lower-case punycode) or a message. */
export function validateEmail(raw: unknown): { ok: true; address: string } | { ok: false; message: string } {
  if (typeof raw !== 'string' || raw.trim() === '') return fail(`Enter your email address, like ${example}.`);
  const input = raw.trim();
  if (/[<>"]/.test(input)) return fail(`Enter just the address, like ${example}, without a name, quotes or < >.`);
  if (/[,;]/.test(input) || (input.match(/@/g) ?? []).length > 1 || /\s/.test(input)) {
    return fail('Enter one email address only, with no spaces.');
  }
  if (/\p{Cc}/u.test(input))
    return fail('The email address contains a character that cannot be typed. Enter it again.');
  const at = input.indexOf('@');
  if (at === -1) return fail(`An email address needs an @, like ${example}.`);
  const local = input.slice(0, at);
  const domain = input.slice(at + 1);
  if (local === '') return fail(`Enter the part before the @, like ${example}.`);
  if (domain === '') return fail(`Enter the part after the @, like ${example}.`);
  if (local.length > MAX_LOCAL_LENGTH)
    return fail(`The part before the @ can be at most ${MAX_LOCAL_LENGTH} characters.`);
  if (!LOCAL_PART.test(local)) {
    return fail(
      'The part before the @ can use English letters, digits and . _ + - (no dot at the start or end, no two dots together).',
    );
  }
  const ascii = domainToAscii(domain).toLowerCase();
  const labels = ascii.split('.');
  if (ascii === '' || labels.length < 2 || !labels.every((l) => LABEL.test(l)) || !TOP_LEVEL.test(labels.at(-1)!)) {
    return fail(`The part after the @ does not look like a domain. Check it for typos, like example.com.`);
  }
  // The URL parser passes any "xn--" label through; one that is not real punycode (xn--zz) names no domain, and mail
  // to it would only bounce.
  if (!labels.every((l) => !l.startsWith('xn--') || isPunycodeLabel(l))) {
    return fail(`The part after the @ is not a domain that can receive email. Check it for typos, like example.com.`);
  }
  const address = `${local}@${ascii}`;
  if (address.length > MAX_ADDRESS_LENGTH)
    return fail(`An email address can be at most ${MAX_ADDRESS_LENGTH} characters.`);
  return { ok: true, address };
}

/** Checks the optional first name: empty is fine; links, digits and symbols are not (they would end up in emails). */
export function validateFirstName(raw: unknown): { ok: true; name: string | null } | { ok: false; message: string } {
  if (raw === undefined || raw === null) return { ok: true, name: null };
  if (typeof raw !== 'string') return fail('Enter your first name as text, or leave it empty.');
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name === '') return { ok: true, name: null };
  if (name.length > MAX_FIRST_NAME_LENGTH)
    return fail(`Your first name can be at most ${MAX_FIRST_NAME_LENGTH} characters.`);
  // A dot directly followed by a letter reads as a web address ("www.shop.example"), so only "J. R." style dots pass.
  if (!NAME.test(name) || /\.\S/.test(name))
    return fail('Use only letters, spaces, hyphens and apostrophes in your first name, or leave it empty.');
  return { ok: true, name: name.normalize('NFC') };
}

/** Both fields at once, with every problem reported against its field. */
export function validateSignup(input: { email?: unknown; firstName?: unknown }): ValidationResult {
  const email = validateEmail(input.email);
  const firstName = validateFirstName(input.firstName);
  if (email.ok && firstName.ok) return { ok: true, value: { email: email.address, firstName: firstName.name } };
  const errors: FieldErrors = {};
  if (!email.ok) errors.email = email.message;
  if (!firstName.ok) errors.firstName = firstName.message;
  return { ok: false, errors };
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}

/** A wait in words, rounded up so the moment it names is never too early: "in about 8 minutes", "in about 2 hours". */
export function describeWait(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (minutes === 1) return 'in about a minute';
  if (minutes < 60) return `in about ${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  if (hours === 1) return 'in about an hour';
  if (hours < 48) return `in about ${hours} hours`;
  return `in about ${Math.ceil(hours / 24)} days`;
}
