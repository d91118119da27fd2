import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import testingLibrary from 'eslint-plugin-testing-library';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const src = (...parts) => path.join(ROOT, 'src', ...parts);

/**
 * The layers, lowest first: each may import only from those before it (src/lib, generic helpers,
 * and src/i18n, the interface's words and formats, from anywhere). src/state holds the store's
 * shared machinery and assembles the store from the features' slices (`<feature>/*-slice.ts`),
 * which sit beside each feature's components; the features use the store, and src/app composes
 * them. A feature reaches another only through its public face, `index.ts` (below).
 */
const FEATURES = ['timeline', 'filters', 'details', 'story', 'live', 'export'];
const slicesOf = (feature) =>
  readdirSync(src(feature)).filter((name) => name.endsWith('-slice.ts'));
const SLICES = FEATURES.flatMap((feature) => slicesOf(feature).map((name) => `${feature}/${name}`));
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
  {
    ...only('state', ['data', ...SLICES]),
    message:
      "src/state may import only from src/lib, src/i18n, src/data and the features' slices (src/<feature>/*-slice.ts).",
  },
  only('ui', ['data']),
  ...FEATURES.filter((feature) => feature !== 'export').map((feature) =>
    only(feature, ['data', 'state', 'ui', ...FEATURES]),
  ),
  // Exports draw the timeline's view and say its filters in words: they may use the timeline's
  // pure maths, its drawing (timeline/drawing.ts) and the filters' public face, never the
  // timeline's components or hooks.
  only('export', [
    'data',
    'state',
    'ui',
    'timeline/lib',
    'timeline/drawing.ts',
    'filters/index.ts',
  ]),
  {
    // The timeline's pure maths: testable without a store, a DOM or React.
    target: './src/timeline/lib',
    from: ['./src/state', './src/ui', './src/timeline'],
    except: ['./lib'],
    message: 'src/timeline/lib holds pure functions: no store, no components.',
  },
  {
    // The script a host page loads to embed the timeline (dist/embed.js): small, and knowing
    // nothing of the app but the messages both speak (src/lib/embed-messages.ts).
    target: './src/embed',
    from: './src',
    except: ['./embed', './lib'],
    message: "src/embed, the host page's script, may import only from src/lib.",
  },
  {
    target: readdirSync(src(), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'embed')
      .map((entry) => `./src/${entry.name}`),
    from: './src/embed',
    message: "src/embed is the host page's script: nothing of the app imports it.",
  },
];

/**
 * Each feature's public face is its `index.ts` (thin named re-exports): the app and the other
 * features import a feature through it, never one of its modules (bulletproof-react's rule), so
 * that a feature can rearrange its insides freely. Three exceptions: the timeline's pure maths
 * (`timeline/lib`) is a library of its own, and its drawing (`timeline/drawing.ts`, for the
 * exported image) a second face; src/app/boot.ts imports each feature's CSS; and a slice reads
 * another feature's slice directly, since an index.ts leads to components, which import the
 * store that the slices make up (a cycle). Tests may reach inside.
 */
const ownFiles = (feature) => src(feature, '**/!(*-slice|*.test).@(ts|tsx)');
const boundaries = [...FEATURES, 'app'].flatMap((importer) =>
  FEATURES.filter((feature) => feature !== importer).flatMap((feature) => [
    {
      target: importer === 'app' ? src('app', '**/!(*.test).@(ts|tsx)') : ownFiles(importer),
      from: src(feature, '**'),
      except: [
        // (A glob, as the rule wants where `from` is one.)
        src(feature, '@(index.ts)'),
        src(feature, '**/*.css'),
        ...(feature === 'timeline'
          ? [src('timeline', 'lib', '**'), src('timeline', '@(drawing.ts)')]
          : []),
      ],
      message: `Import src/${feature} through src/${feature}/index.ts, its public face.`,
    },
    ...(importer === 'app'
      ? []
      : [
          {
            target: src(importer, '*-slice.ts'),
            from: src(feature, '**'),
            except: [src(feature, '*-slice.ts')],
            message: `A slice reads src/${feature} only through its slices (*-slice.ts).`,
          },
        ]),
  ]),
);

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/data',
      'bench/dist',
      'bench/.built-*',
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
      'import-x/no-restricted-paths': ['error', { zones: [...layers, ...boundaries] }],
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
