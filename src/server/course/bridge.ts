// What scripts/serve.mjs tells the Astro bundle about the current process. The two load separate copies of this
// module, so the shared state lives on globalThis under a registered symbol; nothing a client sends can reach it.
import { AsyncLocalStorage } from 'node:async_hooks';

interface Bridge {
  /** Per request: the client address serve.mjs worked out (see client-address.ts). */
  requests: AsyncLocalStorage<{ clientAddress: string }>;
  /** Set by the server's worker loop: call after writing to the outbox so the email goes out in a moment. */
  wakeWorker?: () => void;
  /** Run by serve.mjs when it stops: closes what the bundle opened (its database connections). */
  shutdown: (() => Promise<void>)[];
}

const KEY = Symbol.for('job-seeker-toolkit.course.bridge');

function bridge(): Bridge {
  const holder = globalThis as typeof globalThis & { [KEY]?: Bridge };
  return (holder[KEY] ??= { requests: new AsyncLocalStorage(), shutdown: [] });
}

/** Runs `handle` with the request's client address available to trustedClientAddress(). */
export function runWithClientAddress<T>(clientAddress: string, handle: () => T): T {
  return bridge().requests.run({ clientAddress }, handle);
}

/** The client address serve.mjs established for this request, if the request came through it. */
export function trustedClientAddress(): string | undefined {
  return bridge().requests.getStore()?.clientAddress;
}

export function setWorkerWake(wake: (() => void) | undefined): void {
  bridge().wakeWorker = wake;
}

export function wakeWorker(): void {
  bridge().wakeWorker?.();
}

/** Registers work for a clean stop (closing a store the bundle opened). */
export function onShutdown(close: () => Promise<void>): void {
  bridge().shutdown.push(close);
}

/** Runs everything registered with onShutdown; failures are ignored (the process is stopping). */
export async function runShutdown(): Promise<void> {
  await Promise.allSettled(
    bridge()
      .shutdown.splice(0)
      .map((close) => close()),
  );
}
