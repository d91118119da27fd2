/**
 * Partial ISO dates ("2016", "2016-03", "2016-03-29") and the intervals they stand for.
 * Everything is UTC: a news date names a calendar day, not an instant in the reader's zone.
 * Years run from -9999 to 9999 in the proleptic Gregorian calendar of ISO 8601, which counts a
 * year 0: year 0000 is 1 BC (a leap year), -0001 is 2 BC, -0508 is 509 BC.
 */

import { assertNever } from '../lib/assert-never.ts';
import { monthName as localMonthName } from '../i18n/format.ts';
import { currentLocale } from '../i18n/locale.ts';
import { t } from '../i18n/messages.ts';
import type { ProblemReason } from './problem.ts';
import { failed, type Result } from './result.ts';

export type PartialDate =
  | { unit: 'year'; year: number }
  | { unit: 'month'; year: number; month: number }
  | { unit: 'day'; year: number; month: number; day: number };

const PARTIAL_ISO = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Why a partial ISO date cannot be read: a problem's reason, with the text as written. */
export type PartialDateProblem = Extract<
  ProblemReason,
  { code: 'date-not-iso' | 'date-year-minus-zero' | 'date-no-such-month' | 'date-not-a-day' }
>;

/** A partial ISO date read, or what is wrong with it. */
export type PartialDateRead = Result<{ date: PartialDate }, PartialDateProblem>;

/** Parses a partial ISO date, or says what is wrong with it. */
export function parsePartialDate(text: string): PartialDateRead {
  const match = PARTIAL_ISO.exec(text);
  if (!match) return failed({ code: 'date-not-iso', text });
  // One year, one way of writing it: a date stays the same text through a round trip.
  if (match[1] === '-0000') return failed({ code: 'date-year-minus-zero', text });
  const year = Number(match[1]);
  if (match[2] === undefined) return { kind: 'ok', date: { unit: 'year', year } };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return failed({ code: 'date-no-such-month', text, month: match[2] });
  if (match[3] === undefined) return { kind: 'ok', date: { unit: 'month', year, month } };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return failed({ code: 'date-not-a-day', text });
  return { kind: 'ok', date: { unit: 'day', year, month, day } };
}

/** The days of a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(utcTime(year, month, 0)).getUTCDate();
}

/**
 * The instant a UTC calendar date begins, in ms since the epoch; months and days past their end
 * roll over as in Date.UTC. Not Date.UTC itself: it reads years 0–99 as 1900–1999.
 */
export function utcTime(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** The date as ISO 8601 writes it, the inverse of `parsePartialDate`: "2016-03", "-0508". */
export function formatIsoDate(date: PartialDate): string {
  const sign = date.year < 0 ? '-' : '';
  const year = `${sign}${String(Math.abs(date.year)).padStart(4, '0')}`;
  switch (date.unit) {
    case 'year':
      return year;
    case 'month':
      return `${year}-${two(date.month)}`;
    case 'day':
      return `${year}-${two(date.month)}-${two(date.day)}`;
    default:
      return assertNever(date);
  }
}

const two = (n: number) => String(n).padStart(2, '0');

/** First instant of the period, in ms since the epoch. */
export function startOf(date: PartialDate): number {
  switch (date.unit) {
    case 'year':
      return utcTime(date.year, 0, 1);
    case 'month':
      return utcTime(date.year, date.month - 1, 1);
    case 'day':
      return utcTime(date.year, date.month - 1, date.day);
    default:
      return assertNever(date);
  }
}

/** First instant after the period (exclusive end), in ms since the epoch. */
export function endOf(date: PartialDate): number {
  switch (date.unit) {
    case 'year':
      return utcTime(date.year + 1, 0, 1);
    case 'month':
      return utcTime(date.year, date.month, 1);
    case 'day':
      return utcTime(date.year, date.month - 1, date.day + 1);
    default:
      return assertNever(date);
  }
}

/** The month's name (1–12) in the reader's language: "March", "marzo". */
export const monthName = localMonthName;

/**
 * A year as readers write it: "2016"; "45 AD" below 1000, where a bare number could be misread
 * (as a day, or a two-digit year); "1 BC" for the ISO year 0000, "2 BC" for -0001 and "509 BC"
 * for -0508, since historians count no year 0.
 */
export function yearLabel(year: number): string {
  if (year >= 1000) return String(year);
  if (year >= 1) return `${year} ${t().eraAd}`;
  return `${1 - year} ${t().eraBc}`;
}

/**
 * Years from `from` to `to` with one era for both where they share it: "2016–2018", "40–60 AD",
 * "509–27 BC"; each with its own across the start of the era: "5 BC–10 AD", "44 BC–2016 AD".
 */
export function yearSpanLabel(from: number, to: number): string {
  if (from >= 1000) return `${from}–${to}`;
  const eraOf = (year: number) => (year >= 1 ? t().eraAd : t().eraBc);
  const bare = (year: number) => String(year >= 1 ? year : 1 - year);
  if (eraOf(from) === eraOf(to)) return `${bare(from)}–${bare(to)} ${eraOf(to)}`;
  return `${bare(from)} ${eraOf(from)}–${bare(to)} ${eraOf(to)}`;
}

/**
 * Labels already made, by language, unit and start: a large store repeats the same days many
 * times.
 */
const LABELS = new Map<string, Map<number, string>>();
const MOST_LABELS = 100_000;

function labelOf(date: PartialDate): string {
  switch (date.unit) {
    case 'year':
      return yearLabel(date.year);
    case 'month':
      return t().monthYear(monthName(date.month), yearLabel(date.year));
    case 'day':
      return t().dayMonthYear(date.day, monthName(date.month), yearLabel(date.year));
    default:
      return assertNever(date);
  }
}

/**
 * "2016", "March 2016", "March 29, 2016" ("29 de marzo de 2016" in Spanish): only as precise as
 * the date itself.
 */
export function formatPartialDate(date: PartialDate): string {
  const start = startOf(date);
  const key = `${currentLocale()} ${date.unit}`;
  let labels = LABELS.get(key);
  if (!labels) LABELS.set(key, (labels = new Map()));
  let label = labels.get(start);
  if (label === undefined) {
    label = labelOf(date);
    if (labels.size >= MOST_LABELS) labels.clear();
    labels.set(start, label);
  }
  return label;
}

/** A partial ISO date as readers write it ("2020-07" → "July 2020"); the text itself if invalid. */
export function formatIsoForReaders(text: string): string {
  const read = parsePartialDate(text);
  return read.kind === 'ok' ? formatPartialDate(read.date) : text;
}

export type Season = 'Winter' | 'Spring' | 'Summer' | 'Fall';

/** Meteorological seasons of the northern hemisphere, as US newsrooms use them. */
export function seasonOf(month: number): Season {
  if (month >= 3 && month <= 5) return 'Spring';
  if (month >= 6 && month <= 8) return 'Summer';
  if (month >= 9 && month <= 11) return 'Fall';
  return 'Winter';
}
