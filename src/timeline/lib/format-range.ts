import { monthName, yearLabel, yearSpanLabel } from '../../data/partial-date.ts';
import { t } from '../../i18n/messages.ts';

/**
 * A readable name for the range [start, end) in UTC ms: "March 2018", "2018", "2016–2019",
 * as coarse as needed to be true; "40–60 AD" below the year 1000; in the reader's language.
 */
export function formatRange(start: number, end: number): string {
  const a = new Date(start);
  const b = new Date(end - 1);
  const y0 = a.getUTCFullYear();
  const y1 = b.getUTCFullYear();
  if (y0 !== y1) return yearSpanLabel(y0, y1);
  const m0 = a.getUTCMonth();
  const m1 = b.getUTCMonth();
  if (m0 === m1) {
    const d0 = a.getUTCDate();
    const d1 = b.getUTCDate();
    if (d0 === d1) return t().dayMonthYear(d0, monthName(m0 + 1), yearLabel(y0));
    return t().monthYear(monthName(m0 + 1), yearLabel(y0));
  }
  if (m0 === 0 && m1 === 11) return yearLabel(y0);
  return t().monthSpanYear(monthName(m0 + 1), monthName(m1 + 1), yearLabel(y0));
}
