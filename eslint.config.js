// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const appNames = ['api', 'worker', 'web'];

/** Apps never import each other; packages never import apps. */
const appBoundaries = appNames.map((app) => ({
  files: [`apps/${app}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        { group: appNames.filter((a) => a !== app).map((a) => `@tributary/${a}`), message: 'Apps never import each other: move shared code into a package.' },
        { group: ['**/apps/*', '../../*/src/**'], message: 'Apps never import each other: move shared code into a package.' },
      ],
    }],
  },
}));

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/.next/**', '.data/**', '**/generated/**', 'apps/web/next-env.d.ts', 'bench/results/**'] },
  js.configs.recommended,
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: { ...globals.node } } },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })] },
    rules: {
      'import-x/no-cycle': ['error', { maxDepth: 10, ignoreExternal: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  ...appBoundaries,
  {
    files: ['packages/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['@tributary/api', '@tributary/worker', '@tributary/web', '**/apps/**'], message: 'Packages never import apps.' }],
      }],
    },
  },
  {
    files: ['packages/connectors/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['@tributary/db', '@tributary/core', '@prisma/*', '@tributary/api', '@tributary/worker', '@tributary/web'], message: 'Connectors never touch the hub database or import apps.' }],
      }],
    },
  },
);
