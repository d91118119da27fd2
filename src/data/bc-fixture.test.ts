import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/locale.ts';
import { storeToCsv } from './csv-write.ts';
import { parseCsvText } from './parse-csv.ts';
import { parseJsonText } from './parse-json.ts';

const FILE = 'roman-republic.json';
const text = readFileSync(resolve(__dirname, '../../tests/fixtures/bc', FILE), 'utf8');

const ready = (result: ReturnType<typeof parseJsonText>) => {
  if (result.kind !== 'ok') throw new Error(JSON.stringify(result.reason));
  return result;
};

describe('a store of dates before Christ (tests/fixtures/bc)', () => {
  afterEach(() => setLocale('en'));

  it('loads without a problem, in time order across the start of the era', () => {
    const { dataset, problems } = ready(parseJsonText(text, FILE));
    expect(problems).toEqual([]);
    expect(dataset.events.map((e) => [e.id, e.date.label])).toEqual([
      ['republic-founded', '509 BC'],
      ['second-punic-war', '218 BC – 201 BC'],
      ['carthage-destroyed', '146 BC'],
      ['ides-of-march', 'March 15, 44 BC'],
      ['augustus', '27 BC'],
      ['augustus-dies', 'August 19, 14 AD'],
    ]);
  });

  it('labels its dates in Spanish', () => {
    setLocale('es');
    const { dataset } = ready(parseJsonText(text, FILE));
    expect(dataset.events.map((e) => e.date.label)).toEqual([
      '509 a. C.',
      '218 a. C. – 201 a. C.',
      '146 a. C.',
      '15 de marzo de 44 a. C.',
      '27 a. C.',
      '19 de agosto de 14 d. C.',
    ]);
  });

  it('opens again from the CSV it exports as the same events', () => {
    const json = ready(parseJsonText(text, FILE));
    const csv = storeToCsv(JSON.parse(text));
    // The spreadsheet cell of a year of BC is text, not a formula: "'-0508".
    expect(csv).toContain(",'-0508,");
    expect(ready(parseCsvText(csv, 'roman-republic.csv')).dataset).toEqual(json.dataset);
  });
});
