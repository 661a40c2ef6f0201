// ESLint flat config: typescript-eslint recommended, and the seam rule: src/core imports nothing from the adapters or the UI.
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', 'examples/**/*.xlsx'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/excel/**', '**/xlsx/**', '**/taskpane/**', '**/commands/**', '**/cli/**'], message: 'src/core is pure: it must not import the adapters or the UI.' },
          { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'react', 'react-dom', 'exceljs', '@e965/xlsx'], message: 'src/core is pure: no Node APIs, no UI, no file libraries.' },
        ],
      }],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
