import { describe, expect, it } from 'vitest';
import { decodePunycode, describeWait, validateEmail, validateFirstName, validateSignup } from '#/lib/course-signup.ts';

const message = (raw: unknown) => {
  const result = validateEmail(raw);
  return result.ok ? `accepted ${result.address}` : result.message;
};

describe('validating a signup email address', () => {
  it('accepts an ordinary address and lower-cases only the domain', () => {
    expect(validateEmail('  Ana.Lopez+jobs@Example.COM ')).toEqual({ ok: true, address: 'Ana.Lopez+jobs@example.com' });
  });

  it('turns an international domain into punycode', () => {
    expect(validateEmail('anna@bücher.example')).toEqual({ ok: true, address: 'anna@xn--bcher-kva.example' });
  });

  it('accepts punycode a browser would write, and refuses "xn--" labels that are not punycode at all', () => {
    expect(validateEmail('ana@xn--mnchen-3ya.de')).toEqual({ ok: true, address: 'ana@xn--mnchen-3ya.de' });
    expect(validateEmail('ana@example.xn--p1ai')).toEqual({ ok: true, address: 'ana@example.xn--p1ai' });
    for (const raw of ['ana@xn--zz.com', 'ana@xn--a.com', 'ana@example.xn--zz']) {
      expect(message(raw), raw).toMatch(/not a domain that can receive email/);
    }
  });

  it('decodes punycode as RFC 3492 does, and refuses what is not punycode', () => {
    // The RFC's own sample (7.1 B, Chinese) and familiar names; literal strings, never built by the code under test.
    expect(decodePunycode('ihqwcrb4cv8a8dqg056pqjye')).toBe('他们为什么不说中文');
    expect(decodePunycode('mnchen-3ya')).toBe('münchen');
    expect(decodePunycode('bcher-kva')).toBe('bücher');
    expect(decodePunycode('zz')).toBeUndefined();
    expect(decodePunycode('abc-!')).toBeUndefined();
  });

  it('refuses a display name, quotes or angle brackets, asking for just the address', () => {
    expect(message('Ana <ana@example.com>')).toMatch(/just the address/);
    expect(message('"ana"@example.com')).toMatch(/just the address/);
  });

  it('refuses two addresses, however they are separated', () => {
    for (const raw of [
      'a@example.com,b@example.com',
      'a@example.com; b@example.com',
      'a@example.com b@example.com',
      'a@b@example.com',
    ]) {
      expect(message(raw), raw).toMatch(/one email address only/);
    }
  });

  it('refuses an address longer than 254 characters and a local part longer than 64', () => {
    const longDomain = `${'a'.repeat(62)}.${'b'.repeat(62)}.${'c'.repeat(62)}.${'d'.repeat(62)}.com`;
    expect(message(`ana@${longDomain}`)).toMatch(/at most 254/);
    expect(message(`${'a'.repeat(65)}@example.com`)).toMatch(/at most 64/);
    expect(message(`${'a'.repeat(64)}@example.com`)).toMatch(/^accepted/);
  });

  it('explains what is missing when the @ or either side of it is absent', () => {
    expect(message('')).toMatch(/Enter your email address/);
    expect(message(undefined)).toMatch(/Enter your email address/);
    expect(message('ana.example.com')).toMatch(/needs an @/);
    expect(message('@example.com')).toMatch(/before the @/);
    expect(message('ana@')).toMatch(/after the @/);
  });

  it('refuses domains that cannot receive mail: no dot, bad labels, IP literals, numeric top level', () => {
    for (const raw of [
      'ana@localhost',
      'ana@exa_mple.com',
      'ana@-example.com',
      'ana@example..com',
      'ana@[127.0.0.1]',
      'ana@1.2.3.4',
      'ana@example.c',
    ]) {
      expect(message(raw), raw).toMatch(/does not look like a domain|just the address/);
    }
  });

  it('refuses dots in the wrong places and characters outside the plain local part', () => {
    for (const raw of [
      '.ana@example.com',
      'ana.@example.com',
      'a..na@example.com',
      'añа@example.com',
      'a(b)@example.com',
    ]) {
      expect(message(raw), raw).toMatch(/before the @ can use/);
    }
  });

  it('refuses control characters such as a line break that could inject a header', () => {
    expect(message('ana@example.com\r\nBcc: b@example.com')).toMatch(/one email address only/);
    expect(message('ana\u0000@example.com')).toMatch(/cannot be typed/);
  });
});

describe('validating the optional first name', () => {
  it('treats an empty or missing name as no name', () => {
    expect(validateFirstName('')).toEqual({ ok: true, name: null });
    expect(validateFirstName('   ')).toEqual({ ok: true, name: null });
    expect(validateFirstName(undefined)).toEqual({ ok: true, name: null });
  });

  it('accepts names in any script with hyphens and apostrophes', () => {
    for (const name of ['Ana', 'Jean-Luc', "O'Brien", 'Zoë', 'Łukasz', '美咲', 'Mary Ann', 'J. R.']) {
      expect(validateFirstName(name), name).toEqual({ ok: true, name });
    }
  });

  it('refuses links, digits and symbols, so nobody can put an advert into our emails', () => {
    for (const name of ['Buy now at http://spam.example', 'www.spam.example', 'Ana2', '<b>Ana</b>']) {
      expect(validateFirstName(name).ok, name).toBe(false);
    }
    expect(validateFirstName('a'.repeat(51))).toEqual({
      ok: false,
      message: 'Your first name can be at most 50 characters.',
    });
  });

  it('reports every problem against its own field', () => {
    expect(validateSignup({ email: 'nope', firstName: 'http://x' })).toEqual({
      ok: false,
      errors: { email: expect.stringMatching(/needs an @/), firstName: expect.stringMatching(/Use only letters/) },
    });
  });
});

describe('telling a person how long to wait', () => {
  it('rounds up to minutes, then hours, then days', () => {
    expect(describeWait(10_000)).toBe('in about a minute');
    expect(describeWait(7 * 60_000 + 1)).toBe('in about 8 minutes');
    expect(describeWait(60 * 60_000)).toBe('in about an hour');
    expect(describeWait(23.2 * 3_600_000)).toBe('in about 24 hours');
    expect(describeWait(3 * 86_400_000)).toBe('in about 3 days');
  });
});
