// Lint rules: correctness (ESLint, typescript-eslint), accessibility of Astro markup and Preact islands (jsx-a11y),
// and the layers of the design, enforced as import rules. Layout is Prettier's job, not ESLint's.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

/** One import style: src modules as '#/path.ext' (or './name.ext' in the same folder), always with the extension. */
const importStyle = [
  { group: ['@/*'], message: 'Import src modules as \'#/…\' (package.json "imports"), which Node runs too.' },
  {
    regex: '^\\.{1,2}/(?!.*\\.(ts|tsx|astro|mjs|js|css|json|svg)(\\?.*)?$)',
    message: 'Write the file extension (.ts, .tsx, .astro…): Node runs these modules as they are.',
  },
  { regex: '^(\\.\\./)+src/', message: "Import src modules as '#/…', not by climbing out of this folder." },
];

/** The rule for one layer: the import style plus what that layer must never import. */
function layer(...forbidden) {
  return { 'no-restricted-imports': ['error', { patterns: [...importStyle, ...forbidden] }] };
}

const serverOnly = { regex: '^#/server/', message: 'Browser code never imports server code.' };
const astroVirtual = { regex: '^astro:', message: 'src/lib is pure TypeScript: no astro:* modules (pass data in).' };
const nodeBuiltins = {
  regex: '^node:',
  message: 'src/lib is pure TypeScript and runs in browsers: no node:* modules.',
};
const testsFromScripts = { regex: '(^|/)tests/', message: 'Scripts never depend on tests.' };

export default defineConfig(
  {
    ignores: ['dist/', 'node_modules/', '.astro/', 'data/', 'bench-results/', 'test-results/', 'tests/fixtures/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  ...astro.configs['flat/jsx-a11y-recommended'],
  {
    files: ['**/*.tsx'],
    ...jsxA11y.configs.recommended,
    rules: {
      ...jsxA11y.configs.recommended.rules,
      // A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
      'jsx-a11y-x/no-noninteractive-tabindex': ['error', { roles: ['region'] }],
    },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // `typeof import('./x.ts')` types a lazily imported module without importing it.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
      ...layer(),
    },
  },
  { files: ['src/lib/**'], rules: layer(serverOnly, astroVirtual, nodeBuiltins) },
  { files: ['src/components/**'], rules: layer(serverOnly) },
  { files: ['scripts/**'], rules: layer(testsFromScripts) },
);
