import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import testingLibrary from 'eslint-plugin-testing-library';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

/**
 * The layers, lowest first: each may import only from those before it (src/lib, generic helpers,
 * and src/i18n, the interface's words and formats, from anywhere). Features sit side by side and do not import each other (src/export reads two
 * pure modules of others); src/app composes them.
 */
const FEATURES = ['timeline', 'filters', 'details', 'story'];
const only = (layer, allowed) => ({
  target: `./src/${layer}`,
  from: './src',
  except: [...new Set([layer, 'lib', 'i18n', ...allowed])].map((name) => `./${name}`),
  message: `src/${layer} may import only from ${['lib', 'i18n', ...allowed].map((n) => `src/${n}`).join(', ')}.`,
});
const layers = [
  only('lib', []),
  { ...only('i18n', []), except: ['./i18n'], message: 'src/i18n may import only itself.' },
  only('data', []),
  only('state', ['data']),
  only('ui', ['data']),
  ...FEATURES.map((feature) => only(feature, ['data', 'state', 'ui'])),
  // Exports draw the timeline's view and say its filters in words: they may use those features'
  // pure parts, never their components or hooks.
  only('export', ['data', 'state', 'ui', 'timeline/lib', 'filters/describe-filters.ts']),
  {
    // The timeline's pure maths: testable without a store, a DOM or React.
    target: './src/timeline/lib',
    from: ['./src/state', './src/ui', './src/timeline'],
    except: ['./lib'],
    message: 'src/timeline/lib holds pure functions: no store, no components.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/data',
      'bench/dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Read our TypeScript modules too, so that no-cycle follows the whole graph.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layers }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['src/timeline/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
              message: 'src/timeline/lib holds pure functions.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
