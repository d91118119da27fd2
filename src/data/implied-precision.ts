/**
 * The precision of a date whose store does not write one (a spreadsheet's blank cell, an Arrow
 * table without the column): a span when it has an end, else as precise as the start is written.
 */
export function impliedPrecision(start: string | undefined, end: string | undefined): string {
  if (end !== undefined) return 'span';
  // A year of BC begins with a minus ("-0508"): the precision is in what follows it.
  switch (start?.replace(/^-/, '').length) {
    case 4:
      return 'year';
    case 7:
      return 'month';
    default:
      return 'day';
  }
}
