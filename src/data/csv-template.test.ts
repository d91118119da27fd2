import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeToCsv } from './csv-write.ts';
import { parseCsvText } from './parse-csv.ts';
import { parseJsonText } from './parse-json.ts';

const read = (file: string) => readFileSync(resolve(__dirname, '../../public/data', file), 'utf8');

describe.each([
  { json: 'trump-russia.json', csv: 'template.csv', events: 27, groups: 0, eras: 0 },
  { json: 'groups-demo.json', csv: 'template-groups.csv', events: 17, groups: 2, eras: 3 },
])('the spreadsheet template $csv', ({ json: jsonFile, csv: csvFile, events, groups, eras }) => {
  const json = parseJsonText(read(jsonFile), jsonFile);
  const csv = parseCsvText(read(csvFile), csvFile);

  it('loads without a problem', () => {
    expect(csv).toMatchObject({ kind: 'ok', problems: [], skipped: 0 });
  });

  it(`shows the same ${events} events, ${groups} groups and ${eras} eras, field for field, as ${jsonFile}`, () => {
    if (json.kind !== 'ok' || csv.kind !== 'ok') throw new Error('a store did not load');
    expect(csv.dataset.events).toHaveLength(events);
    expect(csv.dataset.groups).toHaveLength(groups);
    expect(csv.dataset.eras).toHaveLength(eras);
    expect(csv.dataset).toEqual(json.dataset);
  });

  it('is what the template script writes from the JSON store (run scripts/write-csv-template.ts)', () => {
    expect(read(csvFile)).toBe(storeToCsv(JSON.parse(read(jsonFile))));
  });
});
