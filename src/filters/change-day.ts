import { formatIsoForReaders, monthName, parsePartialDate } from '../data/partial-date.ts';
import { t } from '../i18n/messages.ts';

/**
 * A day (YYYY-MM-DD) as the changes line names it: "December 1" in the reader's current year,
 * "July 1, 2020" in another ("1 de diciembre", "1 de julio de 2020" in Spanish).
 */
export function changeDayForReaders(day: string, today: string): string {
  const read = parsePartialDate(day);
  if (read.kind === 'failed' || read.date.unit !== 'day') return formatIsoForReaders(day);
  const { date } = read;
  return day.slice(0, 4) === today.slice(0, 4)
    ? t().dayMonth(date.day, monthName(date.month))
    : formatIsoForReaders(day);
}
