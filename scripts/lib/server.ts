// Starts the built site (scripts/serve.mjs) for tests and the bench, and waits for the JSON line the server prints
// once it listens ({"ready":true,"port":…}): the address comes from that line, never from the wording for people.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SiteOptions {
  /** Environment on top of this process's own (SMTP_URL, COURSE_*…). HOST is 127.0.0.1 unless set here. */
  env?: Record<string, string>;
  /** The port to listen on; by default the system picks a free one. */
  port?: number;
  /** The data folder; by default a temporary one, removed by stop(). */
  dataDir?: string;
  /** Pass the server's error output on to this process's (it is always kept in output() too). */
  showErrors?: boolean;
  timeoutMs?: number;
}

export interface RunningSite {
  baseURL: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the server has printed so far, both streams. */
  output(): string;
  /** SIGTERM, then the exit code once the process has ended. */
  stop(): Promise<number | null>;
}

export async function startSite(options: SiteOptions = {}): Promise<RunningSite> {
  if (!existsSync('dist/server/entry.mjs'))
    throw new Error('No build in dist/: run `npm run build` first (npm test does).');
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'jst-site-'));
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(options.port ?? 0),
      ...options.env,
      DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (options.showErrors) process.stderr.write(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const code = await exited;
    if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
    return code;
  };

  const timeoutMs = options.timeoutMs ?? 30_000;
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => done(new Error(`The server did not start within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = () => {
      // Whole lines only: the last piece may still be arriving.
      for (const line of output.split('\n').slice(0, -1)) {
        if (!line.startsWith('{')) continue;
        const ready = JSON.parse(line) as { ready?: boolean; port?: number };
        if (ready.ready && ready.port) return done(undefined, ready.port);
      }
    };
    const onExit = (code: number | null) => done(new Error(`The server exited with code ${code}:\n${output}`));
    function done(error?: Error, found?: number) {
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(found!);
    }
    child.stdout!.on('data', onData);
    child.once('exit', onExit);
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  const host = options.env?.HOST && !['0.0.0.0', '::'].includes(options.env.HOST) ? options.env.HOST : '127.0.0.1';
  return { baseURL: `http://${host}:${port}`, dataDir, child, output: () => output, stop };
}
