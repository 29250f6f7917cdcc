// ESLint (flat config): typescript-eslint, eslint-plugin-lit and eslint-plugin-wc, the rule sets the Lit
// and web-components ecosystem uses. `npm run lint` also runs lit-analyzer (template type checks) and
// must end with zero warnings (`--max-warnings 0`). lit-analyzer's `no-invalid-css` rule is off: its CSS
// parser predates syntax every supported browser reads (`@media not (…)`, `clip-path: inset(50%)`), and
// the styles are exercised in three engines by the tests.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'storybook-static/',
      'coverage/',
      'custom-elements.json',
      'bench/.tmp/',
      'test-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'] ?? wc.configs.recommended,
  lit.configs['flat/recommended'] ?? lit.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.be.ok`) and reads that force a layout are expressions.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
  {
    files: ['scripts/**', 'bench/**', 'test/support/**/*.mjs', 'test/e2e/**', '*.mjs', '*.config.*', '.storybook/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
