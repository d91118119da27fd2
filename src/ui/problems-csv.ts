import { csvFormatRows } from 'd3-dsv';
import { inertCell } from '../data/csv-cell.ts';
import type { Problem } from '../data/schema.ts';

/**
 * The whole list of problems as CSV, to open in the spreadsheet the data came from. A cell that
 * a spreadsheet would run as a formula (=, +, -, @, or a tab or return first) is prefixed with an
 * apostrophe, so that data quoted back in a message can never become a formula there.
 */
export function problemsCsv(problems: readonly Problem[]): string {
  const rows = problems.map((p) => [p.record, p.field, p.message].map(inertCell));
  return `${csvFormatRows([['record', 'field', 'problem'], ...rows])}\n`;
}
