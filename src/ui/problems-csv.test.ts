import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { problemsCsv } from './problems-csv.ts';

describe('problemsCsv', () => {
  it('writes one row per problem under a header, quoting commas, quotes and line breaks', () => {
    const csv = problemsCsv([
      { record: 'row 4 "g7"', field: 'start', message: '“1/20/2017” is not a date, sadly' },
      { record: 'event 2', field: 'title', message: 'line one\nline two' },
    ]);
    expect(csvParseRows(csv.trimEnd())).toEqual([
      ['record', 'field', 'problem'],
      ['row 4 "g7"', 'start', '“1/20/2017” is not a date, sadly'],
      ['event 2', 'title', 'line one\nline two'],
    ]);
  });

  it('keeps a cell from being read as a formula by a spreadsheet', () => {
    const csv = problemsCsv([{ record: '=HYPERLINK("x")', field: '+id', message: '@sum' }]);
    const [, row] = csvParseRows(csv.trimEnd());
    expect(row).toEqual(['\'=HYPERLINK("x")', "'+id", "'@sum"]);
  });
});
