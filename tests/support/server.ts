// Vitest global setup for browser tests: starts the built site (scripts/serve.mjs) on a free loopback port with its
// own temporary data folder, hands the address to tests as inject('baseURL'), and says once which browser runs.
import type { TestProject } from 'vitest/node';
import { describeChromium } from '../../scripts/lib/browser.ts';
import { startSite, type RunningSite } from '../../scripts/lib/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    dataDir: string;
  }
}

let site: RunningSite | undefined;

export async function setup(project: TestProject) {
  console.log(await describeChromium());
  site = await startSite({ showErrors: true });
  project.provide('baseURL', site.baseURL);
  project.provide('dataDir', site.dataDir);
}

export async function teardown() {
  await site?.stop();
}
