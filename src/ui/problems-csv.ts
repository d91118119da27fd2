import { csvFormatRows } from 'd3-dsv';
import { inertCell } from '../data/csv-cell.ts';
import type { Problem } from '../data/schema.ts';
import { problemWords } from '../i18n/problem-messages.ts';
import { problemReasonText, problemRecordText } from './problem-text.ts';

/**
 * The whole list of problems as CSV, in the reader's language, to open in the spreadsheet the data came from. A cell that
 * a spreadsheet would run as a formula (=, +, -, @, or a tab or return first) is prefixed with an
 * apostrophe, so that data quoted back in a message can never become a formula there.
 */
export function problemsCsv(problems: readonly Problem[]): string {
  const rows = problems.map((p) =>
    [problemRecordText(p.record), p.field, problemReasonText(p.reason)].map(inertCell),
  );
  return `${csvFormatRows([[...problemWords().problemsCsvHeader], ...rows])}\n`;
}
