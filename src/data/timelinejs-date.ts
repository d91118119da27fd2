/**
 * TimelineJS's dates (`{ year, month, day, hour, minute, second, millisecond }`, numbers or text,
 * "" for a part not given) as partial ISO dates. Its date code is in TimelineJS3's
 * src/js/date/TLDate.js and DateUtil.js; where it is lenient in ways that would place an event
 * somewhere its author did not mean, the part is reported instead.
 */
import { failed, type Result } from './result.ts';
import { daysInMonth, formatIsoDate, formatPartialDate, type PartialDate } from './partial-date.ts';
import { isRecord } from '../lib/is-record.ts';
import type { ProblemReason } from './problem.ts';

/** A date read: where it starts, how precise it is, and the time of day if the author gave one. */
export interface TlDate {
  /** "1815-12-10", "1943-07", "0622"; "-0507" for TimelineJS's year -508 (508 BCE). */
  iso: string;
  date: PartialDate;
  /** "06:45", "18:30:05": kept for the label, since the timeline places events by day. */
  time: string | null;
}

export interface TlDateProblem {
  /** The part: "year", "month", "day", "time". */
  part: string;
  reason: ProblemReason;
}

/** Years the timeline draws, as ISO numbers them (0000 is 1 BC). */
const MIN_ISO_YEAR = -9999;
const MAX_ISO_YEAR = 9999;

/**
 * A part as TimelineJS reads it: a number, or text with its spaces and thousands commas taken out
 * ("1,900" is 1900); "" and null mean not given.
 */
export function datePart(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NaN';
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/[\s,]+/g, '');
  return text === '' ? undefined : text;
}

const WHOLE = /^[+-]?\d+$/;

/**
 * TimelineJS's year as an ISO year. It makes a JavaScript Date of the year it is given and prints
 * a negative one without its sign and with "BCE": year -508 shows as "508 BCE". The author meant
 * 508 BCE, which ISO (with a year 0000 for 1 BC) numbers -0507. Year 0, which it shows as "0", is
 * read as ISO 0000, 1 BC.
 */
export function isoYearOf(year: number): number {
  return year < 0 ? year + 1 : year;
}

/**
 * Reads a TimelineJS date. The problem names the part that is wrong; a date without a year is
 * one without a start.
 */
export function readTlDate(raw: unknown): TlDate | { problem: TlDateProblem } {
  const record = isRecord(raw) ? raw : {};
  const year = datePart(record.year);
  if (year === undefined) {
    return { problem: { part: 'year', reason: { code: 'tl-no-year' } } };
  }
  if (!WHOLE.test(year)) {
    return { problem: { part: 'year', reason: { code: 'tl-not-a-year', text: year } } };
  }
  const isoYear = isoYearOf(Number(year));
  if (isoYear < MIN_ISO_YEAR || isoYear > MAX_ISO_YEAR) {
    // Said as its author wrote it.
    return { problem: { part: 'year', reason: { code: 'tl-year-out-of-range', year } } };
  }
  const month = datePart(record.month);
  const day = datePart(record.day);
  let date: PartialDate = { unit: 'year', year: isoYear };
  if (month !== undefined) {
    const m = WHOLE.test(month) ? Number(month) : NaN;
    if (!(m >= 1 && m <= 12)) {
      return { problem: { part: 'month', reason: { code: 'tl-not-a-month', text: month } } };
    }
    date = { unit: 'month', year: isoYear, month: m };
    if (day !== undefined) {
      const d = WHOLE.test(day) ? Number(day) : NaN;
      if (!(d >= 1 && d <= 31)) {
        return { problem: { part: 'day', reason: { code: 'tl-not-a-day', text: day } } };
      }
      date = { unit: 'day', year: isoYear, month: m, day: d };
      if (d > daysInMonth(isoYear, m)) {
        const reason = { code: 'tl-not-a-calendar-day', date: formatIsoDate(date) } as const;
        return { problem: { part: 'day', reason } };
      }
    }
  } else if (day !== undefined) {
    return { problem: { part: 'day', reason: { code: 'tl-day-without-month' } } };
  }

  const time = timeOf(record);
  if ('problem' in time) return time;
  if (time.text !== null && date.unit !== 'day') {
    return { problem: { part: 'hour', reason: { code: 'tl-time-without-day' } } };
  }
  return { iso: formatIsoDate(date), date, time: time.text };
}

/** "06:45", with seconds when given: the time as a 24-hour clock. */
function timeOf(
  record: Record<string, unknown>,
): { text: string | null } | { problem: TlDateProblem } {
  const parts = (['hour', 'minute', 'second'] as const).map((part) => datePart(record[part]));
  const [hour, minute, second] = parts;
  if (hour === undefined) {
    return minute === undefined && second === undefined
      ? { text: null }
      : { problem: { part: 'hour', reason: { code: 'tl-no-hour' } } };
  }
  const limits = { hour: 23, minute: 59, second: 59 } as const;
  const numbers: number[] = [];
  for (const [i, name] of (['hour', 'minute', 'second'] as const).entries()) {
    const text = parts[i];
    if (text === undefined) break;
    const n = WHOLE.test(text) ? Number(text) : NaN;
    if (!(n >= 0 && n <= limits[name])) {
      return { problem: { part: name, reason: { code: 'tl-not-a-time-part', part: name, text } } };
    }
    numbers.push(n);
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const [h = 0, m = 0, s] = numbers;
  return {
    text: `${pad(h)}:${pad(m)}${second !== undefined && s !== undefined ? `:${pad(s)}` : ''}`,
  };
}

/** The label of a date with a time of day: "January 5, 2000, 06:45". */
export function labelWithTime(date: TlDate): string {
  const day = formatPartialDate(date.date);
  return date.time === null ? day : `${day}, ${date.time}`;
}

/** Whether two dates say the same: TimelineJS drops an end date equal to its start. */
export function sameTlDate(a: TlDate, b: TlDate): boolean {
  return a.iso === b.iso && a.time === b.time;
}

/**
 * A time as written in a sheet's Time column ("6:45 PM", "18:45", "1845", "18.45.30"), as parts;
 * TimelineJS3's parseTime reads the same forms.
 */
export function parseSheetTime(
  text: string,
): Result<{ time: { hour: string; minute?: string; second?: string } }, ProblemReason> {
  let rest = text.trim();
  const period = /\s*([AaPp])\.?[Mm]\.?\s*$/.exec(rest);
  if (period) rest = rest.slice(0, period.index).trim();
  const compact = /^(\d{1,2})(\d{2})$/.exec(rest);
  const parts = compact ? compact.slice(1) : rest.includes(':') ? rest.split(':') : rest.split('.');
  if (parts.length > 3 || parts.some((part) => !/^\d{1,2}(?:[.,]\d+)?$/.test(part.trim()))) {
    return failed({ code: 'tl-not-a-time', text });
  }
  const [h = '', m, s] = parts.map((part) => part.trim().replace(/[.,]\d+$/, ''));
  let hour = Number(h);
  const pm = period?.[1]?.toLowerCase() === 'p';
  if (period && (hour < 1 || hour > 12)) {
    return failed({ code: 'tl-not-a-time', text });
  }
  if (period && pm && hour !== 12) hour += 12;
  if (period && !pm && hour === 12) hour = 0;
  const time = {
    hour: String(hour),
    ...(m !== undefined && { minute: m }),
    ...(s !== undefined && { second: s }),
  };
  return { kind: 'ok', time };
}

const ISO_SHORT = /^([+-]?\d+?)(?:-(\d{2}))?(?:-(\d{2}))?$/;
const ISO_TIME =
  /^([+-]?\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A date cell of an old sheet (Start Date, End Date), in the forms TimelineJS3's parseDate reads:
 * "1815", "-508", "1815-12-10", "1815-12-10T06:45", "12/10/1815", "12/1815", each perhaps followed
 * by a time "06:45". Null when it is none of them.
 */
export function parseOldSheetDate(text: string): Record<string, string> | null {
  const cell = text.trim();
  const short = ISO_SHORT.exec(cell);
  if (short) return withParts({ year: short[1], month: short[2], day: short[3] });
  const full = ISO_TIME.exec(cell);
  if (full) {
    const [, year, month, day, hour, minute, second] = full;
    return withParts({ year, month, day, hour, minute, second });
  }
  const dated = /^(\d{1,2})\/(\d{1,2})\/(-?\d+)(?:\s+(.*))?$/.exec(cell);
  const monthOnly = dated ? null : /^(\d{1,2})\/(-?\d+)(?:\s+(.*))?$/.exec(cell);
  if (!dated && !monthOnly) return null;
  const date = dated
    ? { month: dated[1], day: dated[2], year: dated[3] }
    : { month: monthOnly?.[1], year: monthOnly?.[2] };
  const timeText = dated ? dated[4] : monthOnly?.[3];
  if (timeText === undefined) return withParts(date);
  const time = parseSheetTime(timeText);
  return time.kind === 'ok' ? withParts({ ...date, ...time.time }) : null;
}

function withParts(parts: Record<string, string | undefined>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(parts)) if (value !== undefined) kept[key] = value;
  return kept;
}
