// Builds the Pagefind search index over the static pages after `astro build`. Any Pagefind error fails the build:
// a site whose search silently lost pages is worse than a failed deploy. The service is always closed, so a failed
// build does not leave the Pagefind binary running.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

function assertNoErrors(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n${response.errors.join('\n')}`);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'jst:pagefind',
    hooks: {
      // With the Node adapter the static site is in dist/client/, which is the `dir` this hook receives.
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const created = await pagefind.createIndex({ forceLanguage: 'en' });
          assertNoErrors('create an index', created);
          const index = created.index!;
          const added = await index.addDirectory({ path: site });
          assertNoErrors(`index ${site}`, added);
          if (added.page_count === 0) throw new Error(`Pagefind found no page to index in ${site}.`);
          assertNoErrors('write the index', await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) }));
          logger.info(`indexed ${added.page_count} HTML files in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
