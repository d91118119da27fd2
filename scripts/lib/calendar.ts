/**
 * Whole UTC days since the epoch, and the partial dates of the app (src/data/partial-date.ts)
 * that contain them. Labels come from the app's own formatter, so a generated label reads
 * exactly like one the app would write.
 */
import {
  endOf,
  formatIsoDate,
  formatPartialDate,
  startOf,
  type PartialDate,
} from '../../src/data/partial-date.ts';

export const DAY_MS = 86_400_000;

export type DateUnit = PartialDate['unit'];

export const toDay = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) / DAY_MS;

export interface DayParts {
  year: number;
  month: number;
  day: number;
}

export function partsOf(day: number): DayParts {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The partial date of `unit` that contains the day. */
export function partialDateOf(day: number, unit: DateUnit): PartialDate {
  const { year, month, day: dom } = partsOf(day);
  switch (unit) {
    case 'year':
      return { unit, year };
    case 'month':
      return { unit, year, month };
    case 'day':
      return { unit, year, month, day: dom };
  }
}

/** A day as a partial ISO date of the given unit ("2016", "2016-03", "2016-03-29", "-0508"). */
export function isoOf(day: number, unit: DateUnit): string {
  return formatIsoDate(partialDateOf(day, unit));
}

/** The days [first, after) that the partial date of `unit` containing `day` stands for. */
export function periodOf(day: number, unit: DateUnit): { first: number; after: number } {
  const date = partialDateOf(day, unit);
  return { first: startOf(date) / DAY_MS, after: endOf(date) / DAY_MS };
}

/** "2016", "March 2016", "March 29, 2016": the way the app writes a date. */
export function labelOf(day: number, unit: DateUnit): string {
  return formatPartialDate(partialDateOf(day, unit));
}
