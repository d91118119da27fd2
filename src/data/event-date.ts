import {
  endOf,
  formatPartialDate,
  parsePartialDate,
  seasonOf,
  startOf,
  yearLabel,
  yearSpanLabel,
  type PartialDate,
} from './partial-date.ts';
import type * as v from 'valibot';
import { assertNever } from '../lib/assert-never.ts';
import type { EventDateSchema, PRECISIONS } from './store-shape.ts';
import { t } from '../i18n/messages.ts';
import type { ProblemReason } from './problem.ts';
import { failed, type Result } from './result.ts';

const ok = (date: ResolvedDate): DateResolution => ({ kind: 'ok', date });

/** How much the source supports: a point known to a day, month, season or year, or a span. */
export type Precision = (typeof PRECISIONS)[number];

/** The date as authors write it in the event store. */
export type EventDateInput = v.InferOutput<typeof EventDateSchema>;

/**
 * What the timeline draws: an interval [start, end) in UTC ms.
 * `exact` is a known day, `fuzzy` a point known only to a month, season or year (the interval is
 * the uncertainty), `span` something that lasted from start to end.
 */
export type DateKind = 'exact' | 'fuzzy' | 'span';

export interface ResolvedDate {
  precision: Precision;
  kind: DateKind;
  start: number;
  end: number;
  label: string;
}

const UNIT_OF: Record<Exclude<Precision, 'span' | 'season'>, PartialDate['unit']> = {
  day: 'day',
  month: 'month',
  year: 'year',
};

/**
 * Checks a date against its precision and resolves it to an interval and a display label.
 * Returns a list of problems (field → message) when the date is not valid.
 */
export function resolveDate(input: EventDateInput): DateResolution {
  const start = parsePartialDate(input.start);
  if (start.kind === 'failed') return failed([{ field: 'date.start', reason: start.reason }]);
  const end = input.end === undefined ? undefined : parsePartialDate(input.end);
  if (end?.kind === 'failed') return failed([{ field: 'date.end', reason: end.reason }]);
  return resolveParts(input, start.date, end?.date);
}

/** One thing wrong with a date: its field ("date.start") and why. */
export interface DateProblem {
  field: string;
  reason: ProblemReason;
}

/** A date resolved, or what is wrong with it. */
export type DateResolution = Result<{ date: ResolvedDate }, DateProblem[]>;

function resolveParts(
  input: EventDateInput,
  start: PartialDate,
  end: PartialDate | undefined,
): DateResolution {
  const errors: DateProblem[] = [];

  switch (input.precision) {
    case 'day':
    case 'month':
    case 'year': {
      const unit = UNIT_OF[input.precision];
      if (start.unit !== unit) {
        errors.push({
          field: 'date.start',
          reason: {
            code: 'precision-needs-start',
            precision: input.precision,
            unit,
            start: input.start,
          },
        });
      }
      if (end) {
        errors.push({
          field: 'date.end',
          reason: { code: 'precision-takes-no-end', precision: input.precision },
        });
      }
      if (errors.length) return failed(errors);
      return ok({
        precision: input.precision,
        kind: input.precision === 'day' ? 'exact' : 'fuzzy',
        start: startOf(start),
        end: endOf(start),
        label: input.label ?? formatPartialDate(start),
      });
    }
    case 'season': {
      if (start.unit !== 'month' || !end || end.unit !== 'month') {
        return failed([
          {
            field: end ? 'date.start' : 'date.end',
            reason: { code: 'season-needs-months' },
          },
        ]);
      }
      const months = (end.year - start.year) * 12 + end.month - start.month;
      if (months !== 2) {
        return failed([{ field: 'date.end', reason: { code: 'season-two-months' } }]);
      }
      return ok({
        precision: 'season',
        kind: 'fuzzy',
        start: startOf(start),
        end: endOf(end),
        label: input.label ?? seasonLabel(start.year, start.month),
      });
    }
    case 'span': {
      if (!end) {
        return failed([{ field: 'date.end', reason: { code: 'span-needs-end' } }]);
      }
      if (endOf(end) <= startOf(start)) {
        return failed([
          {
            field: 'date.end',
            reason: { code: 'span-ends-before', start: input.start, end: input.end ?? '' },
          },
        ]);
      }
      return ok({
        precision: 'span',
        kind: 'span',
        start: startOf(start),
        end: endOf(end),
        label: input.label ?? `${formatPartialDate(start)} – ${formatPartialDate(end)}`,
      });
    }
    default:
      return assertNever(input.precision);
  }
}

/**
 * "Spring 2016"; a winter that starts in December straddles two years: "Winter 2018–19",
 * "Winter 1999–2000", "Winter 99–100 AD".
 */
function seasonLabel(year: number, month: number): string {
  const season = t().seasons[seasonOf(month)];
  if (month !== 12) return t().seasonYear(season, yearLabel(year));
  const sameCentury = Math.floor(year / 100) === Math.floor((year + 1) / 100);
  if (year >= 1000 && sameCentury)
    return t().seasonYear(season, `${year}–${String(year + 1).slice(-2)}`);
  return t().seasonYear(season, yearSpanLabel(year, year + 1));
}

type DateResult = DateResolution;

/**
 * `resolveDate` remembering what it gave for each date without an author's label: a store's
 * events share a few thousand days, and working out a day's interval and label a million times
 * over is most of what checking a large store costs. The dates it gives are frozen, since events
 * on the same day share one. For one store at a time: labels follow the language of the moment.
 */
export function memoResolveDate(): (input: EventDateInput) => DateResult {
  const known = new Map<string, DateResult>();
  return (input) => {
    if (input.label !== undefined) return resolveDate(input);
    // The most common date, a day, is known by its start alone: no key to build.
    const key =
      input.precision === 'day' && input.end === undefined
        ? input.start
        : `${input.precision}:${input.start}/${input.end ?? ''}`;
    let resolved = known.get(key);
    if (resolved === undefined) {
      resolved = resolveDate(input);
      if (resolved.kind === 'ok') Object.freeze(resolved.date);
      known.set(key, resolved);
    }
    return resolved;
  };
}
