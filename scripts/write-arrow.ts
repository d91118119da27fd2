/**
 * Writes a JSON store as an Arrow IPC store (docs/data-format.md, "Arrow IPC"): the file format
 * for a path ending in .arrow (or .feather), the stream format for one ending in .arrows.
 *
 *   npm run arrow -- public/data/trump-russia.json /tmp/trump-russia.arrow
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tableToIPC } from 'apache-arrow';
import { arrowTableOf } from './lib/arrow-table.ts';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('Usage: npm run arrow -- <store.json> <store.arrow | store.arrows>');
  process.exit(2);
}
const store = JSON.parse(readFileSync(input, 'utf8')) as unknown;
if (typeof store !== 'object' || store === null || Array.isArray(store)) {
  console.error(`${input} is not a store: its JSON is not an object.`);
  process.exit(1);
}
const table = arrowTableOf(store);
const bytes = tableToIPC(table, output.endsWith('.arrows') ? 'stream' : 'file');
writeFileSync(output, bytes);
console.log(`${output}: ${table.numRows} events, ${bytes.byteLength} bytes`);
