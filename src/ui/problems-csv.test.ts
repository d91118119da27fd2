import { csvParseRows } from 'd3-dsv';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/locale.ts';
import { problemsCsv } from './problems-csv.ts';

describe('problemsCsv', () => {
  afterEach(() => setLocale('en'));

  it('writes one row per problem under a header, quoting commas, quotes and line breaks', () => {
    const csv = problemsCsv([
      {
        record: { kind: 'row', number: 4, id: 'g7' },
        field: 'start',
        reason: { code: 'not-a-partial-date', text: '1/20/2017' },
      },
      { record: { kind: 'event', number: 2 }, field: 'title', reason: { code: 'missing' } },
    ]);
    expect(csvParseRows(csv.trimEnd())).toEqual([
      ['record', 'field', 'problem'],
      [
        'row 4 "g7"',
        'start',
        '“1/20/2017” is not a date the timeline reads: write it as YYYY-MM-DD, YYYY-MM or YYYY (such as 2017-01-20, or -0043-03-15 for March 15, 44 BC)',
      ],
      ['event 2', 'title', 'is missing'],
    ]);
  });

  it('writes the header, the records and the problems in the reader’s language', () => {
    setLocale('es');
    const csv = problemsCsv([
      { record: { kind: 'event', number: 2 }, field: 'title', reason: { code: 'missing' } },
    ]);
    expect(csvParseRows(csv.trimEnd())).toEqual([
      ['registro', 'campo', 'problema'],
      ['acontecimiento 2', 'title', 'falta'],
    ]);
  });

  it('keeps a cell from being read as a formula by a spreadsheet', () => {
    const csv = problemsCsv([
      { record: { kind: 'dataset' }, field: '+id', reason: { code: 'unknown-start' } },
      { record: { kind: 'topic', id: '=cmd' }, field: '@sum', reason: { code: 'missing' } },
    ]);
    const [, first, second] = csvParseRows(csv.trimEnd());
    expect(first?.slice(0, 2)).toEqual(['dataset', "'+id"]);
    expect(second?.slice(1)).toEqual(["'@sum", 'is missing']);
  });
});
