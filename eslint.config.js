// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'artifacts/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page text and stored data are never parsed as HTML: no innerHTML / outerHTML / insertAdjacentHTML / eval.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never build DOM from strings: use textContent or Preact.' },
        { property: 'outerHTML', message: 'Never build DOM from strings: use textContent or Preact.' },
        { property: 'insertAdjacentHTML', message: 'Never build DOM from strings.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render data as HTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/shared/browser.ts'],
    rules: {
      // The polyfill is unmaintained upstream: one seam module imports it, everything else goes through the seam.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'webextension-polyfill', message: 'Import from src/shared/browser.ts (the seam).' },
          ],
          patterns: [
            { group: ['**/polyfill.cjs'], message: 'Import from src/shared/browser.ts (the seam).' },
          ],
        },
      ],
    },
  },
  {
    // The seam's CommonJS half (why it is CommonJS: see the file).
    files: ['src/shared/polyfill.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // A content script's IndexedDB and localStorage are the web page's (its origin's), not ours: the
    // background owns all storage.
    files: ['src/content/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'indexedDB', message: 'The background owns the database: send a message.' },
        { name: 'localStorage', message: 'A content script’s localStorage is the page’s.' },
        { name: 'sessionStorage', message: 'A content script’s sessionStorage is the page’s.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'document',
        'window',
        'chrome',
        'browser',
        'indexedDB',
        'navigator',
        'localStorage',
        'fetch',
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'jsx-a11y': jsxA11y, 'react-hooks': reactHooks },
    rules: {
      ...jsxA11y.configs.recommended.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
);
