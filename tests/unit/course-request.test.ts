// The site's cross-site request check (src/server/request-guard.ts) and the course's request helpers.
import { describe, expect, it } from 'vitest';
import { canonicalAddress, clientAddress, hashedClientKey, rateLimitKey } from '#/server/course/client-address.ts';
import { parseLimits, readCourseConfig } from '#/server/course/config.ts';
import { csvCell, csvLine } from '#/server/course/csv.ts';
import { readForm } from '#/server/course/http.ts';
import { refuseCrossSiteRequest } from '#/server/request-guard.ts';

const SITE = 'https://jobs.example.org';
const INTERNAL = 'http://10.0.0.5:4321';

function post(path: string, body: BodyInit, headers: Record<string, string>, base = INTERNAL) {
  const request = new Request(base + path, { method: 'POST', body, headers });
  return refuseCrossSiteRequest(request, new URL(request.url), SITE);
}

const form = 'application/x-www-form-urlencoded';
const token = 'A'.repeat(43);

describe('the cross-site request check', () => {
  it('lets same-origin posts through, whether the origin is the site URL or the request origin', async () => {
    expect(await post('/course/signup/', 'email=a@b.co', { 'content-type': form, origin: SITE })).toBeUndefined();
    expect(await post('/course/signup/', 'email=a@b.co', { 'content-type': form, origin: INTERNAL })).toBeUndefined();
  });

  it('refuses a post from another site, one with no Origin, and one with Origin null, whatever its content type', async () => {
    const refused: Record<string, string>[] = [
      { 'content-type': form, origin: 'https://evil.example' },
      { 'content-type': form },
      { 'content-type': form, origin: 'null' },
      { 'content-type': 'application/json', origin: 'https://evil.example' },
    ];
    for (const headers of refused) {
      const response = await post('/course/signup/', 'email=a@b.co', headers);
      expect(response?.status, JSON.stringify(headers)).toBe(403);
      expect(await response!.text()).toContain('can only be sent from https://jobs.example.org');
    }
  });

  it('lets an RFC 8058 one-click unsubscribe through without an Origin, urlencoded or multipart', async () => {
    expect(
      await post(`/course/unsubscribe/?token=${token}`, 'List-Unsubscribe=One-Click', { 'content-type': form }),
    ).toBeUndefined();
    const multipart = new FormData();
    multipart.set('List-Unsubscribe', 'One-Click');
    expect(await post(`/course/unsubscribe/?token=${token}`, multipart, {})).toBeUndefined();
  });

  it('lets nothing else through that way: another body, another field, another path', async () => {
    for (const [path, body] of [
      [`/course/unsubscribe/?token=${token}`, 'List-Unsubscribe=One-Click&token=x'],
      [`/course/unsubscribe/?token=${token}`, 'List-Unsubscribe=Yes'],
      [`/course/unsubscribe/?token=${token}`, `token=${token}`],
      ['/course/signup/', 'List-Unsubscribe=One-Click'],
      ['/course/confirm/', 'List-Unsubscribe=One-Click'],
    ] as const) {
      expect((await post(path, body, { 'content-type': form }))?.status, `${path} ${body}`).toBe(403);
    }
  });

  it('refuses a body larger than 16 KB by its Content-Length, before reading it', async () => {
    const response = await post('/course/signup/', 'x'.repeat(20_000), {
      'content-type': form,
      'content-length': '20000',
      origin: SITE,
    });
    expect(response?.status).toBe(413);
  });

  it('answers 413 at once to an endless chunked body without Origin on the one-click path, however it is framed', async () => {
    // A body that never ends: 1 KB chunks for as long as anyone reads. Only a prompt 413 ends this test.
    const endless = new ReadableStream({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode('List-Unsubscribe=' + 'x'.repeat(1024)));
      },
    });
    const request = new Request(`${INTERNAL}/course/unsubscribe/?token=${token}`, {
      method: 'POST',
      body: endless,
      headers: { 'content-type': form },
      duplex: 'half',
    } as RequestInit);
    const response = await refuseCrossSiteRequest(request, new URL(request.url), SITE);
    expect(response?.status).toBe(413);
  });

  it('never blocks reading: GET and HEAD pass', async () => {
    for (const method of ['GET', 'HEAD']) {
      const request = new Request(`${INTERNAL}/course/confirm/?token=x`, { method });
      expect(await refuseCrossSiteRequest(request, new URL(request.url), SITE)).toBeUndefined();
    }
  });
});

describe('reading a course form', () => {
  it('refuses other content types with 415 and a body over the limit with 413, even without Content-Length', async () => {
    expect(
      await readForm(
        new Request('http://x/', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }),
        100,
      ),
    ).toMatchObject({ ok: false, status: 415 });
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('email=' + 'a'.repeat(200)));
        c.close();
      },
    });
    const chunked = new Request('http://x/', {
      method: 'POST',
      body: stream,
      headers: { 'content-type': form },
      duplex: 'half',
    } as RequestInit);
    expect(chunked.headers.get('content-length')).toBeNull();
    expect(await readForm(chunked, 100)).toMatchObject({ ok: false, status: 413 });
  });

  it('answers 400 to a multipart body that cannot be parsed', async () => {
    const request = new Request('http://x/', {
      method: 'POST',
      body: 'garbage',
      headers: { 'content-type': 'multipart/form-data; boundary=zzz' },
    });
    expect(await readForm(request, 1000)).toMatchObject({ ok: false, status: 400 });
  });
});

describe('the client address used for rate limits', () => {
  it('is the socket peer unless proxies are trusted, and then the entry the nearest trusted proxy added', () => {
    expect(clientAddress('203.0.113.9', '1.1.1.1', 0)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.2', 'spoofed, 198.51.100.4', 1)).toBe('198.51.100.4');
    expect(clientAddress('10.0.0.2', ['spoofed, 198.51.100.4', '10.0.0.1'], 2)).toBe('198.51.100.4');
    expect(clientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
  });

  it('writes every spelling of one address the same way before it becomes a key', () => {
    for (const spelling of [
      '10.9.8.7',
      '10.9.8.7:5555',
      '010.009.008.007',
      '::ffff:10.9.8.7',
      '[::ffff:a09:807]:443',
    ]) {
      expect(canonicalAddress(spelling), spelling).toBe('10.9.8.7');
    }
    for (const spelling of [
      '2001:db8::1',
      '[2001:db8::1]',
      '[2001:DB8:0:0::1]:8080',
      '2001:0db8:0000::0001',
      'fe80::1%eth0',
    ]) {
      expect(canonicalAddress(spelling), spelling).toBe(spelling.startsWith('fe80') ? 'fe80::1' : '2001:db8::1');
    }
    for (const junk of ['unknown', '10.9.8', '300.1.1.1', '1.2.3.4.5', '', '[::1', 'example.com']) {
      expect(canonicalAddress(junk), junk).toBeUndefined();
    }
  });

  it('keys a proxied client the same however the proxy spelled it, and falls back to the proxy for junk', () => {
    const keys = ['10.9.8.7', '10.9.8.7:5555', '010.009.008.007', '[::ffff:10.9.8.7]'].map((hop) =>
      rateLimitKey(clientAddress('192.0.2.1', `spoofed, ${hop}`, 1)),
    );
    expect(new Set(keys)).toEqual(new Set(['10.9.8.7']));
    expect(rateLimitKey(clientAddress('192.0.2.1', '[2001:db8:1:2::9]:443', 1))).toBe(
      rateLimitKey(clientAddress('192.0.2.1', '2001:DB8:1:2:ffff::1', 1)),
    );
    expect(clientAddress('192.0.2.1', 'unknown', 1)).toBe('192.0.2.1');
    expect(clientAddress('::ffff:192.0.2.1', undefined, 0)).toBe('192.0.2.1');
  });

  it('stores a keyed hash of the client, never the address, and different keys give different hashes', () => {
    const hashed = hashedClientKey('secret-a', '10.9.8.7:5555');
    expect(hashed).toBe(hashedClientKey('secret-a', '010.009.008.007'));
    expect(hashed).not.toContain('10.9.8.7');
    expect(hashed).not.toBe(hashedClientKey('secret-b', '10.9.8.7'));
  });

  it('groups IPv6 clients by /64 and unwraps IPv4-mapped addresses', () => {
    expect(rateLimitKey('2001:db8:aa:bb:1:2:3:4')).toBe('2001:db8:aa:bb::/64');
    expect(rateLimitKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(rateLimitKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(rateLimitKey('192.0.2.7')).toBe('192.0.2.7');
  });
});

describe('the course configuration', () => {
  it('has working defaults and reads limits like "10/10m,50/1d"', () => {
    const config = readCourseConfig({});
    expect(config).toMatchObject({
      siteUrl: 'http://localhost:4321',
      smtpUrl: undefined,
      trustProxy: 0,
      workerIntervalSeconds: 15,
      mailFrom: 'Job Seeker Toolkit <course@localhost>',
      // No DATABASE_URL: SQLite in DATA_DIR.
      databaseUrl: undefined,
    });
    expect(config.dataDir).toMatch(/\/data$/);
    expect(parseLimits('X', '1/10m, 3/1d')).toEqual([
      { count: 1, windowMs: 600_000 },
      { count: 3, windowMs: 86_400_000 },
    ]);
    expect(parseLimits('X', 'off')).toEqual([]);
  });

  it('stops at start-up with the variable named when a value is wrong', () => {
    expect(() => readCourseConfig({ SITE_URL: 'jobs.example.org' })).toThrow(/SITE_URL must be an absolute URL/);
    expect(() => readCourseConfig({ COURSE_IP_LIMIT: 'ten per minute' })).toThrow(/COURSE_IP_LIMIT must look like/);
    expect(() => readCourseConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY must be a whole number/);
    expect(() => readCourseConfig({ COURSE_NOW: 'tomorrow' })).toThrow(/COURSE_NOW must be a date-time/);
    expect(() => readCourseConfig({ DATABASE_URL: 'mysql://db/course' })).toThrow(
      /DATABASE_URL must be a PostgreSQL URL/,
    );
    expect(() => readCourseConfig({ DATABASE_URL: 'db.example.org' })).toThrow(/DATABASE_URL must be a PostgreSQL URL/);
  });

  it('selects PostgreSQL with a postgres:// or postgresql:// DATABASE_URL, and SQLite when it is empty', () => {
    const url = 'postgres://course:secret@db.example.org:5432/course?sslmode=require';
    expect(readCourseConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
    expect(readCourseConfig({ DATABASE_URL: 'postgresql://db.example.org/course' }).databaseUrl).toBe(
      'postgresql://db.example.org/course',
    );
    expect(readCourseConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('starts the clock at COURSE_NOW when given, and uses the site origin without a trailing slash', () => {
    const config = readCourseConfig({ COURSE_NOW: '2030-01-01T00:00:00Z', SITE_URL: 'https://jobs.example.org/' });
    expect(Math.abs(config.now() - Date.UTC(2030, 0, 1))).toBeLessThan(1000);
    expect(config.siteUrl).toBe('https://jobs.example.org');
  });
});

describe('the admin CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    expect(csvLine(['a@b.co', 'Ana, "Bo"', null, 3])).toBe('a@b.co,"Ana, ""Bo""",,3\r\n');
    expect(csvCell('=HYPERLINK("x")@example.com')).toBe(`"'=HYPERLINK(""x"")@example.com"`);
    expect(csvCell('+1@example.com')).toBe("'+1@example.com");
  });
});
