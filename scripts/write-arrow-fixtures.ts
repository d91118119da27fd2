/**
 * Writes the tests' Arrow stores from their JSON fixtures, so that they are made, not kept by
 * hand: `npx tsx scripts/write-arrow-fixtures.ts`. A test fails when a committed one is not
 * what this writes (write-arrow-fixtures.test.ts).
 *
 * - tests/fixtures/bc/roman-republic.arrow: the six Roman events, for tests/browser/arrow.spec.ts;
 * - tests/fixtures/bad/bad-records.arrow: the bad corpus's harbour store, two rows bad;
 * - tests/fixtures/bad/no-title-column.arrow: the Roman events without their title column;
 * - tests/fixtures/bad/damaged.arrow: the Roman store cut off halfway.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tableToIPC } from 'apache-arrow';
import { arrowTableOf } from './lib/arrow-table.ts';

const fixture = (path: string) => new URL(`../tests/fixtures/${path}`, import.meta.url);

const storeOf = (path: string) =>
  arrowTableOf(JSON.parse(readFileSync(fixture(path), 'utf8')) as Record<string, unknown>);

/** Each fixture's path under tests/fixtures, and its bytes. */
export function arrowFixtures(): [string, Uint8Array][] {
  const roman = storeOf('bc/roman-republic.json');
  const romanBytes = tableToIPC(roman, 'file');
  const untitled = roman.select(roman.schema.names.filter((name) => name !== 'title').map(String));
  return [
    ['bc/roman-republic.arrow', romanBytes],
    ['bad/bad-records.arrow', tableToIPC(storeOf('bad/bad-records.json'), 'file')],
    ['bad/no-title-column.arrow', tableToIPC(untitled, 'file')],
    ['bad/damaged.arrow', romanBytes.slice(0, Math.floor(romanBytes.byteLength / 2))],
  ];
}

export const fixturePath = (path: string): string => fileURLToPath(fixture(path));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, bytes] of arrowFixtures()) {
    writeFileSync(fixture(path), bytes);
    console.log(`tests/fixtures/${path}: ${bytes.byteLength} bytes`);
  }
}
