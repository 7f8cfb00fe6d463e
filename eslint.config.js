// ESLint (flat config) with typescript-eslint's recommended rules, over the sources and scripts.
// `npm run lint`. Unused names are errors here and in tsc (noUnusedLocals/noUnusedParameters);
// a name starting with _ is deliberately unused (a destructured field left out, a callback's slot).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'samples/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // plain Node scripts (benchmarks, hooks)
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', performance: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['**/*.ts'],
    rules: {
      // terminal colour codes are matched on purpose (src/analysis/format.ts)
      'no-control-regex': 'off',
      // pdf.js's untyped objects (src/ingest/pdf.ts): shown, not failed
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
);
