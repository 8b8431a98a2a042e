import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import testingLibrary from 'eslint-plugin-testing-library';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

const noEdtfParser = {
  path: { name: 'edtf', message: 'Parse EDTF at check time (src/data/edtf-parse.ts), not in the app.' },
  pattern: { regex: 'edtf-parse$', message: 'The app reads dates from the dataset table; edtf-parse is for scripts.' },
};

const featureBoundary = [
  { regex: '^\\.\\./(?!\\.)[^/]+/', message: 'Features must not import each other; compose them in src/app.' },
  { regex: '/features/', message: 'Features must not import each other; compose them in src/app.' },
  { regex: '^(\\.\\./)+app/', message: 'Features must not import src/app: the app passes callbacks and data down.' },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'coverage', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  { files: ['**/*.mjs'], languageOptions: { globals: globals.node } },
  // The host script that other sites load beside the embed: a classic browser script.
  { files: ['public/**/*.js'], languageOptions: { globals: globals.browser, sourceType: 'script' } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.strict },
  {
    files: ['src/**/*.test.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    // The EDTF parser runs at data-check and build time only; the app reads the dataset's `dates` table.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**', 'src/data/edtf-parse.ts', 'src/features/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noEdtfParser.path], patterns: [noEdtfParser.pattern] }] },
  },
  {
    // Features never import each other: only src/app puts them together. ESLint keeps one setting per rule, so the
    // parser ban is repeated here for feature code (feature tests may use the parser to build fixtures).
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noEdtfParser.path], patterns: [...featureBoundary, noEdtfParser.pattern] },
      ],
    },
  },
  {
    files: ['src/features/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: featureBoundary }] },
  },
);
