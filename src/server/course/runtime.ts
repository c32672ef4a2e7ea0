// One configuration and one store per process, opened on first use.
import { hashedClientKey } from './client-address.ts';
import { readCourseConfig, type CourseConfig } from './config.ts';
import { openCourseStore } from './open-store.ts';
import type { CourseStore } from './store.ts';
import { onShutdown } from './bridge.ts';

export interface CourseRuntime {
  config: CourseConfig;
  /** Opened on first use (tried again after a failure); in the web server it never blocks on a lock. */
  store(): Promise<CourseStore>;
  /** The key under which a client's signups are counted: a keyed hash of its address (or IPv6 /64). */
  clientKey(address: string): Promise<string>;
}

let runtime: CourseRuntime | undefined;

export function courseRuntime(): CourseRuntime {
  if (!runtime) {
    const config = readCourseConfig();
    let opening: Promise<CourseStore> | undefined;
    let secret: Promise<string> | undefined;
    const store = () => {
      opening ??= openCourseStore(config, 'web').then(
        (opened) => {
          onShutdown(() => opened.close());
          return opened;
        },
        (error: unknown) => {
          opening = undefined;
          throw error;
        },
      );
      return opening;
    };
    runtime = {
      config,
      store,
      async clientKey(address) {
        // The secret is shared by every process on this store, so limits hold across instances.
        secret ??= store()
          .then((s) => s.sharedSecret('rate-limit'))
          .catch((error: unknown) => {
            secret = undefined;
            throw error;
          });
        return hashedClientKey(await secret, address);
      },
    };
  }
  return runtime;
}
