/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './build/csp-plugin.ts';
import { embedScriptPlugin } from './build/embed-script-plugin.ts';
import { startChunks } from './build/start-chunks.ts';

const sourceFile = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const startChunkOf = startChunks(sourceFile('./src/app/boot.ts'), sourceFile('./src/app/main.tsx'));

const PURE_TESTS = [
  'src/data/**/*.test.ts',
  'src/lib/**/*.test.ts',
  'src/timeline/lib/**/*.test.ts',
  'scripts/**/*.test.ts',
  'build/**/*.test.ts',
  'bench/**/*.test.ts',
];

export default defineConfig({
  // Relative asset paths so the build works from any static host, including a sub-path.
  base: './',
  plugins: [react(), cspPlugin(), embedScriptPlugin()],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The boot script's modules first: the app's chunk would otherwise take them in as
          // its dependencies, and the boot script would have to wait for the whole app.
          groups: [
            {
              name: (id, graph) => (startChunkOf(id, graph) === 'boot' ? 'boot' : null),
              priority: 1,
            },
            { name: (id, graph) => (startChunkOf(id, graph) === 'main' ? 'main' : null) },
          ],
        },
      },
    },
  },
  // The parse worker is a module worker: as ES modules, its chunks can be split, so that the
  // Arrow reader is fetched only for an Arrow store, not with every large JSON one.
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  test: {
    restoreMocks: true,
    // Worker threads start faster than the default child processes.
    pool: 'threads',
    // The app tests render the whole page in jsdom: on a busy two-core machine one can pass 5 s.
    testTimeout: 20_000,
    // Pure modules need no DOM: a jsdom per test file is most of the unit tests' time.
    projects: [
      {
        extends: true,
        test: {
          name: 'pure',
          environment: 'node',
          setupFiles: ['tests/catalogues.ts'],
          include: [...PURE_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts', 'tests/catalogues.ts'],
          include: [
            'src/**/*.test.{ts,tsx}',
            'tests/unit/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
            'build/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          exclude: [...PURE_TESTS],
        },
      },
    ],
  },
});
