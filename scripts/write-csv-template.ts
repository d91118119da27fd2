/**
 * Writes the spreadsheet templates: public/data/template.csv, the bundled store as CSV, and
 * public/data/template-groups.csv, the demo of groups and eras as CSV (its `group` and `era` rows
 * show how a sheet writes them).
 *   npx tsx scripts/write-csv-template.ts
 * A test (src/data/csv-template.test.ts) checks that each shows the same as its JSON store.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storeToCsv } from '../src/data/csv-write.ts';

const root = join(import.meta.dirname, '..');
export const TEMPLATES = [
  { json: 'trump-russia.json', csv: 'template.csv' },
  { json: 'groups-demo.json', csv: 'template-groups.csv' },
] as const;

for (const { json, csv } of TEMPLATES) {
  const store = JSON.parse(readFileSync(join(root, 'public/data', json), 'utf8'));
  writeFileSync(join(root, 'public/data', csv), storeToCsv(store));
}
