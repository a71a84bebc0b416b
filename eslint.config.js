import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', '.e2e/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
  },
  {
    // Playwright page functions run in the browser.
    files: ['test/e2e/ui/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
