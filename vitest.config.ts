import { defineConfig } from 'vitest/config';

// Four kinds of test: pure modules (unit), the built files in dist/ (site), the course on a real PostgreSQL
// (postgres), and a real Chromium against the built server (browser). `npm test` builds first, so site, postgres and
// browser tests always see the current build.
// Modules under src/ are imported as '#/…' (package.json "imports"), which Node, Vite and TypeScript all resolve.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' } },
      // The content-error files run `astro sync` on a copy of the project (seconds each, more while browser tests run):
      // one file at a time, with a timeout to match.
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
      // A real PostgreSQL server for the run (tests/support/postgres.ts); several servers and workers share it.
      {
        test: {
          name: 'postgres',
          include: ['tests/postgres/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/postgres.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
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
