import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeToCsv } from './csv-write.ts';
import { parseCsvText, parseJsonText } from './parse-store.ts';

const read = (file: string) => readFileSync(resolve(__dirname, '../../public/data', file), 'utf8');

describe('the spreadsheet template', () => {
  const json = parseJsonText(read('trump-russia.json'), 'trump-russia.json');
  const csv = parseCsvText(read('template.csv'), 'template.csv');

  it('loads without a problem', () => {
    expect(csv).toMatchObject({ status: 'ready', problems: [], skipped: 0 });
  });

  it('shows the same 27 events, field for field, as the bundled JSON store', () => {
    if (json.status !== 'ready' || csv.status !== 'ready') throw new Error('a store did not load');
    expect(csv.dataset.events).toHaveLength(27);
    expect(csv.dataset).toEqual(json.dataset);
  });

  it('is what the template script writes from the JSON store (run scripts/write-csv-template.ts)', () => {
    expect(read('template.csv')).toBe(storeToCsv(JSON.parse(read('trump-russia.json'))));
  });
});
