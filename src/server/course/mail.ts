// Delivery: nodemailer over SMTP when SMTP_URL is set; otherwise each message is written as an .eml file into
// DATA_DIR/outbox (open it in any mail app) and the path is logged. Only the worker calls this, never a web request:
// SMTP can take seconds, and the outbox table is what a request waits for.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { EmailContent } from './emails.ts';

export interface OutgoingEmail extends EmailContent {
  /** One validated address; passed as { address } so nodemailer never splits it into several recipients. */
  to: string;
  messageId: string;
}

export interface Mailer {
  /** Where mail goes, for logs: "smtp://host:port" (no password) or the .eml folder. */
  readonly destination: string;
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

export interface SendFailure {
  /** True when retrying cannot help (an SMTP 5xx reply other than 503). */
  permanent: boolean;
  /** False when no SMTP reply came at all (refused connection, timeout): the server is unreachable. */
  reply: boolean;
  message: string;
}

type Log = (message: string) => void;

export function createMailer(options: {
  smtpUrl: string | undefined;
  mailFrom: string;
  dataDir: string;
  log?: Log;
}): Mailer {
  const log = options.log ?? ((message) => console.log(message));
  const defaults = { from: options.mailFrom };
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(
      {
        url: options.smtpUrl,
        // One reused connection: the worker sends one email at a time, and a new connection per email cost ~100 ms here.
        pool: true,
        maxConnections: 1,
        // nodemailer waits 2 minutes to connect and 10 minutes on an idle socket by default: far too long for a worker.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      },
      defaults,
    );
    const url = new URL(options.smtpUrl);
    return {
      destination: `${url.protocol}//${url.host}`,
      async send(email) {
        await transport.sendMail(message(email));
      },
      close: () => transport.close(),
    };
  }
  const folder = join(options.dataDir, 'outbox');
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }, defaults);
  return {
    destination: folder,
    async send(email) {
      const info = await transport.sendMail(message(email));
      // Owner-only, like the database: each file holds a person's address and their link tokens.
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${email.messageId.replace(/[^A-Za-z0-9.-]/g, '')}.eml`;
      const file = join(folder, name);
      // Write then rename, so a reader of the folder never sees half a message.
      writeFileSync(`${file}.tmp`, info.message as Buffer, { mode: 0o600 });
      renameSync(`${file}.tmp`, file);
      log(`course: no SMTP_URL set, so the email "${email.subject}" was written to ${file}`);
    },
    close: () => transport.close(),
  };
}

function message(email: OutgoingEmail) {
  return {
    to: { name: '', address: email.to },
    subject: email.subject,
    text: email.text,
    html: email.html,
    headers: email.headers,
    messageId: email.messageId,
  };
}

/** Sorts a failed send into "try again later" (4xx, 503, network trouble) and "give up" (other 5xx). */
export function classifySendError(error: unknown): SendFailure {
  const err = (error ?? {}) as { responseCode?: unknown; code?: unknown; message?: unknown; response?: unknown };
  const code = typeof err.responseCode === 'number' ? err.responseCode : undefined;
  const permanent = code !== undefined && code >= 500 && code < 600 && code !== 503;
  const detail =
    typeof err.response === 'string' ? err.response : typeof err.message === 'string' ? err.message : String(error);
  return {
    permanent,
    reply: code !== undefined,
    message: [typeof err.code === 'string' ? err.code : undefined, detail].filter(Boolean).join(': '),
  };
}
