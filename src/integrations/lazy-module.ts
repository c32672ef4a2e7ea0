// Bundles a browser module that no page loads up front, and gives tiny inline scripts its URL through a virtual
// module. Astro only inlines a processed <script> that has no imports and no dynamic imports, so a loader that says
// `import('./search-ui')` would become a JavaScript file fetched by every page. Instead the loader imports the URL
// (a string, resolved when the client bundle is written) and calls import() on it when a person shows intent.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

export interface LazyModuleOptions {
  /** The virtual module whose default export is the URL, e.g. `virtual:jst/search-ui-url`. */
  specifier: string;
  /** The module to bundle, relative to the project root. */
  entry: string;
  /** Chunk name (the file becomes _astro/<name>.<hash>.js). */
  name: string;
}

export function lazyModule({ specifier, entry, name }: LazyModuleOptions): AstroIntegration {
  return {
    name: `jst:lazy-module:${name}`,
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const entryPath = fileURLToPath(new URL(entry, config.root));
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        const resolved = `\0${specifier}`;
        let referenceId: string | undefined;
        const plugin: Plugin = {
          name: `jst:lazy-module:${name}`,
          resolveId: (id) => (id === specifier ? resolved : undefined),
          buildStart() {
            // Astro also runs Vite in serve mode during a build (content sync); only the client bundle emits the chunk.
            if (this.environment.mode === 'build' && this.environment.name === 'client') {
              referenceId = this.emitFile({ type: 'chunk', id: entryPath, name, preserveSignature: 'allow-extension' });
            }
          },
          load(id) {
            if (id !== resolved) return undefined;
            // In dev, Vite serves the source module itself.
            if (this.environment.mode !== 'build') return `export default ${JSON.stringify(`/@fs${entryPath}`)};`;
            if (!referenceId)
              throw new Error(`${specifier} can only be imported from browser code (a processed <script>).`);
            return `export default import.meta.ROLLUP_FILE_URL_${referenceId};`;
          },
          // A root-relative URL: the loader runs inline in the page, where import.meta.url is the page's address.
          resolveFileUrl: ({ referenceId: ref, fileName }) =>
            ref === referenceId ? JSON.stringify(base + fileName) : undefined,
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
