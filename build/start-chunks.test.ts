import { describe, expect, it } from 'vitest';
import { startChunks, staticClosure, type ModuleGraph } from './start-chunks.ts';

/** boot → locale, styles; main → store, locale; store → react; csv (loaded on demand) → store. */
const IMPORTS: Record<string, string[]> = {
  boot: ['locale', 'styles.css'],
  main: ['store', 'locale'],
  store: ['react'],
  csv: ['store', 'd3-dsv'],
};
const graph: ModuleGraph = {
  getModuleInfo: (id) => ({ importedIds: IMPORTS[id] ?? [] }),
};

describe('staticClosure', () => {
  it('follows static imports through every level, once each', () => {
    expect([...staticClosure('main', graph)].sort()).toEqual(['locale', 'main', 'react', 'store']);
  });
});

describe('startChunks', () => {
  const chunkOf = startChunks('boot', 'main');

  it.each([
    ['main', 'main'],
    ['store', 'main'],
    ['react', 'main'],
    // Shared with the boot script: the boot script must not wait for the app's chunk.
    ['locale', 'boot'],
    // The entry itself and its styles stay where the bundler puts them.
    ['boot', null],
    ['styles.css', null],
    // Loaded on demand, and what only that needs.
    ['csv', null],
    ['d3-dsv', null],
  ])('puts %s in %s', (id, chunk) => {
    expect(chunkOf(id, graph)).toBe(chunk);
  });
});
