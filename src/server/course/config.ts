// The course's settings, read from environment variables (never from import.meta.env: CLIs run this file directly).
// Every value has a default that works on a laptop; README "Email course" lists them.
import { resolve } from 'node:path';
import { DAY_MS } from '#/lib/time.ts';

export interface Limit {
  count: number;
  windowMs: number;
}

export interface CourseConfig {
  /** Folder for the SQLite file and, without SMTP, the .eml files. */
  dataDir: string;
  /** postgres:// URL of the course's PostgreSQL database; undefined means SQLite in dataDir. */
  databaseUrl: string | undefined;
  /** smtp:// or smtps:// URL; undefined means "write .eml files into dataDir/outbox". */
  smtpUrl: string | undefined;
  /** The From header of every course email. */
  mailFrom: string;
  /** Origin for every link in emails, without a trailing slash. */
  siteUrl: string;
  /** How many reverse proxies in front of us may be believed about the client's address (X-Forwarded-For). */
  trustProxy: number;
  /** Signups accepted from one client address (or IPv6 /64) per window. */
  ipLimits: Limit[];
  /** Confirmation emails sent to one address per window. */
  addressLimits: Limit[];
  /** Seconds between worker passes inside the server; 0 leaves sending to `npm run course:send`. */
  workerIntervalSeconds: number;
  /** Milliseconds since 1970 for "now": the real clock, or one that started at COURSE_NOW (tests, demos). */
  now: () => number;
}

/** A confirmation link works for 7 days; unsubscribe links never expire. */
export const CONFIRM_TTL_MS = 7 * DAY_MS;
/** The largest request body a course form may send. */
export const BODY_LIMIT_BYTES = 16 * 1024;

type Env = Record<string, string | undefined>;

export function readCourseConfig(env: Env = process.env): CourseConfig {
  const siteUrl = parseSiteUrl(env.SITE_URL ?? 'http://localhost:4321');
  return {
    dataDir: resolve(env.DATA_DIR || './data'),
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || `Job Seeker Toolkit <course@${new URL(siteUrl).hostname}>`,
    siteUrl,
    trustProxy: wholeNumber('TRUST_PROXY', env.TRUST_PROXY ?? '0'),
    ipLimits: parseLimits('COURSE_IP_LIMIT', env.COURSE_IP_LIMIT ?? '10/10m,50/1d'),
    addressLimits: parseLimits('COURSE_ADDRESS_LIMIT', env.COURSE_ADDRESS_LIMIT ?? '1/10m,3/1d'),
    workerIntervalSeconds: wholeNumber('COURSE_WORKER_INTERVAL', env.COURSE_WORKER_INTERVAL ?? '15'),
    now: clockFrom(env.COURSE_NOW),
  };
}

function parseSiteUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://jobs.example.org (got "${raw}")`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`SITE_URL must start with http:// or https:// (got "${raw}")`);
  return url.origin;
}

/** DATABASE_URL: empty means SQLite; anything else must be a PostgreSQL URL. */
export function parseDatabaseUrl(raw: string | undefined): string | undefined {
  if (!raw || raw.trim() === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw.trim());
  } catch {
    url = undefined;
  }
  if (!url || !/^postgres(ql)?:$/.test(url.protocol)) {
    throw new Error(
      'DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@db.example.org:5432/course, or unset for SQLite in DATA_DIR.',
    );
  }
  return raw.trim();
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: DAY_MS };

/** "10/10m,50/1d" means at most 10 per 10 minutes and 50 per day; "off" means no limit. */
export function parseLimits(name: string, raw: string): Limit[] {
  if (raw.trim() === 'off') return [];
  return raw.split(',').map((part) => {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*([smhd])\s*$/.exec(part);
    if (!match)
      throw new Error(`${name} must look like "10/10m,50/1d" (count/window with s, m, h or d) or "off" (got "${raw}")`);
    return { count: Number(match[1]), windowMs: Number(match[2]) * UNITS[match[3]!]! };
  });
}

function wholeNumber(name: string, raw: string): number {
  if (!/^\d+$/.test(raw.trim())) throw new Error(`${name} must be a whole number (got "${raw}")`);
  return Number(raw);
}

/** With COURSE_NOW the clock starts at that moment and runs at normal speed, so schedules can be tried out. */
function clockFrom(raw: string | undefined): () => number {
  if (!raw) return () => Date.now();
  const start = Date.parse(raw);
  if (Number.isNaN(start))
    throw new Error(`COURSE_NOW must be a date-time such as 2026-12-01T09:00:00Z (got "${raw}")`);
  const offset = start - Date.now();
  return () => Date.now() + offset;
}
