// Site search (issue 3): the header's lazily loaded UI module, and the Pagefind index written after the build.
import type { AstroIntegration } from 'astro';
import { lazyModule } from './lazy-module.ts';
import { pagefindIndex } from './pagefind.ts';

export function search(): AstroIntegration[] {
  return [
    lazyModule({
      specifier: 'virtual:jst/search-ui-url',
      entry: './src/components/search/search-ui.ts',
      name: 'search-ui',
    }),
    pagefindIndex(),
  ];
}
