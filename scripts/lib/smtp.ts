// A real SMTP server on loopback (smtp-server) for the course's tests and bench: it accepts or refuses each message as
// told, and keeps what arrives, parsed by mailparser, or only counts it when parsing would slow a load test down.
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerError } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Raw header values by lower-case name (mailparser folds List-* headers into one object otherwise). */
  header: (name: string) => string | undefined;
  messageId: string | undefined;
}

/** How the SMTP server answers the next message: accept it, or fail with an SMTP code (451 temporary, 550 permanent). */
export type SmtpAnswer = 'accept' | { code: number; message: string };

export interface TestSmtp {
  port: number;
  url: string;
  /** The messages that arrived, parsed (empty when started with parse: false). */
  received: ReceivedMail[];
  /** How many messages arrived. */
  count: number;
  /** Decides the answer for each message before it is stored; default: accept everything. */
  answer: (to: string) => SmtpAnswer;
  /** Resolves when at least `count` messages have arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Resolves with the messages to `address` once there are at least `count`; rejects after `timeoutMs`. */
  waitForMailTo(address: string, count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 (no TLS, no auth). Pass a port to come back on the same one after close(), and
 * parse: false to count messages without keeping them.
 */
export async function startSmtp(options: { port?: number; parse?: boolean } = {}): Promise<TestSmtp> {
  const { port = 0, parse = true } = options;
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => boolean>();
  /** Resolves when `ready` holds, checked again each time a message arrives. */
  const until = <T>(ready: () => T | undefined, expected: string, timeoutMs: number) =>
    new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = ready();
        if (value === undefined) return false;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(value);
        return true;
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        const got = received.map((m) => `${m.to}: ${m.subject}`).join(' | ');
        reject(new Error(`Expected ${expected} within ${timeoutMs} ms, got ${state.count}: ${got}`));
      }, timeoutMs);
      if (!check()) waiters.add(check);
    });
  const mailsTo = (address: string) => received.filter((m) => m.to === address);
  const state: TestSmtp = {
    port: 0,
    url: '',
    received,
    count: 0,
    answer: () => 'accept',
    waitFor: (count, timeoutMs = 15_000) =>
      until(() => (state.count >= count ? received : undefined), `${count} emails`, timeoutMs),
    waitForMailTo: (address, count, timeoutMs = 15_000) =>
      until(
        () => (mailsTo(address).length >= count ? mailsTo(address) : undefined),
        `${count} emails to ${address}`,
        timeoutMs,
      ),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    onRcptTo(address, _session, callback) {
      const answer = state.answer(address.address);
      if (answer === 'accept') return callback();
      const error: SMTPServerError = new Error(answer.message);
      error.responseCode = answer.code;
      callback(error);
    },
    onData(stream, session, callback) {
      const arrived = () => {
        state.count++;
        callback();
        for (const check of [...waiters]) check();
      };
      if (!parse) {
        stream.on('end', arrived);
        stream.resume();
        return;
      }
      simpleParser(stream).then((mail) => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address).join(','),
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          html: typeof mail.html === 'string' ? mail.html : '',
          header: (name) => {
            const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;
            return line
              ?.slice(line.indexOf(':') + 1)
              .replace(/\r?\n\s+/g, ' ')
              .trim();
          },
          messageId: mail.messageId,
        });
        arrived();
      }, callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  // After start-up, a client dropping its connection (a server killed mid-send) must not crash the test process.
  server.on('error', () => {});
  const address = server.server.address();
  state.port = typeof address === 'object' && address ? address.port : port;
  state.url = `smtp://127.0.0.1:${state.port}`;
  return state;
}
