/**
 * Writes public/data/template.csv, the spreadsheet template: the bundled store as CSV.
 *   npx tsx scripts/write-csv-template.ts
 * A test (src/data/csv-template.test.ts) checks that the two show the same events.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storeToCsv } from '../src/data/csv-write.ts';

const root = join(import.meta.dirname, '..');
const store = JSON.parse(readFileSync(join(root, 'public/data/trump-russia.json'), 'utf8'));
writeFileSync(join(root, 'public/data/template.csv'), storeToCsv(store));
