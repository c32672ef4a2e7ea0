/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

// Three kinds of test: pure modules (unit), the built files in dist/ (site), and a real Chromium against the
// built server (browser). `npm test` builds first, so site and browser tests always see the current build.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' } },
      // The content-error files run `astro sync` on a copy of the project (seconds each, more while browser tests run):
      // one file at a time, with a timeout to match.
      { resolve: { alias }, test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node', fileParallelism: false, testTimeout: 60_000 } },
      {
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/server.ts'],
          // One Chromium at a time: these machines have two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
